/**
 * Angular: one standalone directive per element (selector = the tag), so templates bind typed inputs and outputs
 * and Angular knows the tags without CUSTOM_ELEMENTS_SCHEMA, which would switch template checking off.
 * - Inputs are setters that write the element's property the moment Angular sets the input (as a native property
 *   binding would), typed with the element class's own property type; `boolean`/`number` properties take
 *   Angular's booleanAttribute/numberAttribute, so `<okta-flow history>` and `request-timeout`-style static
 *   values work in strict templates.
 * - Outputs re-emit the element's events, typed with their event classes, under camelCase names
 *   (`okta-success` → `(oktaSuccess)`): an output named like the DOM event would be heard twice, since Angular
 *   also listens to the element itself.
 * No maintained generator writes Angular directives from a manifest, hence these templates. The TypeScript is
 * written to a scratch folder and partially compiled with ngc (`compilationMode: "partial"`, as ng-packagr does
 * for libraries), so any Angular version the app uses links it; only the .js and .d.ts are kept in dist/angular.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { binOf } from './bin.mjs';
import { eventMapImport, typeImports } from './model.mjs';

const comment = (text, indent) => {
  const lines = text.trim().replaceAll('*/', '*\\/').split('\n');
  return [`${indent}/**`, ...lines.map((line) => `${indent} * ${line}`.trimEnd()), `${indent} */`].join('\n');
};

const camel = (eventName) => eventName.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());

function transformOf(property) {
  if (property.typeText === 'boolean') return '{ transform: booleanAttribute }';
  if (property.typeText === 'number') return '{ transform: numberAttribute }';
  return '';
}

function directive(element) {
  const type = `${element.className}Element`;
  const inputs = element.properties.map((property) =>
    [
      property.description ? comment(property.description, '  ') : '',
      `  @Input(${transformOf(property)}) set ${property.name}(value: ${type}[${JSON.stringify(property.name)}]) {`,
      `    this.element.${property.name} = value;`,
      '  }',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  const outputs = element.events.map((event) =>
    [
      comment(`\`${event.name}\`${event.description ? `: ${event.description}` : ''}`, '  '),
      `  readonly ${camel(event.name)} = output<${event.type.text}>();`,
    ].join('\n'),
  );
  const listens = element.events.map((event) => `    forward(this.element, ${JSON.stringify(event.name)}, this.${camel(event.name)});`);
  return [
    comment(`Typed bindings of \`<${element.tag}>\`${element.summary ? `: ${element.summary.replace(/\.$/, '')}` : ''}.`, ''),
    `@Directive({ selector: ${JSON.stringify(element.tag)} })`,
    `export class ${element.className}Directive {`,
    '  /** The element itself, for what bindings do not cover. */',
    `  readonly element: ${type} = inject<ElementRef<${type}>>(ElementRef).nativeElement;`,
    '',
    ...inputs.flatMap((input) => [input, '']),
    ...outputs.flatMap((out) => [out, '']),
    '  constructor() {',
    ...listens,
    '  }',
    '}',
    '',
  ].join('\n');
}

export function angularSource(elements) {
  const imports = typeImports(elements, 'angular').map(({ specifier, names }) => {
    const aliased = names.map((name) => (elements.some((element) => element.className === name) ? `${name} as ${name}Element` : name));
    return `import type { ${aliased.join(', ')} } from '${specifier}';`;
  });
  return [
    '// Generated from custom-elements.json by scripts/integrations/angular.mjs: do not edit.',
    "import { DestroyRef, Directive, ElementRef, Input, booleanAttribute, inject, numberAttribute, output, type OutputEmitterRef } from '@angular/core';",
    '// The element modules define the tags: importing the directives registers the elements.',
    ...[...new Set(elements.map((element) => element.module))].map((module) => `import '../${module}';`),
    ...imports,
    ...[eventMapImport(elements, 'angular')].filter(Boolean),
    '',
    '/** Re-emits an element event on an output until the directive is destroyed. */',
    'function forward<T extends Event>(element: HTMLElement, name: string, emitter: OutputEmitterRef<T>): void {',
    '  const listener = (event: Event) => emitter.emit(event as T);',
    '  element.addEventListener(name, listener);',
    '  inject(DestroyRef).onDestroy(() => element.removeEventListener(name, listener));',
    '}',
    '',
    ...elements.map(directive),
    '/** Every directive, for a component\'s `imports`. */',
    `export const OKTA_ELEMENTS = [${elements.map((element) => `${element.className}Directive`).join(', ')}] as const;`,
    '',
  ].join('\n');
}

export function buildAngular(elements, root, distDir) {
  const outDir = path.join(distDir, 'angular');
  const scratch = path.join(distDir, '.angular-src');
  rmSync(outDir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
  // The scratch folder sits beside dist/angular so the relative imports (`../flow/okta-flow.js`) resolve the same.
  mkdirSync(scratch, { recursive: true });
  writeFileSync(path.join(scratch, 'index.ts'), angularSource(elements));
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022',
      module: 'ES2022',
      moduleResolution: 'bundler',
      lib: ['ES2022', 'DOM'],
      strict: true,
      declaration: true,
      useDefineForClassFields: false,
      skipLibCheck: true,
      rootDir: '.',
      outDir: '../angular',
      types: [],
    },
    files: ['index.ts'],
    angularCompilerOptions: { compilationMode: 'partial', strictTemplates: true, strictInjectionParameters: true },
  };
  writeFileSync(path.join(scratch, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  const ngc = binOf(root, '@angular/compiler-cli', 'ngc');
  if (!ngc) throw new Error('@angular/compiler-cli (ngc) is not installed');
  const result = spawnSync(process.execPath, [ngc, '-p', path.join(scratch, 'tsconfig.json')], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`ngc failed on the generated Angular directives:\n${result.stdout}${result.stderr}`);
  rmSync(scratch, { recursive: true, force: true });
  if (!readdirSync(outDir).includes('index.d.ts')) throw new Error('ngc wrote no dist/angular/index.d.ts');
  // Keep the source-less .js and .d.ts only (no maps pointing at a scratch file that is gone).
  for (const file of readdirSync(outDir)) if (file.endsWith('.map')) rmSync(path.join(outDir, file));
}
