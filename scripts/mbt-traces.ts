// Generates the ITF traces that test/consensus/mbt/replay.test.ts replays against consensus/.
//
// Runs every named test (`run ...Test`) of the vendored Malachite Quint spec
// (test/consensus/mbt/spec/, see its README) and of ackchain's own runs on it
// (test/consensus/mbt/scenarios/) with `quint test --out-itf`, seeded, on Quint's TypeScript
// backend, and writes each trace gzipped to test/consensus/mbt/traces/<file>.<test>.itf.json.gz. The traces are Quint's output unchanged except for the ITF
// `#meta` record, whose creation date is replaced by the generator and seed so that regenerating
// gives byte-identical files. Traces of the spec's pure-function unit tests (no state variables)
// are dropped.
//
//   npm run mbt:traces                 all spec tests, seed 118 (Malachite's default QUINT_SEED)
//   npm run mbt:traces -- --seed 7     another seed (the committed traces use 118)
//   npm run mbt:traces -- --out DIR    write elsewhere (e.g. to compare two seeds)
//
// Quint is the npm package @informalsystems/quint (a devDependency); its default Rust backend
// downloads a binary, so the TypeScript backend is used.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MBT = path.join(ROOT, 'test/consensus/mbt');
const QUINT = path.join(ROOT, 'node_modules/@informalsystems/quint/dist/src/cli.js');

/** The test files (relative to test/consensus/mbt): the spec's tests/ but the vote keeper's unit tests, and ours. */
export const TEST_FILES = [
  'spec/tests/consensus/consensusTest.qnt',
  'spec/tests/decideForPastRound/decideForPastRoundTest.qnt',
  'spec/tests/disagreement/disagreementTest.qnt',
  'spec/tests/hiddenlock/hiddenLockTest.qnt',
  'spec/tests/line26/line26Test.qnt',
  'spec/tests/line28/line28Test.qnt',
  'spec/tests/line32/line32Test.qnt',
  'spec/tests/line42/line42Test.qnt',
  'spec/tests/multi-round/someMultiRoundTest.qnt',
  'spec/tests/newheightlogic/heightLogicTest.qnt',
  'spec/tests/state-machine/parameterizedTest.qnt',
  'spec/tests/state-machine/statemachineTest.qnt',
  'scenarios/ackchainTest.qnt',
];

function parseArgs(argv: string[]): { seed: string; out: string } {
  let seed = '118';
  let out = path.join(ROOT, 'test/consensus/mbt/traces');
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--seed') seed = argv[++i];
    else if (argv[i] === '--out') out = path.resolve(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]} (expected --seed N, --out DIR)`);
  }
  if (!/^\d+$/.test(seed ?? '')) throw new Error('--seed needs a non-negative integer');
  return { seed, out };
}

function main(): void {
  const { seed, out } = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(QUINT)) throw new Error(`Quint not installed at ${QUINT}: run npm install`);
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/@informalsystems/quint/package.json'), 'utf8')).version as string;
  fs.mkdirSync(out, { recursive: true });
  for (const f of fs.readdirSync(out)) if (f.endsWith('.itf.json.gz')) fs.rmSync(path.join(out, f));

  let traces = 0;
  let states = 0;
  let bytes = 0;
  for (const file of TEST_FILES) {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ackchain-mbt-'));
    try {
      const started = Date.now();
      const result = spawnSync(process.execPath, [
        QUINT, 'test', '--backend', 'typescript', '--seed', seed, '--verbosity', '1',
        '--out-itf', path.join(tmp, '{test}.itf.json'), file,
      ], { cwd: MBT, encoding: 'utf8' });
      if (result.status !== 0) {
        throw new Error(`quint test ${file} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
      }
      const base = path.basename(file, '.qnt');
      const written: string[] = [];
      for (const name of fs.readdirSync(tmp).sort()) {
        const trace = JSON.parse(fs.readFileSync(path.join(tmp, name), 'utf8'));
        if (!Array.isArray(trace.vars) || trace.vars.length === 0 || trace.states.length < 2) continue; // a pure-function unit test
        trace['#meta'] = {
          format: trace['#meta']?.format ?? 'ITF',
          'format-description': trace['#meta']?.['format-description'],
          source: `test/consensus/mbt/${file}`,
          status: trace['#meta']?.status,
          description: `Created by Quint ${version} (quint test --backend typescript --seed ${seed}) via npm run mbt:traces`,
        };
        const test = name.replace(/\.itf\.json$/, '');
        const json = JSON.stringify(trace);
        const gz = zlib.gzipSync(json, { level: 9 });
        fs.writeFileSync(path.join(out, `${base}.${test}.itf.json.gz`), gz);
        traces += 1;
        states += trace.states.length;
        bytes += gz.length;
        written.push(`${test} (${trace.states.length} states)`);
      }
      console.log(`${file}: ${written.join(', ') || 'no traces'} [${((Date.now() - started) / 1000).toFixed(1)} s]`);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }
  console.log(`${traces} traces, ${states} states, ${(bytes / 1024).toFixed(0)} KiB gzipped, in ${path.relative(ROOT, out) || out}`);
}

main();
