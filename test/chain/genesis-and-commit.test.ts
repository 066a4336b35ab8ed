import assert from 'node:assert/strict';
import { toHex } from '../../src/chain/bytes.ts';
import { signVote, verifyCommit, CommitError } from '../../src/chain/block.ts';
import { ackchain, encode } from '../../src/chain/codec.ts';
import { genesisToJson, parseGenesis, GenesisError } from '../../src/chain/genesis.ts';
import { generateKeyPair } from '../../src/chain/keys.ts';
import { sha256 } from '../../src/chain/hash.ts';

const admin = toHex(generateKeyPair().publicKey);
const validatorKey = toHex(generateKeyPair().publicKey);
const good = () => ({
  chain_id: 'acme-1', genesis_time_ms: 1_700_000_000_000,
  validators: [{ team: 'sre', public_key: validatorKey, power: 10 }],
  teams: [{ id: 'payments', name: 'Payments', members: [{ account: admin, handle: 'a@x', role: 'admin' }], integrations: [] as object[] }],
});

describe('chain: genesis', () => {
  it('parses a good genesis, fills default params, and round-trips through its JSON form', () => {
    const doc = parseGenesis(JSON.stringify(good()));
    assert.equal(doc.genesis.chainId, 'acme-1');
    assert.equal(doc.params.maxTxTtlMs, 600_000);
    assert.equal(toHex(parseGenesis(JSON.stringify(genesisToJson(doc.genesis))).hash), toHex(doc.hash));
  });

  it('rejects a bad genesis with the field that is wrong', () => {
    const cases: [(g: any) => void, RegExp][] = [
      [(g) => { g.chain_id = 'bad id!'; }, /chain_id/],
      [(g) => { g.teams.push({ ...g.teams[0] }); }, /teams\[1\]\.id: duplicate team/],
      [(g) => { g.teams[0].id = 'Payments'; }, /teams\[0\]\.id: must be a slug/],
      [(g) => { g.teams[0].members[0].role = 'responder'; }, /teams\[0\]\.members: a team needs at least one admin/],
      [(g) => { g.validators.push({ ...g.validators[0] }); }, /validators\[1\]\.public_key: duplicate validator/],
      [(g) => { g.validators[0].power = 0; }, /validators\[0\]\.power: must be positive/],
      [(g) => { g.validators = []; }, /at least one validator/],
      [(g) => { g.params = { max_tx_tll_ms: 5 }; }, /params\.max_tx_tll_ms: unknown parameter/],
      [(g) => { g.teams[0].members[0].account = 'xyz'; }, /teams\[0\]\.members\[0\]\.account: not hex/],
      [(g) => { g.genesis_time_ms = -1; }, /genesis_time_ms/],
    ];
    for (const [mutate, message] of cases) {
      const g = good();
      mutate(g);
      assert.throws(() => parseGenesis(JSON.stringify(g)), (e: unknown) => e instanceof GenesisError && message.test((e as Error).message), String(message));
    }
    assert.throws(() => parseGenesis('{'), /not JSON/);
  });
});

describe('chain: commits', () => {
  const validators = [0, 1, 2, 3].map(() => generateKeyPair());
  const set = validators.map((v) => ackchain.Validator.create({ team: 't', publicKey: v.publicKey, power: 10 }));
  const blockHash = sha256(new Uint8Array([1]));
  const vote = { chainId: 'c', type: ackchain.VoteType.VOTE_TYPE_PRECOMMIT, height: 5, round: 0, blockHash, timestampMs: 1 };
  const commit = (sigs: ackchain.CommitSig.$Properties[], hash = blockHash) => encode.commit({ height: 5, round: 0, blockHash: hash, signatures: sigs });
  const expect = { chainId: 'c', height: 5, blockHash, validators: set };

  it('accepts precommits of more than 2/3 of the power', () => {
    verifyCommit(commit(validators.slice(0, 3).map((v) => signVote(vote, v))), expect);
  });

  it('rejects commits that do not prove the block', () => {
    const sigs = validators.map((v) => signVote(vote, v));
    const rejects = (bytes: Uint8Array, message: RegExp, expectation = expect) =>
      assert.throws(() => verifyCommit(bytes, expectation), (e: unknown) => e instanceof CommitError && message.test((e as Error).message));
    rejects(commit(sigs.slice(0, 2)), /more than 2\/3 is needed/);
    rejects(commit([...sigs.slice(0, 2), signVote(vote, generateKeyPair())]), /is not a validator/);
    rejects(commit([sigs[0], sigs[0], sigs[1]]), /signed twice/);
    rejects(commit(validators.slice(0, 3).map((v) => signVote({ ...vote, type: ackchain.VoteType.VOTE_TYPE_PREVOTE }, v))), /not a precommit/);
    rejects(commit(validators.slice(0, 3).map((v) => signVote({ ...vote, height: 6 }, v))), /not a precommit for this block/);
    rejects(commit(sigs.slice(0, 3)), /commit is for block/, { ...expect, blockHash: sha256(blockHash) });
    rejects(commit(sigs.slice(0, 3)), /commit is for height 5, expected 6/, { ...expect, height: 6 });
    const forged = { ...sigs[2], signature: Uint8Array.from(sigs[2].signature!, (b, i) => (i === 0 ? b ^ 1 : b)) };
    rejects(commit([sigs[0], sigs[1], forged]), /does not verify/);
  });
});
