// Generates src/chain/proto/generated.{js,d.ts} from proto/ with protobufjs (`npm run proto`).
// `--out DIR` writes elsewhere: the staleness test generates into a temporary folder and compares.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outFlag = process.argv.indexOf('--out');
const outDir = outFlag >= 0 ? resolve(process.argv[outFlag + 1]) : join(root, 'src/chain/proto');
const protoDir = join(root, 'proto');
const sources = readdirSync(join(protoDir, 'ackchain')).filter((f) => f.endsWith('.proto')).sort()
  .map((f) => join(protoDir, 'ackchain', f));

mkdirSync(outDir, { recursive: true });
const pbjs = join(root, 'node_modules/protobufjs-cli/bin/pbjs');
execFileSync(process.execPath, [
  pbjs, '-t', 'static-module', '-w', 'esm', '--force-number', '--no-verify', '--no-delimited',
  '--no-typeurl', '--no-service', '--no-convert', '-p', protoDir, '-d', '-o', join(outDir, 'generated.js'), ...sources,
], { stdio: 'inherit', cwd: root });
