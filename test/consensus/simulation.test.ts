// N in-memory machines over a random message schedule (fast-check picks every step): messages are
// delivered in any order, dropped, duplicated, and any pending timer may fire at any moment. All
// validators are honest. Checked: agreement (no two decisions differ at one height), no evidence,
// and, once the network turns synchronous (GST: every node re-sends what it sent at its height
// and the commits it knows, then no loss and messages before timers), that everyone decides every
// height. fast-check prints the seed and the shrunk schedule of a failure; replay one with
// fc.assert's { seed, path } options. A hand-made schedule checks the case locking exists for.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Tendermint } from '../../src/consensus/tendermint.ts';
import type { ValidatorSet } from '../../src/consensus/validator-set.ts';
import type { Action, Input, Proposal, Timeout, Vote } from '../../src/consensus/types.ts';
import { genesisSet, idOf, PARAMS } from './harness.ts';

type Message = { readonly type: 'proposal'; readonly proposal: Proposal } | { readonly type: 'vote'; readonly vote: Vote };

const heightOf = (m: Message): number => (m.type === 'proposal' ? m.proposal.height : m.vote.height);

interface Timer { readonly timeout: Timeout; readonly due: number; readonly seq: number }

class Node {
  readonly machine: Tendermint;
  /** The host's answers (validation, built blocks) not yet fed in. */
  readonly answers: Input[] = [];
  readonly timers: Timer[] = [];
  /** Everything this node broadcast, to re-send at GST. */
  readonly sent: Message[] = [];
  /** Proposals seen at the current height (the blocks), and per decided height the proposal and commit. */
  proposals: Proposal[] = [];
  readonly certificates = new Map<number, Message[]>();
  /** Messages of heights this node has not started yet (the host's buffer). */
  readonly early: Message[] = [];
  readonly decisions = new Map<number, string>();

  readonly name: string;

  constructor(name: string, self: string | null) {
    this.name = name;
    this.machine = new Tendermint({ self, params: PARAMS });
  }
}

interface World {
  readonly nodes: Node[];
  readonly sets: ValidatorSet[];
  readonly lastHeight: number;
  readonly inFlight: { from: number; to: number; message: Message }[];
  readonly decided: Map<number, string>;
  now: number;
  seq: number;
  /** Bit i: the side node i is on (0 at first and after GST: everyone hears everyone). */
  sides: number;
}

function send(world: World, from: number, message: Message): void {
  world.nodes.forEach((_, to) => { if (to !== from) world.inFlight.push({ from, to, message }); });
}

function apply(world: World, index: number, actions: Action[]): void {
  const node = world.nodes[index];
  for (const action of actions) {
    switch (action.type) {
      case 'broadcastProposal':
        node.proposals.push(action.proposal);
        node.sent.push({ type: 'proposal', proposal: action.proposal });
        send(world, index, { type: 'proposal', proposal: action.proposal });
        break;
      case 'broadcastVote':
        node.sent.push({ type: 'vote', vote: action.vote });
        send(world, index, { type: 'vote', vote: action.vote });
        break;
      case 'scheduleTimeout':
        node.timers.push({ timeout: action.timeout, due: world.now + action.durationMs, seq: world.seq++ });
        break;
      case 'validateProposal':
        node.answers.push({ type: 'proposalValidated', height: action.height, round: action.round, value: action.value, valid: true });
        break;
      case 'buildProposal':
        node.answers.push({ type: 'valueToPropose', height: action.height, round: action.round, value: `block ${action.height}/${action.round} by ${node.name}` });
        break;
      case 'evidence':
        throw new Error(`evidence among honest validators at node ${node.name}: ${JSON.stringify(action)}`);
      case 'decide': {
        const agreed = world.decided.get(action.height);
        if (agreed !== undefined && agreed !== action.value) {
          throw new Error(`agreement violated at height ${action.height}: ${node.name} decided ${action.value}, another ${agreed}`);
        }
        world.decided.set(action.height, action.value);
        assert.ok(!node.decisions.has(action.height), `${node.name} decided height ${action.height} twice`);
        node.decisions.set(action.height, action.value);
        const set = world.sets[action.height];
        let power = 0n;
        for (const vote of action.commit) {
          assert.ok(vote.type === 'precommit' && vote.value === action.value && vote.round === action.round && vote.height === action.height);
          power += set.powerOf(vote.from);
        }
        assert.ok(set.hasQuorum(power), 'the commit carries more than 2/3 of the power');
        const blocks = node.proposals.filter((p) => p.value === action.value).map((proposal): Message => ({ type: 'proposal', proposal }));
        assert.ok(blocks.length > 0, 'a node decides only a value it has a proposal for');
        node.certificates.set(action.height, [...blocks, ...action.commit.map((vote): Message => ({ type: 'vote', vote }))]);
        if (action.height < world.lastHeight) startHeight(world, index, action.height + 1);
        break;
      }
    }
  }
}

function startHeight(world: World, index: number, height: number): void {
  const node = world.nodes[index];
  node.proposals = [];
  apply(world, index, node.machine.handle({ type: 'start', height, validators: world.sets[height] }));
  const ready = node.early.filter((m) => heightOf(m) === height);
  for (let i = node.early.length - 1; i >= 0; i--) if (heightOf(node.early[i]) <= height) node.early.splice(i, 1);
  for (const m of ready) deliver(world, index, m);
}

function deliver(world: World, index: number, message: Message): void {
  const node = world.nodes[index];
  const height = heightOf(message);
  if (height > node.machine.state.height) {
    if (height <= world.lastHeight) node.early.push(message);
    return;
  }
  if (message.type === 'proposal' && height === node.machine.state.height) node.proposals.push(message.proposal);
  apply(world, index, node.machine.handle(message));
}

function fire(world: World, index: number, timer: number): void {
  const node = world.nodes[index];
  const [{ timeout, due }] = node.timers.splice(timer, 1);
  world.now = Math.max(world.now, due);
  apply(world, index, node.machine.handle({ type: 'timeout', timeout }));
}

function answer(world: World, index: number): void {
  const input = world.nodes[index].answers.shift()!;
  apply(world, index, world.nodes[index].machine.handle(input));
}

/**
 * The asynchronous network, out of 32 steps: how often it drops a message, duplicates one, fires
 * a timer, or splits the nodes anew into two sides that cannot hear each other (messages across
 * are held, not lost); the rest are deliveries (any message that can cross) and host answers.
 * Lopsided views like these are what locking is for.
 */
export interface Weather { readonly drop: number; readonly duplicate: number; readonly timer: number; readonly split: number }

function canCross(world: World, from: number, to: number): boolean {
  return ((world.sides >> from) & 1) === ((world.sides >> to) & 1);
}

/** One asynchronous step chosen by `choice`. */
function asynchronousStep(world: World, choice: number, weather: Weather): void {
  let op = choice % 32;
  const pick = Math.floor(choice / 32);
  const n = world.nodes.length;
  const kind = (op -= weather.drop) < 0 ? 'drop'
    : (op -= weather.duplicate) < 0 ? 'duplicate'
    : (op -= weather.timer) < 0 ? 'timer'
    : (op -= weather.split) < 0 ? 'split'
    : op < 4 ? 'answer' : 'deliver';
  if (kind === 'split') {
    world.sides = pick % 2 ** n;
    return;
  }
  if (kind === 'drop' || kind === 'duplicate' || kind === 'deliver') {
    const count = world.inFlight.length;
    for (let k = 0; k < count; k++) {
      const i = (pick + k) % count;
      const { from, to, message } = world.inFlight[i];
      if (!canCross(world, from, to)) continue;
      if (kind !== 'duplicate') world.inFlight.splice(i, 1); // a duplicate is delivered now and again later
      if (kind !== 'drop') deliver(world, to, message);
      return;
    }
    return;
  }
  const index = pick % n;
  const node = world.nodes[index];
  if (kind === 'timer' && node.timers.length > 0) fire(world, index, Math.floor(pick / n) % node.timers.length);
  if (kind === 'answer' && node.answers.length > 0) answer(world, index);
}

/** After GST: host answers first, then messages in order, and a timer only when nothing else is pending. */
function synchronousStep(world: World): boolean {
  const waiting = world.nodes.findIndex((node) => node.answers.length > 0);
  if (waiting >= 0) {
    answer(world, waiting);
    return true;
  }
  const next = world.inFlight.shift();
  if (next !== undefined) {
    deliver(world, next.to, next.message);
    return true;
  }
  let best: { index: number; timer: number; due: number; seq: number } | null = null;
  world.nodes.forEach((node, index) => node.timers.forEach((t, timer) => {
    if (best === null || t.due < best.due || (t.due === best.due && t.seq < best.seq)) best = { index, timer, due: t.due, seq: t.seq };
  }));
  if (best === null) return false;
  const { index, timer } = best;
  fire(world, index, timer);
  return true;
}

function makeWorld(powers: number[], lastHeight: number, follower: boolean): World {
  const names = powers.map((_, i) => String.fromCharCode(97 + i));
  const sets: ValidatorSet[] = [];
  sets[1] = genesisSet(Object.fromEntries(names.map((name, i) => [name, powers[i]])));
  for (let h = 2; h <= lastHeight; h++) sets[h] = sets[h - 1].incremented(1);
  const nodes = names.map((name) => new Node(name, idOf(name)));
  if (follower) nodes.push(new Node('follower', null));
  const world: World = { nodes, sets, lastHeight, inFlight: [], decided: new Map(), now: 0, seq: 0, sides: 0 };
  nodes.forEach((_, index) => startHeight(world, index, 1));
  return world;
}

/** GST: everyone hears everyone, every node re-sends its messages of its height and the certificates it holds; then run until all decided. */
function synchronize(world: World): void {
  world.sides = 0;
  world.nodes.forEach((node, index) => {
    const height = node.machine.state.height;
    for (const m of node.sent) if (heightOf(m) === height) send(world, index, m);
    for (const certificate of node.certificates.values()) for (const m of certificate) send(world, index, m);
  });
  for (let steps = 0; world.nodes.some((node) => node.decisions.size < world.lastHeight); steps++) {
    if (steps > 50_000) throw new Error('no decision within 50,000 synchronous steps');
    if (!synchronousStep(world)) throw new Error(`stuck: nothing in flight and no timer (heights ${world.nodes.map((n) => n.machine.state.height)})`);
  }
}

function simulate(powers: number[], lastHeight: number, choices: number[], weather: Weather, follower: boolean): { world: World; decidedBeforeGst: number } {
  const world = makeWorld(powers, lastHeight, follower);
  for (const choice of choices) asynchronousStep(world, choice, weather);
  const decidedBeforeGst = world.nodes.reduce((sum, node) => sum + node.decisions.size, 0);
  synchronize(world);
  return { world, decidedBeforeGst };
}

// ---- hand-made schedules ----

const indexOf = (world: World, name: string): number => world.nodes.findIndex((node) => node.name === name);

/** Delivers every message in flight that `pass` lets through (and the host answers they cause), until none is left. */
function flush(world: World, pass: (from: string, to: string, message: Message) => boolean): void {
  for (;;) {
    const waiting = world.nodes.findIndex((node) => node.answers.length > 0);
    if (waiting >= 0) {
      answer(world, waiting);
      continue;
    }
    const i = world.inFlight.findIndex(({ from, to, message }) => pass(world.nodes[from].name, world.nodes[to].name, message));
    if (i < 0) return;
    const [{ to, message }] = world.inFlight.splice(i, 1);
    deliver(world, to, message);
  }
}

function fireTimer(world: World, name: string, kind: Timeout['kind'], round: number): void {
  const index = indexOf(world, name);
  const node = world.nodes[index];
  const timer = node.timers.findIndex((t) => t.timeout.kind === kind && t.timeout.round === round && t.timeout.height === node.machine.state.height);
  assert.ok(timer >= 0, `${name} has no timeout ${kind} of round ${round}`);
  fire(world, index, timer);
}

const isVote = (type: Vote['type'], round: number) => (m: Message): boolean => m.type === 'vote' && m.vote.type === type && m.vote.round === round;
const sentVotes = (world: World, name: string, type: Vote['type'], round: number): (string | null)[] =>
  world.nodes[indexOf(world, name)].sent.filter(isVote(type, round)).map((m) => (m as { vote: Vote }).vote.value);

describe('consensus/simulation: honest validators over a random schedule', () => {
  it('agree at every height, and all decide every height once messages get through', function () {
    this.timeout(60_000);
    const runs = Number(process.env.SIM_RUNS ?? 200); // SIM_RUNS=20000 for a soak run
    let decisionsBeforeGst = 0;
    let laterRounds = 0;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 5 }),
        fc.record({ drop: fc.integer({ min: 0, max: 4 }), duplicate: fc.integer({ min: 0, max: 3 }), timer: fc.integer({ min: 1, max: 6 }), split: fc.integer({ min: 0, max: 2 }) }),
        fc.array(fc.nat(), { minLength: 50, maxLength: 1500, size: 'max' }),
        fc.boolean(),
        (powers, weather, choices, follower) => {
          const { world, decidedBeforeGst } = simulate(powers, 3, choices, weather, follower);
          for (const node of world.nodes) {
            for (let h = 1; h <= 3; h++) assert.equal(node.decisions.get(h), world.decided.get(h), `${node.name} at height ${h}`);
          }
          decisionsBeforeGst += decidedBeforeGst;
          if ([...world.decided.values()].some((value) => !value.includes('/0 by'))) laterRounds++;
        },
      ),
      { numRuns: runs },
    );
    // The schedules must exercise something: decisions under loss and reordering, and in later rounds.
    assert.ok(decisionsBeforeGst > runs, `only ${decisionsBeforeGst} decisions before GST in ${runs} runs`);
    assert.ok(laterRounds > runs / 4, `only ${laterRounds} runs decided a block of a round > 0`);
  });

  it('a decision seen by one validator alone survives: the locked refuse a fresh proposal until it spreads', () => {
    // Four equal validators, rounds proposed by a, b, c, d. In round 0 a, b and c lock a's block
    // and precommit it; d, which missed the proposal, precommits nil. Only a sees the three
    // precommits and decides; its own precommit never leaves it. Rounds 1 and 2 (b and c re-propose
    // the locked block, but their proposals are lost) end in nil. In round 3 d, which never saw
    // the polka, proposes a new block: b and c are locked and prevote nil (L22), so it cannot be
    // decided. Without the lock, b, c and d would decide it: two blocks at height 1.
    const world = makeWorld([1, 1, 1, 1], 1, false);
    const v0 = 'block 1/0 by a';
    const round0 = (m: Message): boolean => heightOf(m) === 1 && (m.type === 'proposal' ? m.proposal.round : m.vote.round) === 0;
    flush(world, (from, to, m) => m.type === 'proposal' && to !== 'd');
    fireTimer(world, 'd', 'propose', 0);
    flush(world, (from, to, m) => isVote('prevote', 0)(m));
    fireTimer(world, 'd', 'prevote', 0);
    flush(world, (from, to, m) => isVote('precommit', 0)(m) && from !== 'a');
    assert.deepEqual([...world.decided], [[1, v0]]);
    assert.deepEqual(world.nodes.map((n) => n.decisions.size), [1, 0, 0, 0]);
    for (const name of 'bcd') fireTimer(world, name, 'precommit', 0);
    for (const [round, proposer] of [[1, 'b'], [2, 'c']] as const) {
      const others = [...'bcd'].filter((n) => n !== proposer);
      for (const name of others) fireTimer(world, name, 'propose', round);
      flush(world, (from, to, m) => isVote('prevote', round)(m) && from !== 'a');
      for (const name of 'bcd') fireTimer(world, name, 'prevote', round);
      flush(world, (from, to, m) => isVote('precommit', round)(m) && from !== 'a');
      for (const name of 'bcd') fireTimer(world, name, 'precommit', round);
      assert.deepEqual(sentVotes(world, proposer, 'prevote', round), [v0], `${proposer} prevoted its lock in round ${round}`);
    }
    flush(world, (from, to, m) => from === 'd' && !round0(m));
    flush(world, (from, to, m) => from !== 'a' && !round0(m));
    assert.deepEqual(sentVotes(world, 'd', 'prevote', 3), ['block 1/3 by d']);
    assert.deepEqual(sentVotes(world, 'b', 'prevote', 3), [null]);
    assert.deepEqual(sentVotes(world, 'c', 'prevote', 3), [null]);
    assert.deepEqual(world.nodes.map((n) => n.decisions.size), [1, 0, 0, 0]);
    synchronize(world);
    assert.deepEqual(world.nodes.map((n) => n.decisions.get(1)), [v0, v0, v0, v0]);
  });

  it('a schedule without loss decides in round 0 of every height', () => {
    const { world } = simulate([1, 1, 1, 1], 3, [], { drop: 0, duplicate: 0, timer: 0, split: 0 }, true);
    assert.deepEqual([...world.decided], [[1, 'block 1/0 by a'], [2, 'block 2/0 by b'], [3, 'block 3/0 by c']]);
  });
});
