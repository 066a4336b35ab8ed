// The disagreements between consensus/ and Malachite's Quint spec that the replay of the committed
// traces meets (replay.test.ts expects exactly these; a fix to the machine makes that test fail
// until the entry goes).
import type { KnownDisagreement } from './replay.ts';

/**
 * Where consensus/ and the spec disagree. Both have one cause: the machine counts only the first
 * vote of a validator per (round, type) and reports a different second one as evidence without
 * counting it; the spec (like the paper's "upon 2f+1 <PRECOMMIT, h, r, id(v)>", a condition on the
 * messages received) lets a certificate of 2f+1 signed votes for v count even where it holds an
 * equivocator's second vote. With f = 1 faulty validator that equivocates, a correct validator that
 * saw the other vote first never reaches 2f+1 for v: it does not decide a value the others decided
 * (decidePast) or cannot see the polka that unlocks a hidden lock (hiddenTest, Malachite's L28
 * liveness scenario). A liveness matter, not safety.
 */
export const KNOWN: readonly KnownDisagreement[] = [
  {
    file: 'decideForPastRoundTest.decidePastTest.itf.json.gz', step: 54, validator: 'v4',
    reason: 'v4 got faulty v1\'s precommit nil first, then a commit certificate (v1, v2, v3 precommit blue): the spec decides blue (L49); the machine counts v1\'s nil only, has 2 of the 3 precommits it needs, and stays in round 1',
  },
  {
    file: 'hiddenLockTest.hiddenTest.itf.json.gz', step: 149, validator: 'v1',
    reason: 'v1 got faulty v2\'s prevote nil first, then v2\'s prevote red and a polka certificate for red in round 0: on the proposal of round 2 with vr = 0 the spec prevotes red (L28); the machine counts v2\'s nil only, sees no polka in round 0 and waits (then prevotes nil on timeoutPropose)',
  },
];

