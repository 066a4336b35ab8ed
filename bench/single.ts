// npm run bench:single [-- --txs N --concurrency C] | [-- --only ed25519]
// One validator in its own process; N pre-signed trigger-alert txs submitted over JSON-RPC by C
// concurrent clients, each waiting for its commit. Prints committed txs per second, submit-to-
// commit latency, and Ed25519 verifications per second of each back end, for valid and for
// invalid signatures (--only ed25519 prints those alone, without starting a node). Not part of
// npm test.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { toHex } from '../src/chain/bytes.ts';
import { ackchain } from '../src/chain/codec.ts';
import { generateKeyPair, readKeyFile, sign } from '../src/chain/keys.ts';
import { signedMessage, verifyOpenssl, verifyReference, type VerifyBackend } from '../src/chain/signature.ts';
import { signTx } from '../src/chain/tx.ts';
import { ensureDevHome } from '../src/cli/dev-home.ts';
import { homePaths } from '../src/node/home.ts';
import { CLI, freePort, rpcCall, waitHealthy } from '../test/support/processes.ts';

const { values } = parseArgs({ options: {
  txs: { type: 'string', default: '10000' },
  concurrency: { type: 'string', default: '256' },
  // JSON-RPC batch size: >1 sends that many tx_submit calls per HTTP request, taking the HTTP
  // client's cost out of the figure.
  batch: { type: 'string', default: '1' },
  only: { type: 'string' },
} });
const total = Number(values.txs);
const concurrency = Number(values.concurrency);
const batch = Number(values.batch);

/**
 * One-core verifications per second over 64 signatures of one key, all valid or all invalid (one
 * bit of the signed message changed, so that every check but the last passes).
 */
function verificationsPerSecond(backend: VerifyBackend, valid: boolean, ms = 1500): number {
  const keys = generateKeyPair();
  const samples = Array.from({ length: 64 }, (_, i) => {
    const payload = new TextEncoder().encode(`trigger ${i} `.repeat(12));
    const message = signedMessage('tx', payload);
    const signature = sign('tx', payload, keys.privateKey);
    if (!valid) message[message.length - 1 - (i % 8)] ^= 1 << (i % 8);
    return { message, signature };
  });
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (const s of samples) if (backend(keys.publicKey, s.message, s.signature) !== valid) throw new Error(`misjudged a signature (valid: ${valid})`);
    count += samples.length;
  }
  return Math.round(count / ((performance.now() - start) / 1000));
}

function ed25519Rates(): Record<'openssl' | 'reference', { valid: number; invalid: number }> {
  const rates = (backend: VerifyBackend) => ({ valid: verificationsPerSecond(backend, true), invalid: verificationsPerSecond(backend, false) });
  return { openssl: rates(verifyOpenssl), reference: rates(verifyReference) };
}

/** tx_submit with wait "committed" for each tx, in one JSON-RPC batch request. */
async function submitCommitted(rpc: string, txs: string[]): Promise<{ receipt?: { code: number } }[]> {
  if (txs.length === 1) return [await rpcCall(rpc, 'tx_submit', { tx: txs[0], wait: 'committed' })];
  const body = txs.map((tx, id) => ({ jsonrpc: '2.0', id, method: 'tx_submit', params: { tx, wait: 'committed' } }));
  const res = await fetch(rpc, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const answers = await res.json() as { result?: { receipt: { code: number } } }[];
  return answers.map((a) => a.result ?? {});
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main(): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), 'ackchain-bench-'));
  ensureDevHome(home);
  const configPath = homePaths(home).config;
  const config = JSON.parse(readFileSync(configPath, 'utf8'));
  config.rpc.requests_per_second = 0;
  config.log_level = 'warn';
  writeFileSync(configPath, JSON.stringify(config));
  const port = await freePort();
  const rpc = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [CLI, 'start', '--home', home, '--rpc-listen', `127.0.0.1:${port}`], { stdio: ['ignore', 'ignore', 'inherit'] });
  let output = '';
  try {
    await waitHealthy(rpc, { child, output: () => output, exited: new Promise(() => undefined) });
    const integration = readKeyFile(join(home, 'keys', 'payments-monitoring.json'));
    const status = await rpcCall(rpc, 'node_status');
    const expiresAtMs = Date.now() + 9 * 60_000;
    const txs = Array.from({ length: total }, (_, i) => toHex(signTx({
      chainId: status.chain_id, expiresAtMs, memo: `bench ${i}`,
      triggerAlert: { team: 'payments', summary: `disk usage above 90% on db-${i % 50}`, dedupKey: `bench-${i}`, source: `db-${i % 50}`, severity: ackchain.Severity.SEVERITY_WARNING },
    }, integration)));

    const latencies: number[] = [];
    let next = 0;
    let failed = 0;
    const startHeight = status.latest_height;
    const start = performance.now();
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next < txs.length) {
        const group = txs.slice(next, next + batch);
        next += group.length;
        const t0 = performance.now();
        const results = await submitCommitted(rpc, group);
        const elapsed = performance.now() - t0;
        for (const r of results) {
          if (r.receipt?.code !== 0) failed++;
          latencies.push(elapsed);
        }
      }
    }));
    const seconds = (performance.now() - start) / 1000;
    const end = await rpcCall(rpc, 'node_status');
    latencies.sort((a, b) => a - b);
    console.log(JSON.stringify({
      benchmark: 'single-validator alert triggers over JSON-RPC',
      txs: total, concurrency, batch, failed, seconds: Number(seconds.toFixed(2)),
      committed_txs_per_second: Math.round(total / seconds),
      latency_ms: { p50: Math.round(percentile(latencies, 50)), p99: Math.round(percentile(latencies, 99)) },
      blocks: end.latest_height - startHeight,
      ed25519_verifications_per_second_one_core: ed25519Rates(),
      cores: cpus().length,
      node: process.version,
    }, null, 2));
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(home, { recursive: true, force: true });
  }
}

if (values.only === 'ed25519') {
  console.log(JSON.stringify({ ed25519_verifications_per_second_one_core: ed25519Rates(), node: process.version }, null, 2));
} else if (values.only === undefined) {
  await main();
} else {
  throw new Error(`--only: the only section is ed25519, not ${values.only}`);
}
