/**
 * Reads custom-elements.json into the little model every integration generator needs: per element its tag, class,
 * the dist module that defines it, its settable properties, its attributes and its events with their event types.
 * Works with module paths written as the source (`src/flow/okta-flow.ts`) or as the package ships them
 * (`dist/flow/okta-flow.js`), and with events that name their class in `type.text` or name no type at all.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** `src/flow/okta-flow.ts` or `dist/flow/okta-flow.js` → `flow/okta-flow.js` (relative to dist/). */
export function distModule(modulePath) {
  const trimmed = modulePath.replace(/^\.\//, '').replace(/^(src|dist)\//, '');
  return trimmed.replace(/\.d\.ts$/, '.js').replace(/\.ts$/, '.js');
}

/** `okta-step-change` → `StepChange`: the event's name without the package prefix, as the React and Angular names use it. */
export function eventStem(eventName) {
  return eventName
    .replace(/^okta-/, '')
    .split('-')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');
}

export function camelCase(kebab) {
  return kebab.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Every declaration of the manifest by name, with the dist module it lives in: where an event class is imported from. */
function declarationsByName(manifest) {
  const byName = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (!byName.has(declaration.name)) byName.set(declaration.name, distModule(mod.path));
    }
  }
  return byName;
}

/**
 * The TypeScript type of an event: its class when the manifest names one that is a declaration of this package
 * (imported by name), else the type this package gives the event name in the DOM's global event map (each event
 * module declares `GlobalEventHandlersEventMap['okta-…']`), so nothing is typed by hand here.
 */
function eventType(event, declarations) {
  const text = event.type?.text?.trim();
  if (text && IDENTIFIER.test(text) && declarations.has(text)) return { text, importName: text, module: declarations.get(text) };
  if (text && IDENTIFIER.test(text) && /^(Custom)?Event$/.test(text)) return { text };
  return { text: `GlobalEventHandlersEventMap[${JSON.stringify(event.name)}]` };
}

function isSettableField(member) {
  return member.kind === 'field' && !member.static && !member.readonly && member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#');
}

/** The elements of the manifest, in tag order. `distDir` is checked so a generator never points at a missing file. */
export function readElements(manifestPath, distDir) {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const declarations = declarationsByName(manifest);
  const elements = [];
  for (const mod of manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.tagName) continue;
      const module = distModule(mod.path);
      if (distDir && !existsSync(path.join(distDir, module))) {
        throw new Error(`${declaration.tagName}: the manifest's module ${mod.path} is not in the build (${path.join(distDir, module)})`);
      }
      const properties = (declaration.members ?? []).filter(isSettableField).map((member) => ({
        name: member.name,
        attribute: member.attribute,
        typeText: member.type?.text ?? '',
        description: member.description ?? '',
      }));
      const events = (declaration.events ?? [])
        .filter((event) => event.name)
        .map((event) => ({
          name: event.name,
          stem: eventStem(event.name),
          description: event.description ?? '',
          type: eventType(event, declarations),
        }));
      elements.push({
        tag: declaration.tagName,
        className: declaration.name,
        module,
        summary: declaration.summary ?? '',
        description: declaration.description ?? '',
        properties,
        attributes: declaration.attributes ?? [],
        events,
      });
    }
  }
  return { manifest, elements: elements.sort((a, b) => a.tag.localeCompare(b.tag)) };
}

/**
 * An event the manifest gives no class is typed through the DOM's global event map; the package's entry (dist/index)
 * loads every event module and so every `declare global` entry. Returns that import for a file in `fromDir`, or ''.
 */
export function eventMapImport(elements, fromDir) {
  const needed = elements.some((element) => element.events.some((event) => !event.type.importName && event.type.text.startsWith('GlobalEventHandlersEventMap')));
  return needed ? `import type {} from '${path.posix.relative(fromDir, 'index.js')}';` : '';
}

/** The import lines a generated file needs for the element classes and the event classes, relative to `fromDir` in dist. */
export function typeImports(elements, fromDir) {
  const byModule = new Map();
  const add = (module, name) => {
    if (!byModule.has(module)) byModule.set(module, new Set());
    byModule.get(module).add(name);
  };
  for (const element of elements) {
    add(element.module, element.className);
    for (const event of element.events) if (event.type.importName) add(event.type.module, event.type.importName);
  }
  return [...byModule].map(([module, names]) => {
    const specifier = path.posix.relative(fromDir, module);
    return { specifier: specifier.startsWith('.') ? specifier : `./${specifier}`, names: [...names].sort() };
  });
}
