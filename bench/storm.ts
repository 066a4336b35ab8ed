// npm run bench:storm [-- --txs N --concurrency C --rate R --steady-seconds S --cpu-prof DIR]
// The alert storm of DESIGN.md: a 4-validator network from `ackchain testnet`, each validator its
// own `ackchain start` process on loopback (rate limit off). Two phases of pre-signed trigger-alert
// txs, each signed by one of the four teams' monitoring keys and sent to the four nodes' JSON-RPC
// in turn, with tx_submit and wait "committed":
//   1. storm: N txs (10,000) from C concurrent clients (256), each sending its next tx when the
//      previous one has committed: committed txs per second, p50/p99 submit-to-commit;
//   2. steady: R txs per second (100) for S seconds (30), open loop (one tx every 1000/R ms, sent
//      whatever the answers): p50/p99 from the tx's scheduled send time to its commit.
// Each node's resident memory (VmRSS) after each phase; then, with the nodes stopped, Ed25519
// verifications per second on one core and the bound they set, verifications x cores /
// validators, against which the storm's rate is compared. Progress goes to stderr, one JSON
// result to stdout. --cpu-prof DIR profiles node0 (node --cpu-prof, written when it stops).
// Each phase's txs are signed just before it, to expire 9 minutes later (the chain's max TTL is
// 10): a storm that takes longer sees its last txs refused as expired, counted in "failed".
// Not part of npm test.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readKeyFile } from '../src/chain/keys.ts';
import { cli, freePortBlock, rpcBatch, rpcCall, waitHealthy, waitUntil, type NodeProcess } from '../test/support/processes.ts';
import { chainVerificationsPerSecond, closedLoop, cpuShare, latencySummary, rssMb, startValidator, stopValidator, triggerTx, tuneForLoad } from './common.ts';

const VALIDATORS = 4;
const { values } = parseArgs({ options: {
  txs: { type: 'string', default: '10000' },
  concurrency: { type: 'string', default: '256' },
  rate: { type: 'string', default: '100' },
  'steady-seconds': { type: 'string', default: '30' },
  'cpu-prof': { type: 'string' },
} });
const total = Number(values.txs);
const concurrency = Number(values.concurrency);
const rate = Number(values.rate);
const steadySeconds = Number(values['steady-seconds']);
for (const [name, v] of Object.entries({ txs: total, concurrency, rate, 'steady-seconds': steadySeconds })) {
  if (!(v > 0) || !Number.isFinite(v)) throw new Error(`--${name} must be a positive number`);
}
/** Below the chain's 10-minute max TTL, with room for clock drift. */
const TX_TTL_MS = 9 * 60_000;

const log = (line: string) => process.stderr.write(`[storm ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Network { rpcs: string[]; nodes: NodeProcess[] }

/** `count` trigger txs, tx i signed by team (i mod 4)'s monitoring key for that team. */
function signTriggers(dir: string, chainId: string, tag: string, count: number): string[] {
  const keys = Array.from({ length: VALIDATORS }, (_, t) => readKeyFile(join(dir, 'keys', `team${t}-monitoring.json`)));
  const expiresAtMs = Date.now() + TX_TTL_MS;
  return Array.from({ length: count }, (_, i) => triggerTx({ chainId, team: `team${i % VALIDATORS}`, key: keys[i % VALIDATORS], expiresAtMs, tag, i }));
}

async function startNetwork(dir: string): Promise<Network> {
  const base = await freePortBlock(VALIDATORS, 10, 2);
  const made = cli(['testnet', '--validators', String(VALIDATORS), '--out', dir, '--base-port', String(base)]);
  if (made.status !== 0) throw new Error(`ackchain testnet failed:\n${made.stdout}${made.stderr}`);
  const homes = Array.from({ length: VALIDATORS }, (_, i) => join(dir, `node${i}`));
  homes.forEach(tuneForLoad);
  const rpcs = homes.map((_, i) => `http://127.0.0.1:${base + 10 * i + 1}`);
  const profile = values['cpu-prof'] === undefined ? [] : ['--cpu-prof', '--cpu-prof-dir', resolve(values['cpu-prof'])];
  const nodes = homes.map((home, i) => startValidator(home, [], i === 0 ? profile : []));
  return { rpcs, nodes };
}

/**
 * The blocks of heights from+1..to as node0 committed them: how many, txs per block (mean, max),
 * the gaps between block times (p50, max), and how many heights took more than round 0.
 */
async function blockStats(rpc: string, from: number, to: number): Promise<Record<string, unknown>> {
  const heights = Array.from({ length: to - from }, (_, i) => from + 1 + i);
  const txs: number[] = [];
  const times: number[] = [];
  const rounds: number[] = [];
  for (let i = 0; i < heights.length; i += 50) {
    const part = heights.slice(i, i + 50);
    const answers = await rpcBatch(rpc, part.flatMap((height) => [{ method: 'chain_getBlock', params: { height } }, { method: 'chain_getCommit', params: { height } }]));
    for (let j = 0; j < part.length; j++) {
      const block = answers[2 * j].result;
      const commit = answers[2 * j + 1].result;
      if (block === undefined || commit === undefined) throw new Error(`height ${part[j]}: ${answers[2 * j].error?.message ?? answers[2 * j + 1].error?.message}`);
      txs.push(block.txs.length);
      times.push(Number(block.header.time_ms));
      rounds.push(commit.round);
    }
  }
  const intervals = times.slice(1).map((t, i) => t - times[i]);
  const gaps = latencySummary(intervals);
  const longest = intervals.indexOf(Math.max(...intervals)) + 1;
  return {
    blocks: heights.length, txs_per_block_mean: Math.round(txs.reduce((a, b) => a + b, 0) / Math.max(1, txs.length)), txs_per_block_max: Math.max(0, ...txs),
    block_interval_ms_p50: gaps.p50, block_interval_ms_max: gaps.max,
    // The block that ended the longest interval: its height, commit round, txs, and when it came.
    longest_interval_block: longest > 0 ? { height: heights[longest], round: rounds[longest], txs: txs[longest], s_after_first_block: Math.round((times[longest] - times[0]) / 100) / 10, time: new Date(times[longest]).toISOString() } : null,
    heights_past_round_0: rounds.filter((r) => r > 0).length,
  };
}

const heightOf = async (rpc: string): Promise<number> => (await rpcCall(rpc, 'node_status')).latest_height as number;
const rssAll = (net: Network): number[] => net.nodes.map((n) => rssMb(n.child.pid));

/** Open loop: tx k is due at start + k * 1000 / rate ms and is sent then, whatever came back. */
async function openLoop(net: Network, txs: string[]): Promise<{ latencies: number[]; failed: number; firstFailure?: string; maxSendLagMs: number; seconds: number }> {
  const interval = 1000 / rate;
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  let failed = 0;
  let firstFailure: string | undefined;
  let maxSendLagMs = 0;
  const start = performance.now();
  let k = 0;
  while (k < txs.length) {
    const now = performance.now();
    for (; k < txs.length && start + k * interval <= now; k++) {
      const due = start + k * interval;
      maxSendLagMs = Math.max(maxSendLagMs, now - due);
      pending.push(rpcCall(net.rpcs[k % VALIDATORS], 'tx_submit', { tx: txs[k], wait: 'committed' }).then((r: { receipt: { code: number } }) => {
        latencies.push(performance.now() - due);
        if (r.receipt.code !== 0) { failed++; firstFailure ??= `receipt code ${r.receipt.code}`; }
      }, (e: Error) => { failed++; firstFailure ??= e.message; }));
    }
    if (k < txs.length) await sleep(Math.max(0, start + k * interval - performance.now()));
  }
  await Promise.all(pending);
  return { latencies, failed, firstFailure, maxSendLagMs: Math.round(maxSendLagMs), seconds: (performance.now() - start) / 1000 };
}

async function main(): Promise<Record<string, unknown>> {
  const loadStart = loadavg()[0];
  const dir = mkdtempSync(join(tmpdir(), 'ackchain-storm-'));
  let net: Network | undefined;
  try {
    net = await startNetwork(dir);
    const { rpcs, nodes } = net;
    await Promise.all(rpcs.map((rpc, i) => waitHealthy(rpc, nodes[i], 60_000)));
    await waitUntil(async () => (await Promise.all(rpcs.map(heightOf))).every((h) => h >= 2), 60_000,
      () => `the network did not reach height 2:\n${nodes.map((n, i) => `node${i}: ${n.output().slice(-2000)}`).join('\n')}`);
    const chainId: string = (await rpcCall(rpcs[0], 'node_status')).chain_id;
    log(`4 validators committing blocks (pids ${nodes.map((n) => n.child.pid).join(', ')}); RSS ${rssAll(net).join(', ')} MB`);

    log(`signing ${total} trigger txs`);
    const stormTxs = signTriggers(dir, chainId, 'storm', total);
    const startHeight = await heightOf(rpcs[0]);
    log(`storm: ${total} txs, ${concurrency} clients over ${VALIDATORS} nodes`);
    const stormCpu = cpuShare(() => [process.pid, ...nodes.map((n) => n.child.pid)]);
    const storm = await closedLoop(stormTxs, concurrency, 1, (client) => rpcs[client % VALIDATORS]);
    const stormRss = rssAll(net);
    const stormCpuShare = stormCpu();
    const stormEnd = await heightOf(rpcs[0]);
    const committedRate = (total - storm.failed) / storm.seconds;
    const stormLatency = latencySummary(storm.latencies);
    log(`storm: ${Math.round(committedRate)} committed txs/s in ${storm.seconds.toFixed(1)} s, p50 ${stormLatency.p50} ms, p99 ${stormLatency.p99} ms, ${storm.failed} failed; RSS ${stormRss.join(', ')} MB; CPU ours ${stormCpuShare.ours_pct}%, others ${stormCpuShare.others_pct}%`);

    const steadyCount = Math.round(rate * steadySeconds);
    const steadyTxs = signTriggers(dir, chainId, 'steady', steadyCount);
    // Let the storm's last blocks settle before the steady phase starts.
    await sleep(2000);
    const steadyStart = await heightOf(rpcs[0]);
    log(`steady: ${rate} txs/s for ${steadySeconds} s (${steadyCount} txs), open loop`);
    const steadyCpu = cpuShare(() => [process.pid, ...nodes.map((n) => n.child.pid)]);
    const steady = await openLoop(net, steadyTxs);
    const steadyRss = rssAll(net);
    const steadyCpuShare = steadyCpu();
    const steadyLatency = latencySummary(steady.latencies);
    log(`steady: p50 ${steadyLatency.p50} ms, p99 ${steadyLatency.p99} ms, ${steady.failed} failed, max send lag ${steady.maxSendLagMs} ms; RSS ${steadyRss.join(', ')} MB; CPU ours ${steadyCpuShare.ours_pct}%, others ${steadyCpuShare.others_pct}%`);

    const finalHeight = await heightOf(rpcs[0]);
    const stormBlocks = await blockStats(rpcs[0], startHeight, stormEnd);
    const steadyBlocks = await blockStats(rpcs[0], steadyStart, finalHeight);
    const loadEnd = loadavg()[0];
    log('stopping the nodes (SIGTERM)');
    await Promise.all(nodes.map((n) => stopValidator(n)));
    for (const [i, n] of nodes.entries()) {
      const said = n.output().split('\n').filter((l) => l.trim() !== '' && !l.startsWith('ackchain node ')).join('\n');
      if (said !== '') log(`node${i} wrote (last 16 KB, log level warn):\n${said}`);
    }
    net = undefined;

    log('Ed25519 verifications per second on one core (OpenSSL, the chain\'s path), nodes stopped');
    const verifications = chainVerificationsPerSecond();
    const cores = availableParallelism();
    const bound = (verifications * cores) / VALIDATORS;
    const maxRss = Math.max(...stormRss, ...steadyRss);
    return {
      benchmark: 'alert storm: 4 validator processes, trigger-alert txs over JSON-RPC',
      validators: VALIDATORS,
      storm: {
        txs: total, clients: concurrency, failed: storm.failed, ...(storm.firstFailure === undefined ? {} : { first_failure: storm.firstFailure }),
        seconds: Number(storm.seconds.toFixed(2)), committed_txs_per_second: Math.round(committedRate),
        latency_ms: stormLatency, rss_mb_after: stormRss, ...stormBlocks, cpu_pct_of_machine: stormCpuShare,
      },
      steady: {
        rate_txs_per_second: rate, seconds: steadySeconds, txs: steadyCount, failed: steady.failed,
        ...(steady.firstFailure === undefined ? {} : { first_failure: steady.firstFailure }),
        latency_ms: steadyLatency, max_send_lag_ms: steady.maxSendLagMs, rss_mb_after: steadyRss, ...steadyBlocks, cpu_pct_of_machine: steadyCpuShare,
      },
      height_at_end: finalHeight,
      verification_bound: {
        ed25519_verifications_per_second_one_core: verifications, cores, validators: VALIDATORS,
        bound_txs_per_second: Math.round(bound), storm_ratio: Number((committedRate / bound).toFixed(3)),
      },
      targets: {
        steady_p99_le_1000_ms: steadyLatency.p99 <= 1000,
        steady_p50_le_300_ms: steadyLatency.p50 <= 300,
        storm_ratio_ge_0_5: committedRate / bound >= 0.5,
        [`rss_le_400_mb_after_${total + steadyCount}_txs`]: maxRss <= 400,
      },
      load_average_1min: { start: Number(loadStart.toFixed(2)), end_of_steady: Number(loadEnd.toFixed(2)) },
      node: process.version,
    };
  } finally {
    if (net !== undefined) await Promise.all(net.nodes.map((n) => stopValidator(n)));
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(JSON.stringify(await main(), null, 2));
