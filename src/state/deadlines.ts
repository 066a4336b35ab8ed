// What falls due in block time: escalation steps, ack timeouts and snooze ends, OLA targets. The
// deadline index is ordered by time, so a block reads only the entries whose time has come, at
// most max_deadlines_per_block of them; the rest wait for the next block, in order.
import { ackchain } from '../chain/codec.ts';
import { prefixRange, type StateSource } from '../store/state-source.ts';
import { alertId, deadlineTimes, DeadlineKind, getAlertByKey, parseDeadlineKey, putAlert } from './alert-records.ts';
import type { BlockContext } from './context.ts';
import { invariant } from './errors.ts';
import { escalate, rearm } from './escalation.ts';
import { stateKeys } from './keys.ts';
import { decideOnDeadline } from './olas.ts';

const STEPS: Record<DeadlineKind, (ctx: BlockContext, alert: ackchain.Alert) => Promise<void> | void> = {
  [DeadlineKind.escalate]: escalate,
  [DeadlineKind.rearm]: rearm,
  [DeadlineKind.olaAck]: (ctx, alert) => decideOnDeadline(ctx, alert, 'acknowledge'),
  [DeadlineKind.olaResolve]: (ctx, alert) => decideOnDeadline(ctx, alert, 'resolve'),
};

/**
 * Processes the deadlines due at or before the block time, oldest first, from the index as
 * committed before this block (a step never schedules anything due in the same block: every
 * delay is at least a minute). Returns how many it processed and how many due ones it left.
 */
export async function processDeadlines(source: StateSource, ctx: BlockContext): Promise<{ processed: number; carried: number }> {
  const limit = ctx.block.params.maxDeadlinesPerBlock;
  const due: [Uint8Array, Uint8Array][] = [];
  const range = { gte: prefixRange(stateKeys.deadlines()).gte, lt: stateKeys.deadlinesUntil(ctx.block.timeMs + 1) };
  // One more than the limit tells whether any were left for the next block.
  for await (const entry of source.stateRange({ ...range, limit: limit + 1 })) due.push(entry);
  const carried = due.length > limit ? 1 : 0;
  const batch = due.slice(0, limit);
  await ctx.state.prefetch(source, batch.map(([, alertKey]) => alertKey));
  for (const [key, alertKey] of batch) {
    const { dueMs, seq, kind } = parseDeadlineKey(key);
    const alert = await getAlertByKey(ctx.state, alertKey);
    invariant(alert !== undefined && alert.sequence === seq, `the deadline index names alert sequence ${seq}, which is not the alert it points at`);
    invariant(deadlineTimes(alert)[kind] === dueMs, `alert ${alertId(alert)} has no deadline of kind ${kind} at ${dueMs}, which the index lists`);
    await STEPS[kind](ctx, alert);
    putAlert(ctx.state, alert);
  }
  return { processed: batch.length, carried };
}
