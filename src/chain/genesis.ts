// genesis.json: the human-edited form of the Genesis message (snake_case keys, hex bytes), its
// validation, and its hash. Every node of a network must start from byte-identical genesis.
import { toHex } from './bytes.ts';
import { ackchain, encode } from './codec.ts';
import { sha256 } from './hash.ts';
import { isValidPublicKey, PUBLIC_KEY_BYTES } from './signature.ts';
import { POLICY_SLOTS } from './policy-slots.ts';
import { TZDB_VERSION } from './tz/index.ts';
import { parsePolicy, parseSchedule, policyToJson, rosterLookup, scheduleToJson } from './oncall-doc.ts';
import { array, fail, FieldError, fields, hexBytes, string, uint, type Json } from './json-fields.ts';

type NumericParam = Exclude<keyof ackchain.ConsensusParams.$Properties, '$unknowns' | 'tzdbVersion'>;
export type ConsensusParams = { [K in NumericParam]-?: number } & { tzdbVersion: string };

export const DEFAULT_PARAMS: ConsensusParams = {
  maxBlockBytes: 4 * 1024 * 1024,
  maxBlockTxs: 1000,
  maxTxBytes: 64 * 1024,
  maxTxTtlMs: 10 * 60 * 1000,
  emptyBlockIntervalMs: 1000,
  batchDelayMs: 20,
  timeoutProposeMs: 3000,
  timeoutPrevoteMs: 1000,
  timeoutPrecommitMs: 1000,
  timeoutDeltaMs: 500,
  maxClockDriftMs: 10_000,
  maxContractBytes: 0x8000,
  maxDeadlinesPerBlock: 2000,
  maxDeviceTxAgeMs: 2 * 60 * 1000,
  // The default authorize contract spends about 150 gas: a tx may spend thousands of times that.
  maxTxGas: 1_000_000,
  maxBlockGas: 100_000_000,
  // Schedules resolve local times with this database; a node that ships another one refuses the
  // chain rather than disagree with its peers about who is on call.
  tzdbVersion: TZDB_VERSION,
};

/** The default policy contracts spend at most a few hundred gas a call; a tx may always afford them. */
export const MIN_TX_GAS = 10_000;

/** A team's record is read by every tx about the team, so its size is bounded (genesis and AddMember alike). */
export const MAX_TEAM_MEMBERS = 250;
export const MAX_TEAM_INTEGRATIONS = 100;

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$/;
const CHAIN_ID = /^[a-zA-Z0-9._-]{1,50}$/;
/** A libp2p peer id of an Ed25519 node key: the identity multihash of its public key in base58btc. */
const NODE_PEER_ID = /^12D3KooW[1-9A-HJ-NP-Za-km-z]{44}$/;

export const TWO_VALIDATORS_ONE_PEER_ID = 'two validators with one peer id (each validator runs its own node, with its own node key)';

/** Why `peerId` cannot be a validator's peer id, or undefined if it can (empty: a validator that runs no network). */
export function peerIdProblem(peerId: string): string | undefined {
  if (peerId === '' || NODE_PEER_ID.test(peerId)) return undefined;
  return `"${peerId}" is not the peer id of a node key (12D3KooW and 44 more base58 characters; "ackchain keys show --peer-id config/node_key.json" prints it)`;
}

export function isSlug(text: string): boolean {
  return SLUG.test(text);
}

export interface GenesisDoc {
  genesis: ackchain.Genesis;
  params: ConsensusParams;
  bytes: Uint8Array;
  hash: Uint8Array;
}

export class GenesisError extends Error {
  override name = 'GenesisError';
}

function account(value: unknown, path: string): Uint8Array {
  const key = hexBytes(value, path, PUBLIC_KEY_BYTES);
  if (!isValidPublicKey(key)) fail(path, 'not a valid Ed25519 public key (a canonical point not of small order): nobody could sign for it');
  return key;
}

const ROLES: Record<string, ackchain.Role> = { admin: ackchain.Role.ROLE_ADMIN, responder: ackchain.Role.ROLE_RESPONDER };

export function roleName(role: ackchain.Role): string {
  return role === ackchain.Role.ROLE_ADMIN ? 'admin' : role === ackchain.Role.ROLE_RESPONDER ? 'responder' : 'unspecified';
}

export function parseRole(text: string): ackchain.Role | undefined {
  return ROLES[text];
}

const snake = (camel: string): string => camel.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());

function parseParams(value: unknown): ConsensusParams {
  const json = value === undefined ? {} : fields(value, 'params', Object.keys(DEFAULT_PARAMS).map(snake));
  const params = { ...DEFAULT_PARAMS };
  for (const key of Object.keys(DEFAULT_PARAMS) as (keyof ConsensusParams)[]) {
    const raw = json[snake(key)];
    if (raw === undefined || key === 'tzdbVersion') continue;
    params[key] = uint(raw, `params.${snake(key)}`);
  }
  params.tzdbVersion = string(json.tzdb_version, 'params.tzdb_version', true) || TZDB_VERSION;
  if (params.tzdbVersion !== TZDB_VERSION) {
    fail('params.tzdb_version', `this build of ackchain ships time zone database ${TZDB_VERSION}, the chain needs ${params.tzdbVersion}: run a build that ships it`);
  }
  if (params.maxTxTtlMs === 0) fail('params.max_tx_ttl_ms', 'must be positive');
  if (params.maxBlockTxs === 0) fail('params.max_block_txs', 'must be positive');
  if (params.emptyBlockIntervalMs === 0) fail('params.empty_block_interval_ms', 'must be positive');
  if (params.maxDeadlinesPerBlock === 0) fail('params.max_deadlines_per_block', 'must be positive');
  if (params.maxTxBytes > params.maxBlockBytes) fail('params.max_tx_bytes', 'must not exceed max_block_bytes');
  if (params.maxTxGas < MIN_TX_GAS) fail('params.max_tx_gas', `must be at least ${MIN_TX_GAS}: the default policy contracts must always fit`);
  if (params.maxTxGas > params.maxBlockGas) fail('params.max_tx_gas', 'must not exceed max_block_gas');
  return params;
}

/** Parses and validates genesis.json; every error names the field. */
export function parseGenesis(text: string): GenesisDoc {
  try {
    return parseGenesisJson(text);
  } catch (e) {
    if (e instanceof FieldError) throw new GenesisError(`genesis: ${e.path || '(root)'}: ${e.reason}`);
    throw e;
  }
}

function parseGenesisJson(text: string): GenesisDoc {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new GenesisError(`genesis: not JSON: ${(e as Error).message}`);
  }
  const json = fields(raw, '', ['chain_id', 'genesis_time_ms', 'params', 'validators', 'teams', 'contracts']);
  const chainId = string(json.chain_id, 'chain_id');
  if (!CHAIN_ID.test(chainId)) fail('chain_id', 'must be 1-50 characters of letters, digits, ".", "_" or "-"');
  const params = parseParams(json.params);

  const validatorKeys = new Set<string>();
  const peerIds = new Set<string>();
  const validators = array(json.validators, 'validators').map((v, i) => {
    const p = `validators[${i}]`;
    const o = fields(v, p, ['team', 'public_key', 'power', 'peer_id']);
    const publicKey = account(o.public_key, `${p}.public_key`);
    if (validatorKeys.has(toHex(publicKey))) fail(`${p}.public_key`, 'duplicate validator');
    validatorKeys.add(toHex(publicKey));
    const power = uint(o.power, `${p}.power`);
    if (power === 0) fail(`${p}.power`, 'must be positive');
    const peerId = string(o.peer_id, `${p}.peer_id`, true);
    const problem = peerIdProblem(peerId);
    if (problem !== undefined) fail(`${p}.peer_id`, problem);
    if (peerId !== '') {
      if (peerIds.has(peerId)) fail(`${p}.peer_id`, TWO_VALIDATORS_ONE_PEER_ID);
      peerIds.add(peerId);
    }
    return ackchain.Validator.create({ team: string(o.team, `${p}.team`, true), publicKey, power, peerId });
  });
  if (validators.length === 0) fail('validators', 'at least one validator is needed');

  const teamIds = new Set<string>();
  const teams = array(json.teams, 'teams').map((t, i) => {
    const p = `teams[${i}]`;
    const o = fields(t, p, ['id', 'name', 'members', 'integrations', 'schedules', 'policy', 'contracts']);
    const id = string(o.id, `${p}.id`);
    if (!isSlug(id)) fail(`${p}.id`, 'must be a slug: lowercase letters, digits and inner dashes, at most 32 characters');
    if (teamIds.has(id)) fail(`${p}.id`, `duplicate team "${id}"`);
    teamIds.add(id);
    const accounts = new Set<string>();
    const unique = (key: Uint8Array, path: string): Uint8Array => {
      if (accounts.has(toHex(key))) fail(path, 'account listed twice in this team');
      accounts.add(toHex(key));
      return key;
    };
    const members = array(o.members, `${p}.members`).map((m, j) => {
      const mp = `${p}.members[${j}]`;
      const mo = fields(m, mp, ['account', 'handle', 'role']);
      const role = parseRole(string(mo.role, `${mp}.role`));
      if (role === undefined) fail(`${mp}.role`, 'must be "admin" or "responder"');
      return ackchain.Member.create({ account: unique(account(mo.account, `${mp}.account`), `${mp}.account`), handle: string(mo.handle, `${mp}.handle`), role });
    });
    if (!members.some((m) => m.role === ackchain.Role.ROLE_ADMIN)) fail(`${p}.members`, 'a team needs at least one admin');
    if (members.length > MAX_TEAM_MEMBERS) fail(`${p}.members`, `at most ${MAX_TEAM_MEMBERS} members`);
    const integrations = array(o.integrations, `${p}.integrations`).map((g, j) => {
      const gp = `${p}.integrations[${j}]`;
      const go = fields(g, gp, ['account', 'name']);
      return ackchain.Integration.create({ account: unique(account(go.account, `${gp}.account`), `${gp}.account`), name: string(go.name, `${gp}.name`) });
    });
    if (integrations.length > MAX_TEAM_INTEGRATIONS) fail(`${p}.integrations`, `at most ${MAX_TEAM_INTEGRATIONS} integrations`);
    // Checked against the team like the txs that set them, when the genesis state is written.
    const lookup = rosterLookup(members);
    const schedules = array(o.schedules, `${p}.schedules`).map((s, j) => parseSchedule(s, `${p}.schedules[${j}]`, lookup));
    const policy = o.policy === undefined ? undefined : parsePolicy(o.policy, `${p}.policy`, lookup);
    const slots = o.contracts === undefined ? {} : fields(o.contracts, `${p}.contracts`, [...POLICY_SLOTS]);
    const contracts = Object.entries(slots).map(([slot, address]) => ackchain.ContractAssignment.create({ slot, address: hexBytes(address, `${p}.contracts.${slot}`, 32) }));
    return ackchain.GenesisTeam.create({ id, name: string(o.name, `${p}.name`, true) || id, members, integrations, schedules, ...(policy ? { policy } : {}), contracts });
  });

  const contracts = array(json.contracts, 'contracts').map((c, i) => {
    const p = `contracts[${i}]`;
    const o = fields(c, p, ['name', 'code']);
    const code = hexBytes(o.code, `${p}.code`);
    if (code.length === 0 || code.length > params.maxContractBytes) fail(`${p}.code`, `must be 1 to ${params.maxContractBytes} bytes`);
    return ackchain.DeployContract.create({ name: string(o.name, `${p}.name`), code });
  });
  // A team's slot may name only a contract this genesis carries.
  const carried = new Set(contracts.map((c) => toHex(sha256(c.code))));
  teams.forEach((t, i) => (t.contracts as ackchain.ContractAssignment[]).forEach((a) => {
    if (!carried.has(toHex(a.address))) fail(`teams[${i}].contracts.${a.slot}`, `${toHex(a.address)} is not the address (SHA-256 of the code) of a contract in "contracts"`);
  }));

  const genesis = ackchain.Genesis.create({
    chainId, genesisTimeMs: uint(json.genesis_time_ms, 'genesis_time_ms'), params, validators, teams, contracts,
  });
  const bytes = encode.genesis(genesis);
  return { genesis, params, bytes, hash: sha256(bytes) };
}

/** The JSON form of a genesis, as parseGenesis reads it. */
export function genesisToJson(genesis: ackchain.Genesis.$Properties): Json {
  const params: Json = {};
  // Read each field rather than spreading: a decoded message keeps zero values on its prototype.
  for (const k of Object.keys(DEFAULT_PARAMS) as (keyof ConsensusParams)[]) params[snake(k)] = genesis.params?.[k] ?? DEFAULT_PARAMS[k];
  return {
    chain_id: genesis.chainId,
    genesis_time_ms: genesis.genesisTimeMs,
    params,
    validators: (genesis.validators ?? []).map((v) => ({
      team: v.team, public_key: toHex(v.publicKey!), power: v.power, peer_id: v.peerId ?? '',
    })),
    teams: (genesis.teams ?? []).map((t) => ({
      id: t.id, name: t.name,
      members: (t.members ?? []).map((m) => ({ account: toHex(m.account!), handle: m.handle, role: roleName(m.role!) })),
      integrations: (t.integrations ?? []).map((g) => ({ account: toHex(g.account!), name: g.name })),
      ...(t.schedules?.length ? { schedules: t.schedules.map(scheduleToJson) } : {}),
      ...(t.policy ? { policy: policyToJson(t.policy) } : {}),
      ...(t.contracts?.length ? { contracts: Object.fromEntries(t.contracts.map((a) => [a.slot, toHex(a.address!)])) } : {}),
    })),
    contracts: (genesis.contracts ?? []).map((c) => ({ name: c.name, code: toHex(c.code!) })),
  };
}

export function validatorsHash(validators: readonly ackchain.Validator.$Properties[]): Uint8Array {
  return sha256(encode.validatorSet({ validators: [...validators] }));
}
