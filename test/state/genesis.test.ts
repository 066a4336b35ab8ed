// Opening a store: the genesis state on an empty one, the newest chain state on a used one, and
// a refusal with the reason when the store belongs to another chain or is damaged.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Level } from 'level';
import { toHex } from '../../src/chain/bytes.ts';
import { ackchain } from '../../src/chain/codec.ts';
import { genesisToJson, parseGenesis } from '../../src/chain/genesis.ts';
import { generateKeyPair } from '../../src/chain/keys.ts';
import { encodeChainState } from '../../src/state/chain-state.ts';
import { contractAddress, getContract } from '../../src/state/contracts.ts';
import { InvariantError } from '../../src/state/errors.ts';
import { openChain } from '../../src/state/genesis.ts';
import { ChainStore } from '../../src/store/chain-store.ts';
import { metaKey } from '../../src/store/keys.ts';
import { ChainFixture, makeGenesis, teamKeys } from '../support/chain-fixture.ts';

const { Severity } = ackchain;

describe('state: opening a store (openChain)', () => {
  let chain: ChainFixture;
  beforeEach(async () => { chain = await new ChainFixture().open(); });
  afterEach(async () => { await chain.close(); });

  const path = () => join(chain.dir, 'chain');
  /** Closes the fixture's store, runs `between` on the closed database, and opens a new ChainStore on it. */
  async function reopen(between?: () => Promise<void>): Promise<ChainStore> {
    await chain.store.close();
    await between?.();
    chain.store = await ChainStore.open(path());
    return chain.store;
  }

  it('resumes a used store at the chain state of its newest block', async () => {
    await chain.block(chain.tx(chain.teams.payments.integration, { triggerAlert: { team: 'payments', summary: 's', severity: Severity.SEVERITY_INFO } }));
    await chain.block();
    const head = chain.head;
    const resumed = await openChain(await reopen(), chain.genesis);
    // Decoded fields are Buffers where the committed ones were Uint8Arrays: compare encodings.
    assert.equal(toHex(encodeChainState(resumed)), toHex(encodeChainState(head)));
    assert.deepEqual(resumed.params, head.params);
    assert.equal(resumed.height, 2);
    assert.equal(resumed.validators.length, 1);
    assert.equal(toHex(resumed.validators[0].publicKey), toHex(chain.validator.publicKey));
    assert.equal(toHex(resumed.lastValidators[0].publicKey), toHex(chain.validator.publicKey));
    // The chain goes on from there.
    chain.head = resumed;
    assert.equal((await chain.block()).height, 3);
  });

  it('refuses a store made from another genesis, naming both hashes and what to do', async () => {
    const other = new ChainFixture().genesis;
    const store = await reopen();
    await assert.rejects(openChain(store, other), (e: unknown) => {
      assert.ok(e instanceof Error);
      assert.equal(e.message, `the data directory belongs to another genesis (${toHex(chain.genesis.hash)}, config has ${toHex(other.hash)}); `
        + 'if config/genesis.json is not the network\'s, put the network\'s back (every node\'s `ackchain genesis validate` prints the same hash); '
        + 'if the genesis was changed on purpose and this chain may be thrown away, move data/chain and data/wal aside and start again (keep data/signer_state.json: it is what stops a validator signing twice)');
      return true;
    });
    // Nothing was written: the store still opens with its own genesis.
    assert.equal((await openChain(store, chain.genesis)).height, 0);
  });

  it('reports a store that holds a genesis but no chain state as damaged (a broken invariant)', async () => {
    const store = await reopen(async () => {
      const raw = new Level<Uint8Array, Uint8Array>(path(), { keyEncoding: 'view', valueEncoding: 'view' });
      await raw.del(metaKey('head'));
      await raw.close();
    });
    await assert.rejects(openChain(store, chain.genesis), (e: unknown) => {
      assert.ok(e instanceof InvariantError, `expected an InvariantError, got ${String(e)}`);
      assert.equal(String(e), 'InvariantError: state invariant broken: the data directory has a genesis but no chain state: it is damaged');
      return true;
    });
    assert.equal(await store.chainState(), undefined, 'nothing was written');
  });
});

describe('state: the genesis state', () => {
  it('stores the genesis contracts at their addresses, deployed at height 0 by nobody', async () => {
    const json = genesisToJson(makeGenesis(generateKeyPair(), { payments: teamKeys() }).genesis) as { contracts: object[] };
    json.contracts = [{ name: 'policy', code: '3e01c9' }, { name: 'other', code: '3e02c9' }];
    const doc = parseGenesis(JSON.stringify(json));
    const dir = mkdtempSync(join(tmpdir(), 'ackchain-test-'));
    const store = await ChainStore.open(join(dir, 'chain'));
    try {
      await openChain(store, doc);
      for (const [name, code] of [['policy', [0x3e, 0x01, 0xc9]], ['other', [0x3e, 0x02, 0xc9]]] as const) {
        const contract = await getContract(store, contractAddress(Uint8Array.from(code)));
        assert.ok(contract, name);
        assert.equal(contract.name, name);
        assert.equal(toHex(contract.code), toHex(Uint8Array.from(code)));
        assert.equal(toHex(contract.deployer), '');
        assert.equal(contract.deployedHeight, 0);
      }
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
