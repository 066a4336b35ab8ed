// npm run bench:single [-- --txs N --concurrency C] [-- --acks] | [-- --only ed25519]
// One validator in its own process; N pre-signed trigger-alert txs submitted over JSON-RPC by C
// concurrent clients, each waiting for its commit; with --acks, the N alerts are triggered first
// (not timed) and N acknowledgments of them are measured instead: each goes through the team's
// authorize contract. Prints committed txs per second, submit-to-
// commit latency, and Ed25519 verifications per second of each back end, for valid and for
// invalid signatures (--only ed25519 prints those alone, without starting a node). Not part of
// npm test.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { toHex } from '../src/chain/bytes.ts';
import { readKeyFile } from '../src/chain/keys.ts';
import { signTx } from '../src/chain/tx.ts';
import { ensureDevHome } from '../src/cli/dev-home.ts';
import { freePort, rpcCall, waitHealthy } from '../test/support/processes.ts';
import { closedLoop, ed25519Rates, latencySummary, startValidator, stopValidator, triggerTx, tuneForLoad } from './common.ts';

const { values } = parseArgs({ options: {
  txs: { type: 'string', default: '10000' },
  concurrency: { type: 'string', default: '256' },
  // JSON-RPC batch size: >1 sends that many tx_submit calls per HTTP request, taking the HTTP
  // client's cost out of the figure.
  batch: { type: 'string', default: '1' },
  only: { type: 'string' },
  acks: { type: 'boolean', default: false },
} });
const total = Number(values.txs);
const concurrency = Number(values.concurrency);
const batch = Number(values.batch);

async function main(): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), 'ackchain-bench-'));
  ensureDevHome(home);
  tuneForLoad(home);
  const port = await freePort();
  const rpc = `http://127.0.0.1:${port}`;
  const node = startValidator(home, ['--rpc-listen', `127.0.0.1:${port}`]);
  try {
    await waitHealthy(rpc, node);
    const integration = readKeyFile(join(home, 'keys', 'payments-monitoring.json'));
    const status = await rpcCall(rpc, 'node_status');
    const expiresAtMs = Date.now() + 9 * 60_000;
    const triggers = Array.from({ length: total }, (_, i) => triggerTx({ chainId: status.chain_id, team: 'payments', key: integration, expiresAtMs, tag: 'bench', i }));
    let txs = triggers;
    if (values.acks) {
      const untimed = await closedLoop(triggers, concurrency, 1, () => rpc);
      if (untimed.failed !== 0) throw new Error(`triggering the alerts to acknowledge failed: ${untimed.firstFailure}`);
      const oncall = readKeyFile(join(home, 'keys', 'payments-oncall.json'));
      txs = Array.from({ length: total }, (_, i) => toHex(signTx({
        chainId: status.chain_id, expiresAtMs, memo: `ack ${i}`, acknowledgeAlert: { alert: { team: 'payments', dedupKey: `bench-${i}` } },
      }, oncall)));
    }

    const startHeight = (await rpcCall(rpc, 'node_status')).latest_height;
    const run = await closedLoop(txs, concurrency, batch, () => rpc);
    const end = await rpcCall(rpc, 'node_status');
    const latency = latencySummary(run.latencies);
    console.log(JSON.stringify({
      benchmark: `single-validator alert ${values.acks ? 'acknowledgments' : 'triggers'} over JSON-RPC`,
      txs: total, concurrency, batch, failed: run.failed, ...(run.firstFailure === undefined ? {} : { first_failure: run.firstFailure }),
      seconds: Number(run.seconds.toFixed(2)),
      committed_txs_per_second: Math.round((total - run.failed) / run.seconds),
      latency_ms: { p50: latency.p50, p99: latency.p99 },
      blocks: end.latest_height - startHeight,
      ed25519_verifications_per_second_one_core: ed25519Rates(),
      cores: cpus().length,
      node: process.version,
    }, null, 2));
  } finally {
    await stopValidator(node);
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
