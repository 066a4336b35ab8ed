// Teams: their records, who an account is to a team, and the membership transactions.
import { equalBytes, toHex, utf8 } from '../chain/bytes.ts';
import { ackchain, decode, encode } from '../chain/codec.ts';
import { reject } from '../chain/codes.ts';
import { isValidPublicKey } from '../chain/signature.ts';
import { MAX_TEAM_INTEGRATIONS, MAX_TEAM_MEMBERS, roleName } from '../chain/genesis.ts';
import type { TxContext } from './context.ts';
import { invariant } from './errors.ts';
import { stateKeys } from './keys.ts';
import type { Overlay, StateReader } from './overlay.ts';

export const MAX_HANDLE_LENGTH = 254;
export const MAX_NAME_LENGTH = 128;


/** What an account is to one team. */
export type Standing =
  | { kind: 'member'; role: ackchain.Role; handle: string }
  | { kind: 'integration'; name: string }
  | { kind: 'none' };

export async function getTeam(state: StateReader, id: string): Promise<ackchain.Team | undefined> {
  const bytes = await state.getState(stateKeys.team(id));
  return bytes === undefined ? undefined : decode.team(bytes);
}

export async function requireTeam(state: StateReader, id: string): Promise<ackchain.Team> {
  const team = await getTeam(state, id);
  if (team === undefined) reject('notFound', `no team "${id}"`);
  return team;
}

export function putTeam(state: Overlay, team: ackchain.Team.$Properties): void {
  state.set(stateKeys.team(team.id ?? ''), encode.team(team));
}

export function standingIn(team: ackchain.Team, account: Uint8Array): Standing {
  const member = team.members.find((m) => equalBytes(m.account ?? new Uint8Array(), account));
  if (member) return { kind: 'member', role: member.role ?? ackchain.Role.ROLE_UNSPECIFIED, handle: member.handle ?? '' };
  const integration = team.integrations.find((g) => equalBytes(g.account ?? new Uint8Array(), account));
  if (integration) return { kind: 'integration', name: integration.name ?? '' };
  return { kind: 'none' };
}

/** How an actor is named in alert history: a member's handle or "integration:<name>". */
export function actorLabel(standing: Standing): string {
  if (standing.kind === 'member') return standing.handle;
  if (standing.kind === 'integration') return `integration:${standing.name}`;
  return '';
}

/** Every team (in id order) that knows the account, and as what: one read of the account index. */
export async function standingsOf(state: StateReader, account: Uint8Array): Promise<{ team: string; standing: Standing }[]> {
  const found: { team: string; standing: Standing }[] = [];
  for (const id of await accountTeams(state, account)) {
    const standing = standingIn(await requireTeam(state, id), account);
    invariant(standing.kind !== 'none', `the account index lists ${toHex(account)} in team "${id}", which does not know it`);
    found.push({ team: id, standing });
  }
  return found;
}

/** The first team (in id order) that knows the account, and as what. */
export async function anyStanding(state: StateReader, account: Uint8Array): Promise<{ team: string; standing: Standing } | undefined> {
  return (await standingsOf(state, account))[0];
}

/**
 * Whether the chain knows the account: a member or integration of a team, a registered device
 * not revoked, or a validator. Only such accounts may reach a mempool, so a stranger cannot fill
 * blocks or the mempool; the answer costs at most two point reads, however many teams and
 * members there are.
 */
export async function isKnownAccount(state: StateReader, account: Uint8Array, validators: readonly ackchain.Validator[]): Promise<boolean> {
  if (validators.some((v) => equalBytes(v.publicKey, account)) || await isTeamAccount(state, account)) return true;
  const device = await state.getState(stateKeys.device(account));
  return device !== undefined && decode.device(device).revokedAtMs === 0;
}

/** Whether the account is a member or integration of some team. */
export async function isTeamAccount(state: StateReader, account: Uint8Array): Promise<boolean> {
  return (await accountTeams(state, account)).length > 0;
}

/** A device key acts for its owner: it may not also be a team's account. */
async function refuseDeviceKey(state: StateReader, account: Uint8Array): Promise<void> {
  if (await state.getState(stateKeys.device(account)) !== undefined) reject('invalidState', `${toHex(account)} is a registered device key`);
}

async function accountTeams(state: StateReader, account: Uint8Array): Promise<string[]> {
  const bytes = await state.getState(stateKeys.accountTeams(account));
  return bytes === undefined ? [] : utf8.decode(bytes).split('\n');
}

/** Records in the account index that `account` is (or no longer is) in team `id`. */
async function indexAccount(state: Overlay, account: Uint8Array, id: string, inTeam: boolean): Promise<void> {
  const others = (await accountTeams(state, account)).filter((t) => t !== id);
  const ids = inTeam ? [...others, id].sort() : others;
  if (ids.length === 0) state.delete(stateKeys.accountTeams(account));
  else state.set(stateKeys.accountTeams(account), utf8.encode(ids.join('\n')));
}

/** Writes a new team (genesis): its record, the registry and the account index. */
export async function createTeam(state: Overlay, team: ackchain.Team.$Properties): Promise<void> {
  const id = team.id ?? '';
  putTeam(state, team);
  const ids = await teamIds(state);
  if (!ids.includes(id)) state.set(TEAM_REGISTRY, utf8.encode([...ids, id].sort().join('\n')));
  for (const m of [...(team.members ?? []), ...(team.integrations ?? [])]) await indexAccount(state, m.account ?? new Uint8Array(), id, true);
}

/** Every team id, sorted: the registry kept in state beside the team records. */
export async function teamIds(state: StateReader): Promise<string[]> {
  const bytes = await state.getState(TEAM_REGISTRY);
  return bytes === undefined ? [] : utf8.decode(bytes).split('\n');
}

const TEAM_REGISTRY = stateKeys.teamRegistry();

export function requireAdmin(ctx: TxContext, team: ackchain.Team): void {
  const standing = standingIn(team, ctx.tx.account);
  if (standing.kind !== 'member' || standing.role !== ackchain.Role.ROLE_ADMIN) {
    reject('unauthorized', `${toHex(ctx.tx.account)} is not an admin of team "${team.id}"`);
  }
}

function requireAccount(account: Uint8Array | null | undefined): Uint8Array {
  if (!account || !isValidPublicKey(account)) reject('invalidArgument', 'account must be a valid Ed25519 public key (32 bytes, canonical, not of small order)');
  return account;
}

export async function addMember(ctx: TxContext, p: ackchain.AddMember): Promise<void> {
  const team = await requireTeam(ctx.state, p.team);
  requireAdmin(ctx, team);
  const account = requireAccount(p.account);
  if (p.role !== ackchain.Role.ROLE_ADMIN && p.role !== ackchain.Role.ROLE_RESPONDER) reject('invalidArgument', 'role must be admin or responder');
  if (!p.handle || p.handle.length > MAX_HANDLE_LENGTH) reject('invalidArgument', `handle must be 1 to ${MAX_HANDLE_LENGTH} characters`);
  if (standingIn(team, account).kind !== 'none') reject('invalidState', `${toHex(account)} is already in team "${team.id}"`);
  await refuseDeviceKey(ctx.state, account);
  if (team.members.length >= MAX_TEAM_MEMBERS) reject('invalidState', `team "${team.id}" has ${MAX_TEAM_MEMBERS} members, the most a team may have`);
  team.members.push(ackchain.Member.create({ account, handle: p.handle, role: p.role }));
  putTeam(ctx.state, team);
  await indexAccount(ctx.state, account, team.id, true);
  ctx.emit('team.member_added', { team: team.id, account: toHex(account), handle: p.handle, role: roleName(p.role) });
}

export async function removeMember(ctx: TxContext, p: ackchain.RemoveMember): Promise<void> {
  const team = await requireTeam(ctx.state, p.team);
  requireAdmin(ctx, team);
  const account = requireAccount(p.account);
  const index = team.members.findIndex((m) => equalBytes(m.account ?? new Uint8Array(), account));
  if (index < 0) reject('notFound', `${toHex(account)} is not a member of team "${team.id}"`);
  const [removed] = team.members.splice(index, 1);
  if (!team.members.some((m) => m.role === ackchain.Role.ROLE_ADMIN)) reject('invalidState', `team "${team.id}" would have no admin left`);
  putTeam(ctx.state, team);
  await indexAccount(ctx.state, account, team.id, false);
  ctx.emit('team.member_removed', { team: team.id, account: toHex(account), handle: removed.handle ?? '' });
}

export async function addIntegration(ctx: TxContext, p: ackchain.AddIntegration): Promise<void> {
  const team = await requireTeam(ctx.state, p.team);
  requireAdmin(ctx, team);
  const account = requireAccount(p.account);
  if (!p.name || p.name.length > MAX_NAME_LENGTH) reject('invalidArgument', `name must be 1 to ${MAX_NAME_LENGTH} characters`);
  if (standingIn(team, account).kind !== 'none') reject('invalidState', `${toHex(account)} is already in team "${team.id}"`);
  await refuseDeviceKey(ctx.state, account);
  if (team.integrations.length >= MAX_TEAM_INTEGRATIONS) reject('invalidState', `team "${team.id}" has ${MAX_TEAM_INTEGRATIONS} integrations, the most a team may have`);
  team.integrations.push(ackchain.Integration.create({ account, name: p.name }));
  putTeam(ctx.state, team);
  await indexAccount(ctx.state, account, team.id, true);
  ctx.emit('team.integration_added', { team: team.id, account: toHex(account), name: p.name });
}

export async function removeIntegration(ctx: TxContext, p: ackchain.RemoveIntegration): Promise<void> {
  const team = await requireTeam(ctx.state, p.team);
  requireAdmin(ctx, team);
  const account = requireAccount(p.account);
  const index = team.integrations.findIndex((g) => equalBytes(g.account ?? new Uint8Array(), account));
  if (index < 0) reject('notFound', `${toHex(account)} is not an integration of team "${team.id}"`);
  const [removed] = team.integrations.splice(index, 1);
  putTeam(ctx.state, team);
  await indexAccount(ctx.state, account, team.id, false);
  ctx.emit('team.integration_removed', { team: team.id, account: toHex(account), name: removed.name ?? '' });
}
