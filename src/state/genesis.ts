// The state a chain starts from (the genesis teams and built-in contracts), and opening a store
// at its newest chain state.
import { toHex } from '../chain/bytes.ts';
import { ackchain } from '../chain/codec.ts';
import { GenesisError, type GenesisDoc } from '../chain/genesis.ts';
import { Rejection } from '../chain/codes.ts';
import { BlockGas, TxContext } from './context.ts';
import { setSchedule } from './oncall.ts';
import { setEscalationPolicy } from './policies.ts';
import { setTeamContracts } from './policy-calls.ts';
import { sha256 } from '../chain/hash.ts';
import type { ChainStore } from '../store/chain-store.ts';
import { decodeChainState, encodeChainState, genesisChainState, type ChainState } from './chain-state.ts';
import { storeContract } from './contracts.ts';
import { invariant } from './errors.ts';
import { Overlay } from './overlay.ts';
import { nextStateRoot } from './root.ts';
import { createTeam } from './teams.ts';

/** The state root before any block: the genesis state is chained onto 32 zero bytes. */
const ZERO_ROOT = new Uint8Array(32);

export async function writeGenesisState(state: Overlay, doc: GenesisDoc): Promise<void> {
  for (const t of doc.genesis.teams) {
    await createTeam(state, ackchain.Team.create({ id: t.id, name: t.name, members: t.members, integrations: t.integrations, nextAlertNumber: 0 }));
  }
  for (const t of doc.genesis.teams) await applyOnCall(state, doc, t as ackchain.GenesisTeam);
  for (const c of doc.genesis.contracts) storeContract(state, { name: c.name, code: c.code, deployer: new Uint8Array(), deployedHeight: 0 });
  // After the contracts, which the teams' slots may name.
  for (const t of doc.genesis.teams) {
    if (t.contracts?.length) await asFirstAdmin(state, doc, t as ackchain.GenesisTeam, (ctx) => setTeamContracts(ctx, ackchain.SetTeamContracts.create({ team: t.id, assignments: t.contracts })));
  }
}

/**
 * Sets a genesis team's schedules and policy through the same handlers as the txs that set them,
 * as if its first admin signed them at the genesis time: one set of rules, checked once.
 */
async function applyOnCall(state: Overlay, doc: GenesisDoc, team: ackchain.GenesisTeam): Promise<void> {
  await asFirstAdmin(state, doc, team, async (ctx) => {
    for (const schedule of team.schedules as ackchain.SetSchedule[]) await setSchedule(ctx, ackchain.SetSchedule.create({ ...schedule, team: team.id }));
    if (team.policy) await setEscalationPolicy(ctx, ackchain.SetEscalationPolicy.create({ team: team.id, policy: team.policy }));
  });
}

/** Runs tx handlers for a genesis team as its first admin at the genesis time; a refusal is a genesis error. */
async function asFirstAdmin(state: Overlay, doc: GenesisDoc, team: ackchain.GenesisTeam, run: (ctx: TxContext) => Promise<void>): Promise<void> {
  const admin = (team.members as ackchain.Member[]).find((m) => m.role === ackchain.Role.ROLE_ADMIN);
  invariant(admin !== undefined, `genesis team "${team.id}" has no admin`);
  const block = { chainId: doc.genesis.chainId, height: 0, timeMs: doc.genesis.genesisTimeMs, params: doc.params };
  const ctx = new TxContext(state, block, { hash: new Uint8Array(0), account: admin.account }, new BlockGas(doc.params.maxBlockGas));
  try {
    await run(ctx);
  } catch (e) {
    if (e instanceof Rejection) throw new GenesisError(`genesis: team "${team.id}": ${e.message}`);
    throw e;
  }
}

/**
 * Opens the chain in `store`: on an empty store, writes the genesis state and the height-0 chain
 * state; otherwise checks that the store was made from this genesis and returns its chain state.
 */
export async function openChain(store: ChainStore, doc: GenesisDoc): Promise<ChainState> {
  const stored = await store.genesis();
  if (stored !== undefined) {
    const storedHash = sha256(stored);
    if (toHex(storedHash) !== toHex(doc.hash)) {
      throw new Error(`the data directory belongs to another genesis (${toHex(storedHash)}, config has ${toHex(doc.hash)}); `
        + 'if config/genesis.json is not the network\'s, put the network\'s back (every node\'s `ackchain genesis validate` prints the same hash); '
        + 'if the genesis was changed on purpose and this chain may be thrown away, move data/chain and data/wal aside and start again (keep data/signer_state.json: it is what stops a validator signing twice)');
    }
    const bytes = await store.chainState();
    invariant(bytes !== undefined, 'the data directory has a genesis but no chain state: it is damaged');
    return decodeChainState(bytes);
  }
  const state = new Overlay(store);
  await writeGenesisState(state, doc);
  const chain = genesisChainState(doc, nextStateRoot(ZERO_ROOT, state.writes.values()));
  await store.commitGenesis(doc.bytes, state.writes, encodeChainState(chain));
  return chain;
}
