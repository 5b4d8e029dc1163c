// What the packed package must hold: every path custom-elements.json and package.json name, and every source
// map's sources (carried in the map, or files of the package). Reads the package as installed from the tarball.
import { readFileSync } from 'node:fs';
import { posix, join } from 'node:path';

/** Every `module` reference in the manifest (exports, inheritance, superclasses, type references). */
function manifestModules(value, found = new Set()) {
  if (Array.isArray(value)) value.forEach((inner) => manifestModules(inner, found));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'module' && typeof inner === 'string') found.add(inner);
      else manifestModules(inner, found);
    }
  }
  return found;
}

/** Every file target of an `exports` map (conditions and subpaths alike). */
function exportTargets(value, found = new Set()) {
  if (typeof value === 'string') found.add(value);
  else if (Array.isArray(value)) value.forEach((inner) => exportTargets(inner, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((inner) => exportTargets(inner, found));
  return found;
}

const normal = (path) => posix.normalize(path.replace(/^\.\//, ''));

/**
 * @param {string} root the installed package (node_modules/okta-elements)
 * @param {Set<string>} files the tarball's file list (package-relative paths)
 * @returns {string[]} problems
 */
export function checkContents(root, files) {
  const problems = [];
  const has = (path) => files.has(normal(path));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

  for (const field of ['main', 'module', 'types', 'customElements', 'web-types']) {
    if (typeof pkg[field] === 'string' && !has(pkg[field])) problems.push(`package.json ${field}: ${pkg[field]} is not in the tarball`);
  }
  for (const target of exportTargets(pkg.exports)) {
    if (!has(target)) problems.push(`package.json exports: ${target} is not in the tarball`);
  }

  const manifest = JSON.parse(readFileSync(join(root, pkg.customElements), 'utf8'));
  for (const mod of manifest.modules) if (!has(mod.path)) problems.push(`custom-elements.json module ${mod.path} is not in the tarball`);
  for (const module of manifestModules(manifest)) if (!has(module)) problems.push(`custom-elements.json reference to ${module}: not in the tarball`);
  for (const mod of manifest.modules) {
    if (!has(mod.path.replace(/\.js$/, '.d.ts'))) problems.push(`custom-elements.json module ${mod.path} has no .d.ts beside it`);
  }

  for (const file of files) {
    if (file.endsWith('.js')) {
      const mapUrl = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(join(root, file), 'utf8'))?.[1];
      if (mapUrl && !has(posix.join(posix.dirname(file), mapUrl))) problems.push(`${file}: its source map ${mapUrl} is not in the tarball`);
    }
    if (!file.endsWith('.map')) continue;
    const map = JSON.parse(readFileSync(join(root, file), 'utf8'));
    map.sources.forEach((source, i) => {
      const carried = typeof map.sourcesContent?.[i] === 'string' && map.sourcesContent[i].length > 0;
      const shipped = has(posix.join(posix.dirname(file), map.sourceRoot ?? '', source));
      if (!carried && !shipped) problems.push(`${file}: source ${source} is neither carried in the map (sourcesContent) nor in the tarball`);
    });
  }
  return problems;
}
