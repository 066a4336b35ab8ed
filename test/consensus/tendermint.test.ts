// Scripted scenarios for the Tendermint state machine, one per rule of Algorithm 1 (named by its
// line in "The latest gossip on BFT consensus") and per pitfall of /work/shared/notes/consensus.md,
// plus CometBFT's classic locking scenarios rewritten for the paper's rules. The machine under
// test is validator d of four equal validators unless a test says otherwise: round r's proposer
// is a, b, c, d for r = 0, 1, 2, 3 (quorum 3 validators, f+1 2 validators).
import assert from 'node:assert/strict';
import { Tendermint } from '../../src/consensus/tendermint.ts';
import type { Action } from '../../src/consensus/types.ts';
import { idOf, PARAMS, Script } from './harness.ts';

/** From step propose of `round`, the script's node goes through the round with nil everywhere, into round + 1. */
function nilRound(s: Script, round: number): void {
  const others = [...'abcd'].filter((n) => n !== s.self).slice(0, 2).join('');
  s.timeout('propose', round);
  s.votes('prevote', others, round, null);
  s.votes('precommit', others, round, null);
  s.timeout('precommit', round);
  assert.equal(s.machine.state.round, round + 1);
}

/** d locks `value` in round 0 (a proposes it, a and b prevote it), a and b precommit nil, and d moves to round 1. */
function lockInRound0(s: Script, value: string): void {
  s.start();
  assert.deepEqual(s.proposalValid(0, value), [s.validate(0, value), s.sendPrevote(0, value)]);
  assert.deepEqual(s.votes('prevote', 'ab', 0, value), [s.sendPrecommit(0, value)]);
  assert.deepEqual(s.votes('precommit', 'ab', 0, null), [s.schedule('precommit', 0)]);
  assert.deepEqual(s.timeout('precommit', 0), [s.schedule('propose', 1)]);
  assert.deepEqual(pick(s.machine.state, 'lockedValue', 'lockedRound', 'validValue', 'validRound'), { lockedValue: value, lockedRound: 0, validValue: value, validRound: 0 });
}

function pick<T extends object, K extends keyof T>(object: T, ...keys: K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = object[k];
  return out;
}

describe('consensus/tendermint: the paper rules', () => {
  describe('L11 StartRound', () => {
    it('L21: a non-proposer schedules timeoutPropose(round) of base + delta * round', () => {
      const s = new Script();
      const height = 1;
      assert.deepEqual(s.start(), [{ type: 'scheduleTimeout', timeout: { kind: 'propose', height, round: 0 }, durationMs: 3000 }]);
      assert.deepEqual(s.machine.state, { height: 1, round: 0, step: 'propose', lockedValue: null, lockedRound: -1, validValue: null, validRound: -1, decision: null });
      assert.deepEqual(s.timeout('precommit', 0), [{ type: 'scheduleTimeout', timeout: { kind: 'propose', height, round: 1 }, durationMs: 3500 }]);
      assert.deepEqual(s.timeout('precommit', 1), [{ type: 'scheduleTimeout', timeout: { kind: 'propose', height, round: 2 }, durationMs: 4000 }]);
      s.timeout('propose', 2);
      assert.deepEqual(s.votes('prevote', 'ab', 2, 'v'), [{ type: 'scheduleTimeout', timeout: { kind: 'prevote', height, round: 2 }, durationMs: 2000 }]);
      assert.deepEqual(s.votes('precommit', 'abc', 2, null), [{ type: 'scheduleTimeout', timeout: { kind: 'precommit', height, round: 2 }, durationMs: 2000 }]);
    });

    it('L14-19: the proposer without validValue asks the host to build, then proposes with vr = -1 and prevotes it', () => {
      const s = new Script({ self: 'a' });
      assert.deepEqual(s.start(), [s.build(0), s.schedule('propose', 0)]);
      assert.deepEqual(s.built(0, 'v'), [s.sendProposal(0, 'v', -1), s.sendPrevote(0, 'v')]);
      assert.deepEqual(s.built(0, 'w'), [], 'a second answer is ignored');
      assert.deepEqual(s.built(1, 'w'), [], 'so is an answer for another round');
    });

    it('L14-15: a proposer with a validValue re-proposes it with validRound (TestProposeValidBlock)', () => {
      const s = new Script({ self: 'b' });
      s.start();
      assert.deepEqual(s.proposalValid(0, 'v'), [s.validate(0, 'v'), s.sendPrevote(0, 'v')]);
      assert.deepEqual(s.votes('prevote', 'ac', 0, 'v'), [s.sendPrecommit(0, 'v')]);
      assert.deepEqual(s.votes('precommit', 'ac', 0, null), [s.schedule('precommit', 0)]);
      // Round 1 is b's: it proposes v with vr = 0, and L28 (polka of round 0, lockedRound 0 <= 0) prevotes it.
      assert.deepEqual(s.timeout('precommit', 0), [s.sendProposal(1, 'v', 0), s.sendPrevote(1, 'v')]);
    });

    it('a proposer whose host answers after timeoutPropose still proposes in that round', () => {
      const s = new Script({ self: 'a' });
      s.start();
      assert.deepEqual(s.timeout('propose', 0), [s.sendPrevote(0, null)]);
      assert.deepEqual(s.built(0, 'v'), [s.sendProposal(0, 'v', -1)]);
    });
  });

  describe('L22 proposal with vr = -1', () => {
    it('L22: prevotes a valid proposal when not locked, once valid(v) is known', () => {
      const s = new Script();
      s.start();
      assert.deepEqual(s.proposal(0, 'v'), [s.validate(0, 'v')]);
      assert.deepEqual(s.validated('v', true), [s.sendPrevote(0, 'v')]);
      assert.equal(s.machine.state.step, 'prevote');
      assert.deepEqual(s.proposal(0, 'v'), [], 'a duplicate proposal changes nothing');
    });

    it('L22: prevotes nil for an invalid proposal', () => {
      const s = new Script();
      s.start();
      assert.deepEqual(s.proposalValid(0, 'v', -1, false), [s.validate(0, 'v'), s.sendPrevote(0, null)]);
    });

    it('L22: ignores a proposal from a validator that is not the round proposer', () => {
      const s = new Script();
      s.start();
      assert.deepEqual(s.proposal(0, 'v', -1, 'b'), []);
      assert.deepEqual(s.validated('v'), []);
      assert.deepEqual(s.timeout('propose', 0), [s.sendPrevote(0, null)]);
    });

    it('L22: locked on another value, prevotes nil (without waiting for valid(v)); prevotes its locked value', () => {
      const s = new Script();
      lockInRound0(s, 'v');
      assert.deepEqual(s.proposal(1, 'w'), [s.validate(1, 'w'), s.sendPrevote(1, null)]);

      const t = new Script();
      lockInRound0(t, 'v');
      assert.deepEqual(t.proposal(1, 'v'), [t.sendPrevote(1, 'v')], 'v is known valid: no second validation');
    });
  });

  describe('L28 proposal with 0 <= vr < round', () => {
    it('L28: prevotes the proposal of an earlier polka when lockedRound <= vr', () => {
      // d locks w in round 0; round 1 had a polka for v that d did not see in time; in round 2 c
      // proposes v with vr = 1. lockedRound 0 <= 1: d prevotes v, its lock on w notwithstanding.
      const s = new Script();
      lockInRound0(s, 'w');
      // Two validators in round 2 (f+1): d skips round 1.
      assert.deepEqual(s.proposal(2, 'v', 1), [s.validate(2, 'v')]);
      assert.deepEqual(s.prevote('a', 2, 'v'), [s.schedule('propose', 2)]);
      assert.deepEqual(s.validated('v'), [], 'the vr polka has not arrived yet');
      assert.deepEqual(s.votes('prevote', 'ab', 1, 'v'), []);
      assert.deepEqual(s.prevote('c', 1, 'v'), [s.sendPrevote(2, 'v')]);
    });

    it('L28: with lockedRound = vr, prevotes the value locked in vr', () => {
      // With lockedRound = vr the locked value is the polka's value: two polkas in one round would need
      // a validator counted twice. So `<=` and `lockedValue = v` coincide here; `<` would too.
      const s = new Script();
      lockInRound0(s, 'v');
      assert.deepEqual(s.proposal(1, 'v', 0), [s.sendPrevote(1, 'v')]);
    });

    it('L28: keeps waiting and keeps timeoutPropose when the vr polka has not arrived', () => {
      const s = new Script();
      s.start();
      nilRound(s, 0);
      assert.deepEqual(s.proposal(1, 'v', 0), [s.validate(1, 'v')]);
      assert.deepEqual(s.validated('v'), []);
      assert.equal(s.machine.state.step, 'propose');
      assert.deepEqual(s.prevote('c', 0, 'v'), [], 'one prevote of round 0 is no polka');
      assert.deepEqual(s.timeout('propose', 1), [s.sendPrevote(1, null)]);
    });

    it('L28: ignores a proposal whose vr is not below its round', () => {
      const s = new Script();
      s.start();
      assert.deepEqual(s.proposal(0, 'v', 0), []);
      assert.deepEqual(s.proposal(0, 'v', -2), []);
      assert.deepEqual(s.timeout('propose', 0), [s.sendPrevote(0, null)]);
    });
  });

  describe('L34 timeoutPrevote', () => {
    it('L34 schedules timeoutPrevote only on 2f+1 prevotes, not on entering the step', () => {
      const s = new Script();
      s.start();
      assert.deepEqual(s.proposalValid(0, 'v'), [s.validate(0, 'v'), s.sendPrevote(0, 'v')]);
      assert.deepEqual(s.prevote('a', 0, null), [], 'two prevotes');
      assert.deepEqual(s.prevote('b', 0, 'v'), [s.schedule('prevote', 0)], 'three prevotes of any kind (v has 2 of 4: no polka)');
      assert.deepEqual(s.prevote('c', 0, null), [], 'first time only');
    });

    it('L34: 2f+1 prevotes of any kind in step prevote schedule timeoutPrevote once; L61 then precommits nil', () => {
      const s = new Script();
      s.start();
      assert.deepEqual(s.timeout('propose', 0), [s.sendPrevote(0, null)]);
      assert.deepEqual(s.prevote('a', 0, 'v'), []);
      assert.deepEqual(s.prevote('b', 0, 'w'), [s.schedule('prevote', 0)]);
      assert.deepEqual(s.prevote('c', 0, 'x'), [], 'first time only');
      assert.deepEqual(s.timeout('prevote', 0), [s.sendPrecommit(0, null)]);
      assert.deepEqual(s.timeout('prevote', 0), [], 'L61 applies in step prevote only');
    });

    it('L34: 2f+1 prevotes in step propose schedule nothing until the step is prevote', () => {
      const s = new Script();
      s.start();
      assert.deepEqual(s.prevote('a', 0, 'v'), []);
      assert.deepEqual(s.prevote('b', 0, null), []);
      assert.deepEqual(s.prevote('c', 0, 'w'), []);
      assert.deepEqual(s.timeout('propose', 0), [s.sendPrevote(0, null), s.schedule('prevote', 0)]);
    });
  });

  describe('L36 polka for the proposal', () => {
    it('L36: locks and precommits on the proposal and a polka in step prevote', () => {
      const s = new Script();
      s.start();
      s.proposalValid(0, 'v');
      assert.deepEqual(s.prevote('a', 0, 'v'), []);
      assert.deepEqual(s.prevote('b', 0, 'v'), [s.sendPrecommit(0, 'v')]);
      assert.deepEqual(pick(s.machine.state, 'step', 'lockedValue', 'lockedRound', 'validValue', 'validRound'),
        { step: 'precommit', lockedValue: 'v', lockedRound: 0, validValue: 'v', validRound: 0 });
    });

    it('L36: in step precommit sets validValue and validRound but does not lock', () => {
      const s = new Script();
      s.start();
      assert.deepEqual(s.proposal(0, 'v'), [s.validate(0, 'v')]);
      assert.deepEqual(s.timeout('propose', 0), [s.sendPrevote(0, null)]);
      assert.deepEqual(s.votes('prevote', 'ab', 0, 'v'), [s.schedule('prevote', 0)]);
      assert.deepEqual(s.timeout('prevote', 0), [s.sendPrecommit(0, null)]);
      assert.deepEqual(s.prevote('c', 0, 'v'), [], 'valid(v) is not known yet');
      assert.deepEqual(s.validated('v'), []);
      assert.deepEqual(pick(s.machine.state, 'lockedValue', 'lockedRound', 'validValue', 'validRound'),
        { lockedValue: null, lockedRound: -1, validValue: 'v', validRound: 0 });
    });

    it('L36: locking needs the full proposal: a polka alone does not lock, and a late proposal only sets validValue', () => {
      const s = new Script();
      s.start();
      s.timeout('propose', 0);
      assert.deepEqual(s.votes('prevote', 'ab', 0, 'v'), [s.schedule('prevote', 0)]);
      assert.deepEqual(s.prevote('c', 0, 'v'), []);
      assert.equal(s.machine.state.lockedRound, -1);
      assert.deepEqual(s.timeout('prevote', 0), [s.sendPrecommit(0, null)]);
      assert.deepEqual(s.proposalValid(0, 'v'), [s.validate(0, 'v')]);
      assert.deepEqual(pick(s.machine.state, 'lockedRound', 'validValue', 'validRound'), { lockedRound: -1, validValue: 'v', validRound: 0 });
    });

    it('L36: a polka for an invalid value neither locks nor sets validValue', () => {
      const s = new Script();
      s.start();
      assert.deepEqual(s.proposalValid(0, 'v', -1, false), [s.validate(0, 'v'), s.sendPrevote(0, null)]);
      assert.deepEqual(s.votes('prevote', 'abc', 0, 'v'), [s.schedule('prevote', 0)]);
      assert.deepEqual(pick(s.machine.state, 'lockedRound', 'validRound'), { lockedRound: -1, validRound: -1 });
    });
  });

  describe('L44 nil polka', () => {
    it('L44: precommits nil on 2f+1 nil prevotes in step prevote', () => {
      const s = new Script();
      s.start();
      s.timeout('propose', 0);
      assert.deepEqual(s.prevote('a', 0, null), []);
      assert.deepEqual(s.prevote('b', 0, null), [s.sendPrecommit(0, null)]);
    });

    it('L44: never unlocks (Tendermint PR 6954)', () => {
      const s = new Script();
      lockInRound0(s, 'v');
      assert.deepEqual(s.proposal(1, 'w'), [s.validate(1, 'w'), s.sendPrevote(1, null)]);
      assert.deepEqual(s.votes('prevote', 'ab', 1, null), [s.sendPrecommit(1, null)]);
      assert.deepEqual(pick(s.machine.state, 'lockedValue', 'lockedRound'), { lockedValue: 'v', lockedRound: 0 });
      assert.deepEqual(s.votes('precommit', 'ab', 1, null), [s.schedule('precommit', 1)]);
      assert.deepEqual(s.timeout('precommit', 1), [s.schedule('propose', 2)]);
      assert.deepEqual(s.validated('w'), []);
      assert.deepEqual(s.proposal(2, 'w'), [s.sendPrevote(2, null)], 'still locked on v: a new proposal of w gets nil');
    });
  });

  describe('L47 timeoutPrecommit', () => {
    it('L47 schedules timeoutPrecommit on 2f+1 precommits of any kind, in any step, once per round', () => {
      const s = new Script();
      s.start();
      assert.deepEqual(s.precommit('a', 0, 'v'), []);
      assert.deepEqual(s.precommit('b', 0, null), []);
      assert.deepEqual(s.precommit('c', 0, 'v'), [s.schedule('precommit', 0)]);
      assert.equal(s.machine.state.step, 'propose');
      assert.deepEqual(s.timeout('propose', 0), [s.sendPrevote(0, null)]);
      assert.deepEqual(s.timeout('precommit', 0), [s.schedule('propose', 1)], 'L65 applies in any step');
    });
  });

  describe('L49 decision', () => {
    it('L49: decides on the proposal and 2f+1 precommits, with the commit, then waits for the next height', () => {
      const s = new Script();
      s.start();
      s.proposalValid(0, 'v');
      assert.deepEqual(s.votes('prevote', 'ab', 0, 'v'), [s.sendPrecommit(0, 'v')]);
      assert.deepEqual(s.precommit('a', 0, 'v'), []);
      assert.deepEqual(s.precommit('b', 0, 'v'), [s.decide(0, 'v', 'abd')]);
      assert.deepEqual(pick(s.machine.state, 'decision', 'lockedValue', 'lockedRound', 'validValue', 'validRound'),
        { decision: { round: 0, value: 'v' }, lockedValue: null, lockedRound: -1, validValue: null, validRound: -1 });
      // Waiting for the host's start: everything of height 1 is ignored.
      assert.deepEqual(s.precommit('c', 0, 'v'), []);
      assert.deepEqual(s.timeout('propose', 0), []);
      assert.deepEqual(s.prevote('a', 5, null), []);
      assert.deepEqual(s.nextHeight(), [s.schedule('propose', 0)]);
      assert.equal(s.proposer(0), 'b');
      assert.deepEqual(s.machine.state, { height: 2, round: 0, step: 'propose', lockedValue: null, lockedRound: -1, validValue: null, validRound: -1, decision: null });
    });

    it('L49: decides on precommits of an earlier round (TestCommitFromPreviousRound)', () => {
      const s = new Script();
      s.start();
      // d jumps to round 1 (a and b are there) and then sees round 0's precommits for v, without its proposal.
      assert.deepEqual(s.votes('prevote', 'ab', 1, null), [s.schedule('propose', 1)]);
      assert.deepEqual(s.votes('precommit', 'abc', 0, 'v'), []);
      assert.deepEqual(s.proposal(0, 'v'), [s.validate(0, 'v')]);
      assert.deepEqual(s.validated('v'), [s.decide(0, 'v', 'abc')]);
    });

    it('L49: an invalid value is never decided', () => {
      const s = new Script();
      s.start();
      s.proposalValid(0, 'v', -1, false);
      assert.deepEqual(s.votes('precommit', 'abc', 0, 'v'), [s.schedule('precommit', 0)]);
      assert.equal(s.machine.state.decision, null);
    });

    it('L49: the proposal of v in any round of the height will do (the block is the same)', () => {
      const s = new Script();
      lockInRound0(s, 'v');
      // b re-proposes v in round 1 with vr = 0, but that proposal does not reach d; the precommits do.
      assert.deepEqual(s.votes('precommit', 'ab', 1, 'v'), []);
      assert.deepEqual(s.precommit('c', 1, 'v'), [s.decide(1, 'v', 'abc')]);
    });
  });

  describe('L55 round skip', () => {
    it('L55: f+1 of a higher round skips to it', () => {
      const s = new Script();
      s.start();
      assert.deepEqual(s.prevote('a', 2, null), []);
      assert.deepEqual(s.precommit('a', 2, null), [], 'one validator is counted once');
      assert.deepEqual(s.proposal(2, 'v'), [s.validate(2, 'v'), s.schedule('propose', 2)], 'c proposes round 2: two validators');
      assert.equal(s.machine.state.round, 2);
      assert.deepEqual(s.validated('v'), [s.sendPrevote(2, 'v')]);
    });

    it('L55: messages of a higher round from f validators do not move it', () => {
      const s = new Script({ powers: { a: 1, b: 1, c: 1, d: 1, e: 1, f: 1, g: 1 } }); // f = 2, f+1 = 3
      s.start();
      assert.deepEqual(s.prevote('a', 1, null), []);
      assert.deepEqual(s.precommit('b', 1, null), []);
      assert.equal(s.machine.state.round, 0);
      assert.deepEqual(s.prevote('c', 1, null), [s.schedule('propose', 1)]);
    });

    it('L55: rounds beyond the window are not stored, but f+1 validators there skip to the highest round they all reached', () => {
      const s = new Script({ maxRoundsAhead: 10 });
      s.start();
      assert.deepEqual(s.prevote('a', 50, null), []);
      assert.deepEqual(s.precommit('b', 20, null), [s.schedule('propose', 20)]);
      assert.equal(s.machine.state.round, 20);
      // b's precommit of round 20 was not stored: a and c make two precommits, b's again the third.
      assert.deepEqual(s.votes('precommit', 'ac', 20, null), []);
      assert.deepEqual(s.precommit('b', 20, null), [s.schedule('precommit', 20)]);
    });

    it('L55: beyond the window, whatever order the far messages came in, it skips to the highest round f+1 validators all reached', () => {
      const s = new Script({ maxRoundsAhead: 10 });
      s.start();
      assert.deepEqual(s.precommit('b', 20, null), []);
      assert.deepEqual(s.prevote('a', 50, null), [s.schedule('propose', 20)], 'a reached 50, b only 20: round 20, not 50');
      assert.equal(s.machine.state.round, 20);
    });
  });

  describe('L57, L61, L65 timeouts', () => {
    it('L57: timeoutPropose prevotes nil in step propose, once', () => {
      const s = new Script();
      s.start();
      assert.deepEqual(s.timeout('propose', 0), [s.sendPrevote(0, null)]);
      assert.deepEqual(s.timeout('propose', 0), []);
    });

    it('L61: timeoutPrevote is ignored outside step prevote', () => {
      const s = new Script();
      s.start();
      assert.deepEqual(s.timeout('prevote', 0), []);
      assert.equal(s.machine.state.step, 'propose');
    });

    it('L65: timeoutPrecommit starts the next round', () => {
      const s = new Script();
      s.start();
      assert.deepEqual(s.timeout('precommit', 0), [s.schedule('propose', 1)]);
      assert.deepEqual(s.timeout('precommit', 1), [s.schedule('propose', 2)]);
      assert.equal(s.proposer(3), 'd');
      assert.deepEqual(s.timeout('precommit', 2), [s.build(3), s.schedule('propose', 3)]);
    });

    it('a stale timeout for an old round is ignored', () => {
      const s = new Script();
      s.start();
      nilRound(s, 0);
      assert.deepEqual(s.timeout('propose', 0), []);
      assert.deepEqual(s.timeout('prevote', 0), []);
      assert.deepEqual(s.timeout('precommit', 0), []);
      assert.deepEqual(s.timeout('propose', 1, 2), [], 'nor one of another height');
      assert.deepEqual(s.timeout('precommit', 2), [], 'nor one of a round not begun');
      assert.equal(s.machine.state.round, 1);
      assert.deepEqual(s.timeout('propose', 1), [s.sendPrevote(1, null)]);
    });
  });

  describe('first-time flags', () => {
    it('first-time flags reset at a new round (Tendermint 3199)', () => {
      const s = new Script();
      s.start();
      assert.deepEqual(s.proposal(0, 'v'), [s.validate(0, 'v')]);
      s.timeout('propose', 0);
      assert.deepEqual(s.votes('prevote', 'ab', 0, 'v'), [s.schedule('prevote', 0)]); // L34 round 0
      assert.deepEqual(s.timeout('prevote', 0), [s.sendPrecommit(0, null)]);
      assert.deepEqual(s.votes('precommit', 'ab', 0, null), [s.schedule('precommit', 0)]); // L47 round 0
      assert.deepEqual(s.validated('v'), []);
      assert.deepEqual(s.prevote('c', 0, 'v'), [], 'L36 in step precommit: validValue only');
      assert.equal(s.machine.state.validRound, 0);
      assert.deepEqual(s.timeout('precommit', 0), [s.schedule('propose', 1)]);
      // Round 1: each first-time rule fires again.
      assert.deepEqual(s.proposal(1, 'w'), [s.validate(1, 'w')]);
      s.timeout('propose', 1);
      assert.deepEqual(s.votes('prevote', 'ab', 1, 'w'), [s.schedule('prevote', 1)]); // L34 again
      assert.deepEqual(s.validated('w'), []);
      assert.deepEqual(s.timeout('prevote', 1), [s.sendPrecommit(1, null)]);
      assert.deepEqual(s.votes('precommit', 'ab', 1, null), [s.schedule('precommit', 1)]); // L47 again
      assert.deepEqual(s.prevote('c', 1, 'w'), []);
      assert.equal(s.machine.state.validRound, 1, 'L36 again');
      assert.equal(s.machine.state.validValue, 'w');
    });

    it('first-time flags reset at a new height', () => {
      const s = new Script();
      s.start();
      s.timeout('propose', 0);
      assert.deepEqual(s.votes('prevote', 'ab', 0, 'v'), [s.schedule('prevote', 0)]);
      assert.deepEqual(s.proposalValid(0, 'v'), [s.validate(0, 'v')]);
      assert.deepEqual(s.precommit('a', 0, null), []);
      assert.deepEqual(s.votes('precommit', 'bc', 0, 'v'), [s.schedule('precommit', 0)]);
      // c's prevote completes the polka: d locks and precommits v, its own precommit completes the commit.
      assert.deepEqual(s.prevote('c', 0, 'v'), [s.sendPrecommit(0, 'v'), s.decide(0, 'v', 'bcd')]);
      assert.deepEqual(s.nextHeight(), [s.schedule('propose', 0)]);
      s.timeout('propose', 0);
      assert.deepEqual(s.votes('prevote', 'ab', 0, 'x'), [s.schedule('prevote', 0)]);
      assert.deepEqual(s.votes('precommit', 'abc', 0, null), [s.schedule('precommit', 0)]);
    });
  });

  describe('messages', () => {
    it('equivocation is evidence, reported once, and the equivocator counts once for each value it named (as the paper counts messages)', () => {
      const s = new Script();
      s.start();
      s.proposalValid(0, 'w');
      assert.deepEqual(s.precommit('a', 0, 'v'), []);
      assert.deepEqual(s.precommit('a', 0, 'w'), [{ type: 'evidence', kind: 'precommit', first: s.theirVote('precommit', 'a', 0, 'v'), second: s.theirVote('precommit', 'a', 0, 'w') }]);
      assert.deepEqual(s.precommit('a', 0, null), [], 'reported once per validator, round and type');
      assert.deepEqual(s.precommit('a', 0, 'v'), [], 'the first vote again is a duplicate');
      assert.deepEqual(s.prevote('b', 0, 'w'), []);
      assert.deepEqual(s.prevote('b', 0, null), [{ type: 'evidence', kind: 'prevote', first: s.theirVote('prevote', 'b', 0, 'w'), second: s.theirVote('prevote', 'b', 0, null) }]);
      assert.deepEqual(s.precommit('b', 0, 'w'), [], 'a and b for w: 2 of the 3 needed');
      // a's second vote counts for w: a, b, c are 2f+1 precommits for w, a certificate whoever saw
      // which of a's votes first (counting only a's first vote let nodes stall: see round-messages.ts).
      const decided = s.precommit('c', 0, 'w');
      assert.deepEqual(decided.map((x) => [x.type, 'value' in x ? x.value : undefined]), [['decide', 'w']]);
      const commit = (decided[0] as unknown as { commit: { from: string; value: string | null }[] }).commit;
      assert.deepEqual(commit.map((v) => [v.from.slice(0, 2), v.value]), [['01', 'w'], ['02', 'w'], ['03', 'w']]);
    });

    it('two proposals of one round are evidence; the second is kept, a third is dropped', () => {
      const s = new Script();
      s.start();
      assert.deepEqual(s.proposal(0, 'v'), [s.validate(0, 'v')]);
      assert.deepEqual(s.proposal(0, 'w'), [{ type: 'evidence', kind: 'proposal', first: s.theirProposal(0, 'v'), second: s.theirProposal(0, 'w') }, s.validate(0, 'w')]);
      assert.deepEqual(s.proposal(0, 'x'), []);
      assert.deepEqual(s.validated('x'), []);
      assert.deepEqual(s.validated('w'), [s.sendPrevote(0, 'w')]);
    });

    it('a duplicate vote is counted once', () => {
      const s = new Script();
      s.start();
      s.timeout('propose', 0);
      assert.deepEqual(s.prevote('a', 0, null), []);
      assert.deepEqual(s.prevote('a', 0, null), []);
      assert.deepEqual(s.prevote('b', 0, null), [s.sendPrecommit(0, null)]);
    });

    it('ignores non-members, other heights and malformed rounds', () => {
      const s = new Script();
      s.start();
      s.timeout('propose', 0);
      const junk: Action[] = [
        ...s.votes('prevote', 'ef', 0, null),
        ...s.votes('prevote', 'e', 0, null),
        ...s.vote('prevote', 'a', 0, null, 2),
        ...s.vote('prevote', 'b', 0, null, 0),
        ...s.vote('prevote', 'a', -1, null),
        ...s.vote('prevote', 'b', 0.5, null),
        ...s.vote('prevote', 'b', Number.NaN, null),
        ...s.machine.handle({ type: 'vote', vote: { type: 'vote' as 'prevote', height: 1, round: 0, value: null, from: idOf('a') } }),
        ...s.proposal(0, 'v', -1, 'a', 2),
        ...s.proposal(-1, 'v', -1, 'a'),
        ...s.proposal(0, 'v', -1, 'e'),
        ...s.machine.handle({ type: 'proposalValidated', height: 1, round: 0, value: 'never-asked', valid: true }),
      ];
      assert.deepEqual(junk, []);
      assert.deepEqual(s.votes('prevote', 'ab', 0, null), [s.sendPrecommit(0, null)], 'only now are there 2f+1 nil prevotes');
    });

    it('keeps messages of future rounds and acts on them when it gets there', () => {
      const s = new Script();
      s.start();
      assert.deepEqual(s.proposal(1, 'v'), [s.validate(1, 'v')]);
      assert.deepEqual(s.votes('prevote', 'c', 1, 'v'), [s.schedule('propose', 1)], 'b and c: f+1 of round 1');
      assert.deepEqual(s.validated('v'), [s.sendPrevote(1, 'v')]);
      assert.deepEqual(s.prevote('b', 1, 'v'), [s.sendPrecommit(1, 'v')], 'c, b, d: polka');
    });

    it('refuses to start a height that is not above the current one', () => {
      const s = new Script();
      s.start();
      assert.throws(() => s.start(1), /start\(1\) after height 1/);
      assert.throws(() => s.start(0), RangeError);
      assert.throws(() => new Tendermint({ self: null, params: PARAMS, maxRoundsAhead: 0 }), RangeError);
    });
  });

  describe('voting power', () => {
    it('thresholds are voting power, not message counts (powers 1, 1, 1, 10)', () => {
      const s = new Script({ self: 'a', powers: { a: 1, b: 1, c: 1, d: 10 } });
      assert.equal(s.set.quorum, 9n);
      assert.equal(s.set.oneThirdPlus, 5n);
      assert.equal(s.proposer(0), 'd');
      assert.deepEqual(s.start(), [s.schedule('propose', 0)]);
      // Round 1 messages from b and c: two validators, but power 2 < 5: no skip.
      assert.deepEqual(s.votes('prevote', 'bc', 1, null), []);
      assert.deepEqual(s.proposalValid(0, 'v'), [s.validate(0, 'v'), s.sendPrevote(0, 'v')]);
      // a, b, c prevote v: three of four validators, but 3 of 13: no polka, no timeoutPrevote.
      assert.deepEqual(s.votes('prevote', 'bc', 0, 'v'), []);
      assert.deepEqual(s.prevote('d', 0, 'v'), [s.sendPrecommit(0, 'v')]);
      assert.deepEqual(s.votes('precommit', 'bc', 0, 'v'), []);
      assert.deepEqual(s.precommit('d', 0, 'v'), [s.decide(0, 'v', 'dabc')]);
    });

    it('L55 by power: the validator with more than 1/3 alone moves it to its round', () => {
      const s = new Script({ self: 'a', powers: { a: 1, b: 1, c: 1, d: 10 } });
      s.start();
      assert.equal(s.proposer(3), 'a');
      assert.deepEqual(s.prevote('d', 3, null), [s.build(3), s.schedule('propose', 3)]);
    });

    it('a node outside the validator set follows and decides without sending anything', () => {
      const s = new Script({ self: null });
      assert.deepEqual(s.start(), [s.schedule('propose', 0)]);
      assert.deepEqual(s.proposalValid(0, 'v'), [s.validate(0, 'v')]);
      assert.deepEqual(s.votes('prevote', 'abc', 0, 'v'), []);
      assert.deepEqual(s.votes('precommit', 'abc', 0, 'v'), [s.decide(0, 'v', 'abc')]);
    });
  });

  describe('CometBFT classics, with the paper rules', () => {
    it('TestStateLockPOLSafety1: a polka of an older round, seen late, does not unlock', () => {
      const s = new Script();
      s.start();
      assert.deepEqual(s.proposalValid(0, 'v0'), [s.validate(0, 'v0'), s.sendPrevote(0, 'v0')]);
      // a, b, c prevote v0 but d does not see it; they precommit nil, as d sees.
      assert.deepEqual(s.votes('precommit', 'abc', 0, null), [s.schedule('precommit', 0)]);
      assert.deepEqual(s.timeout('precommit', 0), [s.schedule('propose', 1)]);
      // Round 1: b proposes v1, d prevotes it, sees the polka, locks v1.
      assert.deepEqual(s.proposalValid(1, 'v1'), [s.validate(1, 'v1'), s.sendPrevote(1, 'v1')]);
      assert.deepEqual(s.votes('prevote', 'ab', 1, 'v1'), [s.sendPrecommit(1, 'v1')]);
      assert.deepEqual(s.votes('precommit', 'ab', 1, null), [s.schedule('precommit', 1)]);
      assert.deepEqual(s.timeout('precommit', 1), [s.schedule('propose', 2)]);
      // Round 2: timeoutPropose (the paper prevotes nil, CometBFT its lock), then round 0's polka arrives.
      assert.deepEqual(s.timeout('propose', 2), [s.sendPrevote(2, null)]);
      assert.deepEqual(s.votes('prevote', 'abc', 0, 'v0'), []);
      assert.deepEqual(pick(s.machine.state, 'step', 'lockedValue', 'lockedRound'), { step: 'prevote', lockedValue: 'v1', lockedRound: 1 });
    });

    it('TestStateLockPOLSafety2: locked on v1 in round 1, a proposal of v0 with round 0 polka gets nil in round 2', () => {
      const s = new Script();
      s.start();
      // d misses round 0 (a polka for v0 among a, b, c) and joins round 1, where b proposes v1.
      assert.deepEqual(s.proposalValid(1, 'v1'), [s.validate(1, 'v1')]);
      assert.deepEqual(s.prevote('a', 1, 'v1'), [s.schedule('propose', 1), s.sendPrevote(1, 'v1')]);
      assert.deepEqual(s.prevote('b', 1, 'v1'), [s.sendPrecommit(1, 'v1')]);
      assert.deepEqual(s.votes('precommit', 'ab', 1, null), [s.schedule('precommit', 1)]);
      assert.deepEqual(s.precommit('c', 1, 'v1'), []);
      assert.deepEqual(s.timeout('precommit', 1), [s.schedule('propose', 2)]);
      // Round 2: c proposes v0 with vr = 0, and round 0's polka arrives. lockedRound 1 > 0, v0 != v1: nil.
      assert.deepEqual(s.proposalValid(2, 'v0', 0), [s.validate(2, 'v0')]);
      assert.deepEqual(s.votes('prevote', 'ab', 0, 'v0'), []);
      assert.deepEqual(s.prevote('c', 0, 'v0'), [s.sendPrevote(2, null)]);
      assert.deepEqual(pick(s.machine.state, 'lockedValue', 'lockedRound'), { lockedValue: 'v1', lockedRound: 1 });
    });
  });
});
