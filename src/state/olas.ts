// Operational Level Agreements between a provider team and a consumer team: proposed by one
// side's admin, in force once the other side's admin signs, amended by a new version both sides
// sign, terminated by either. An alert the consumer triggers on the provider is judged against
// the version in force at its trigger; each target is recorded met or breached in the block
// where that is decided.
import { concatBytes, readU64be, toHex, u64be } from '../chain/bytes.ts';
import { ackchain, decode, encode } from '../chain/codec.ts';
import { reject } from '../chain/codes.ts';
import { alertId, appendHistory, CHAIN_ACTOR, SEVERITY_NAMES } from './alert-records.ts';
import type { BlockContext, TxContext } from './context.ts';
import { invariant } from './errors.ts';
import { stateKeys } from './keys.ts';
import type { Overlay, StateReader } from './overlay.ts';
import { prefixRange, type StateSource } from '../store/state-source.ts';
import { encodeOlaInput, decodeOlaOutput, type OlaMoment, type OlaTargetName, type OlaVerdict } from './policy-abi.ts';
import { decideForDeadline, decideForTx, onCallAccounts, slotAddress, type PolicyCall } from './policy-calls.ts';
import { requireTeam, standingIn } from './teams.ts';

const { OlaStatus, OlaOutcome } = ackchain;
const DAY = 24 * 3600_000;

export const OLA_LIMITS = { versions: 32, maxTargetMs: 90 * DAY } as const;

export const OLA_STATUS_NAMES: Record<number, string> = {
  [OlaStatus.OLA_STATUS_PROPOSED]: 'proposed', [OlaStatus.OLA_STATUS_ACTIVE]: 'active', [OlaStatus.OLA_STATUS_TERMINATED]: 'terminated',
};

export const OLA_OUTCOME_NAMES: Record<number, string> = {
  [OlaOutcome.OLA_OUTCOME_NONE]: 'none', [OlaOutcome.OLA_OUTCOME_PENDING]: 'pending',
  [OlaOutcome.OLA_OUTCOME_MET]: 'met', [OlaOutcome.OLA_OUTCOME_BREACHED]: 'breached',
};

export async function getOla(state: StateReader, id: number): Promise<ackchain.Ola | undefined> {
  const bytes = await state.getState(stateKeys.ola(id));
  return bytes === undefined ? undefined : decode.ola(bytes);
}

async function requireOla(state: StateReader, id: number): Promise<ackchain.Ola> {
  const ola = await getOla(state, id);
  if (ola === undefined) reject('notFound', `no OLA ${id}`);
  return ola;
}

function putOla(state: Overlay, ola: ackchain.Ola): void {
  state.set(stateKeys.ola(ola.id), encode.ola(ola));
}

function versionsOf(ola: ackchain.Ola): ackchain.OlaVersion[] {
  return ola.versions as ackchain.OlaVersion[];
}

/** The version in force, if one was signed by both sides. */
export function activeTerms(ola: ackchain.Ola): ackchain.OlaVersion | undefined {
  return ola.activeVersion === 0 ? undefined : versionsOf(ola).find((v) => v.version === ola.activeVersion);
}

/** The version waiting for the other side's signature, if any. */
export function pendingVersion(ola: ackchain.Ola): ackchain.OlaVersion | undefined {
  const last = versionsOf(ola).at(-1);
  return last !== undefined && last.signedBy.length === 0 ? last : undefined;
}

function checkTerms(terms: ackchain.OlaTerms.$Properties | null | undefined, nowMs: number): ackchain.OlaTerms {
  const t = ackchain.OlaTerms.create(terms ?? {});
  if (t.targets.length === 0) reject('invalidArgument', 'an OLA needs at least one target');
  const seen = new Set<number>();
  for (const target of t.targets as ackchain.OlaTarget[]) {
    const severity = SEVERITY_NAMES[target.severity];
    if (severity === undefined) reject('invalidArgument', 'a target needs a severity: critical, error, warning or info');
    if (seen.has(target.severity)) reject('invalidArgument', `two targets for severity ${severity}`);
    seen.add(target.severity);
    if (target.ackWithinMs === 0 && target.resolveWithinMs === 0) reject('invalidArgument', `the ${severity} target sets neither ack_within_ms nor resolve_within_ms`);
    for (const [name, ms] of [['ack_within_ms', target.ackWithinMs], ['resolve_within_ms', target.resolveWithinMs]] as const) {
      if (ms > OLA_LIMITS.maxTargetMs) reject('invalidArgument', `${severity} ${name} is more than ${OLA_LIMITS.maxTargetMs / DAY} days`);
    }
  }
  if (t.effectiveToMs !== 0 && (t.effectiveToMs <= t.effectiveFromMs || t.effectiveToMs <= nowMs)) {
    reject('invalidArgument', 'effective_to_ms must be 0 (open-ended) or after effective_from_ms and the block time');
  }
  return t;
}

/** The side (provider or consumer team) of which the signer is an admin; refuses anyone else. */
async function adminSide(ctx: TxContext, ola: { provider: string; consumer: string }): Promise<string> {
  for (const id of [ola.provider, ola.consumer]) {
    const standing = standingIn(await requireTeam(ctx.state, id), ctx.tx.account);
    if (standing.kind === 'member' && standing.role === ackchain.Role.ROLE_ADMIN) return id;
  }
  reject('unauthorized', `${toHex(ctx.tx.account)} is not an admin of team "${ola.provider}" or "${ola.consumer}"`);
}

/** A version; the provider's ola-evaluate contract of now will judge the alerts it covers. */
async function newVersion(ctx: TxContext, provider: string, side: string, version: number, terms: ackchain.OlaTerms): Promise<ackchain.OlaVersion> {
  const evaluateContract = slotAddress(await requireTeam(ctx.state, provider), 'ola-evaluate');
  return ackchain.OlaVersion.create({ version, terms, proposedBy: ctx.tx.account, proposedByTeam: side, proposedAtMs: ctx.block.timeMs, evaluateContract });
}

export async function proposeOla(ctx: TxContext, p: ackchain.ProposeOla): Promise<void> {
  await requireTeam(ctx.state, p.provider);
  await requireTeam(ctx.state, p.consumer);
  if (p.provider === p.consumer) reject('invalidArgument', 'an OLA is between two different teams');
  const side = await adminSide(ctx, p);
  const existing = await ctx.state.getState(stateKeys.olaPair(p.provider, p.consumer));
  if (existing !== undefined) reject('invalidState', `OLA ${readU64be(existing)} already binds provider "${p.provider}" to consumer "${p.consumer}": amend it`);
  const terms = checkTerms(p.terms, ctx.block.timeMs);
  const counter = await ctx.state.getState(stateKeys.olaSequence());
  const id = (counter === undefined ? 0 : readU64be(counter)) + 1;
  ctx.state.set(stateKeys.olaSequence(), u64be(id));
  const ola = ackchain.Ola.create({
    id, provider: p.provider, consumer: p.consumer, status: OlaStatus.OLA_STATUS_PROPOSED, versions: [await newVersion(ctx, p.provider, side, 1, terms)],
  });
  putOla(ctx.state, ola);
  ctx.state.set(stateKeys.olaPair(p.provider, p.consumer), u64be(id));
  ctx.state.set(stateKeys.olasOfTeam(p.provider, id), new Uint8Array(0));
  ctx.state.set(stateKeys.olasOfTeam(p.consumer, id), new Uint8Array(0));
  ctx.emit('ola.proposed', { ola: id, version: 1, provider: p.provider, consumer: p.consumer, by: toHex(ctx.tx.account) });
}

function requireLive(ola: ackchain.Ola): void {
  if (ola.status === OlaStatus.OLA_STATUS_TERMINATED) reject('invalidState', `OLA ${ola.id} is terminated`);
}

export async function signOla(ctx: TxContext, p: ackchain.SignOla): Promise<void> {
  const ola = await requireOla(ctx.state, p.id);
  requireLive(ola);
  const pending = pendingVersion(ola);
  if (pending === undefined) reject('invalidState', `OLA ${ola.id} has no version waiting for a signature`);
  if (p.version !== pending.version) reject('invalidState', `OLA ${ola.id} waits for a signature on version ${pending.version}, not ${p.version}`);
  const side = await adminSide(ctx, ola);
  if (side === pending.proposedByTeam) reject('unauthorized', `version ${pending.version} was proposed by team "${side}"; an admin of the other team signs it`);
  pending.signedBy = ctx.tx.account;
  pending.signedAtMs = ctx.block.timeMs;
  ola.activeVersion = pending.version;
  ola.status = OlaStatus.OLA_STATUS_ACTIVE;
  putOla(ctx.state, ola);
  ctx.emit('ola.signed', { ola: ola.id, version: pending.version, by: toHex(ctx.tx.account) });
}

/** A new version; one still unsigned is replaced by it. The version in force stays until this one is signed. */
export async function amendOla(ctx: TxContext, p: ackchain.AmendOla): Promise<void> {
  const ola = await requireOla(ctx.state, p.id);
  requireLive(ola);
  const side = await adminSide(ctx, ola);
  const terms = checkTerms(p.terms, ctx.block.timeMs);
  // Numbered before an unsigned version is replaced: a number never names two sets of terms, so
  // a signature on "version N" is a signature on the terms its signer read.
  const version = (versionsOf(ola).at(-1)?.version ?? 0) + 1;
  if (pendingVersion(ola) !== undefined) ola.versions.pop();
  if (ola.versions.length >= OLA_LIMITS.versions) reject('invalidState', `OLA ${ola.id} has ${OLA_LIMITS.versions} versions, the most it may have: terminate it and propose a new one`);
  ola.versions.push(await newVersion(ctx, ola.provider, side, version, terms));
  putOla(ctx.state, ola);
  ctx.emit('ola.amended', { ola: ola.id, version, by: toHex(ctx.tx.account) });
}

/** Ends the OLA: no alert triggered from now on is covered; alerts covered already keep their targets. */
export async function terminateOla(ctx: TxContext, p: ackchain.TerminateOla): Promise<void> {
  const ola = await requireOla(ctx.state, p.id);
  requireLive(ola);
  await adminSide(ctx, ola);
  ola.status = OlaStatus.OLA_STATUS_TERMINATED;
  ola.terminatedAtMs = ctx.block.timeMs;
  ola.terminatedBy = ctx.tx.account;
  putOla(ctx.state, ola);
  ctx.state.delete(stateKeys.olaPair(ola.provider, ola.consumer));
  ctx.emit('ola.terminated', { ola: ola.id, by: toHex(ctx.tx.account) });
}

/**
 * Puts a new alert under the OLA whose consumer triggered it on its provider, if one is in force
 * at the block time and has a target for the alert's severity.
 */
export async function coverAlert(ctx: BlockContext, alert: ackchain.Alert, triggerTeam: string): Promise<void> {
  if (triggerTeam === alert.team) return;
  const idBytes = await ctx.state.getState(stateKeys.olaPair(alert.team, triggerTeam));
  if (idBytes === undefined) return;
  const ola = await getOla(ctx.state, readU64be(idBytes));
  invariant(ola !== undefined, `the OLA index names OLA ${readU64be(idBytes)} for "${alert.team}" and "${triggerTeam}", which does not exist`);
  const version = activeTerms(ola);
  const terms = version?.terms as ackchain.OlaTerms | undefined;
  const now = ctx.block.timeMs;
  if (version === undefined || !terms || now < terms.effectiveFromMs || (terms.effectiveToMs !== 0 && now >= terms.effectiveToMs)) return;
  const target = (terms.targets as ackchain.OlaTarget[]).find((t) => t.severity === alert.severity);
  if (target === undefined) return;
  alert.olaId = ola.id;
  alert.olaVersion = version.version;
  if (target.ackWithinMs !== 0) [alert.olaAckDueMs, alert.olaAckOutcome] = [now + target.ackWithinMs, OlaOutcome.OLA_OUTCOME_PENDING];
  if (target.resolveWithinMs !== 0) [alert.olaResolveDueMs, alert.olaResolveOutcome] = [now + target.resolveWithinMs, OlaOutcome.OLA_OUTCOME_PENDING];
  ctx.state.set(stateKeys.olaAlerts(ola.id, now, alert.sequence), stateKeys.alert(alert.team, alert.number));
}

type Target = OlaTargetName;

/** Decides an OLA target of the alert through the contract its OLA version names; a tx and a deadline differ in what a failed call does. */
type Decider = (call: PolicyCall, decode: (output: Uint8Array) => OlaVerdict) => Promise<OlaVerdict>;

async function decide(ctx: BlockContext, alert: ackchain.Alert, target: Target, moment: OlaMoment, decider: Decider): Promise<void> {
  const [dueMs, outcome] = target === 'acknowledge' ? [alert.olaAckDueMs, alert.olaAckOutcome] : [alert.olaResolveDueMs, alert.olaResolveOutcome];
  if (outcome !== OlaOutcome.OLA_OUTCOME_PENDING) return;
  const now = ctx.block.timeMs;
  const ola = await getOla(ctx.state, alert.olaId);
  const version = ola && versionsOf(ola).find((v) => v.version === alert.olaVersion);
  invariant(version !== undefined, `alert ${alertId(alert)} is covered by version ${alert.olaVersion} of OLA ${alert.olaId}, which does not exist`);
  const team = await requireTeam(ctx.state, alert.team);
  const input = encodeOlaInput({ target, moment, severity: alert.severity, timeMs: now, dueMs, alertCreatedMs: alert.createdAtMs });
  const { met, byMs } = await decider({ team, slot: 'ola-evaluate', address: version.evaluateContract, input, onCall: await onCallAccounts(ctx, team) }, decodeOlaOutput);
  const decided = met ? OlaOutcome.OLA_OUTCOME_MET : OlaOutcome.OLA_OUTCOME_BREACHED;
  if (target === 'acknowledge') alert.olaAckOutcome = decided;
  else alert.olaResolveOutcome = decided;
  const common = { alert: alertId(alert), team: alert.team, ola: alert.olaId, version: alert.olaVersion, target, deadline_ms: dueMs };
  if (met) {
    ctx.emit('ola.met', { ...common, margin_ms: byMs });
  } else {
    appendHistory(ctx, alert, 'ola_breached', CHAIN_ACTOR, `OLA ${alert.olaId} ${target} target missed by ${byMs} ms`);
    ctx.emit('ola.breached', { ...common, late_ms: byMs });
  }
}

const forTx = (ctx: TxContext): Decider => (call, decode) => decideForTx(ctx, call, decode);

/** An acknowledgment decides the ack target. */
export async function onOlaAcknowledged(ctx: TxContext, alert: ackchain.Alert): Promise<void> {
  await decide(ctx, alert, 'acknowledge', 'answered', forTx(ctx));
}

/** A resolution decides both targets: resolving answers the page too. */
export async function onOlaResolved(ctx: TxContext, alert: ackchain.Alert): Promise<void> {
  await decide(ctx, alert, 'acknowledge', 'answered', forTx(ctx));
  await decide(ctx, alert, 'resolve', 'answered', forTx(ctx));
}

/** A target's deadline came with the target pending: it is decided in this block, the first at or past it. */
export async function decideOnDeadline(ctx: BlockContext, alert: ackchain.Alert, target: Target): Promise<void> {
  const outcome = target === 'acknowledge' ? alert.olaAckOutcome : alert.olaResolveOutcome;
  invariant(outcome === OlaOutcome.OLA_OUTCOME_PENDING, `alert ${alertId(alert)} has an OLA ${target} deadline in the index but its target is not pending`);
  await decide(ctx, alert, target, 'deadline', (call, decode) => decideForDeadline(ctx, call, `OLA ${alert.olaId} ${target} target of ${alertId(alert)}`, decode));
}

/** OLAs in id order, all or those `team` is a side of: at most `limit` after id `after`; `next` continues. */
export async function listOlas(source: StateSource, filter: { team?: string; after?: number; limit: number }): Promise<{ olas: ackchain.Ola[]; next?: number }> {
  const prefix = filter.team === undefined ? stateKeys.olas() : stateKeys.olasOfTeam(filter.team);
  const range = prefixRange(prefix, { limit: filter.limit + 1 });
  // The smallest key after the last one listed (after + 1 may not be a safe integer).
  if (filter.after !== undefined) range.gte = concatBytes(prefix, u64be(filter.after), new Uint8Array([0]));
  const olas: ackchain.Ola[] = [];
  for await (const [key] of source.stateRange(range)) {
    if (olas.length === filter.limit) return { olas, next: olas[olas.length - 1].id };
    const ola = await getOla(source, readU64be(key, prefix.length));
    invariant(ola !== undefined, `the OLA index names OLA ${readU64be(key, prefix.length)}, which does not exist`);
    olas.push(ola);
  }
  return { olas };
}
