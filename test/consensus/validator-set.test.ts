// The validator set: thresholds in voting power, and proposer selection as CometBFT's
// spec/consensus/proposer-selection.md describes it. Golden sequences are worked out by hand in
// the comments; the spec's own examples are checked where its numbers follow from the rule.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ceilDiv, floorDiv, MAX_TOTAL_POWER, ValidatorSet } from '../../src/consensus/validator-set.ts';
import { genesisSet, idOf, keyOf } from './harness.ts';

const nameOf = (set: ValidatorSet, id: string): string => String.fromCharCode(set.get(id)!.publicKey[0] + 96);
const rounds = (set: ValidatorSet, n: number): string => Array.from({ length: n }, (_, r) => nameOf(set, set.proposerOf(r).id)).join('');
const heights = (set: ValidatorSet, n: number): string => {
  let names = '';
  for (let i = 0; i < n; i++, set = set.incremented(1)) names += nameOf(set, set.proposer.id);
  return names;
};
const priorities = (set: ValidatorSet): Record<string, bigint> => Object.fromEntries(set.validators.map((v) => [nameOf(set, v.id), v.priority]));

describe('consensus/validator-set', () => {
  it('floorDiv is floor (Euclidean) division for a positive divisor, unlike BigInt / on negatives', () => {
    assert.equal(-7n / 2n, -3n); // what JS does
    assert.equal(floorDiv(-7n, 2n), -4n); // what Go's big.Int does, and what we do
    assert.equal(floorDiv(7n, 2n), 3n);
    assert.equal(floorDiv(-8n, 2n), -4n);
    assert.equal(floorDiv(-1n, 3n), -1n);
    assert.equal(floorDiv(0n, 3n), 0n);
    assert.equal(floorDiv(-13n, 3n), -5n);
    assert.equal(ceilDiv(-7n, 2n), -3n);
    assert.equal(ceilDiv(7n, 2n), 4n);
    assert.equal(ceilDiv(8n, 2n), 4n);
    assert.equal(ceilDiv(202n, 4n), 51n);
    assert.throws(() => floorDiv(1n, 0n), RangeError);
    assert.throws(() => floorDiv(1n, -2n), RangeError);
    fc.assert(fc.property(fc.bigInt(), fc.bigInt({ min: 1n }), (a, b) => {
      const q = floorDiv(a, b);
      const r = a - q * b;
      return r >= 0n && r < b && ceilDiv(a, b) === (r === 0n ? q : q + 1n);
    }));
  });

  it('thresholds: quorum = total * 2/3 + 1 and f+1 = total / 3 + 1, in voting power', () => {
    const cases: [number[], bigint, bigint][] = [
      [[1], 1n, 1n], [[1, 1, 1], 3n, 2n], [[1, 1, 1, 1], 3n, 2n], [[1, 1, 1, 1, 1, 1], 5n, 3n],
      [[1, 1, 1, 10], 9n, 5n], [[25, 25, 25, 25], 67n, 34n], [[1, 1, 1, 1, 1, 1, 1], 5n, 3n],
    ];
    for (const [powers, quorum, oneThirdPlus] of cases) {
      const set = genesisSet(Object.fromEntries(powers.map((p, i) => [String.fromCharCode(97 + i), p])));
      assert.equal(set.quorum, quorum, `quorum of ${powers}`);
      assert.equal(set.oneThirdPlus, oneThirdPlus, `f+1 of ${powers}`);
      const total = set.totalPower;
      assert.ok(set.hasQuorum(quorum) && !set.hasQuorum(quorum - 1n) && 3n * quorum > 2n * total && 3n * (quorum - 1n) <= 2n * total);
      assert.ok(set.hasOneThirdPlus(oneThirdPlus) && !set.hasOneThirdPlus(oneThirdPlus - 1n) && 3n * oneThirdPlus > total && 3n * (oneThirdPlus - 1n) <= total);
    }
  });

  it('4 equal validators rotate a, b, c, d over rounds and over heights', () => {
    const set = genesisSet({ d: 1, c: 1, b: 1, a: 1 });
    assert.equal(rounds(set, 9), 'abcdabcda');
    assert.equal(heights(set, 9), 'abcdabcda');
    assert.equal(rounds(set.incremented(1), 4), 'bcda');
    assert.deepEqual(set.validators.map((v) => nameOf(set, v.id)), ['a', 'b', 'c', 'd'], 'power descending, then key');
  });

  it('powers 1 and 3 give p2, p1, p2, p2 (the spec, p1 the smaller key)', () => {
    // Genesis: both at -(4 + 4>>3) = -4, centred to 0. Selections: (1,3) -> p2, p2 = -1;
    // (2,2) -> tie, p1 (smaller key), p1 = -2; (-1,5) -> p2, 1; (0,4) -> p2, 0; back to (0,0).
    const set = genesisSet({ a: 1, b: 3 });
    assert.equal(rounds(set, 8), 'babbbabb');
    assert.equal(heights(set, 8), 'babbbabb');
    assert.deepEqual(priorities(set), { a: 1n, b: -1n });
  });

  it('3 unequal validators (1, 2, 3), worked out by hand', () => {
    // Genesis: all at -(6 + 0) = -6, centred to 0. Each line: +power, pick the highest, -6.
    //   ( 1, 2, 3) -> c: (1, 2,-3)      height 1's set, round 0
    //   ( 2, 4, 0) -> b: (2,-2, 0)      round 1
    //   ( 3, 0, 3) -> a (tie with c, smaller key): (-3, 0, 3)   round 2
    //   (-2, 2, 6) -> c: (-2, 2, 0)     round 3
    //   (-1, 4, 3) -> b: (-1,-2, 3)     round 4
    //   ( 0, 0, 6) -> c: ( 0, 0, 0)     round 5, and the cycle starts again
    const set = genesisSet({ a: 1, b: 2, c: 3 });
    assert.deepEqual(priorities(set), { a: 1n, b: 2n, c: -3n });
    assert.equal(rounds(set, 12), 'cbacbccbacbc');
    assert.equal(heights(set, 6), 'cbacbc');
    assert.deepEqual(priorities(set.incremented(5)), { a: 0n, b: 0n, c: 0n });
  });

  it('a new validator starts at -1.125 P; the spec example, with our division rule', () => {
    // p1 (power 1) at 2, p2 (power 3) at -2; p3 joins with power 8: P = 12, A(p3) = -(12 + 1) = -13.
    // Centring: avg = floor(-13 / 3) = -5 (the spec's table says -4: truncation; Go's big.Int says
    // -5, as we do), so (7, 3, -8). Next selection: (8, 6, 0) -> p1, as in the spec; p1 = -4.
    const before = new ValidatorSet([{ publicKey: keyOf('a'), power: 1, priority: 2n }, { publicKey: keyOf('b'), power: 3, priority: -2n }]);
    const after = before.withChanges([{ publicKey: keyOf('c'), power: 8 }]);
    assert.deepEqual(priorities(after), { a: 7n, b: 3n, c: -8n });
    const next = after.incremented(1);
    assert.equal(nameOf(next, next.proposer.id), 'a');
    assert.deepEqual(priorities(next), { a: -4n, b: 6n, c: 0n });

    // Four equal at height 1 (a -3, b c d 1); e joins with 4: P = 8, A(e) = -9; avg floor(-9/5) = -2.
    const four = genesisSet({ a: 1, b: 1, c: 1, d: 1 });
    assert.deepEqual(priorities(four), { a: -3n, b: 1n, c: 1n, d: 1n });
    const five = four.withChanges([{ publicKey: keyOf('e'), power: 4 }]);
    assert.deepEqual(priorities(five), { a: -1n, b: 3n, c: 3n, d: 3n, e: -7n });
    assert.equal(nameOf(five, five.incremented(1).proposer.id), 'b');
  });

  it('updates keep the priority, removals re-centre, bad changes are refused', () => {
    const four = genesisSet({ a: 1, b: 1, c: 1, d: 1 }); // a -3, b c d 1
    const stronger = four.withChanges([{ publicKey: keyOf('a'), power: 5 }]);
    assert.deepEqual(priorities(stronger), { a: -3n, b: 1n, c: 1n, d: 1n });
    assert.equal(stronger.totalPower, 8n);
    // b leaves: (a -3, c 1, d 1), avg floor(-1 / 3) = -1: (-2, 2, 2).
    const three = four.withChanges([{ publicKey: keyOf('b'), power: 0 }]);
    assert.deepEqual(priorities(three), { a: -2n, c: 2n, d: 2n });
    assert.throws(() => four.withChanges([{ publicKey: keyOf('e'), power: 0 }]), /not a validator/);
    assert.throws(() => four.withChanges([{ publicKey: keyOf('e'), power: 1 }, { publicKey: keyOf('e'), power: 2 }]), /duplicate change/);
    assert.throws(() => genesisSet({ a: 1 }).withChanges([{ publicKey: keyOf('a'), power: 0 }]), /empty validator set/);
    assert.throws(() => four.withChanges([{ publicKey: keyOf('e'), power: -1 }]), RangeError);
  });

  it('scales down priorities further apart than 2P with floor division, negatives included', () => {
    // P = 2, window 4, diff 202: ratio ceil(202 / 4) = 51; 101 -> 1, -101 -> floor(-1.98) = -2
    // (truncation would give -1). Centre: floor(-1 / 2) = -1: (2, -1). Select: (3, 0) -> a: (1, 0).
    const set = new ValidatorSet([{ publicKey: keyOf('a'), power: 1, priority: 101n }, { publicKey: keyOf('b'), power: 1, priority: -101n }]);
    const next = set.incremented(1);
    assert.equal(nameOf(next, next.proposer.id), 'a');
    assert.deepEqual(priorities(next), { a: 1n, b: 0n });
  });

  it('round r proposer is the set incremented r times, and the choice is fair over P selections', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ power: fc.integer({ min: 1, max: 6 }), priority: fc.bigInt({ min: -40n, max: 40n }) }), { minLength: 1, maxLength: 6 }),
      fc.integer({ min: 1, max: 12 }),
      (slots, r) => {
        const set = new ValidatorSet(slots.map((s, i) => ({ publicKey: keyOf(String.fromCharCode(97 + i)), ...s })));
        assert.equal(set.proposerOf(r).id, set.incremented(r).proposer.id);
        assert.equal(set.proposerOf(0).id, set.proposer.id);
      },
    ));
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 6 }), (powers) => {
      const set = genesisSet(Object.fromEntries(powers.map((p, i) => [String.fromCharCode(97 + i), p])));
      const total = Number(set.totalPower);
      const counts = new Map<string, number>();
      for (let r = 1; r <= total; r++) counts.set(set.proposerOf(r).id, (counts.get(set.proposerOf(r).id) ?? 0) + 1);
      for (const v of set.validators) assert.equal(counts.get(v.id) ?? 0, Number(v.power), `powers ${powers}`);
    }));
  });

  it('refuses empty sets, duplicate keys, zero power, an unknown proposer and too much power', () => {
    assert.throws(() => new ValidatorSet([]), /at least one validator/);
    assert.throws(() => new ValidatorSet([{ publicKey: keyOf('a'), power: 1 }, { publicKey: keyOf('a'), power: 2 }]), /duplicate validator/);
    assert.throws(() => new ValidatorSet([{ publicKey: keyOf('a'), power: 0 }]), /power must be positive/);
    assert.throws(() => new ValidatorSet([{ publicKey: keyOf('a'), power: 1.5 }]), /must be an integer/);
    assert.throws(() => new ValidatorSet([{ publicKey: keyOf('a'), power: 1 }], idOf('b')), /not in the set/);
    assert.throws(() => new ValidatorSet([{ publicKey: keyOf('a'), power: MAX_TOTAL_POWER }, { publicKey: keyOf('b'), power: 1 }]), /exceeds/);
    assert.throws(() => genesisSet({ a: 1 }).incremented(0), RangeError);
    assert.throws(() => genesisSet({ a: 1 }).proposerOf(-1), RangeError);
    // Without a recorded proposer: the highest priority, ties to the smaller key.
    const set = new ValidatorSet([{ publicKey: keyOf('b'), power: 1, priority: 5n }, { publicKey: keyOf('a'), power: 1, priority: 5n }]);
    assert.equal(set.proposer.id, idOf('a'));
    assert.equal(set.get(idOf('b'))!.power, 1n);
    assert.equal(set.powerOf(idOf('z')), 0n);
  });
});
