// Plain TypeScript references of the default policy contracts beside them: the rules each one
// implements, written to be read. Property tests (test/state/policy-contracts.test.ts) check that
// contract and reference agree on random inputs; the node runs the contracts.
import type { AuthorizeDecision, AuthorizeInput, EscalateInput, EscalationStep, OlaEvaluateInput, OlaVerdict } from '../../src/state/policy-abi.ts';

/** authorize.asm */
export function authorizeReference(i: AuthorizeInput): AuthorizeDecision {
  const deny = (reason: string): AuthorizeDecision => ({ allowed: false, reason });
  if (i.device !== undefined) {
    if (i.device.revokedAtMs !== 0) return deny('the device is revoked');
    if (i.timeMs >= i.device.expiresAtMs) return deny('the device has expired');
  }
  if (i.action !== 'resolve') return i.standing === 'responder' || i.standing === 'admin' ? { allowed: true } : deny('not a member');
  if (i.standing !== 'none') return { allowed: true };
  if (!i.triggered) return deny('not a member or integration of the team, and not the account that triggered it');
  if (i.status === 2) return deny('the team has acknowledged it');
  if (!i.keepsStanding) return deny('it no longer holds the standing it triggered with');
  return { allowed: true };
}

/** ola-evaluate.asm: met at or before the due time. */
export function olaEvaluateReference(i: OlaEvaluateInput): OlaVerdict {
  return i.timeMs <= i.dueMs ? { met: true, byMs: i.dueMs - i.timeMs } : { met: false, byMs: i.timeMs - i.dueMs };
}

/** escalate.asm */
export function escalateReference(i: EscalateInput): EscalationStep {
  const [level, round] = i.level + 1 < i.levels.length ? [i.level + 1, i.round] : [0, (i.round + 1) & 0xff];
  const targets = i.levels[level]?.targets ?? 0;
  const more = level + 1 < i.levels.length || round < i.repeats;
  return { level, round, targetMask: targets >= 16 ? 0xffff : (1 << targets) - 1, delayMs: more ? i.levels[level].delayMs : 0 };
}
