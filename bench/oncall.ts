// npm run bench:oncall [-- --alerts N --deadlines D --runs R --calls C --only begin-block|oncall]
// The on-call application (issue 9), measured, not tested. Prints JSON.
// 1. Begin-block: a chain with N open alerts of which D have their escalation deadline due in one
//    block, built through the real execution path (ChainFixture: real LevelDB, signed txs, blocks
//    built and committed as the producer does). Times buildBlock of an empty block at the due time
//    (the begin-block step, then no txs) R times on fresh, uncommitted builds, and counts the
//    deadline events in its receipt so that the figure is of what it claims. Target: < 50 ms.
// 2. Who is on call, for a schedule of 5 layers (restrictions, daily and weekly turns, 5-10
//    participants each) and 100 overrides in Europe/Berlin: onCallAt and shifts in memory, and
//    whoIsOnCall (the state path of oncall_get) against a committed chain. Target: < 1 ms per call.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { toHex } from '../src/chain/bytes.ts';
import { ackchain, decode } from '../src/chain/codec.ts';
import { generateKeyPair } from '../src/chain/keys.ts';
import { getZone } from '../src/chain/tz/index.ts';
import { beginBlock } from '../src/state/begin-block.ts';
import { BlockGas } from '../src/state/context.ts';
import { blockInfo, buildBlock, type ExecutedBlock } from '../src/state/block.ts';
import { NEXT_SHIFT_LOOKAHEAD_MS, whoIsOnCall } from '../src/state/oncall.ts';
import { Overlay } from '../src/state/overlay.ts';
import { onCallAt, shifts, validateSchedule } from '../src/state/schedule.ts';
import { getTeam } from '../src/state/teams.ts';
import { ChainFixture } from '../test/support/chain-fixture.ts';
import { percentile } from './common.ts';

const { values } = parseArgs({ options: {
  alerts: { type: 'string', default: '100000' },
  deadlines: { type: 'string', default: '1000' },
  runs: { type: 'string', default: '7' },
  calls: { type: 'string', default: '20000' },
  only: { type: 'string' },
} });
const ALERTS = Number(values.alerts);
const DEADLINES = Number(values.deadlines);
const RUNS = Number(values.runs);
const CALLS = Number(values.calls);
if (!(Number.isSafeInteger(ALERTS) && Number.isSafeInteger(DEADLINES) && DEADLINES >= 1 && DEADLINES <= ALERTS)) {
  throw new Error(`--deadlines must be 1 to --alerts (got ${values.deadlines} of ${values.alerts})`);
}
if (!(RUNS >= 1 && CALLS >= 1)) throw new Error('--runs and --calls must be positive');
if (values.only !== undefined && values.only !== 'begin-block' && values.only !== 'oncall') {
  throw new Error(`--only: begin-block or oncall, not ${values.only}`);
}

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

const log = (message: string): void => { process.stderr.write(`[bench:oncall] ${message}\n`); };
const round = (x: number, digits = 3): number => Number(x.toFixed(digits));

/** p50, p99, mean and max of durations in ms, reported in `unit`. */
function summary(ms: number[], unit: 'us' | 'ms'): Record<string, number> {
  const scale = unit === 'us' ? 1000 : 1;
  const sorted = [...ms].sort((a, b) => a - b);
  const mean = ms.reduce((s, x) => s + x, 0) / ms.length;
  return {
    [`p50_${unit}`]: round(percentile(sorted, 50) * scale, 2), [`p99_${unit}`]: round(percentile(sorted, 99) * scale, 2),
    [`mean_${unit}`]: round(mean * scale, 2), [`max_${unit}`]: round(sorted[sorted.length - 1] * scale, 2), samples: ms.length,
  };
}

const median = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

const eventCounts = (receipt: Uint8Array): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const e of decode.receipt(receipt).events) counts[e.type ?? ''] = (counts[e.type ?? ''] ?? 0) + 1;
  return counts;
};

const eventAttribute = (receipt: Uint8Array, type: string, key: string): string | undefined =>
  decode.receipt(receipt).events.find((e) => e.type === type)?.attributes?.find((a) => a.key === key)?.value ?? undefined;

function requireOk(block: ExecutedBlock, what: string): void {
  for (const t of block.txs) if (t.receipt.code !== 0) throw new Error(`${what}: tx ${t.index} failed with code ${t.receipt.code}: ${t.receipt.log}`);
}

// --- 1. Begin-block with many open alerts and a block's worth of deadlines ------------------------

async function beginBlockBench(): Promise<Record<string, unknown>> {
  const setupStart = performance.now();
  const chain = await new ChainFixture().open();
  try {
    const { admin, responder, integration } = chain.teams.payments;
    const maxTxs = chain.head.params.maxBlockTxs;
    // Two levels, no repeats: an alert escalates once, `delayMs` after its trigger, to the second
    // level (the last, so nothing follows). One level without repeats would never escalate.
    const policy = (delayMs: number) => ({ setEscalationPolicy: { team: 'payments', policy: { levels: [
      { delayMs, targets: [{ member: responder.publicKey }] }, { delayMs: MIN, targets: [{ member: admin.publicKey }] },
    ] } } });
    let next = 0;
    const trigger = () => chain.tx(integration, { triggerAlert: {
      team: 'payments', dedupKey: `bench-${next}`, summary: `disk usage above 90% on db-${next % 50}`, source: `db-${next++ % 50}`,
      severity: ackchain.Severity.SEVERITY_WARNING,
    } });
    /** Triggers `count` alerts in blocks of at most max_block_txs, 1 s apart; returns the first block's time. */
    const triggerAlerts = async (count: number, label: string): Promise<number> => {
      const started = performance.now();
      const firstMs = chain.head.timeMs + 1000;
      for (let done = 0; done < count;) {
        const n = Math.min(maxTxs, count - done);
        const txs = Array.from({ length: n }, trigger);
        requireOk(await chain.block(...txs), label);
        done += n;
        if (done % (20 * maxTxs) === 0 || done === count) {
          log(`${label}: ${done}/${count} alerts triggered (height ${chain.head.height}, ${((performance.now() - started) / 1000).toFixed(1)} s)`);
        }
      }
      return firstMs;
    };

    // The first alerts follow a policy whose one deadline is a day away; the last D follow a
    // 1-minute policy (alerts keep the version they were triggered under).
    requireOk(await chain.block(chain.tx(admin, policy(DAY))), 'policy (1 day)');
    await triggerAlerts(ALERTS - DEADLINES, 'long-delay alerts');
    requireOk(await chain.block(chain.tx(admin, policy(MIN))), 'policy (1 minute)');
    const firstDueMs = (await triggerAlerts(DEADLINES, 'alerts due in the measured block')) + MIN;
    const dueMs = chain.head.timeMs + MIN;
    // A live chain makes a block every second in between (empty_block_interval_ms), each forgetting
    // the tx hashes that expired: so does this, up to a second before the first of the deadlines
    // (with more than max_block_txs of them, the measured block also forgets a few blocks' hashes).
    while (chain.head.timeMs + 1000 < firstDueMs) await chain.block();
    const setupSeconds = (performance.now() - setupStart) / 1000;
    log(`setup done in ${setupSeconds.toFixed(1)} s at height ${chain.head.height}; measuring the block at ${new Date(dueMs).toISOString()}`);

    const buildMs: number[] = [];
    let receipt: Uint8Array | undefined;
    let writes = 0;
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      const { block } = await buildBlock(chain.store, chain.head, { timeMs: dueMs, proposer: chain.validator.publicKey, candidates: [] });
      buildMs.push(performance.now() - t0);
      if (receipt !== undefined && toHex(block.beginBlockReceipt) !== toHex(receipt)) throw new Error('two builds of the same block gave different begin-block receipts');
      receipt = block.beginBlockReceipt;
      writes = block.writes.size;
    }
    // The begin-block step alone, without the state root and header that buildBlock adds.
    const stepMs: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      await beginBlock(chain.store, new Overlay(chain.store), blockInfo(chain.head, dueMs), new BlockGas(chain.head.params.maxBlockGas));
      stepMs.push(performance.now() - t0);
    }
    const events = eventCounts(receipt!);
    const escalated = events['alert.escalated'] ?? 0;
    const expected = Math.min(DEADLINES, chain.head.params.maxDeadlinesPerBlock);
    if (escalated !== expected) throw new Error(`the measured block escalated ${escalated} alerts, expected ${expected}`);
    return {
      description: 'buildBlock of an empty block at the time the escalation deadlines fall due (begin-block step, then no txs); not committed',
      open_alerts: ALERTS, deadlines_due: DEADLINES, max_deadlines_per_block: chain.head.params.maxDeadlinesPerBlock,
      height: chain.head.height + 1, setup_seconds: round(setupSeconds, 1),
      receipt: {
        escalated, notified: events['alert.notify'] ?? 0, carried: events['block.deadlines_carried'] ?? 0,
        tx_hashes_pruned: Number(eventAttribute(receipt!, 'block.tx_hashes_pruned', 'count') ?? 0), state_writes: writes,
      },
      build_block_ms: { median: round(median(buildMs), 1), max: round(Math.max(...buildMs), 1), runs: buildMs.map((x) => round(x, 1)) },
      begin_block_step_ms: { median: round(median(stepMs), 1), max: round(Math.max(...stepMs), 1), runs: stepMs.map((x) => round(x, 1)) },
      target_ms: 50, target_met: Math.max(...buildMs) < 50 ? 'yes (max)' : median(buildMs) < 50 ? 'median only' : 'no',
    };
  } finally {
    await chain.close();
  }
}

// --- 2. Who is on call ----------------------------------------------------------------------------

/** A small deterministic generator (mulberry32), so that every run asks the same questions. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// 2026-03-01T00:00Z; the 93 days from here cross Berlin's change to summer time (2026-03-29).
const ONCALL_FROM = Date.UTC(2026, 2, 1);
const RANGE_MS = 93 * DAY;
// Monday 2026-02-02, 09:00 in Berlin (CET, UTC+1): the layers' first hand-off.
const LAYER_START = Date.UTC(2026, 1, 2, 8);
const ZONE = 'Europe/Berlin';
const WEEKLY = ackchain.RestrictionKind.RESTRICTION_KIND_WEEKLY;
const DAILY = ackchain.RestrictionKind.RESTRICTION_KIND_DAILY;

/** Five layers over a pool of 10 accounts: restrictions, turns of whole local days and of fixed length. */
function layers(pool: Uint8Array[]): ackchain.ScheduleLayer.$Properties[] {
  const pick = (offset: number, n: number) => Array.from({ length: n }, (_, i) => pool[(offset + i) % pool.length]);
  return [
    { name: 'weekly base', participants: pick(0, 10), startMs: LAYER_START, turnLengthDays: 7 },
    {
      name: 'business hours', participants: pick(2, 8), startMs: LAYER_START, turnLengthDays: 1,
      restrictions: [1, 2, 3, 4, 5].map((day) => ({ kind: WEEKLY, startDayOfWeek: day, startMinute: 9 * 60, durationMinutes: 8 * 60 })),
    },
    { name: 'nights', participants: pick(4, 6), startMs: LAYER_START, turnLengthDays: 7, restrictions: [{ kind: DAILY, startMinute: 22 * 60, durationMinutes: 11 * 60 }] },
    { name: 'weekend', participants: pick(1, 5), startMs: LAYER_START, turnLengthMs: 7 * DAY, restrictions: [{ kind: WEEKLY, startDayOfWeek: 6, startMinute: 9 * 60, durationMinutes: 2 * 24 * 60 }] },
    {
      name: 'hand-over', participants: pick(3, 9), startMs: LAYER_START, turnLengthMs: 12 * HOUR,
      restrictions: [{ kind: DAILY, startMinute: 8 * 60, durationMinutes: 60 }, { kind: DAILY, startMinute: 20 * 60, durationMinutes: 60 }],
    },
  ];
}

/** 100 overrides of 1 to 12 hours spread over the 93 days (some overlapping), from an hour in. */
function overrides(pool: Uint8Array[], fromMs: number): { account: Uint8Array; fromMs: number; toMs: number }[] {
  const random = prng(9);
  return Array.from({ length: 100 }, (_, i) => {
    const start = fromMs + HOUR + Math.floor((i + random()) * (RANGE_MS - 3 * DAY) / 100 / MIN) * MIN;
    return { account: pool[Math.floor(random() * pool.length)], fromMs: start, toMs: start + (1 + Math.floor(random() * 12)) * HOUR };
  });
}

/** Times `call` at each instant (after a warm-up of the first 2,000); durations in ms. */
async function timeCalls(instants: number[], call: (atMs: number) => unknown): Promise<number[]> {
  for (const at of instants.slice(0, 2000)) await call(at);
  const ms: number[] = [];
  for (const at of instants) {
    const t0 = performance.now();
    await call(at);
    ms.push(performance.now() - t0);
  }
  return ms;
}

async function oncallBench(): Promise<Record<string, unknown>> {
  const zone = getZone(ZONE)!;
  const pool = Array.from({ length: 10 }, () => generateKeyPair().publicKey);
  const random = prng(42);
  const instants = Array.from({ length: CALLS }, () => ONCALL_FROM + Math.floor(random() * RANGE_MS));

  // In memory: the schedule as a decoded record would be.
  const schedule = ackchain.Schedule.create({
    team: 'payments', name: 'primary', timeZone: ZONE, layers: layers(pool).map((l) => ackchain.ScheduleLayer.create(l)),
    overrides: overrides(pool, ONCALL_FROM).map((o, i) => ackchain.ScheduleOverride.create({ id: i + 1, ...o })), nextOverrideId: 100,
  });
  const problem = validateSchedule(schedule, zone);
  if (problem !== undefined) throw new Error(`the benchmark schedule is invalid: ${problem}`);
  const bySource: Record<string, number> = {};
  for (const at of instants) {
    const who = onCallAt(schedule, zone, at);
    const source = who === undefined ? 'nobody' : who.source === 'override' ? 'override' : `layer ${who.layer! + 1}`;
    bySource[source] = (bySource[source] ?? 0) + 1;
  }
  log(`onCallAt: ${CALLS} calls`);
  const onCallAtMs = await timeCalls(instants, (at) => onCallAt(schedule, zone, at));
  // What whoIsOnCall computes once it has the schedule: the next 2 shifts within 31 days.
  const nextTwoMs = await timeCalls(instants, (at) => shifts(schedule, zone, at, at + NEXT_SHIFT_LOOKAHEAD_MS, 2));
  log('shifts over 93 days');
  const shiftStarts = instants.slice(0, 300);
  const quarter = shifts(schedule, zone, ONCALL_FROM, ONCALL_FROM + RANGE_MS, 2000);
  const shiftsMs = await timeCalls(shiftStarts, (at) => shifts(schedule, zone, at, at + RANGE_MS, 2000));

  // End to end through state: a committed chain with the same schedule set by txs.
  log('whoIsOnCall: building the chain');
  const chain = await new ChainFixture().open();
  try {
    const { admin } = chain.teams.payments;
    await chain.blockAt(ONCALL_FROM - 10 * MIN);
    requireOk(await chain.block(...pool.map((account, i) => chain.tx(admin, {
      addMember: { team: 'payments', account, handle: `engineer-${i}@payments`, role: ackchain.Role.ROLE_RESPONDER },
    }))), 'add members');
    requireOk(await chain.block(chain.tx(admin, { setSchedule: { team: 'payments', name: 'primary', timeZone: ZONE, layers: layers(pool) } })), 'set schedule');
    requireOk(await chain.block(...overrides(pool, ONCALL_FROM).map((o) => chain.tx(admin, { addOverride: { team: 'payments', schedule: 'primary', ...o } }))), 'add overrides');
    const team = (await getTeam(chain.store, 'payments'))!;
    const stored = (await whoIsOnCall(chain.store, team, ONCALL_FROM, 'primary'))[0].schedule;
    if (stored.overrides.length !== 100 || stored.layers.length !== 5) throw new Error('the committed schedule is not the one built');
    log(`whoIsOnCall: ${CALLS} calls`);
    const whoMs = await timeCalls(instants, (at) => whoIsOnCall(chain.store, team, at, 'primary'));
    // oncall_get also reads the team record first (findTeam).
    const withTeamMs = await timeCalls(instants, async (at) => whoIsOnCall(chain.store, (await getTeam(chain.store, 'payments'))!, at, 'primary'));
    const p99 = (ms: number[]) => percentile([...ms].sort((a, b) => a - b), 99);
    const worst = Math.max(p99(onCallAtMs), p99(whoMs), p99(withTeamMs));
    return {
      schedule: {
        time_zone: ZONE, layers: 5, participants_per_layer: schedule.layers.map((l) => l.participants?.length ?? 0),
        restrictions_per_layer: schedule.layers.map((l) => l.restrictions?.length ?? 0), overrides: schedule.overrides.length,
        instants: `${CALLS} pseudo-random instants in [${new Date(ONCALL_FROM).toISOString()}, +93 days)`, answered_by: bySource,
      },
      on_call_at: { description: 'onCallAt(schedule, zone, at): in memory, schedule already decoded', ...summary(onCallAtMs, 'us') },
      next_two_shifts: { description: 'shifts(schedule, zone, at, at + 31 days, 2): whoIsOnCall\'s computation, in memory', ...summary(nextTwoMs, 'us') },
      who_is_on_call: { description: 'whoIsOnCall(store, team, at, "primary"): LevelDB read, decode, shifts over the next 31 days (2 at most)', ...summary(whoMs, 'us') },
      who_is_on_call_with_team_read: { description: 'getTeam + whoIsOnCall, the state reads of oncall_get', ...summary(withTeamMs, 'us') },
      shifts_93_days: {
        description: 'shifts(schedule, zone, at, at + 93 days, 2000): oncall_list\'s longest range', shifts: quarter.shifts.length, truncated: quarter.truncated,
        ...summary(shiftsMs, 'ms'),
      },
      target_ms: 1, target_met: worst < 1 ? 'yes (p99)' : 'no',
    };
  } finally {
    await chain.close();
  }
}

const result: Record<string, unknown> = { benchmark: 'on-call application (issue 9)' };
result.machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, loadavg: os.loadavg().map((x) => round(x, 2)) };
if (values.only !== 'begin-block') result.oncall = await oncallBench();
if (values.only !== 'oncall') result.begin_block = await beginBlockBench();
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
