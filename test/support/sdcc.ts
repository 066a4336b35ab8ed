// Builds a C contract with SDCC as genesis/examples/*/README.md says, for tests that run it.
// SDCC comes from Debian's `sdcc` package (.ci/run installs it); tests skip themselves without it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
const sdccDir = path.join(repoRoot, 'src/vm/sdcc');
/** The policy contracts' layouts for C (policy.h). */
export const POLICY_INCLUDE = path.join(repoRoot, 'genesis/contracts');

export function sdccInstalled(): boolean {
  return spawnSync('sdcc', ['--version']).error === undefined;
}

/** Skips the suite (from its `before`) where sdcc is not installed, saying so. */
export function skipWithoutSdcc(context: Mocha.Context, what: string): void {
  if (sdccInstalled()) return;
  process.stderr.write(`    skipping ${what}: sdcc is not on PATH (apt-get install sdcc)\n`);
  context.skip();
}

function step(dir: string, command: string, ...args: string[]): void {
  const result = spawnSync(command, args, { cwd: dir, encoding: 'utf8' });
  assert.equal(result.status, 0, `${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}${result.error?.message ?? ''}`);
}

/** The README's recipe, in a temporary directory: the contract image. */
export function buildC(source: string, includeDirs: string[] = []): Uint8Array {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ackchain-sdcc-'));
  try {
    step(dir, 'sdasgb', '-plosgff', '-o', 'crt0.rel', path.join(sdccDir, 'crt0.s'));
    step(dir, 'sdcc', '-msm83', '-I', sdccDir, ...includeDirs.flatMap((d) => ['-I', d]), '-c', '-o', 'contract.rel', source);
    step(dir, 'sdcc', '-msm83', '--no-std-crt0', '--code-loc', '0x0100', '--data-loc', '0xC000', '-o', 'contract.ihx', 'crt0.rel', 'contract.rel');
    step(dir, 'makebin', '-p', 'contract.ihx', 'contract.bin');
    return new Uint8Array(readFileSync(path.join(dir, 'contract.bin')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
