/**
 * React 19 renders custom elements natively: `<okta-flow issuer="…" onokta-success={…}>` sets properties, attributes
 * and event listeners itself. This file adds each tag to React's `JSX.IntrinsicElements`: React's own HTML props
 * (className, style, ref typed with the element class, children…) plus the element's attributes, properties and
 * `on<event-name>` handlers from the JSX types wc-toolkit generated (dist/jsx/index.d.ts).
 */
export function reactJsxFile(elements) {
  const classes = elements.map((element) => `${element.className} as ${element.className}Element`).join(', ');
  const props = elements.map((element) => `${element.className}Props`).join(', ');
  const dts = [
    '// Generated from custom-elements.json by scripts/integrations/generate.mjs: do not edit.',
    "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
    `import type { ${classes} } from '../index.js';`,
    `import type { ${props} } from '../jsx/index.js';`,
    '',
    "declare module 'react' {",
    '  namespace JSX {',
    '    interface IntrinsicElements {',
    ...elements.map(
      (element) =>
        `      ${JSON.stringify(element.tag)}: DetailedHTMLProps<HTMLAttributes<${element.className}Element>, ${element.className}Element> & ${element.className}Props;`,
    ),
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
  return { 'react/jsx.d.ts': dts };
}
