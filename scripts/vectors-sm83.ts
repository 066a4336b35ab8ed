// npm run vectors:sm83 -- [DIR]: runs every SingleStepTests sm83 vector file in DIR (default: the
// v1 subset kept in test/vm/vectors) and ends with `N passed, N failed`; exits non-zero on any failure.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runVectorFile, vectorFiles } from '../test/vm/support/sm83-vectors.ts';

const SHOWN_FAILURES = 5;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(process.argv[2] ?? path.join(repoRoot, 'test/vm/vectors/sm83/v1'));

let passed = 0;
let failed = 0;
let shown = 0;
const files = vectorFiles(dir);
if (files.length === 0) {
  process.stderr.write(`no *.json vector files in ${dir}\n`);
  process.exit(2);
}
for (const file of files) {
  const result = runVectorFile(file);
  passed += result.passed;
  failed += result.failures.length;
  for (const failure of result.failures) {
    if (shown++ >= SHOWN_FAILURES) break;
    process.stdout.write(`FAIL ${path.basename(file)} "${failure.name}": ${failure.errors.join('; ')}\n`);
  }
}
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
