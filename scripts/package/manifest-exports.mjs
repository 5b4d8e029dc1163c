// The manifest's exports are what the built modules export: names read from each JavaScript file of the
// package (rollup's parser), compared with the `js` exports custom-elements.json lists for that module.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAst } from 'rollup/parseAst';

function exportedNames(code) {
  const names = new Set();
  for (const node of parseAst(code).body) {
    if (node.type === 'ExportNamedDeclaration') {
      for (const specifier of node.specifiers) names.add(specifier.exported.name ?? specifier.exported.value);
      const declaration = node.declaration;
      if (declaration?.id) names.add(declaration.id.name);
      for (const variable of declaration?.declarations ?? []) if (variable.id.type === 'Identifier') names.add(variable.id.name);
    } else if (node.type === 'ExportDefaultDeclaration') names.add('default');
    else if (node.type === 'ExportAllDeclaration') names.add(node.exported ? node.exported.name : '*');
  }
  return names;
}

/**
 * @param {string} root the installed package
 * @param {{ modules: { path: string, exports?: { kind: string, name: string }[] }[] }} manifest
 * @returns {string[]} problems
 */
export function checkManifestExports(root, manifest) {
  const problems = [];
  for (const mod of manifest.modules) {
    const built = exportedNames(readFileSync(join(root, mod.path), 'utf8'));
    const listed = new Set((mod.exports ?? []).filter((e) => e.kind === 'js').map((e) => e.name));
    for (const name of listed) if (!built.has(name)) problems.push(`custom-elements.json: ${mod.path} does not export ${name}`);
    for (const name of built) if (!listed.has(name)) problems.push(`custom-elements.json: ${mod.path} exports ${name}, which the manifest does not list`);
  }
  return problems;
}
