// Escalation policies as records: a team's policy is versioned, and an alert follows the version
// that was in force when it was triggered.
import { toHex } from '../chain/bytes.ts';
import { ackchain, decode, encode } from '../chain/codec.ts';
import { reject } from '../chain/codes.ts';
import type { TxContext } from './context.ts';
import { stateKeys } from './keys.ts';
import type { StateReader } from './overlay.ts';
import { putTeam, requireAdmin, requireTeam, standingIn } from './teams.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export const POLICY_LIMITS = {
  // Schedules cost a resolution each at every step (members cost a lookup): fewer of them per level.
  levels: 10, targetsPerLevel: 10, schedulesPerLevel: 3, repeats: 9, minDelayMs: MINUTE, maxDelayMs: DAY,
  minAckTimeoutMs: MINUTE, maxAckTimeoutMs: 7 * DAY, maxSnoozeMs: 7 * DAY,
} as const;

export async function getPolicy(state: StateReader, team: string, version: number): Promise<ackchain.EscalationPolicy | undefined> {
  const bytes = await state.getState(stateKeys.policy(team, version));
  return bytes === undefined ? undefined : decode.escalationPolicy(bytes);
}

function checkPolicy(team: ackchain.Team, p: ackchain.EscalationPolicy): void {
  const { repeats, ackTimeoutMs } = p;
  const levels = p.levels as ackchain.EscalationLevel[];
  if (levels.length === 0 || levels.length > POLICY_LIMITS.levels) reject('invalidArgument', `a policy has 1 to ${POLICY_LIMITS.levels} levels`);
  if (repeats > POLICY_LIMITS.repeats) reject('invalidArgument', `repeats must be 0 to ${POLICY_LIMITS.repeats}`);
  if (ackTimeoutMs !== 0 && (ackTimeoutMs < POLICY_LIMITS.minAckTimeoutMs || ackTimeoutMs > POLICY_LIMITS.maxAckTimeoutMs)) {
    reject('invalidArgument', `ack_timeout_ms must be 0 (none) or ${POLICY_LIMITS.minAckTimeoutMs} to ${POLICY_LIMITS.maxAckTimeoutMs}`);
  }
  levels.forEach((level, i) => {
    const where = `level ${i + 1}`;
    if (level.delayMs < POLICY_LIMITS.minDelayMs || level.delayMs > POLICY_LIMITS.maxDelayMs) {
      reject('invalidArgument', `${where}: delay_ms must be ${POLICY_LIMITS.minDelayMs} to ${POLICY_LIMITS.maxDelayMs}`);
    }
    if (level.targets.length === 0 || level.targets.length > POLICY_LIMITS.targetsPerLevel) {
      reject('invalidArgument', `${where}: 1 to ${POLICY_LIMITS.targetsPerLevel} targets`);
    }
    if (level.targets.filter((t) => t.schedule).length > POLICY_LIMITS.schedulesPerLevel) {
      reject('invalidArgument', `${where}: at most ${POLICY_LIMITS.schedulesPerLevel} schedule targets`);
    }
    for (const target of level.targets) {
      if (target.member) {
        if (standingIn(team, target.member).kind !== 'member') reject('invalidArgument', `${where}: ${toHex(target.member)} is not a member of team "${team.id}"`);
      } else if (target.schedule) {
        if (!team.schedules.includes(target.schedule)) reject('invalidArgument', `${where}: team "${team.id}" has no schedule "${target.schedule}"`);
      } else reject('invalidArgument', `${where}: a target is a member or a schedule`);
    }
  });
}

export async function setEscalationPolicy(ctx: TxContext, p: ackchain.SetEscalationPolicy): Promise<void> {
  const team = await requireTeam(ctx.state, p.team);
  requireAdmin(ctx, team);
  const policy = ackchain.EscalationPolicy.create(p.policy ?? {});
  checkPolicy(team, policy);
  team.policyVersion += 1;
  ctx.state.set(stateKeys.policy(team.id, team.policyVersion), encode.escalationPolicy(policy));
  putTeam(ctx.state, team);
  ctx.emit('team.policy_set', { team: team.id, version: team.policyVersion, levels: policy.levels.length });
}

/** Whether a policy names the schedule: a schedule in use may not be removed. */
export function policyUsesSchedule(policy: ackchain.EscalationPolicy, name: string): boolean {
  return (policy.levels as ackchain.EscalationLevel[]).some((l) => l.targets.some((t) => t.schedule === name));
}

