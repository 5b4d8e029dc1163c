/**
 * Type tests of the generated framework integrations (dist/react, dist/vue, dist/angular), as apps compile them:
 * each project under test/integrations/ is checked by its framework's own checker (tsc, vue-tsc with
 * strictTemplates, ngc with strictTemplates). Files named `*.fail.*` must fail, each with the errors its header
 * names (`expect-error TS2322: <part of the message>`), and with no other error; every other file must compile
 * cleanly. Also checks every element and event of custom-elements.json reached every output, and imports
 * `okta-elements/react` in Node and renders a wrapper to a string (React SSR).
 * No browser; needs `npm run build` first. Usage: node test/integrations/run.mjs [react|vue|angular ...]
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { binOf } from '../../scripts/integrations/bin.mjs';
import { readElements } from '../../scripts/integrations/model.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const here = (...parts) => path.join(root, 'test/integrations', ...parts);

const projects = {
  react: { bin: binOf(root, 'typescript', 'tsc'), args: ['-p', here('react'), '--pretty', 'false'], needs: 'typescript' },
  vue: { bin: process.env.VUE_TSC ?? binOf(root, 'vue-tsc', 'vue-tsc'), args: ['-p', here('vue'), '--pretty', 'false'], needs: 'vue-tsc' },
  angular: { bin: binOf(root, '@angular/compiler-cli', 'ngc'), args: ['-p', here('angular/tsconfig.json')], needs: '@angular/compiler-cli' },
};

function run(bin, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('close', (code) => resolve({ code, out }));
  });
}

/** `file(line,col): error TS2322: message` plus its indented continuation lines (tsc, vue-tsc and ngc all print these). */
function diagnostics(output, projectDir) {
  const found = [];
  // ngc colours its output even when piped: drop the ANSI colour codes before reading it.
  // eslint-disable-next-line no-control-regex
  for (const line of output.replace(/\x1b\[[0-9;]*m/g, '').split('\n')) {
    const match = /^(.+?)\((\d+),(\d+)\): error (TS\d+|NG\d+): (.*)$/.exec(line) ?? /^(.+?):(\d+):(\d+) - error (TS\d+|NG\d+): (.*)$/.exec(line);
    // tsc and vue-tsc name files from the working directory, ngc from the project's.
    const file = [path.resolve(root, match?.[1] ?? ''), path.resolve(projectDir, match?.[1] ?? '')].find((candidate) => existsSync(candidate));
    if (match) found.push({ file: file ?? match[1], line: Number(match[2]), code: match[4], message: match[5] });
    else if (found.length && /^\s+\S/.test(line)) found.at(-1).message += ` ${line.trim()}`;
  }
  return found;
}

function expectationsOf(file) {
  return [...readFileSync(file, 'utf8').matchAll(/expect-error(?: (TS\d+|NG\d+))?: (.+?)\s*(?:-->)?$/gm)].map((match) => ({ code: match[1], text: match[2] }));
}

async function check(name) {
  const project = projects[name];
  const problems = [];
  if (!project.bin) return [`${name}: ${project.needs} is not installed (a root devDependency)`];
  const started = Date.now();
  const { code, out } = await run(project.bin, project.args);
  const found = diagnostics(out, here(name));
  const files = readdirSync(here(name)).filter((file) => /\.(tsx?|vue)$/.test(file)).map((file) => here(name, file));
  for (const file of files) {
    const own = found.filter((diagnostic) => diagnostic.file === file);
    const label = path.relative(root, file);
    if (!/\.fail\.\w+$/.test(file)) {
      for (const diagnostic of own) problems.push(`${label}:${diagnostic.line} must compile: ${diagnostic.code} ${diagnostic.message}`);
      continue;
    }
    const expected = expectationsOf(file);
    if (expected.length === 0) problems.push(`${label}: a .fail file needs an "expect-error" header`);
    const matches = (expectation, diagnostic) => (!expectation.code || expectation.code === diagnostic.code) && diagnostic.message.includes(expectation.text);
    for (const expectation of expected) {
      if (!own.some((diagnostic) => matches(expectation, diagnostic))) problems.push(`${label}: expected ${expectation.code ?? 'an error'} "${expectation.text}", got ${own.length ? own.map((d) => `${d.code} ${d.message}`).join(' | ') : 'none'}`);
    }
    for (const diagnostic of own) {
      if (!expected.some((expectation) => matches(expectation, diagnostic))) problems.push(`${label}:${diagnostic.line} unexpected ${diagnostic.code} ${diagnostic.message}`);
    }
  }
  const elsewhere = found.filter((diagnostic) => !files.includes(diagnostic.file));
  for (const diagnostic of elsewhere) problems.push(`${path.relative(root, diagnostic.file)}:${diagnostic.line} ${diagnostic.code} ${diagnostic.message}`);
  if (code !== 0 && found.length === 0) problems.push(`${name}: the checker failed without diagnostics:\n${out}`);
  console.log(`${problems.length ? '✗' : '✓'} ${name} (${found.length} errors reported; ${((Date.now() - started) / 1000).toFixed(1)}s)`);
  return problems;
}

/** React SSR imports the wrappers in Node and renders the element's tag. */
async function reactInNode() {
  const { default: React } = await import('react');
  const { renderToString } = await import('react-dom/server');
  const { OktaFlow } = await import('okta-elements/react');
  const html = renderToString(React.createElement(OktaFlow, { issuer: 'https://example.okta.com/oauth2/default', onSuccess: () => {} }));
  const ok = html.startsWith('<okta-flow');
  console.log(`${ok ? '✓' : '✗'} react in Node (SSR renders ${html})`);
  return ok ? [] : [`okta-elements/react rendered ${html} in Node`];
}

/** Every tag, property and event of the manifest is in every generated output (the type tests sample a few). */
function completeness() {
  const { elements } = readElements(path.join(root, 'custom-elements.json'));
  const read = (file) => readFileSync(path.join(root, 'dist', file), 'utf8');
  const files = Object.fromEntries(['react/index.d.ts', 'react/jsx.d.ts', 'vue/index.d.ts', 'jsx/index.d.ts', 'angular/index.d.ts'].map((file) => [file, read(file)]));
  const vscode = JSON.parse(read('vscode.html-custom-data.json')).tags.map((tag) => tag.name);
  const webTypes = JSON.parse(read('web-types.json')).contributions.html.elements.map((element) => element.name);
  const problems = [];
  const expect = (ok, what) => ok || problems.push(`missing from the generated output: ${what}`);
  for (const element of elements) {
    expect(files['react/index.d.ts'].includes(`export declare const ${element.className}:`), `React wrapper ${element.className}`);
    expect(files['react/jsx.d.ts'].includes(`"${element.tag}":`), `React JSX <${element.tag}>`);
    expect(files['vue/index.d.ts'].includes(`"${element.tag}": DefineComponent<`), `Vue <${element.tag}>`);
    expect(files['jsx/index.d.ts'].includes(`"${element.tag}": Partial<`), `JSX <${element.tag}>`);
    expect(new RegExp(`ɵɵDirectiveDeclaration<${element.className}Directive, "${element.tag}"`).test(files['angular/index.d.ts']), `Angular directive for <${element.tag}>`);
    expect(vscode.includes(element.tag), `VS Code data for <${element.tag}>`);
    expect(webTypes.includes(element.tag), `web-types for <${element.tag}>`);
    const angular = files['angular/index.d.ts'];
    const start = angular.indexOf(`class ${element.className}Directive `);
    const end = angular.indexOf('export declare', start + 1);
    const directive = start < 0 ? '' : angular.slice(start, end < 0 ? undefined : end);
    for (const property of element.properties) expect(directive.includes(`set ${property.name}(`), `Angular input ${element.className}Directive.${property.name}`);
    for (const event of element.events) {
      expect(files['react/index.d.ts'].includes(`on${event.stem}: EventName<${event.type.text}>`), `React callback on${event.stem} of ${element.className}`);
      const vueName = `on${event.name.replace(/(^|-)([a-z0-9])/g, (_, _dash, letter) => letter.toUpperCase())}`;
      expect(files['vue/index.d.ts'].includes(`${vueName}?: (e: ${event.type.text})`), `Vue @${event.name} of <${element.tag}>`);
      expect(directive.includes(`OutputEmitterRef<${event.type.text}>`), `Angular output for ${event.name} of <${element.tag}>`);
    }
  }
  console.log(`${problems.length ? '✗' : '✓'} every element, property and event of custom-elements.json in every output (${elements.length} elements)`);
  return problems;
}

for (const entry of ['react/index.js', 'vue/index.d.ts', 'angular/index.js']) {
  if (!existsSync(path.join(root, 'dist', entry))) {
    console.error(`dist/${entry} is missing: run npm run build first`);
    process.exit(1);
  }
}
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(projects);
const results = await Promise.all([completeness(), ...chosen.map(check), chosen.includes('react') ? reactInNode() : []]);
const problems = results.flat();
for (const problem of problems) console.error(`  ${problem}`);
process.exit(problems.length ? 1 : 0);
