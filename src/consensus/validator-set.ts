// A height's validator set: voting powers, the thresholds in power, and proposer selection by
// weighted round robin, as CometBFT's spec/consensus/proposer-selection.md describes it:
//
//   each selection (`incremented(times)`):
//     if max(A) - min(A) > 2P:  A(i) = floor(A(i) / ceil(diff / 2P))     scale down
//     A(i) -= floor(sum(A) / n)                                          centre on the average
//     repeat `times`: A(i) += VP(i); prop = argmax A (ties: smaller public key); A(prop) -= P
//   a validator added by `withChanges` starts at A = -(P + P >> 3) = -1.125 P (P after the change)
//
// The set a height runs with carries the proposer of its round 0; round r's proposer is that
// set incremented r times (`proposerOf(r)`); the next height's set is this one incremented once
// (after any validator changes). Priorities are BigInt, so nothing clips.
//
// Division: JS BigInt `/` truncates toward zero (-7n / 2n = -3n) and Go's big.Int Div is
// Euclidean (-7 / 2 = -4). Every division here is by a positive number and uses one rule,
// floorDiv (which is Euclidean division for a positive divisor). CometBFT computes the average
// with big.Int (the same rule) but scales down with Go's truncating int64 `/`: our scaling of a
// negative priority that is not a multiple of the ratio is one lower than CometBFT's. All
// ackchain nodes run this code, so they agree with each other, which is what matters.

import { compareBytes, toHex } from '../chain/bytes.ts';

/** A validator's name: the lowercase hex of its public key. */
export type ValidatorId = string;

export interface Validator {
  readonly id: ValidatorId;
  readonly publicKey: Uint8Array;
  readonly power: bigint;
  /** The accumulated proposer priority (CometBFT's ProposerPriority). */
  readonly priority: bigint;
}

export interface ValidatorInit {
  readonly publicKey: Uint8Array;
  readonly power: bigint | number;
  readonly priority?: bigint;
}

/** A change of the set: a new key joins, a known key gets a new power, power 0 removes it. */
export interface ValidatorChange {
  readonly publicKey: Uint8Array;
  readonly power: bigint | number;
}

/** CometBFT's MaxTotalVotingPower: int64 max / 8, so that 1.125 P stays an int64 there too. */
export const MAX_TOTAL_POWER = (2n ** 63n - 1n) / 8n;

/** floor(a / b) for b > 0; the same as Euclidean division (Go's big.Int Div) for a positive divisor. */
export function floorDiv(a: bigint, b: bigint): bigint {
  if (b <= 0n) throw new RangeError(`floorDiv needs a positive divisor, got ${b}`);
  const q = a / b;
  return a % b < 0n ? q - 1n : q;
}

/** ceil(a / b) for b > 0. */
export function ceilDiv(a: bigint, b: bigint): bigint {
  return -floorDiv(-a, b);
}

interface Slot { readonly id: ValidatorId; readonly publicKey: Uint8Array; readonly power: bigint; priority: bigint }

function toPower(power: bigint | number, what: string): bigint {
  if (typeof power === 'number' && !Number.isSafeInteger(power)) throw new RangeError(`${what}: power must be an integer, got ${power}`);
  const p = BigInt(power);
  if (p < 0n) throw new RangeError(`${what}: power must not be negative, got ${p}`);
  return p;
}

function sumPower(slots: readonly { power: bigint }[]): bigint {
  let total = 0n;
  for (const s of slots) total += s.power;
  return total;
}

/** Higher priority first; on a tie, the smaller public key (bytewise). */
function better(a: Slot, b: Slot): Slot {
  if (a.priority !== b.priority) return a.priority > b.priority ? a : b;
  return compareBytes(a.publicKey, b.publicKey) <= 0 ? a : b;
}

function mostPriority(slots: readonly Slot[]): Slot {
  let best = slots[0];
  for (let i = 1; i < slots.length; i++) best = better(best, slots[i]);
  return best;
}

/** Scale down when max - min > 2P (by ceil(diff / 2P)), then centre on the average. */
function rescaleAndCentre(slots: Slot[], total: bigint): void {
  const window = 2n * total;
  let max = slots[0].priority;
  let min = slots[0].priority;
  for (const s of slots) {
    if (s.priority > max) max = s.priority;
    if (s.priority < min) min = s.priority;
  }
  const diff = max - min;
  if (diff > window) {
    const ratio = ceilDiv(diff, window);
    for (const s of slots) s.priority = floorDiv(s.priority, ratio);
  }
  let sum = 0n;
  for (const s of slots) sum += s.priority;
  const average = floorDiv(sum, BigInt(slots.length));
  for (const s of slots) s.priority -= average;
}

/** One selection: everyone moves ahead by its power, the first becomes proposer and moves back by P. */
function selectOnce(slots: Slot[], total: bigint): Slot {
  for (const s of slots) s.priority += s.power;
  const chosen = mostPriority(slots);
  chosen.priority -= total;
  return chosen;
}

/** CometBFT's order: power descending, then public key ascending. Only presentation: selection does not depend on it. */
function sortSlots(slots: Slot[]): void {
  slots.sort((a, b) => (a.power !== b.power ? (a.power > b.power ? -1 : 1) : compareBytes(a.publicKey, b.publicKey)));
}

export class ValidatorSet {
  /** Power descending, then public key ascending. */
  readonly validators: readonly Validator[];
  readonly totalPower: bigint;
  /** More than 2/3 of the total power: total * 2 / 3 + 1 (2f+1 in the paper). */
  readonly quorum: bigint;
  /** More than 1/3 of the total power: total / 3 + 1 (f+1 in the paper). */
  readonly oneThirdPlus: bigint;
  /** The proposer of round 0 at the height this set runs. */
  readonly proposer: Validator;
  readonly #byId: Map<ValidatorId, Validator>;
  /** Lazily extended: #proposers[r] is the proposer of round r. */
  readonly #proposers: Validator[];
  #stepping: Slot[] | null = null;

  /**
   * A set as stored (priorities included). Without `proposerId` the proposer is the validator of
   * highest priority (ties: smaller key), as CometBFT's GetProposer when none was recorded.
   */
  constructor(validators: readonly ValidatorInit[], proposerId?: ValidatorId) {
    if (validators.length === 0) throw new RangeError('a validator set needs at least one validator');
    const slots: Slot[] = [];
    const seen = new Set<ValidatorId>();
    for (const v of validators) {
      const id = toHex(v.publicKey);
      if (seen.has(id)) throw new RangeError(`duplicate validator ${id}`);
      seen.add(id);
      const power = toPower(v.power, `validator ${id}`);
      if (power === 0n) throw new RangeError(`validator ${id}: power must be positive`);
      slots.push({ id, publicKey: Uint8Array.from(v.publicKey), power, priority: v.priority ?? 0n });
    }
    const total = sumPower(slots);
    if (total > MAX_TOTAL_POWER) throw new RangeError(`total voting power ${total} exceeds ${MAX_TOTAL_POWER}`);
    sortSlots(slots);
    this.validators = slots.map((s) => Object.freeze({ ...s }));
    this.totalPower = total;
    this.quorum = (total * 2n) / 3n + 1n;
    this.oneThirdPlus = total / 3n + 1n;
    this.#byId = new Map(this.validators.map((v) => [v.id, v]));
    const proposer = proposerId === undefined ? this.#byId.get(mostPriority(slots).id) : this.#byId.get(proposerId);
    if (proposer === undefined) throw new RangeError(`proposer ${proposerId} is not in the set`);
    this.proposer = proposer;
    this.#proposers = [proposer];
  }

  /**
   * The set of the first height from the genesis validators, as CometBFT's NewValidatorSet: every
   * validator joins at -1.125 P (so, centred, all at 0), then one selection picks height 1's proposer.
   */
  static genesis(validators: readonly ValidatorChange[]): ValidatorSet {
    const total = validators.reduce((sum, v) => sum + toPower(v.power, 'genesis validator'), 0n);
    const start = -(total + (total >> 3n));
    const joined = new ValidatorSet(validators.map((v) => ({ publicKey: v.publicKey, power: v.power, priority: start })));
    return joined.#rescaledCentred().incremented(1);
  }

  get size(): number {
    return this.validators.length;
  }

  get(id: ValidatorId): Validator | undefined {
    return this.#byId.get(id);
  }

  has(id: ValidatorId): boolean {
    return this.#byId.has(id);
  }

  powerOf(id: ValidatorId): bigint {
    return this.#byId.get(id)?.power ?? 0n;
  }

  /** power > 2/3 of the total. */
  hasQuorum(power: bigint): boolean {
    return power >= this.quorum;
  }

  /** power > 1/3 of the total. */
  hasOneThirdPlus(power: bigint): boolean {
    return power >= this.oneThirdPlus;
  }

  /** This set with `times` selections run (CometBFT IncrementProposerPriority): scale, centre once, then select `times` times. */
  incremented(times: number): ValidatorSet {
    if (!Number.isSafeInteger(times) || times < 1) throw new RangeError(`times must be a positive integer, got ${times}`);
    const slots = this.#slots();
    rescaleAndCentre(slots, this.totalPower);
    let chosen = slots[0];
    for (let i = 0; i < times; i++) chosen = selectOnce(slots, this.totalPower);
    return new ValidatorSet(slots, chosen.id);
  }

  /** The proposer of round `round` at the height this set runs: this set incremented `round` times. */
  proposerOf(round: number): Validator {
    if (!Number.isSafeInteger(round) || round < 0) throw new RangeError(`round must be a non-negative integer, got ${round}`);
    if (round >= this.#proposers.length) {
      if (this.#stepping === null) {
        this.#stepping = this.#slots();
        rescaleAndCentre(this.#stepping, this.totalPower);
      }
      while (this.#proposers.length <= round) {
        this.#proposers.push(this.#byId.get(selectOnce(this.#stepping, this.totalPower).id)!);
      }
    }
    return this.#proposers[round];
  }

  /**
   * The set after validator changes, as CometBFT's UpdateWithChangeSet: a new validator starts at
   * -(P + P >> 3) where P is the total after additions and updates but before removals; an
   * updated one keeps its priority; power 0 removes (it must be a member); then scale and centre.
   * The proposer of the result is its highest priority; the host increments it for the next height.
   */
  withChanges(changes: readonly ValidatorChange[]): ValidatorSet {
    const byId = new Map<ValidatorId, { publicKey: Uint8Array; power: bigint }>();
    for (const c of changes) {
      const id = toHex(c.publicKey);
      if (byId.has(id)) throw new RangeError(`duplicate change for validator ${id}`);
      byId.set(id, { publicKey: c.publicKey, power: toPower(c.power, `change for ${id}`) });
    }
    const slots = this.#slots();
    const removed = new Set<ValidatorId>();
    for (const [id, c] of byId) if (c.power === 0n) {
      if (!this.has(id)) throw new RangeError(`cannot remove ${id}: not a validator`);
      removed.add(id);
    }
    // A removed validator still counts with its old power here, as in CometBFT.
    const updated = slots.map((s) => {
      const change = byId.get(s.id);
      return change === undefined || change.power === 0n ? s : { ...s, power: change.power };
    });
    const added = [...byId].filter(([id, c]) => c.power > 0n && !this.has(id));
    const totalBeforeRemovals = sumPower(updated) + sumPower(added.map(([, c]) => c));
    const start = -(totalBeforeRemovals + (totalBeforeRemovals >> 3n));
    const next: Slot[] = [
      ...updated.filter((s) => !removed.has(s.id)),
      ...added.map(([id, c]) => ({ id, publicKey: c.publicKey, power: c.power, priority: start })),
    ];
    if (next.length === 0) throw new RangeError('the changes would leave an empty validator set');
    return new ValidatorSet(next).#rescaledCentred();
  }

  #rescaledCentred(): ValidatorSet {
    const slots = this.#slots();
    rescaleAndCentre(slots, this.totalPower);
    return new ValidatorSet(slots);
  }

  #slots(): Slot[] {
    return this.validators.map((v) => ({ ...v }));
  }
}
