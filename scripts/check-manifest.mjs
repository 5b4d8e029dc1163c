// Fails when custom-elements.json no longer matches the JSDoc in src (run `npm run manifest`), or when it lacks
// what tools read from it: a tag definition per element, typed attributes, properties and events, paths of the
// built files. That those paths are in the package is checked against the tarball by scripts/check-package.mjs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer writes relative to the working directory, so the fresh copy goes in a scratch folder here.
const outdir = mkdtempSync('.cem-check-');
try {
  execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], { stdio: 'pipe', env: { ...process.env, CEM_OUTDIR: outdir } });
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  const committed = readFileSync('custom-elements.json', 'utf8');
  if (fresh.trim() !== committed.trim()) {
    console.error('custom-elements.json is out of date: run `npm run manifest` and commit the result.');
    process.exit(1);
  }
} finally {
  rmSync(outdir, { recursive: true, force: true });
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const problems = [];
const declarations = new Map();
for (const mod of manifest.modules) {
  if (!/^dist\/.+\.js$/.test(mod.path)) problems.push(`module ${mod.path}: not a built file (dist/…/*.js)`);
  for (const d of mod.declarations ?? []) declarations.set(`${mod.path}#${d.name}`, d);
}
const definitions = manifest.modules.flatMap((mod) => (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition'));
const isPublic = (member) => !member.privacy || member.privacy === 'public';

// Every `module` reference (exports, superclasses, inheritance, types) names a module of the manifest.
const paths = new Set(manifest.modules.map((mod) => mod.path));
const checkReferences = (value, where) => {
  if (Array.isArray(value)) value.forEach((inner) => checkReferences(inner, where));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'module' && typeof inner === 'string' && !paths.has(inner)) problems.push(`${where}: refers to ${inner}, not a module of the manifest`);
      else checkReferences(inner, where);
    }
  }
};
for (const mod of manifest.modules) {
  checkReferences(mod.declarations, mod.path);
  checkReferences(mod.exports, mod.path);
  for (const d of mod.declarations ?? []) {
    if (!d.customElement || !d.tagName) continue;
    const where = `<${d.tagName}> (${mod.path})`;
    if (!definitions.some((e) => e.name === d.tagName && e.declaration.module === mod.path && e.declaration.name === d.name)) {
      problems.push(`${where}: no custom-element-definition export`);
    }
    for (const a of d.attributes ?? []) if (!a.type?.text) problems.push(`${where}: attribute ${a.name} has no type`);
    for (const m of d.members ?? []) {
      if (m.kind === 'field' && isPublic(m) && !m.static && !m.type?.text) problems.push(`${where}: property ${m.name} has no type`);
    }
    for (const e of d.events ?? []) {
      const ref = e.type?.references?.[0];
      const declared = ref && declarations.get(`${ref.module}#${ref.name}`);
      if (!declared || declared.kind !== 'class') problems.push(`${where}: event ${e.name} has no event class with its module`);
    }
  }
}
if (problems.length) {
  console.error(`custom-elements.json misleads tools:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`custom-elements.json is current: ${definitions.length} tags, every attribute, property and event typed.`);
