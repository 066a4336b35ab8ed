// What the benchmarks that run real validator processes share: a node home set up for load, the
// node process itself, pre-signed trigger-alert txs, closed-loop clients that each wait for their
// tx's commit, percentiles, a process's resident memory, and Ed25519 verifications per second on
// one core (the bound that signature checking puts on throughput).
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { toHex } from '../src/chain/bytes.ts';
import { ackchain } from '../src/chain/codec.ts';
import { generateKeyPair, sign, type KeyPair } from '../src/chain/keys.ts';
import { signedMessage, verifyOpenssl, verifyReference, type VerifyBackend } from '../src/chain/signature.ts';
import { signTx } from '../src/chain/tx.ts';
import { homePaths } from '../src/node/home.ts';
import { CLI, REPO_ROOT, rpcCall, type NodeProcess } from '../test/support/processes.ts';

/**
 * One-core verifications per second over 64 signatures of one key, all valid or all invalid (one
 * bit of the signed message changed, so that every check but the last passes).
 */
export function verificationsPerSecond(backend: VerifyBackend, valid: boolean, ms = 1500): number {
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

/** Verifications per second on one core of each back end of chain/signature.ts, valid and invalid. */
export function ed25519Rates(): Record<'openssl' | 'reference', { valid: number; invalid: number }> {
  const rates = (backend: VerifyBackend) => ({ valid: verificationsPerSecond(backend, true), invalid: verificationsPerSecond(backend, false) });
  return { openssl: rates(verifyOpenssl), reference: rates(verifyReference) };
}

/** The chain's verification path (OpenSSL, its answer final), valid signatures, one core. */
export const chainVerificationsPerSecond = (): number => verificationsPerSecond(verifyOpenssl, true);

export const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** p50, p99 and max of unsorted milliseconds, rounded to 1 ms. */
export function latencySummary(ms: readonly number[]): { p50: number; p99: number; max: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  return { p50: Math.round(percentile(sorted, 50)), p99: Math.round(percentile(sorted, 99)), max: Math.round(sorted[sorted.length - 1] ?? NaN) };
}

/** Rate limiting off and logging at warn, so that neither limits nor slows the load. */
export function tuneForLoad(home: string): void {
  const configPath = homePaths(home).config;
  const config = JSON.parse(readFileSync(configPath, 'utf8'));
  config.rpc.requests_per_second = 0;
  config.log_level = 'warn';
  writeFileSync(configPath, JSON.stringify(config, null, 2) + '\n');
}

/**
 * `ackchain start --home HOME [cliArgs]` as its own process (`nodeFlags` go to node itself,
 * `--cpu-prof` say). Keeps the last 16 KB of its output for error messages.
 */
export function startValidator(home: string, cliArgs: string[] = [], nodeFlags: string[] = []): NodeProcess {
  const child = spawn(process.execPath, [...nodeFlags, CLI, 'start', '--home', home, ...cliArgs], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (d: Buffer) => { output = (output + d.toString()).slice(-16_384); };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.once('exit', (code, signal) => r({ code, signal })));
  return { child, output: () => output, exited };
}

/** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
export async function stopValidator(node: NodeProcess, graceMs = 30_000): Promise<void> {
  if (node.child.exitCode !== null || node.child.signalCode !== null) return;
  node.child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((r) => { timer = setTimeout(() => r('late'), graceMs); });
  if (await Promise.race([node.exited, late]) === 'late') {
    process.stderr.write(`pid ${node.child.pid} did not exit within ${graceMs} ms of SIGTERM; SIGKILL\n`);
    node.child.kill('SIGKILL');
    await node.exited;
  }
  clearTimeout(timer);
}

/** Resident set size of a process in MB, from /proc/<pid>/status (VmRSS); NaN if unreadable. */
export function rssMb(pid: number | undefined): number {
  try {
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? NaN : Math.round(Number(kb) / 1024);
  } catch {
    return NaN;
  }
}

/** CPU time in clock ticks (utime + stime, all threads) of a process, from /proc/<pid>/stat; NaN if unreadable. */
export function processTicks(pid: number | undefined): number {
  try {
    // The command name (field 2) may hold spaces: count fields from after its closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return NaN;
  }
}

/** The machine's CPU time in clock ticks from /proc/stat: busy (everything but idle and iowait) and in all. */
export function machineTicks(): { busy: number; all: number } {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = values.map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, all: busy + idle + iowait };
}

/**
 * Starts counting CPU time; the function it returns gives, since then, the share of the whole
 * machine (all cores, %) that `pids` used and that everything else used (other people's work, the
 * hypervisor's steal).
 */
export function cpuShare(pids: () => (number | undefined)[]): () => { ours_pct: number; others_pct: number } {
  const ours = () => pids().reduce((sum: number, pid) => sum + processTicks(pid), 0);
  const m0 = machineTicks();
  const o0 = ours();
  return () => {
    const m1 = machineTicks();
    const used = ours() - o0;
    const all = m1.all - m0.all;
    const pct = (x: number) => Math.round((1000 * x) / all) / 10;
    return { ours_pct: pct(used), others_pct: pct(Math.max(0, m1.busy - m0.busy - used)) };
  };
}

export interface TriggerSpec {
  chainId: string;
  team: string;
  /** The team's integration (monitoring) key. */
  key: KeyPair;
  expiresAtMs: number;
  /** Makes memo and dedup key unique across the txs of one chain. */
  tag: string;
  i: number;
}

/** A signed trigger-alert tx, hex-encoded for tx_submit. */
export function triggerTx(s: TriggerSpec): string {
  return toHex(signTx({
    chainId: s.chainId, expiresAtMs: s.expiresAtMs, memo: `${s.tag} ${s.i}`,
    triggerAlert: {
      team: s.team, summary: `disk usage above 90% on db-${s.i % 50}`, dedupKey: `${s.tag}-${s.i}`, source: `db-${s.i % 50}`,
      severity: ackchain.Severity.SEVERITY_WARNING,
    },
  }, s.key));
}

export interface SubmitAnswer { receipt?: { code: number }; error?: string }

/** tx_submit with wait "committed" for each tx, in one JSON-RPC request (a batch if more than one). */
export async function submitCommitted(rpc: string, txs: string[]): Promise<SubmitAnswer[]> {
  if (txs.length === 1) {
    try {
      return [await rpcCall(rpc, 'tx_submit', { tx: txs[0], wait: 'committed' })];
    } catch (e) {
      return [{ error: (e as Error).message }];
    }
  }
  const body = txs.map((tx, id) => ({ jsonrpc: '2.0', id, method: 'tx_submit', params: { tx, wait: 'committed' } }));
  const res = await fetch(rpc, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const answers = await res.json() as { result?: { receipt: { code: number } }; error?: { message: string } }[];
  return answers.map((a) => a.result ?? { error: a.error?.message ?? 'no result' });
}

export interface ClosedLoopResult {
  seconds: number;
  /** Submit-to-commit of every tx answered with a receipt, in ms (a batch's txs share one figure). */
  latencies: number[];
  /** Txs not committed, or committed with a non-zero code. */
  failed: number;
  /** The first error or failing code, if any. */
  firstFailure?: string;
}

/**
 * `concurrency` clients; each takes the next `batch` txs, submits them to `rpcOf(client)` and
 * waits for their commit before it takes more, until every tx has been sent.
 */
export async function closedLoop(txs: readonly string[], concurrency: number, batch: number, rpcOf: (client: number) => string): Promise<ClosedLoopResult> {
  const latencies: number[] = [];
  let next = 0;
  let failed = 0;
  let firstFailure: string | undefined;
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async (_, client) => {
    while (next < txs.length) {
      const group = txs.slice(next, next + batch);
      next += group.length;
      const t0 = performance.now();
      const answers = await submitCommitted(rpcOf(client), group);
      const elapsed = performance.now() - t0;
      for (const a of answers) {
        if (a.receipt !== undefined) latencies.push(elapsed);
        if (a.receipt?.code !== 0) {
          failed++;
          firstFailure ??= a.error ?? `receipt code ${a.receipt?.code}`;
        }
      }
    }
  }));
  return { seconds: (performance.now() - start) / 1000, latencies, failed, firstFailure };
}
