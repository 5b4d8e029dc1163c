import { posix } from 'node:path';

/**
 * Makes the manifest describe the package as published: the library build (rollup `library`) writes one
 * JavaScript file per source module, every module an entry (scripts/library-entries.mjs), so `src/x.ts` is
 * `dist/x.js` and exports what the source exports at run time.
 *
 * - Every source path (module paths, export and inheritance references, type references) becomes `dist/x.js`;
 *   relative specifiers the analyzer leaves in re-exports (`./okta-success.js`) are resolved first.
 * - Type-only exports (`export type {…}`, `export { type X }`, `export type * from`) are dropped: no JavaScript
 *   file exports them (their types are in the .d.ts beside each module).
 * - `export * from` is listed name by name and a re-export's reference points at the module that declares the
 *   thing, so a tool finds the declaration without following barrels; `export * as X` is listed as `X`.
 * scripts/check-package.mjs holds every path here against the packed tarball and every module's exports against
 * the built file's.
 */
export function packagePaths() {
  /** source path → { typeOnlyNames: Set, typeOnlyStars: Set of source paths } */
  const facts = new Map();

  return {
    name: 'okta-elements:package-paths',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isSourceFile(node)) return;
      const fact = { typeOnlyNames: new Set(), typeOnlyStars: new Set() };
      for (const statement of node.statements) {
        if (!ts.isExportDeclaration(statement)) continue;
        const clause = statement.exportClause;
        if (!clause && statement.isTypeOnly && statement.moduleSpecifier) {
          fact.typeOnlyStars.add(resolveSpecifier(moduleDoc.path, statement.moduleSpecifier.text).replace(/\.js$/, '.ts'));
        } else if (clause && ts.isNamedExports(clause)) {
          for (const element of clause.elements) {
            if (statement.isTypeOnly || element.isTypeOnly) fact.typeOnlyNames.add(element.name.text);
          }
        }
      }
      facts.set(moduleDoc.path, fact);
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = new Map(customElementsManifest.modules.map((mod) => [mod.path, mod]));
      const toSource = (from, specifier) => {
        const resolved = specifier.startsWith('.') ? resolveSpecifier(from, specifier) : specifier;
        const ts = resolved.replace(/\.js$/, '.ts');
        return modules.has(ts) ? ts : resolved;
      };

      // 1. Resolve specifiers, name namespace re-exports, drop type-only exports.
      for (const mod of modules.values()) {
        const fact = facts.get(mod.path);
        mod.exports = (mod.exports ?? []).flatMap((exp) => {
          if (exp.declaration?.module) exp.declaration.module = toSource(mod.path, exp.declaration.module);
          if (exp.kind !== 'js') return [exp];
          if (exp.name === '*' && exp.declaration.name !== '*') return [{ ...exp, name: exp.declaration.name, declaration: { ...exp.declaration, name: '*' } }];
          if (exp.name === '*' ? fact?.typeOnlyStars.has(exp.declaration.module) : fact?.typeOnlyNames.has(exp.name)) return [];
          return [exp];
        });
      }

      // 2. Expand `export *` and point every re-export at the declaring module.
      const expanded = new Map();
      const exportsOf = (path, seen = new Set()) => {
        if (expanded.has(path)) return expanded.get(path);
        const mod = modules.get(path);
        if (!mod || seen.has(path)) return [];
        seen.add(path);
        const result = mod.exports.flatMap((exp) => {
          if (exp.kind === 'js' && exp.name === '*' && modules.has(exp.declaration.module)) {
            return exportsOf(exp.declaration.module, seen).filter((inner) => inner.kind === 'js' && inner.name !== 'default');
          }
          if (exp.kind === 'js' && exp.declaration?.module && exp.declaration.module !== path && exp.declaration.name !== '*') {
            return [{ ...exp, declaration: origin(exp.declaration, seen) }];
          }
          return [exp];
        });
        expanded.set(path, result);
        return result;
      };
      const origin = (reference, seen) => {
        const target = modules.get(reference.module);
        if (!target || target.declarations?.some((d) => d.name === reference.name)) return reference;
        const found = exportsOf(reference.module, new Set(seen)).find((exp) => exp.kind === 'js' && exp.name === reference.name);
        return found ? found.declaration : reference;
      };
      for (const path of modules.keys()) exportsOf(path);
      for (const mod of modules.values()) mod.exports = expanded.get(mod.path);

      rewriteSourcePaths(customElementsManifest);
    },
  };
}

/** `./x.js` seen from `src/a/b.ts` → `src/a/x.js` */
function resolveSpecifier(from, specifier) {
  return posix.normalize(posix.join(posix.dirname(from), specifier));
}

// The analyzer writes source paths as `src/x.ts`, and superclasses it follows through an import as `/src/x.js`.
const SOURCE_PATH = /^\/?src\/(.+)\.[jt]s$/;

/** Every `path` / `module` holding a source path, anywhere in the manifest, becomes the built file's path. */
function rewriteSourcePaths(value) {
  if (Array.isArray(value)) {
    value.forEach(rewriteSourcePaths);
    return;
  }
  if (!value || typeof value !== 'object') return;
  for (const [key, inner] of Object.entries(value)) {
    if ((key === 'path' || key === 'module') && typeof inner === 'string') value[key] = inner.replace(SOURCE_PATH, 'dist/$1.js');
    else rewriteSourcePaths(inner);
  }
}
