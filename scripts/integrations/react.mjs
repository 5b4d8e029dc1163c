/**
 * React wrappers: one `createComponent` (@lit/react) per element, named as the element class, with the element's
 * events as `on<Stem>` callbacks typed with their event classes (`okta-success` → `onSuccess(event: OktaSuccessEvent)`).
 * Written by hand-rolled templates because no maintained generator emits @lit/react wrappers from a manifest
 * (wc-toolkit's custom-element-react-wrappers writes its own wrapper runtime and types events as CustomEvent).
 * The module imports each element's module, so rendering a wrapper registers its element; it imports nothing that
 * needs a DOM, so React SSR can import it in Node.
 */
import { eventMapImport, typeImports } from './model.mjs';

const comment = (text, indent = '') => {
  const lines = text.trim().split('\n');
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
};

function eventsObject(element, asTypes) {
  const entries = element.events.map((event) =>
    asTypes ? `on${event.stem}: EventName<${event.type.text}>;` : `on${event.stem}: ${JSON.stringify(event.name)},`,
  );
  return entries.length ? `{ ${entries.join(' ')} }` : '{}';
}

export function reactFiles(elements) {
  const js = [
    '// Generated from custom-elements.json by scripts/integrations/generate.mjs: do not edit.',
    "import React from 'react';",
    "import { createComponent } from '@lit/react';",
    ...elements.map((element) => `import { ${element.className} as ${element.className}Element } from '../${element.module}';`),
    '',
    ...elements.map(
      (element) =>
        `export const ${element.className} = createComponent({ react: React, tagName: ${JSON.stringify(element.tag)}, elementClass: ${element.className}Element, displayName: ${JSON.stringify(element.className)}, events: ${eventsObject(element, false)} });`,
    ),
    '',
  ].join('\n');

  const imports = typeImports(elements, 'react').map(({ specifier, names }) => {
    const aliased = names.map((name) => (elements.some((element) => element.className === name) ? `${name} as ${name}Element` : name));
    return `import type { ${aliased.join(', ')} } from '${specifier}';`;
  });
  const dts = [
    '// Generated from custom-elements.json by scripts/integrations/generate.mjs: do not edit.',
    "import type { ComponentProps } from 'react';",
    "import type { EventName, ReactWebComponent } from '@lit/react';",
    ...imports,
    ...[eventMapImport(elements, 'react')].filter(Boolean),
    "import './jsx.js';",
    '',
    '// The element classes under names that do not clash with the components (for `useRef<OktaFlowElement>`).',
    `export type { ${elements.map((element) => `${element.className}Element`).join(', ')} };`,
    '',
    ...elements.flatMap((element) => [
      comment(
        `React component for \`<${element.tag}>\`${element.summary ? `: ${element.summary}` : ''}` +
          (element.events.length ? `\n\nCallbacks: ${element.events.map((event) => `\`on${event.stem}\` (\`${event.name}\`)`).join(', ')}.` : ''),
      ) + `export declare const ${element.className}: ReactWebComponent<${element.className}Element, ${eventsObject(element, true)}>;`,
      `export type ${element.className}Props = ComponentProps<typeof ${element.className}>;`,
      '',
    ]),
  ].join('\n');
  return { 'react/index.js': js, 'react/index.d.ts': dts };
}
