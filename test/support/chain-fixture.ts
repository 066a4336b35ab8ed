// An in-process chain over a real LevelDB in a temp dir: a genesis with two teams and their keys,
// and blocks built, signed and committed through the same path the node's producer takes.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signCommit } from '../../src/chain/block.ts';
import { ackchain, decode } from '../../src/chain/codec.ts';
import { genesisToJson, parseGenesis, type GenesisDoc } from '../../src/chain/genesis.ts';
import { generateKeyPair, type KeyPair } from '../../src/chain/keys.ts';
import { checkTx, signTx, type TxBodyInput } from '../../src/chain/tx.ts';
import { blockInfo, buildBlock, type ExecutedBlock } from '../../src/state/block.ts';
import type { ChainState } from '../../src/state/chain-state.ts';
import type { BlockInfo } from '../../src/state/context.ts';
import { commitBlock } from '../../src/state/commit.ts';
import { openChain } from '../../src/state/genesis.ts';
import { ChainStore } from '../../src/store/chain-store.ts';

export const CHAIN_ID = 'test-chain';
export const GENESIS_TIME = 1_700_000_000_000;

export interface TeamKeys { admin: KeyPair; responder: KeyPair; integration: KeyPair }

export function makeGenesis(validator: KeyPair, teams: Record<string, TeamKeys>, params: Record<string, number> = {}): GenesisDoc {
  const json = genesisToJson({
    chainId: CHAIN_ID, genesisTimeMs: GENESIS_TIME,
    validators: [{ team: 'platform', publicKey: validator.publicKey, power: 10, peerId: '' }],
    teams: Object.entries(teams).map(([id, k]) => ({
      id, name: id,
      members: [
        { account: k.admin.publicKey, handle: `admin@${id}`, role: ackchain.Role.ROLE_ADMIN },
        { account: k.responder.publicKey, handle: `oncall@${id}`, role: ackchain.Role.ROLE_RESPONDER },
      ],
      integrations: [{ account: k.integration.publicKey, name: 'monitoring' }],
    })),
  }) as { params: Record<string, number> };
  Object.assign(json.params, params);
  return parseGenesis(JSON.stringify(json));
}

export const teamKeys = (): TeamKeys => ({ admin: generateKeyPair(), responder: generateKeyPair(), integration: generateKeyPair() });

export interface FixtureKeys { validator: KeyPair; teams: { payments: TeamKeys; platform: TeamKeys }; stranger: KeyPair }

export function generateFixtureKeys(): FixtureKeys {
  return { validator: generateKeyPair(), teams: { payments: teamKeys(), platform: teamKeys() }, stranger: generateKeyPair() };
}

export class ChainFixture {
  readonly dir: string;
  readonly validator: KeyPair;
  readonly teams: { payments: TeamKeys; platform: TeamKeys };
  readonly stranger: KeyPair;
  readonly genesis: GenesisDoc;
  store!: ChainStore;
  head!: ChainState;
  #memo = 0;

  /** `keys` makes a replica (the same genesis and keys, in its own database) or fixes the keys; `genesis` replaces the one made from them. */
  constructor(params: Record<string, number> = {}, keys: FixtureKeys = generateFixtureKeys(), genesis?: GenesisDoc) {
    this.dir = mkdtempSync(join(tmpdir(), 'ackchain-test-'));
    this.validator = keys.validator;
    this.teams = keys.teams;
    this.stranger = keys.stranger;
    this.genesis = genesis ?? makeGenesis(this.validator, this.teams, params);
  }

  async open(): Promise<this> {
    this.store = await ChainStore.open(join(this.dir, 'chain'));
    this.head = await openChain(this.store, this.genesis);
    return this;
  }

  async close(): Promise<void> {
    await this.store.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** The block info of the next block at `timeMs` (1 s after the last by default). */
  next(timeMs = this.head.timeMs + 1000): BlockInfo {
    return blockInfo(this.head, timeMs);
  }

  /** A signed tx valid for the next block; each gets a distinct memo so that hashes differ. */
  tx(keys: KeyPair, payload: Omit<TxBodyInput, 'chainId' | 'expiresAtMs' | 'memo'>, expiresInMs = 60_000): Uint8Array {
    return signTx({ chainId: CHAIN_ID, expiresAtMs: this.head.timeMs + expiresInMs, memo: `m${this.#memo++}`, ...payload }, keys);
  }

  /** Builds the next block (1 s after the last) from txs that must all be includable, and commits it. */
  block(...txs: Uint8Array[]): Promise<ExecutedBlock> {
    return this.blockAt(this.head.timeMs + 1000, ...txs);
  }

  /** Builds the next block at `timeMs` from txs that must all be includable, and commits it. */
  async blockAt(timeMs: number, ...txs: Uint8Array[]): Promise<ExecutedBlock> {
    const candidates = txs.map((t) => checkTx(t, { chainId: CHAIN_ID, maxTxBytes: this.head.params.maxTxBytes }));
    const { block, excluded } = await buildBlock(this.store, this.head, { timeMs, proposer: this.validator.publicKey, candidates });
    if (excluded.length > 0) throw excluded[0].reason;
    await this.commit(block);
    return block;
  }

  /** Signs `block` as the only validator and commits it. */
  async commit(block: ExecutedBlock): Promise<void> {
    const commit = signCommit({ chainId: CHAIN_ID, height: block.height, round: 0, blockHash: block.hash, timestampMs: block.header.timeMs }, [this.validator]);
    this.head = await commitBlock(this.store, this.head, block, commit);
  }

  /**
   * Runs a tx that must succeed, in its own block: at `timeMs` if given (after an empty block just
   * before it when that is far ahead, since a fixture tx lives 60 s from the head).
   */
  async ok(keys: KeyPair, payload: Omit<TxBodyInput, 'chainId' | 'expiresAtMs' | 'memo'>, timeMs?: number): Promise<ExecutedBlock> {
    if (timeMs !== undefined && timeMs - this.head.timeMs > 30_000) await this.blockAt(timeMs - 1);
    const tx = this.tx(keys, payload);
    const block = timeMs === undefined ? await this.block(tx) : await this.blockAt(timeMs, tx);
    assert.equal(block.txs[0].receipt.code, 0, block.txs[0].receipt.log);
    return block;
  }

  /** Runs one tx in its own block and returns its receipt. */
  async run(tx: Uint8Array): Promise<ackchain.Receipt> {
    return (await this.block(tx)).txs[0].receipt;
  }
}

/** The events of a block (its begin-block step's, then each tx's) of `type`, as "key=value key=value". */
export function blockEvents(block: ExecutedBlock, type: string): string[] {
  const begin = decode.receipt(block.beginBlockReceipt);
  return ([...begin.events, ...block.txs.flatMap((t) => t.receipt.events)] as ackchain.Event[]).filter((e) => e.type === type)
    .map((e) => (e.attributes as ackchain.Attribute[]).map((a) => `${a.key}=${a.value}`).join(' '));
}
