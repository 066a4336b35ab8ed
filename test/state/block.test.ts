// One execution path, three uses: a block the proposer builds validates on another node with the
// same roots, and a block that is wrong in any way is refused with the reason, before anything of
// it is written.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toHex } from '../../src/chain/bytes.ts';
import { decodeBlock, encodeBlock, signCommit } from '../../src/chain/block.ts';
import { ackchain, encode } from '../../src/chain/codec.ts';
import { Code } from '../../src/chain/codes.ts';
import { genesisToJson, parseGenesis } from '../../src/chain/genesis.ts';
import { generateKeyPair, type KeyPair } from '../../src/chain/keys.ts';
import { checkTx, decodeTx, signTx, txHash, type CheckedTx } from '../../src/chain/tx.ts';
import { buildBlock, validateBlock, type ExecutedBlock } from '../../src/state/block.ts';
import { decodeChainState, type ChainState } from '../../src/state/chain-state.ts';
import { commitBlock } from '../../src/state/commit.ts';
import { BlockError } from '../../src/state/errors.ts';
import { openChain } from '../../src/state/genesis.ts';
import { ChainStore } from '../../src/store/chain-store.ts';
import { CHAIN_ID, ChainFixture, GENESIS_TIME, generateFixtureKeys, makeGenesis, teamKeys } from '../support/chain-fixture.ts';

const { Severity } = ackchain;
const trigger = (summary: string) => ({ triggerAlert: { team: 'payments', summary, severity: Severity.SEVERITY_ERROR } });

/** The block's bytes with its header changed (the txs and last commit kept). */
function withHeader(block: ExecutedBlock, change: Partial<ackchain.Header>): Uint8Array {
  const b = decodeBlock(block.blockBytes);
  return encodeBlock(encode.header({ ...block.header, ...change }), b.txs, b.lastCommit);
}

function withTxs(block: ExecutedBlock, txs: Uint8Array[]): Uint8Array {
  return encodeBlock(block.headerBytes, txs, decodeBlock(block.blockBytes).lastCommit);
}

describe('state: one execution path for proposing, validating and replaying blocks', () => {
  let proposer: ChainFixture;
  let validator: ChainFixture;
  beforeEach(async () => {
    proposer = await new ChainFixture().open();
    validator = await new ChainFixture({}, proposer).open();
  });
  afterEach(async () => { await proposer.close(); await validator.close(); });

  /** Builds the next block on the proposer without committing it. */
  async function propose(txs: Uint8Array[], timeMs = proposer.head.timeMs + 1000): Promise<ExecutedBlock> {
    const candidates = txs.map((t) => checkTx(t, { chainId: CHAIN_ID, maxTxBytes: 65536 }));
    return (await buildBlock(proposer.store, proposer.head, { timeMs, proposer: proposer.validator.publicKey, candidates })).block;
  }

  async function refuses(bytes: Uint8Array, reason: RegExp, nowMs?: number): Promise<void> {
    await assert.rejects(validateBlock(validator.store, validator.head, bytes, { nowMs }), (e: unknown) => {
      assert.ok(e instanceof BlockError, `expected a BlockError, got ${String(e)}`);
      assert.equal(e.name, 'BlockError');
      assert.match(e.message, reason);
      return true;
    });
  }

  it('validates every block the proposer built, with the same roots and hash, and both commit the same chain state', async () => {
    const { integration, responder } = proposer.teams.payments;
    const scripts = [
      [proposer.tx(integration, trigger('a')), proposer.tx(integration, trigger('b'))],
      [proposer.tx(responder, { acknowledgeAlert: { alert: { team: 'payments', number: 1 } } }), proposer.tx(proposer.stranger, trigger('refused'))],
      [],
      [proposer.tx(responder, { resolveAlert: { alert: { team: 'payments', number: 1 } } })],
    ];
    for (const txs of scripts) {
      const built = await propose(txs);
      const checked = await validateBlock(validator.store, validator.head, built.blockBytes);
      assert.equal(toHex(checked.hash), toHex(built.hash));
      assert.equal(toHex(checked.header.stateRoot), toHex(built.header.stateRoot));
      assert.equal(toHex(checked.header.resultsRoot), toHex(built.header.resultsRoot));
      assert.deepEqual(checked.txs.map((t) => t.receipt.code), built.txs.map((t) => t.receipt.code));
      await proposer.commit(built);
      await validator.commit(checked);
      assert.deepEqual(validator.head, proposer.head);
    }
    // A tx that fails is a receipt, not an invalid block.
    assert.equal((await proposer.store.getTxLocation(txHash(scripts[1][1]))) !== undefined, true);
  });

  it('refuses a header whose roots execution does not give, naming the field', async () => {
    const built = await propose([proposer.tx(proposer.teams.payments.integration, trigger('a'))]);
    const other = new Uint8Array(32).fill(7);
    await refuses(withHeader(built, { stateRoot: other }), /block 1: stateRoot is 0707.*execution gives/);
    await refuses(withHeader(built, { resultsRoot: other }), /block 1: resultsRoot is 0707/);
    await refuses(withHeader(built, { txRoot: other }), /block 1: txRoot is 0707/);
    await refuses(withHeader(built, { validatorsHash: other }), /validatorsHash is 0707/);
    await refuses(withHeader(built, { nextValidatorsHash: other }), /nextValidatorsHash is 0707/);
  });

  it('refuses a wrong chain id, height, previous hash or proposer', async () => {
    const built = await propose([]);
    await refuses(withHeader(built, { chainId: 'other' }), /chain id is "other", expected "test-chain"/);
    await refuses(withHeader(built, { height: 2 }), /height is 2, expected 1/);
    await refuses(withHeader(built, { prevBlockHash: new Uint8Array(32) }), /prev_block_hash is 0{64}, expected/);
    await refuses(withHeader(built, { proposer: generateKeyPair().publicKey }), /proposer [0-9a-f]{64} is not a validator/);
  });

  it('refuses a block time not after the last block, or more than the allowed drift ahead of its own clock', async () => {
    const last = proposer.head.timeMs;
    await refuses(withHeader(await propose([]), { timeMs: last }), new RegExp(`time ${last} is not after the previous block's ${last}`));
    const drift = proposer.head.params.maxClockDriftMs;
    const ahead = await propose([], last + 1000);
    // Exactly the drift ahead is allowed; one millisecond more is not.
    await validateBlock(validator.store, validator.head, ahead.blockBytes, { nowMs: last + 1000 - drift });
    await refuses(ahead.blockBytes, new RegExp(`more than ${drift} ms ahead of this node's clock`), last + 1000 - drift - 1);
  });

  it('refuses a tx with a bad signature, a malformed tx, a tx twice, an expired tx and a committed tx, naming the tx', async () => {
    const { integration } = proposer.teams.payments;
    const good = proposer.tx(integration, trigger('a'));
    const built = await propose([good]);
    const forged = encode.tx({ ...decodeTx(good, { chainId: CHAIN_ID, maxTxBytes: 65536 }), body: decodeTx(proposer.tx(integration, trigger('b')), { chainId: CHAIN_ID, maxTxBytes: 65536 }).bodyBytes });
    await refuses(withTxs(built, [forged]), /tx 0 is invalid: signature does not verify/);
    await refuses(withTxs(built, [new Uint8Array([1, 2, 3])]), /tx 0 is invalid: malformed tx/);
    await refuses(withTxs(built, [good, good]), /tx 1 \([0-9a-f]+\) appears twice/);
    const expired = signTx({ chainId: CHAIN_ID, expiresAtMs: proposer.head.timeMs + 1000, memo: '', ...trigger('late') }, integration);
    await refuses(withTxs(built, [expired]), /tx 0 .* may not be included: tx expired at/);
    const tooFar = signTx({ chainId: CHAIN_ID, expiresAtMs: proposer.head.timeMs + 1000 + proposer.head.params.maxTxTtlMs + 1, memo: '', ...trigger('far') }, integration);
    await refuses(withTxs(built, [tooFar]), /tx 0 .* may not be included: .*more than the max TTL/);
    // Once committed, the same bytes may not come again.
    await proposer.commit(built);
    await validator.commit(await validateBlock(validator.store, validator.head, built.blockBytes));
    const again = await propose([]);
    await refuses(withTxs(again, [good]), /tx 0 .* may not be included: tx [0-9a-f]+ is already committed/);
  });

  it('refuses a last commit that is missing, for another block, or signed by a stranger', async () => {
    await refuses(encodeBlock((await propose([])).headerBytes, [], new Uint8Array([1])), /the first block must not carry a last commit/);
    const first = await propose([]);
    await proposer.commit(first);
    await validator.commit(await validateBlock(validator.store, validator.head, first.blockBytes));
    const second = await propose([]);
    const header = second.headerBytes;
    const commitFor = (blockHash: Uint8Array, signer = proposer.validator) =>
      signCommit({ chainId: CHAIN_ID, height: 1, round: 0, blockHash, timestampMs: 1 }, [signer]);
    await refuses(encodeBlock(header, [], new Uint8Array(0)), /last_commit is invalid/);
    await refuses(encodeBlock(header, [], commitFor(new Uint8Array(32))), /last_commit is invalid: commit is for block 0{64}/);
    await refuses(encodeBlock(header, [], commitFor(first.hash, generateKeyPair())), /last_commit is invalid: signature 0: [0-9a-f]+ is not a validator/);
  });

  it('refuses a block whose bytes are not the canonical encoding of its parts', async () => {
    const built = await propose([]);
    await refuses(new Uint8Array([...built.blockBytes, 0x20, 0x01]), /not canonically encoded/);
  });

  it('refuses bytes that are not a block at all as malformed', async () => {
    await refuses(new Uint8Array([0x0a, 0xff, 0xff, 0x01]), /^malformed block: /);
    await refuses(new Uint8Array([0xff]), /^malformed block: /);
  });

  it('does not verify again a tx the node verified on admission (its mempool hands it over by hash)', async () => {
    const good = proposer.tx(proposer.teams.payments.integration, trigger('a'));
    const built = await propose([good]);
    const seen: string[] = [];
    const known: CheckedTx = checkTx(good, { chainId: CHAIN_ID, maxTxBytes: 65536 });
    const executed = await validateBlock(validator.store, validator.head, built.blockBytes, {
      knownTx: (hash) => { seen.push(toHex(hash)); return toHex(hash) === toHex(known.hash) ? known : undefined; },
    });
    assert.deepEqual(seen, [toHex(txHash(good))]);
    assert.equal(executed.txs[0].receipt.code, Code.ok);
  });
});

describe('state: the proposer re-checks each tx against the block\'s own time', () => {
  let chain: ChainFixture;
  beforeEach(async () => { chain = await new ChainFixture().open(); });
  afterEach(async () => { await chain.close(); });

  it('leaves out a tx whose expiry is more than max_tx_ttl past the block time (the clock stepped back), and includes it once time allows', async () => {
    const ttl = chain.head.params.maxTxTtlMs;
    const t0 = chain.head.timeMs + 1000;
    // Admitted when the proposer's clock read t0 + 5000: valid then, expiring at the TTL's edge.
    const tx = checkTx(signTx({ chainId: CHAIN_ID, expiresAtMs: t0 + 5000 + ttl, memo: '', ...trigger('x') }, chain.teams.payments.integration), { chainId: CHAIN_ID, maxTxBytes: 65536 });
    const early = await buildBlock(chain.store, chain.head, { timeMs: t0, proposer: chain.validator.publicKey, candidates: [tx] });
    assert.equal(early.block.txs.length, 0);
    assert.equal(early.excluded.length, 1);
    assert.equal(early.excluded[0].reason.code, Code.expired);
    assert.match(early.excluded[0].reason.message, /more than the max TTL/);
    const onTime = await buildBlock(chain.store, chain.head, { timeMs: t0 + 5000, proposer: chain.validator.publicKey, candidates: [tx] });
    assert.equal(onTime.block.txs.length, 1);
    assert.equal(onTime.excluded.length, 0);
  });

  it('refuses to build a block whose time is not after the last block\'s', async () => {
    const last = chain.head.timeMs;
    await assert.rejects(buildBlock(chain.store, chain.head, { timeMs: last, proposer: chain.validator.publicKey, candidates: [] }),
      new RegExp(`block time ${last} is not after the last block's ${last}`));
    const next = await buildBlock(chain.store, chain.head, { timeMs: last + 1, proposer: chain.validator.publicKey, candidates: [] });
    assert.equal(next.block.header.timeMs, last + 1);
  });

  it('fills a block up to max_block_txs exactly and leaves the rest for the next', async () => {
    const small = await new ChainFixture({ max_block_txs: 2 }).open();
    try {
      const txs = [1, 2, 3].map((i) => checkTx(small.tx(small.teams.payments.integration, trigger(`t${i}`)), { chainId: CHAIN_ID, maxTxBytes: 65536 }));
      const { block, excluded } = await buildBlock(small.store, small.head, { timeMs: small.head.timeMs + 1, proposer: small.validator.publicKey, candidates: txs });
      assert.deepEqual(block.txs.map((t) => toHex(t.hash)), txs.slice(0, 2).map((t) => toHex(t.hash)));
      assert.equal(excluded.length, 0);
    } finally {
      await small.close();
    }
  });
});

describe('state: a block at the limits of max_block_txs and max_block_bytes', () => {
  // One set of keys for both nodes, so that txs can be signed before either chain exists (their
  // sizes decide the limits).
  const keys = generateFixtureKeys();
  const tx = (summary: string) =>
    signTx({ chainId: CHAIN_ID, expiresAtMs: GENESIS_TIME + 60_000, memo: '', ...trigger(summary) }, keys.teams.payments.integration);
  let proposer: ChainFixture;
  let validator: ChainFixture;
  async function open(params: Record<string, number>): Promise<void> {
    proposer = await new ChainFixture(params, keys).open();
    validator = await new ChainFixture(params, keys).open();
  }
  afterEach(async () => { await proposer.close(); await validator.close(); });

  async function propose(txs: Uint8Array[]): Promise<ExecutedBlock> {
    const candidates = txs.map((t) => checkTx(t, { chainId: CHAIN_ID, maxTxBytes: proposer.head.params.maxTxBytes }));
    const { block, excluded } = await buildBlock(proposer.store, proposer.head, { timeMs: proposer.head.timeMs + 1000, proposer: keys.validator.publicKey, candidates });
    assert.deepEqual(excluded, []);
    assert.equal(block.txs.length, txs.length, 'the proposer took every tx');
    return block;
  }

  async function refuses(bytes: Uint8Array, message: string): Promise<void> {
    await assert.rejects(validateBlock(validator.store, validator.head, bytes), (e: unknown) => {
      assert.ok(e instanceof BlockError, `expected a BlockError, got ${String(e)}`);
      assert.equal(e.message, message);
      return true;
    });
  }

  it('validates a block of exactly max_block_txs txs, and refuses one with a tx more', async () => {
    await open({ max_block_txs: 2 });
    const built = await propose([tx('a'), tx('b')]);
    const checked = await validateBlock(validator.store, validator.head, built.blockBytes);
    assert.equal(toHex(checked.hash), toHex(built.hash));
    await refuses(withTxs(built, [tx('a'), tx('b'), tx('c')]), 'block 1: 3 txs exceed max_block_txs 2');
  });

  it('validates a block whose txs add up to exactly max_block_bytes, and refuses one a byte larger', async () => {
    const [a, b, bLonger] = [tx('a'), tx('b'), tx('bb')];
    assert.equal(bLonger.length, b.length + 1);
    const limit = a.length + b.length;
    await open({ max_block_bytes: limit, max_tx_bytes: limit });
    const built = await propose([a, b]);
    const checked = await validateBlock(validator.store, validator.head, built.blockBytes);
    assert.equal(toHex(checked.hash), toHex(built.hash));
    await refuses(withTxs(built, [a, bLonger]), `block 1: ${limit + 1} bytes of txs exceed max_block_bytes ${limit}`);
  });
});

describe('state: a chain of two validators (proposers, and commits that certify a block)', () => {
  let dir: string;
  let store: ChainStore;
  let head: ChainState;
  let a: KeyPair;
  let b: KeyPair;
  beforeEach(async () => {
    [a, b] = [generateKeyPair(), generateKeyPair()];
    const json = genesisToJson(makeGenesis(a, { payments: teamKeys() }).genesis) as { validators: object[] };
    json.validators.push({ team: 'payments', public_key: toHex(b.publicKey), power: 10, peer_id: '' });
    const doc = parseGenesis(JSON.stringify(json));
    assert.deepEqual(doc.genesis.validators.map((v) => [toHex(v.publicKey!), v.power]), [[toHex(a.publicKey), 10], [toHex(b.publicKey), 10]]);
    dir = mkdtempSync(join(tmpdir(), 'ackchain-test-'));
    store = await ChainStore.open(join(dir, 'chain'));
    head = await openChain(store, doc);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const build = async (proposer: KeyPair) =>
    (await buildBlock(store, head, { timeMs: head.timeMs + 1000, proposer: proposer.publicKey, candidates: [] })).block;
  const commitOf = (block: ExecutedBlock, signers: KeyPair[], blockHash = block.hash) =>
    signCommit({ chainId: CHAIN_ID, height: block.height, round: 0, blockHash, timestampMs: block.header.timeMs }, signers);

  it('validates a block proposed by either validator', async () => {
    for (const proposer of [a, b]) {
      const built = await build(proposer);
      const checked = await validateBlock(store, head, built.blockBytes);
      assert.equal(toHex(checked.header.proposer), toHex(proposer.publicKey));
      assert.equal(toHex(checked.hash), toHex(built.hash));
    }
  });

  it('refuses to commit a block with a commit that does not certify it, and writes nothing', async () => {
    const block = await build(a);
    const refusing = `refusing to commit block 1 (${toHex(block.hash)}): `;
    const other = new Uint8Array(32).fill(9);
    const stranger = generateKeyPair();
    const refusals: [Uint8Array, string][] = [
      [commitOf(block, [a]), `${refusing}commit has 10 of 20 voting power; more than 2/3 is needed`],
      [commitOf(block, [a, b], other), `${refusing}commit is for block ${toHex(other)}, expected ${toHex(block.hash)}`],
      [commitOf(block, [a, stranger]), `${refusing}signature 1: ${toHex(stranger.publicKey)} is not a validator`],
    ];
    for (const [commit, message] of refusals) {
      await assert.rejects(commitBlock(store, head, block, commit), (e: unknown) => {
        assert.ok(e instanceof Error);
        assert.equal(e.message, message);
        return true;
      });
      assert.equal(decodeChainState((await store.chainState())!).height, 0);
      assert.equal(await store.getBlock(1), undefined);
      assert.equal(await store.getCommit(1), undefined);
    }
    const next = await commitBlock(store, head, block, commitOf(block, [a, b]));
    assert.equal(next.height, 1);
    assert.equal(toHex((await store.getBlock(1))!), toHex(block.blockBytes));
    assert.equal(decodeChainState((await store.chainState())!).height, 1);
  });
});
