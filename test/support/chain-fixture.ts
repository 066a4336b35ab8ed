// An in-process chain over a real LevelDB in a temp dir: a genesis with two teams and their keys,
// and a block executor to run txs through, as the node does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ackchain } from '../../src/chain/codec.ts';
import { genesisToJson, parseGenesis, type GenesisDoc } from '../../src/chain/genesis.ts';
import { generateKeyPair, type KeyPair } from '../../src/chain/keys.ts';
import { signTx, type TxBodyInput } from '../../src/chain/tx.ts';
import { BlockExecutor, type CommittedBlock } from '../../src/node/block-executor.ts';
import { checkIncludable } from '../../src/state/execute.ts';
import { ChainStore, type ChainHead } from '../../src/store/chain-store.ts';

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
  executor!: BlockExecutor;
  head!: ChainHead;
  lastCommit: Uint8Array = new Uint8Array(0);
  #memo = 0;

  /** `sameKeysAs` makes a replica: the same genesis and keys, in its own database. */
  constructor(params: Record<string, number> = {}, sameKeysAs?: ChainFixture) {
    this.dir = mkdtempSync(join(tmpdir(), 'ackchain-test-'));
    const keys = sameKeysAs ?? generateFixtureKeys();
    this.validator = keys.validator;
    this.teams = keys.teams;
    this.stranger = keys.stranger;
    this.genesis = makeGenesis(this.validator, this.teams, params);
  }

  async open(): Promise<this> {
    this.store = await ChainStore.open(join(this.dir, 'chain'));
    this.executor = new BlockExecutor(this.store, this.genesis);
    this.head = await this.executor.open();
    return this;
  }

  async close(): Promise<void> {
    await this.store.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** A signed tx valid for the next block; each gets a distinct memo so that hashes differ. */
  tx(keys: KeyPair, payload: Omit<TxBodyInput, 'chainId' | 'expiresAtMs' | 'memo'>, expiresInMs = 60_000): Uint8Array {
    return signTx({ chainId: CHAIN_ID, expiresAtMs: this.head.timeMs + expiresInMs, memo: `m${this.#memo++}`, ...payload }, keys);
  }

  /** Runs txs in the next block (1 s after the last); each must be includable. */
  async block(...txs: Uint8Array[]): Promise<CommittedBlock> {
    const timeMs = this.head.timeMs + 1000;
    const info = this.executor.blockInfo(this.head.height + 1, timeMs);
    const checked = [];
    for (const t of txs) checked.push(await checkIncludable(this.store, t, info));
    const block = await this.executor.produce(this.head, timeMs, checked, this.lastCommit, this.validator);
    this.head = { height: block.height, blockHash: block.hash, stateRoot: block.header.stateRoot, timeMs };
    this.lastCommit = block.commit;
    return block;
  }

  /** Runs one tx in its own block and returns its receipt. */
  async run(tx: Uint8Array): Promise<ackchain.Receipt> {
    return (await this.block(tx)).txs[0].receipt;
  }
}
