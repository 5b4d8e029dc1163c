/**
 * The outputs the maintained wc-toolkit generators make from the manifest: JSX element types, Vue GlobalComponents,
 * VS Code custom data and JetBrains web-types. Four things are adjusted, in a copy of the manifest or in
 * their output, never by hand:
 * - they type every event handler as `(e: CustomEvent<T>) => void`, while this package's events are classes of
 *   their own (`OktaSuccessEvent extends Event`, fields on the event): each handler is rewritten to take the event
 *   type itself, read from the manifest (see model.mjs);
 * - they import an event class once per element that fires it, a duplicate identifier for TypeScript: the
 *   import is deduplicated;
 * - the Vue types key props by attribute name (`"client-id"`) and events as `"onokta-success"`, while vue-tsc (3)
 *   normalizes a template's `client-id` and `@okta-success` to `clientId` and `onOktaSuccess` and finds neither:
 *   the Vue file is rekeyed to the property names and Vue's event prop names; and since strictTemplates also
 *   rejects unknown props, each tag also takes the attributes of every HTML element (`id`, `lang`, `aria-*`,
 *   `data-*`, `@click`…), as the tag in the page does;
 * - with `globalTypePath` they type an attribute as `Element['fieldName']`, which breaks on an attribute with no
 *   property (`lang` of okta-flow, which HTMLElement already types): such attributes are left to the base props.
 */
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { distModule } from './model.mjs';

/** A copy of the manifest whose elements name their events' resolved types and whose attributes all have a property. */
function typedManifest(manifest, elements) {
  const copy = structuredClone(manifest);
  for (const mod of copy.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      const element = elements.find((candidate) => candidate.tag === declaration.tagName);
      if (!element) continue;
      declaration.attributes = (declaration.attributes ?? []).filter((attribute) => attribute.fieldName);
      for (const event of declaration.events ?? []) {
        const resolved = element.events.find((candidate) => candidate.name === event.name);
        if (resolved) event.type = { text: resolved.type.text };
      }
    }
  }
  return copy;
}

/** `(e: CustomEvent<T>) => void` → `(e: T) => void`, and each imported name once. */
function fixTypes(file) {
  const text = readFileSync(file, 'utf8');
  const fixed = text
    .replace(/\(e: CustomEvent<(.*?)>\) => void/g, '(e: $1) => void')
    .replace(/import type \{([^}]*)\} from/g, (_, names) => {
      const unique = [...new Set(names.split(',').map((name) => name.trim()).filter(Boolean))];
      return `import type { ${unique.join(', ')} } from`;
    });
  if (/CustomEvent</.test(fixed)) throw new Error(`${file}: an event handler type was not rewritten`);
  writeFileSync(file, `// Generated from custom-elements.json by scripts/integrations/generate.mjs (wc-toolkit): do not edit.\n${fixed}`);
}

/** Vue normalizes template names: `client-id` → `clientId`, `@okta-success` → `onOktaSuccess` (pascal-cased after `on`). */
function vueKeys(file, elements) {
  const pascal = (name) => name.replace(/(^|-)([a-z0-9])/g, (_, _dash, letter) => letter.toUpperCase());
  const sections = readFileSync(file, 'utf8').split(/(?=^type \w+Props = \{)/m);
  const rekeyed = sections.map((section) => {
    const className = /^type (\w+)Props = \{/.exec(section)?.[1];
    const element = elements.find((candidate) => candidate.className === className);
    if (!element) return section;
    let text = section;
    for (const attribute of element.attributes) {
      if (attribute.fieldName && attribute.fieldName !== attribute.name) text = text.replaceAll(`"${attribute.name}"?:`, `${attribute.fieldName}?:`);
    }
    for (const event of element.events) text = text.replaceAll(`"on${event.name}"?:`, `on${pascal(event.name)}?:`);
    return text;
  });
  const withGlobalAttributes = rekeyed
    .join('')
    .replace(
      'import type { DefineComponent } from "vue";',
      [
        'import type { DefineComponent, HTMLAttributes } from "vue";',
        '',
        '/** What every HTML element takes (id, lang, aria-*, data-*, DOM events), left allowed on the tags under strictTemplates. */',
        'type GlobalAttributes = HTMLAttributes & { [attribute: `data${Capitalize<string>}`]: unknown };',
      ].join('\n'),
    )
    .replace(/DefineComponent<(\w+Props)>/g, 'DefineComponent<$1 & GlobalAttributes>');
  if (!withGlobalAttributes.includes('& GlobalAttributes>')) throw new Error(`${file}: the Vue components were not given the global attributes`);
  writeFileSync(file, withGlobalAttributes);
}

const quiet = { hideLogs: true };

/** The generators print their success line even with `hideLogs`; the build prints one line of its own instead. */
function silently(generate) {
  const log = console.log;
  console.log = () => {};
  try {
    generate();
  } finally {
    console.log = log;
  }
}

export function wcToolkitOutputs(manifest, elements, distDir) {
  const typed = typedManifest(manifest, elements);
  // Every element class and event class is exported from the package's index (its .d.ts in dist/).
  const jsxDir = path.join(distDir, 'jsx');
  silently(() => generateJsxTypes(typed, { ...quiet, outdir: jsxDir, fileName: 'index.d.ts', globalTypePath: '../index.js' }));
  fixTypes(path.join(jsxDir, 'index.d.ts'));
  // A module for the types-only entry, so the export also resolves at run time (publint, are-the-types-wrong).
  writeFileSync(path.join(jsxDir, 'index.js'), '// Types only: see index.d.ts.\nexport {};\n');

  const vueDir = path.join(distDir, 'vue');
  silently(() => generateVuejsTypes(typed, { ...quiet, outdir: vueDir, fileName: 'index.d.ts', globalTypePath: '../index.js' }));
  fixTypes(path.join(vueDir, 'index.d.ts'));
  vueKeys(path.join(vueDir, 'index.d.ts'), elements);
  // Importing `okta-elements/vue` once (main.ts) registers the elements and brings the GlobalComponents types in.
  writeFileSync(path.join(vueDir, 'index.js'), "// Registers every element; index.d.ts types them for Vue templates.\nimport '../index.js';\n");

  // Editor data documents the manifest as written; event types do not matter to them.
  silently(() => generateVsCodeCustomElementData(manifest, {
    ...quiet,
    outdir: distDir,
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
  }));
  silently(() => generateJetBrainsWebTypes(manifest, {
    ...quiet,
    outdir: distDir,
    webTypesFileName: 'web-types.json',
    packageJson: false,
    modulePathTemplate: (_name, modulePath) => `./dist/${distModule(modulePath)}`,
  }));
}
