// The seeded simulation: N validators (and Twins of a Byzantine one, and followers) in this process,
// each the real consensus driver, block sync, block execution, LevelDB store, WAL and signer state,
// over a simulated network and clock (network.ts, scheduler.ts). The seed decides everything: the
// keys, the consensus parameters, each node's clock skew, the faults and when they come, every
// message's fate, the clients' txs. After a fault phase the network heals (GST): no more faults,
// every node up again; the run goes on until every honest node has decided a few more heights.
//
// Checked after every run (and as the run goes, where a violation is visible at once):
//   agreement    no two nodes commit different blocks at a height (online, then every store);
//   validity     the chain replays from genesis in a fresh store: every block valid, every commit
//                certifying it, the same state root; every tx in it a client's; none twice;
//   durability   every tx any node reported committed is in every honest store at the same
//                height and index; a restarted node never has less than it reported;
//   liveness     within a bounded simulated time after the heal, every honest node decides
//                LIVENESS_HEIGHTS more heights, and the txs clients submit after the heal commit;
//   signing      no honest validator signs two different messages for one height, round and
//                step, across crashes and restarts; and its signer state never has to refuse one
//                (that would be the driver asking for a conflicting signature, the WAL's replay
//                having gone astray, with the signer state the last line of defence);
//   gossip       no node's check rejects another's message (every node runs the real code);
//   no halts     no honest driver halts, no event throws.
// The trace (every commit in order: time, node, height, block hash) is hashed: the same seed gives
// the same trace.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeBlock, verifyCommit } from '../../src/chain/block.ts';
import { toHex } from '../../src/chain/bytes.ts';
import { Rejection } from '../../src/chain/codes.ts';
import { ackchain, decode } from '../../src/chain/codec.ts';
import { genesisToJson, parseGenesis, type GenesisDoc } from '../../src/chain/genesis.ts';
import { keyPairFromPrivate, type KeyPair } from '../../src/chain/keys.ts';
import { signTx, txHash } from '../../src/chain/tx.ts';
import { gossipLimitsFor, type ReceivedGossip, type Verdict } from '../../src/p2p/index.ts';
import { decodeConsensusMessage, decodeProposal } from '../../src/p2p/wire.ts';
import { validateBlock, type ExecutedBlock } from '../../src/state/block.ts';
import { commitBlock } from '../../src/state/commit.ts';
import { openChain } from '../../src/state/genesis.ts';
import { ChainStore } from '../../src/store/chain-store.ts';
import { CALM, SimNetwork, type LinkFaults } from './network.ts';
import { SimNode, type NodeRole } from './node.ts';
import { Prng } from './prng.ts';
import { Scheduler } from './scheduler.ts';
import { installVerifyCache } from './verify-cache.ts';

export const CHAIN_ID = 'sim-chain';
const GENESIS_TIME = 1_700_000_000_000;
/** Heights every honest node must decide after the heal. */
export const LIVENESS_HEIGHTS = 3;
/** Txs clients submit to honest nodes after the heal; each must commit. */
const AFTER_HEAL_TXS = 3;

/**
 * A bug it found, now fixed: consensus/ counted one vote per validator, round and type (the first
 * to arrive), so Twins could make an honest node lock on a polka the others never saw, and rounds
 * failed forever. It counts an equivocator once per value now. Kept as a switch so that a
 * regression of that kind can be told apart again: while true, a Twins run whose only failures are
 * liveness failures is reported as `known: 'equivocation-stall'` instead of failed.
 */
export const KNOWN_EQUIVOCATION_STALL = false;

export type ProfileName = 'default' | 'fast';

interface Profile {
  /** Genesis params (snake_case) over the defaults. */
  params: Record<string, number>;
  heartbeatMs: number;
  faultPhaseMs: [number, number];
  /** Simulated time after the heal within which liveness must hold. */
  livenessBoundMs: number;
  clientIntervalMs: [number, number];
}

/** Production timings (DEFAULT_PARAMS, 1 s heartbeat), and the fast ones the in-process tests use. */
export const PROFILES: Record<ProfileName, Profile> = {
  default: { params: {}, heartbeatMs: 1000, faultPhaseMs: [8_000, 20_000], livenessBoundMs: 90_000, clientIntervalMs: [300, 2500] },
  fast: {
    params: { empty_block_interval_ms: 200, batch_delay_ms: 10, timeout_propose_ms: 1500, timeout_prevote_ms: 500, timeout_precommit_ms: 500, timeout_delta_ms: 250 },
    heartbeatMs: 100, faultPhaseMs: [2_000, 6_000], livenessBoundMs: 45_000, clientIntervalMs: [60, 600],
  },
};

export interface SimConfig {
  seed: number;
  /** Validators in the genesis (4 by default). */
  validators?: number;
  /** Byzantine validators run as Twins; drawn from the seed when undefined. */
  twins?: number;
  /** Non-validator nodes; drawn from the seed when undefined (1 for a single validator). */
  followers?: number;
  /** Drawn from the seed when undefined. */
  profile?: ProfileName;
  /** pino level of the nodes' logs (kept in memory, printed when a run fails). Default 'info'. */
  logLevel?: string;
  /** Where the data directories go (default /dev/shm when it exists, else the OS temp dir). */
  baseDir?: string;
}

// ---- the scenario ---------------------------------------------------------------------------

interface NodePlan {
  name: string;
  role: NodeRole;
  /** Index into the validator keys (followers: their own key). */
  validator: number;
  clockOffsetMs: number;
  startAtMs: number;
}

interface PartitionPlan {
  atMs: number;
  untilMs: number;
  sides: string[][];
  /** Links lost in one direction only during it: [from, to]. */
  oneWay: [string, string][];
}

interface ClockStepPlan {
  node: string;
  atMs: number;
  /** Added to the node's clock offset (timers are not moved). */
  stepMs: number;
}

interface CrashPlan {
  node: string;
  atMs: number;
  /** Between events, or at the node's next durable write, before or after it. */
  mode: 'now' | 'before-write' | 'after-write';
  downMs: number;
  /** Share of the unflushed WAL bytes that reach the disk anyway (a torn write). */
  torn: number;
}

export interface Scenario {
  seed: number;
  validators: number;
  powers: number[];
  twins: number[];
  followers: number;
  profile: ProfileName;
  nodes: NodePlan[];
  /** Honest nodes each twin is linked to. */
  links: Record<string, string[]>;
  faultPhaseMs: number;
  faults: LinkFaults;
  partitions: PartitionPlan[];
  crashes: CrashPlan[];
  clockSteps: ClockStepPlan[];
  clientIntervalMs: [number, number];
}

const pickFrom = <T>(rng: Prng, items: readonly T[]): T => rng.pick(items);

/** Everything about a run that the seed decides before it starts. Times are relative to the start. */
export function scenarioFor(config: SimConfig): Scenario {
  const rng = Prng.fork(config.seed, 'scenario');
  const v = config.validators ?? 4;
  if (!Number.isInteger(v) || v < 1) throw new Error(`validators must be a positive integer, got ${v}`);
  const equal = rng.chance(0.7);
  const powers = Array.from({ length: v }, () => (equal ? 10 : 10 * rng.range(1, 4)));
  const total = powers.reduce((a, b) => a + b, 0);
  // Byzantine power must stay below a third of the total.
  const maxFaulty = Math.floor((v - 1) / 3);
  let twinCount = config.twins ?? (maxFaulty === 0 ? 0 : rng.chance(0.75) ? rng.range(1, maxFaulty) : 0);
  const twins: number[] = [];
  for (const i of rng.shuffle(Array.from({ length: v }, (_, i) => i))) {
    if (twins.length >= twinCount) break;
    const power = twins.reduce((s, j) => s + powers[j], 0) + powers[i];
    if (power * 3 < total) twins.push(i);
  }
  if (config.twins !== undefined && twins.length < config.twins) throw new Error(`${config.twins} Byzantine validators would hold a third of the power or more`);
  twinCount = twins.length;
  const followers = config.followers ?? (v === 1 ? 1 : rng.chance(0.25) ? 1 : 0);
  const profile: ProfileName = config.profile ?? (rng.chance(0.5) ? 'default' : 'fast');
  const p = PROFILES[profile];
  // Now and then a long fault phase in which one node is cut off for most of it: it falls more than
  // a sync batch (50 blocks) behind.
  const longCut = profile === 'fast' && rng.chance(0.05);
  const faultPhaseMs = longCut ? rng.range(15_000, 20_000) : rng.range(p.faultPhaseMs[0], p.faultPhaseMs[1]);
  const skew = rng.chance(0.3) ? 0 : pickFrom(rng, [50, 300, 1500]);
  const lateStart = (): number => (rng.chance(0.15) ? rng.int(Math.floor(faultPhaseMs / 2)) : 0);

  const nodes: NodePlan[] = [];
  const honest: string[] = [];
  for (let i = 0; i < v; i++) {
    if (twins.includes(i)) continue;
    nodes.push({ name: `v${i}`, role: 'validator', validator: i, clockOffsetMs: rng.range(-skew, skew), startAtMs: lateStart() });
    honest.push(`v${i}`);
  }
  for (let i = 0; i < followers; i++) {
    nodes.push({ name: `f${i}`, role: 'follower', validator: v + i, clockOffsetMs: rng.range(-skew, skew), startAtMs: lateStart() });
    honest.push(`f${i}`);
  }
  // Twins: two instances of one validator key, each linked to its own share of the honest nodes.
  const links: Record<string, string[]> = {};
  for (const i of twins) {
    const order = rng.shuffle(honest);
    const cut = order.length < 2 ? order.length : rng.range(1, order.length - 1);
    for (const [suffix, peers] of [['a', order.slice(0, cut)], ['b', order.slice(cut)]] as const) {
      const name = `v${i}${suffix}`;
      nodes.push({ name, role: 'twin', validator: i, clockOffsetMs: rng.range(-skew, skew), startAtMs: lateStart() });
      links[name] = peers.length > 0 ? peers : [rng.pick(honest)];
    }
  }
  const names = nodes.map((n) => n.name);
  // Now and then one honest node's clock is off by more than max_clock_drift_ms: the others refuse
  // its blocks (it is ahead), or it refuses theirs and only its own, at the last block's time + 1,
  // get through (it is behind). Only where the others hold more than two thirds without it.
  const honestPower = nodes.filter((n) => n.role === 'validator').reduce((sum, n) => sum + powers[n.validator], 0);
  const offClock = rng.chance(0.1) ? rng.pick(honest) : undefined;
  const offPlan = nodes.find((n) => n.name === offClock);
  if (offPlan !== undefined && (honestPower - (offPlan.role === 'validator' ? powers[offPlan.validator] : 0)) * 3 > total * 2) {
    offPlan.clockOffsetMs = (rng.chance(0.5) ? 1 : -1) * rng.range(10_500, 13_000);
  }
  const faults: LinkFaults = {
    dropRate: pickFrom(rng, [0, 0.01, 0.05, 0.2, 0.4]),
    duplicateRate: pickFrom(rng, [0, 0.02, 0.1, 0.3]),
    minDelayMs: rng.range(1, 5),
    maxDelayMs: pickFrom(rng, [10, 50, 200, 800]),
    slowRate: pickFrom(rng, [0, 0.01, 0.05, 0.15]),
    slowMaxMs: pickFrom(rng, [1000, 3000, 8000]),
  };

  const partitions: PartitionPlan[] = [];
  if (longCut) {
    const alone = rng.pick(names);
    partitions.push({ atMs: 500, untilMs: faultPhaseMs - 500, sides: [[alone], names.filter((n) => n !== alone)], oneWay: [] });
  }
  let t = longCut ? faultPhaseMs : rng.int(Math.floor(faultPhaseMs / 3));
  for (let k = rng.range(0, 3); k > 0 && t < faultPhaseMs && names.length > 1; k--) {
    const until = Math.min(faultPhaseMs, t + rng.range(Math.floor(faultPhaseMs / 10), Math.floor(faultPhaseMs / 2)));
    const order = rng.shuffle(names);
    const cut = rng.chance(0.4) ? 1 : rng.range(1, order.length - 1);
    const sides = rng.chance(0.2) && order.length > 2 ? [order.slice(0, cut), order.slice(cut, cut + 1), order.slice(cut + 1)].filter((s) => s.length > 0) : [order.slice(0, cut), order.slice(cut)];
    const oneWay: [string, string][] = [];
    if (rng.chance(0.3)) {
      const from = rng.pick(names);
      const to = rng.pick(names.filter((n) => n !== from));
      oneWay.push([from, to]);
    }
    partitions.push({ atMs: t, untilMs: until, sides, oneWay });
    t = until + rng.int(Math.floor(faultPhaseMs / 4));
  }

  const crashes: CrashPlan[] = [];
  for (let k = rng.chance(0.2) ? 0 : rng.range(1, Math.min(6, names.length + 2)); k > 0; k--) {
    crashes.push({
      node: rng.pick(names), atMs: rng.int(faultPhaseMs),
      mode: pickFrom(rng, ['now', 'before-write', 'after-write'] as const),
      downMs: rng.chance(0.7) ? rng.range(1, 2000) : rng.range(2000, faultPhaseMs),
      torn: rng.chance(0.5) ? 0 : rng.next(),
    });
  }
  crashes.sort((a, b) => a.atMs - b.atMs);
  // Clock steps (NTP) keep every other clock within 4 s of true time: two honest clocks stay
  // within max_clock_drift_ms of each other.
  const clockSteps: ClockStepPlan[] = [];
  for (let k = rng.chance(0.8) ? 0 : rng.range(1, 2); k > 0; k--) {
    const plan = rng.pick(nodes);
    const step = (rng.chance(0.5) ? 1 : -1) * rng.range(100, 3000);
    const offset = plan.clockOffsetMs + clockSteps.filter((c) => c.node === plan.name).reduce((sum, c) => sum + c.stepMs, 0);
    if (plan.name === offClock || Math.abs(offset + step) > 4000) continue;
    clockSteps.push({ node: plan.name, atMs: rng.int(faultPhaseMs), stepMs: step });
  }

  return {
    seed: config.seed, validators: v, powers, twins, followers, profile, nodes, links, faultPhaseMs, faults, partitions, crashes, clockSteps,
    clientIntervalMs: p.clientIntervalMs,
  };
}

/** The command that runs `config` again, exactly. */
export function reproduceCommand(config: SimConfig): string {
  const parts = ['npm run sim --', `--seed ${config.seed}`, `--validators ${config.validators ?? 4}`];
  if (config.twins !== undefined) parts.push(`--twins ${config.twins}`);
  if (config.followers !== undefined) parts.push(`--followers ${config.followers}`);
  if (config.profile !== undefined) parts.push(`--profile ${config.profile}`);
  return parts.join(' ');
}

// ---- keys and genesis -------------------------------------------------------------------------

interface Keys {
  validators: KeyPair[];
  followers: KeyPair[];
  admin: KeyPair;
  responder: KeyPair;
  integration: KeyPair;
}

function keysFor(s: Scenario): Keys {
  const rng = Prng.fork(s.seed, 'keys');
  const key = (): KeyPair => keyPairFromPrivate(rng.bytes32());
  return {
    validators: Array.from({ length: s.validators }, key), followers: Array.from({ length: s.followers }, key),
    admin: key(), responder: key(), integration: key(),
  };
}

function genesisFor(s: Scenario, keys: Keys): GenesisDoc {
  const json = genesisToJson({
    chainId: CHAIN_ID, genesisTimeMs: GENESIS_TIME,
    validators: keys.validators.map((k, i) => ({ team: `team${i}`, publicKey: k.publicKey, power: s.powers[i], peerId: '' })),
    teams: [{
      id: 'payments', name: 'payments',
      members: [
        { account: keys.admin.publicKey, handle: 'admin@payments', role: ackchain.Role.ROLE_ADMIN },
        { account: keys.responder.publicKey, handle: 'oncall@payments', role: ackchain.Role.ROLE_RESPONDER },
      ],
      integrations: [{ account: keys.integration.publicKey, name: 'monitoring' }],
    }],
  }) as { params: Record<string, number> };
  Object.assign(json.params, PROFILES[s.profile].params);
  return parseGenesis(JSON.stringify(json));
}

// ---- the run ----------------------------------------------------------------------------------

export interface SimStats {
  profile: ProfileName;
  validators: number;
  twins: number;
  followers: number;
  nodes: number;
  /** Simulated time, ms. */
  simMs: number;
  faultPhaseMs: number;
  /** From the heal until liveness held, ms of simulated time. */
  livenessMs: number | undefined;
  height: number;
  events: number;
  commits: number;
  txsSubmitted: number;
  txsCommitted: number;
  crashes: number;
  partitions: number;
  transmissions: number;
  dropped: number;
  duplicated: number;
  evidence: number;
  syncRequests: number;
  /** Log messages of all nodes by text, with counts: what the faults made the nodes do. */
  logCounts: Record<string, number>;
  wallMs: number;
}

export interface SimResult {
  config: SimConfig;
  ok: boolean;
  failures: string[];
  /** A failure of a known bug (see KNOWN_EQUIVOCATION_STALL), reported apart. */
  known: 'equivocation-stall' | undefined;
  /** SHA-256 (hex) of the commit trace. */
  trace: string;
  command: string;
  stats: SimStats;
  scenario: Scenario;
  /** The last log lines of every node (for a failure report). */
  logTail(lines?: number): string;
}

interface ClientTx {
  bytes: Uint8Array;
  hash: string;
  submittedAt: number;
  submissions: number;
  expiresAtMs: number;
  /** Submitted after the heal to an honest node: must commit. */
  mustCommit: boolean;
}

function defaultBaseDir(): string {
  return existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
}

export async function runSimulation(config: SimConfig): Promise<SimResult> {
  const uninstall = installVerifyCache();
  try {
    return await run(config);
  } finally {
    uninstall();
  }
}

async function run(config: SimConfig): Promise<SimResult> {
  const wallStart = performance.now();
  const scenario = scenarioFor(config);
  const profile = PROFILES[scenario.profile];
  const keys = keysFor(scenario);
  const genesis = genesisFor(scenario, keys);
  const dir = mkdtempSync(join(config.baseDir ?? defaultBaseDir(), `ackchain-sim-${config.seed}-`));
  const failures: string[] = [];
  const fail = (message: string): void => {
    if (failures.length < 20) failures.push(message);
  };
  const t0 = GENESIS_TIME + 1000;
  const sched = new Scheduler(t0);
  const trace = createHash('sha256');
  const byzantine = new Set(scenario.twins.map((i) => toHex(keys.validators[i].publicKey)));

  // What the checks look at, filled as the run goes.
  const canonical = new Map<number, { hash: string; node: string }>();
  const txAt = new Map<string, { height: number; index: number; node: string }>();
  const signed = new Map<string, { bytes: string; node: string }>();
  let commits = 0;
  let evidence = 0;

  const net = new SimNetwork(sched, Prng.fork(config.seed, 'network'), CHAIN_ID, gossipLimitsFor(genesis.params), {
    published(node, kind, data) {
      if (kind !== 'consensus') return;
      if (process.env.SIM_TRACE_MESSAGES) traceMessage(sched.now - t0, node, data);
      auditSigned(node, data);
    },
    verdict(node: string, m: ReceivedGossip, verdict: Verdict) {
      if (m.topic === 'evidence' && verdict === 'accept') evidence++;
      if (verdict === 'reject') fail(`gossip: ${node} rejected a ${m.topic} message forwarded by ${m.from}: ${describeGossip(m)}`);
    },
  });

  /** Never sign twice: one sign-bytes per honest validator, height, round and step, across restarts. */
  function auditSigned(node: string, data: Uint8Array): void {
    const m = decodeConsensusMessage(data);
    let key: string;
    let bytes: Uint8Array;
    if (m.kind === 'vote') {
      const v = decode.vote(m.vote.vote);
      key = `${toHex(v.validator)}/${v.height}/${v.round}/${v.type === ackchain.VoteType.VOTE_TYPE_PREVOTE ? 'prevote' : 'precommit'}`;
      bytes = m.vote.vote;
    } else {
      const p = decodeProposal(m.proposal.proposal);
      key = `${toHex(p.proposer)}/${p.height}/${p.round}/proposal`;
      bytes = m.proposal.proposal;
    }
    if (byzantine.has(key.slice(0, 64))) return;
    const hex = toHex(bytes);
    const before = signed.get(key);
    if (before === undefined) signed.set(key, { bytes: hex, node });
    else if (before.bytes !== hex) fail(`signing: ${node} signed two different messages at ${key.slice(65)} (the other sent by ${before.node}): ${before.bytes} and ${hex}`);
  }

  const nodes = new Map<string, SimNode>();
  try {
    for (const plan of scenario.nodes) {
      nodes.set(plan.name, new SimNode({
        name: plan.name, role: plan.role, keys: plan.role === 'follower' ? keys.followers[plan.validator - scenario.validators] : keys.validators[plan.validator],
        dir: join(dir, plan.name), genesis, clockOffsetMs: plan.clockOffsetMs, heartbeatMs: profile.heartbeatMs,
        logLevel: config.logLevel ?? 'info', logLines: 400,
      }));
    }
    const honest = [...nodes.values()].filter((n) => n.honest);
    // Honest nodes are all linked; each twin to its share of them.
    for (const a of honest) for (const b of honest) if (a !== b) net.link(a.name, b.name);
    for (const [twin, peers] of Object.entries(scenario.links)) for (const p of peers) net.link(twin, p);

    const hooks = {
      committed(node: SimNode, block: ExecutedBlock): void {
        commits++;
        const hash = toHex(block.hash);
        trace.update(`${sched.now} ${node.name} ${block.height} ${hash}\n`);
        const before = canonical.get(block.height);
        if (before === undefined) canonical.set(block.height, { hash, node: node.name });
        else if (before.hash !== hash) fail(`agreement: ${node.name} committed ${hash} at height ${block.height}, ${before.node} committed ${before.hash}`);
        for (const tx of block.txs) {
          const id = toHex(tx.hash);
          const at = txAt.get(id);
          if (at === undefined) txAt.set(id, { height: block.height, index: tx.index, node: node.name });
          else if (at.height !== block.height || at.index !== tx.index) {
            fail(`durability: tx ${id} committed by ${node.name} at ${block.height}/${tx.index}, by ${at.node} at ${at.height}/${at.index}`);
          }
        }
      },
      failed: fail,
    };

    const start = (node: SimNode): void => {
      sched.at(sched.now, () => (node.alive ? undefined : node.start(sched, net, hooks)));
    };

    // ---- faults ----
    const healAt = t0 + scenario.faultPhaseMs;
    sched.at(t0, () => { net.faults = scenario.faults; });
    for (const plan of scenario.nodes) sched.at(t0 + plan.startAtMs, () => start(nodes.get(plan.name)!));
    for (const p of scenario.partitions) {
      sched.at(t0 + p.atMs, () => {
        net.setPartition(p.sides);
        for (const [from, to] of p.oneWay) net.block(from, to);
      });
      sched.at(t0 + p.untilMs, () => {
        net.setPartition(undefined);
        net.unblockAll();
      });
    }
    for (const c of scenario.crashes) {
      sched.at(t0 + c.atMs, () => {
        const node = nodes.get(c.node)!;
        if (!node.up || node.armed) return;
        const restartAt = Math.min(healAt, sched.now + c.downMs);
        const after = (): void => {
          sched.at(sched.now, () => node.release(sched.io, c.torn));
          sched.at(Math.max(restartAt, sched.now + 1), () => start(node));
        };
        if (c.mode === 'now') {
          node.crashNow();
          after();
        } else {
          node.armCrash(c.mode === 'before-write' ? 'before' : 'after', after);
        }
      });
    }
    for (const c of scenario.clockSteps) sched.at(t0 + c.atMs, () => { nodes.get(c.node)!.clockOffsetMs += c.stepMs; });
    let heightAtHeal = 0;
    let healed = false;
    sched.at(healAt, () => {
      healed = true;
      net.faults = CALM;
      net.setPartition(undefined);
      net.unblockAll();
      for (const node of nodes.values()) {
        node.disarm();
        start(node);
      }
      heightAtHeal = Math.max(0, ...canonical.keys());
    });

    // ---- clients ----
    const clientRng = Prng.fork(config.seed, 'clients');
    const txs = new Map<string, ClientTx>();
    let txNumber = 0;
    let triggers = 0;
    const makeTx = (): Uint8Array => {
      const n = txNumber++;
      const expiresAtMs = sched.now + 60_000;
      const memo = `c${n}`;
      const kind = triggers === 0 ? 0 : clientRng.int(4);
      if (kind <= 1) {
        return signTx({ chainId: CHAIN_ID, expiresAtMs, memo, triggerAlert: { team: 'payments', dedupKey: `k${triggers++}`, summary: `alert ${n}`, severity: ackchain.Severity.SEVERITY_ERROR } }, keys.integration);
      }
      const ref = { team: 'payments', dedupKey: `k${clientRng.int(triggers)}` };
      if (kind === 2) return signTx({ chainId: CHAIN_ID, expiresAtMs, memo, acknowledgeAlert: { alert: ref } }, keys.responder);
      return signTx({ chainId: CHAIN_ID, expiresAtMs, memo, resolveAlert: { alert: ref, resolution: 'fixed' } }, keys.integration);
    };
    const submit = async (tx: ClientTx, node: SimNode): Promise<boolean> => {
      tx.submissions++;
      tx.submittedAt = sched.now;
      try {
        await node.submit(tx.bytes);
        return true;
      } catch (e) {
        if (e instanceof Rejection) return false;
        throw e;
      }
    };
    const clientTick = async (): Promise<void> => {
      const up = [...nodes.values()].filter((n) => n.up);
      if (up.length > 0) {
        const bytes = makeTx();
        const tx: ClientTx = { bytes, hash: toHex(txHash(bytes)), submittedAt: sched.now, submissions: 0, expiresAtMs: sched.now + 60_000, mustCommit: false };
        txs.set(tx.hash, tx);
        await submit(tx, clientRng.pick(up));
        // A client that has not seen its tx committed after a while sends it to another node.
        for (const old of txs.values()) {
          if (old.mustCommit || txAt.has(old.hash) || sched.now - old.submittedAt < 5000 || old.expiresAtMs - sched.now < 5000) continue;
          await submit(old, clientRng.pick(up));
          break;
        }
      }
      const next = sched.now + clientRng.range(scenario.clientIntervalMs[0], scenario.clientIntervalMs[1]);
      if (next < healAt) sched.at(next, clientTick);
    };
    sched.at(t0 + clientRng.int(scenario.clientIntervalMs[1]), clientTick);
    // After the heal: txs that must commit, each to an honest node that is up.
    for (let i = 0; i < AFTER_HEAL_TXS; i++) {
      const attempt = async (tries: number): Promise<void> => {
        const up = honest.filter((n) => n.up);
        const bytes = makeTx();
        const tx: ClientTx = { bytes, hash: toHex(txHash(bytes)), submittedAt: sched.now, submissions: 0, expiresAtMs: sched.now + 60_000, mustCommit: true };
        if (up.length > 0 && await submit(tx, clientRng.pick(up))) {
          txs.set(tx.hash, tx);
          return;
        }
        if (tries < 50) sched.after(200, () => attempt(tries + 1));
        else fail(`liveness: no honest node admitted a tx after the heal (last refusal at ${sched.now - t0} ms)`);
      };
      sched.at(healAt + 500 + i * 1000, () => attempt(0));
    }

    // ---- run ----
    let livenessMs: number | undefined;
    const target = (): number => heightAtHeal + LIVENESS_HEIGHTS;
    const live = (): boolean => {
      if (!healed) return false;
      if (honest.some((n) => !n.up || n.chain!.height < target())) return false;
      const must = [...txs.values()].filter((t) => t.mustCommit);
      return must.length === AFTER_HEAL_TXS && must.every((t) => txAt.has(t.hash));
    };
    const stopped = (): boolean => failures.length > 0 || sched.errors.length > 0;
    await sched.runUntil(healAt, stopped);
    if (!stopped()) {
      await sched.runUntil(healAt + profile.livenessBoundMs, () => stopped() || live());
      if (live()) livenessMs = sched.now - healAt;
    }
    for (const e of sched.errors.slice(0, 3)) fail(`an event threw: ${e.stack ?? e.message}`);

    // ---- checks ----
    if (failures.length === 0) {
      for (const n of honest) {
        const refused = n.logCounts.get(SIGNER_REFUSED) ?? 0;
        if (refused > 0) fail(`signing: the signer state of ${n.name} refused ${refused} signature(s): ${n.logs.findLast((l) => l.includes(SIGNER_REFUSED))}`);
        const halted = n.network?.driver.halted;
        if (halted !== undefined) fail(`no halts: ${n.name}'s driver halted: ${halted.message}`);
      }
      if (livenessMs === undefined) {
        const where = honest.map((n) => `${n.name} ${n.up ? `at height ${n.chain!.height}, ${JSON.stringify(n.network!.driver.position)}` : 'down'}`).join('; ');
        const pending = [...txs.values()].filter((t) => t.mustCommit && !txAt.has(t.hash)).length;
        fail(`liveness: ${profile.livenessBoundMs} ms after the heal, not every honest node reached height ${target()} (${where}); after-heal txs not committed: ${pending}`);
      }
      await checkStores();
    }

    async function checkStores(): Promise<void> {
      const heights = new Map<SimNode, number>();
      for (const n of honest) heights.set(n, n.chain?.height ?? 0);
      // Agreement, in every store.
      for (const n of honest) {
        for (let h = 1; h <= heights.get(n)!; h++) {
          const bytes = await n.store!.getBlock(h);
          if (bytes === undefined) {
            fail(`durability: ${n.name} has no block at height ${h} below its head ${heights.get(n)}`);
            return;
          }
          const hash = toHex(decodeBlock(bytes).hash);
          const c = canonical.get(h);
          if (c === undefined) canonical.set(h, { hash, node: n.name });
          else if (c.hash !== hash) {
            fail(`agreement: ${n.name}'s store has ${hash} at height ${h}, ${c.node} committed ${c.hash}`);
            return;
          }
        }
      }
      // No committed tx lost: in every honest store that reached its height, at the same place.
      for (const [id, at] of txAt) {
        for (const n of honest) {
          if (heights.get(n)! < at.height) continue;
          const loc = await n.store!.getTxLocation(Buffer.from(id, 'hex'));
          const got = loc === undefined ? undefined : decode.txLocation(loc);
          if (got === undefined || got.height !== at.height || got.index !== at.index) {
            fail(`durability: tx ${id}, reported committed by ${at.node} at ${at.height}/${at.index}, is ${got === undefined ? 'missing' : `at ${got.height}/${got.index}`} in ${n.name}'s store`);
          }
        }
      }
      // Validity: replay the longest honest chain from genesis in a fresh store.
      const longest = honest.reduce((a, b) => (heights.get(b)! > heights.get(a)! ? b : a));
      const replay = await ChainStore.open(join(dir, 'replay'));
      try {
        let chain = await openChain(replay, genesis);
        const seen = new Set<string>();
        for (let h = 1; h <= heights.get(longest)!; h++) {
          const bytes = (await longest.store!.getBlock(h))!;
          const commit = (await longest.store!.getCommit(h))!;
          let block: ExecutedBlock;
          try {
            block = await validateBlock(replay, chain, bytes);
            verifyCommit(commit, { chainId: CHAIN_ID, height: h, blockHash: block.hash, validators: chain.validators });
          } catch (e) {
            fail(`validity: block ${h} of ${longest.name} does not replay: ${(e as Error).message}`);
            return;
          }
          for (const tx of block.txs) {
            const id = toHex(tx.hash);
            if (!txs.has(id)) fail(`validity: block ${h} holds tx ${id}, which no client made`);
            if (seen.has(id)) fail(`validity: tx ${id} is in the chain twice`);
            seen.add(id);
          }
          chain = await commitBlock(replay, chain, block, commit);
        }
        if (toHex(chain.stateRoot) !== toHex(longest.chain!.stateRoot)) fail(`validity: the replayed state root differs from ${longest.name}'s`);
      } finally {
        await replay.close();
      }
    }

    // ---- the end (the nodes are stopped and the directory removed in `finally`) ----
    const height = Math.max(0, ...canonical.keys());
    trace.update(`end ${height} ${failures.length}\n`);
    const allNodes = [...nodes.values()];
    const stats: SimStats = {
      profile: scenario.profile, validators: scenario.validators, twins: scenario.twins.length, followers: scenario.followers, nodes: nodes.size,
      simMs: sched.now - t0, faultPhaseMs: scenario.faultPhaseMs, livenessMs, height, events: sched.events, commits,
      txsSubmitted: txs.size, txsCommitted: [...txs.keys()].filter((id) => txAt.has(id)).length,
      crashes: allNodes.reduce((s, n) => s + n.crashes, 0), partitions: scenario.partitions.length,
      transmissions: net.stats.transmissions, dropped: net.stats.dropped, duplicated: net.stats.duplicated, evidence,
      syncRequests: net.stats.requests, logCounts: countLogs(allNodes), wallMs: Math.round(performance.now() - wallStart),
    };
    const known = KNOWN_EQUIVOCATION_STALL && scenario.twins.length > 0 && failures.length > 0 && failures.every((f) => f.startsWith('liveness:'))
      ? 'equivocation-stall' as const : undefined;
    return {
      config, ok: failures.length === 0, failures, known, trace: trace.digest('hex'), command: reproduceCommand(config), stats, scenario,
      logTail(lines = 60) {
        return allNodes.map((n) => `--- ${n.name} (${n.role}, ${n.incarnations} starts, ${n.crashes} crashes)\n${n.logs.slice(-lines).join('\n')}`).join('\n');
      },
    };
  } finally {
    // A run that threw leaves no open database or directory behind.
    for (const n of nodes.values()) await n.stop(sched.io).catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What the driver logs when the signer state refuses a signature. */
const SIGNER_REFUSED = 'not signing: this validator signed another message here before';

function countLogs(nodes: readonly SimNode[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const n of nodes) for (const [msg, count] of n.logCounts) out[msg] = (out[msg] ?? 0) + count;
  return out;
}

function traceMessage(t: number, node: string, data: Uint8Array): void {
  const m = decodeConsensusMessage(data);
  if (m.kind === 'vote') {
    const v = decode.vote(m.vote.vote);
    console.log(`${t} ${node} ${v.type === ackchain.VoteType.VOTE_TYPE_PREVOTE ? 'prevote' : 'precommit'} ${v.height}/${v.round} ${toHex(v.blockHash).slice(0, 8) || 'nil'}`);
  } else {
    const p = decodeProposal(m.proposal.proposal);
    console.log(`${t} ${node} proposal ${p.height}/${p.round} ${toHex(p.blockHash).slice(0, 8)} vr ${p.validRound}`);
  }
}

function describeGossip(m: ReceivedGossip): string {
  if (m.topic === 'consensus') {
    if (m.kind === 'vote') {
      const v = m.vote.vote;
      return `vote type ${v.type} height ${v.height} round ${v.round} by ${toHex(v.validator).slice(0, 8)}`;
    }
    const p = m.proposal.proposal;
    return `proposal height ${p.height} round ${p.round} by ${toHex(p.proposer).slice(0, 8)}`;
  }
  if (m.topic === 'tx') return `tx ${toHex(m.tx.hash).slice(0, 16)}`;
  return 'evidence';
}
