// `npm run devnet`: a four-validator network on loopback in one command. The first run writes the
// homes with `ackchain testnet` into .ackchain/devnet (kept across runs: the chain goes on);
// `npm run devnet -- --reset` starts a new chain. Each node is an `ackchain start` process whose
// output is prefixed with its name; Ctrl-C (or SIGTERM) stops them all cleanly. A node that stops
// by itself (killed, crashed) leaves the others running, as a real network would go on.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const VALIDATORS = 4;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'src/cli/main.ts');
const out = join(root, '.ackchain/devnet');

if (process.argv.includes('--reset')) rmSync(out, { recursive: true, force: true });
if (!existsSync(join(out, 'node0', 'config', 'genesis.json'))) {
  // testnet's own advice (start each node) is what this script does: only its errors are shown.
  const made = spawnSync(process.execPath, [cli, 'testnet', '--validators', String(VALIDATORS), '--out', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (made.status !== 0) process.exit(made.status ?? 1);
}

const children: ChildProcess[] = [];
let stopping = false;

function stopAll(): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
}

for (let i = 0; i < VALIDATORS; i++) {
  const name = `node${i}`;
  const child = spawn(process.execPath, [cli, 'start', '--home', join(out, name)], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  for (const stream of [child.stdout!, child.stderr!]) {
    createInterface({ input: stream }).on('line', (line) => process.stdout.write(`[${name}] ${line}\n`));
  }
  child.on('exit', (code, signal) => {
    process.stdout.write(`[${name}] exited (${signal ?? `code ${code}`})\n`);
    if (!stopping) {
      process.exitCode = 1;
      const home = join(out, name);
      process.stderr.write(`${name} stopped by itself; the others go on (with four validators, any three commit). Start it again in another terminal: npx ackchain start --home ${home}\n`);
    }
  });
}

process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);
process.stdout.write(`devnet: ${VALIDATORS} validators from ${out}; JSON-RPC on 4601, 4611, 4621, 4631; Ctrl-C stops them\n`);
