// Runs after `tsc -p tsconfig.build.json` (the package build):
// - writes dist/config.schema.json, the JSON schema shipped with the package, from the zod schema that
//   validates configs (src/core/model/config-schema.ts), so the two cannot differ;
// - with --update-source (`npm run schema`), also writes src/config.schema.json, the committed copy that
//   src/default-config.json's `$schema` names (a test fails when it is out of date);
// - makes the bin executable: tsc writes plain files, and npm links `okta-idx-emulator` to dist/cli.js.
import { chmodSync, writeFileSync } from 'node:fs';
import { configJsonSchema } from '../dist/core/model/config-schema.js';

const text = `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
writeFileSync(new URL('../dist/config.schema.json', import.meta.url), text);
if (process.argv.includes('--update-source')) writeFileSync(new URL('../src/config.schema.json', import.meta.url), text);
chmodSync(new URL('../dist/cli.js', import.meta.url), 0o755);
