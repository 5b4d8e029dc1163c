/**
 * Generates the framework integrations into dist/ from custom-elements.json (run by `npm run build` after tsc has
 * written dist/*.d.ts): React wrappers and JSX types, Vue GlobalComponents, the Angular directives (partially
 * compiled), VS Code custom data and JetBrains web-types. Nothing here is edited by hand; change the elements'
 * JSDoc, run `npm run manifest`, then build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readElements } from './model.mjs';
import { reactFiles } from './react.mjs';
import { reactJsxFile } from './react-jsx.mjs';
import { wcToolkitOutputs } from './wc-toolkit.mjs';
import { buildAngular } from './angular.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const distDir = path.join(root, 'dist');
// `--manifest <file>` reads another manifest (to check an older or a candidate one); the package's by default.
const manifestArg = process.argv.indexOf('--manifest');
const manifestPath = manifestArg > 0 ? path.resolve(process.argv[manifestArg + 1]) : path.join(root, 'custom-elements.json');
const { manifest, elements } = readElements(manifestPath, distDir);
if (elements.length === 0) throw new Error('custom-elements.json declares no custom element');

const write = (files) => {
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(distDir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
};

process.chdir(root); // the JetBrains generator reads ./package.json for the name and version
wcToolkitOutputs(manifest, elements, distDir);
write(reactFiles(elements));
write(reactJsxFile(elements));
if (!process.argv.includes('--skip-angular')) buildAngular(elements, root, distDir);
console.log(`integrations: ${elements.length} elements → dist/{react,jsx,vue,angular}, vscode and web-types data`);
