// Runs after `tsc -p tsconfig.build.json`: makes the bin executable (tsc writes plain files, and a
// fresh dist/ would otherwise leave `npx okta-idx-emulator` with "permission denied").
import { chmodSync } from 'node:fs';

chmodSync(new URL('../dist/cli.js', import.meta.url), 0o755);
