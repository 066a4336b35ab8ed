// genesis.json: a good one parses to the Genesis message every node hashes identically; each
// kind of bad one is refused with a message that names the field.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { toHex } from '../../src/chain/bytes.ts';
import { ackchain, decode, encode } from '../../src/chain/codec.ts';
import { DEFAULT_PARAMS, GenesisError, genesisToJson, isSlug, MAX_TEAM_MEMBERS, MIN_TX_GAS, parseGenesis, parseRole, roleName, validatorsHash } from '../../src/chain/genesis.ts';
import { sha256 } from '../../src/chain/hash.ts';
import { keyPairFromPrivate } from '../../src/chain/keys.ts';

type Json = Record<string, any>;

const hexKey = (n: number): string => toHex(keyPairFromPrivate(new Uint8Array(32).fill(n)).publicKey);

function goodGenesis(): Json {
  return {
    chain_id: 'acme-prod.1',
    genesis_time_ms: 1_700_000_000_000,
    params: { max_tx_ttl_ms: 300_000, batch_delay_ms: 0 },
    validators: [
      { team: 'platform', public_key: hexKey(1), power: 10, peer_id: '12D3KooWPJTsNjE2ejrjqDiodyG2h13W7iw3xRquU8sBputeeagc' },
      { team: 'payments', public_key: hexKey(2), power: 5 },
    ],
    teams: [
      {
        id: 'platform', name: 'Platform',
        members: [{ account: hexKey(11), handle: 'ada@acme.example', role: 'admin' }, { account: hexKey(12), handle: 'bob@acme.example', role: 'responder' }],
        integrations: [{ account: hexKey(13), name: 'alertmanager' }],
      },
      { id: 'payments-2', members: [{ account: hexKey(21), handle: 'cy@acme.example', role: 'admin' }] },
    ],
    contracts: [{ name: 'policy', code: '3e01c9' }],
  };
}

/** Checks that the mutated good genesis is refused with a message matching `message`, or equal to it. */
function refuses(mutate: (g: Json) => unknown, message: RegExp | string): void {
  const g = goodGenesis();
  mutate(g);
  assert.throws(() => parseGenesis(JSON.stringify(g)), (e: unknown) => {
    assert.ok(e instanceof GenesisError, `expected a GenesisError, got ${String(e)}`);
    assert.match(e.message, /^genesis: /);
    if (typeof message === 'string') assert.equal(e.message, message);
    else assert.match(e.message, message);
    return true;
  });
}

describe('chain/genesis: parseGenesis', () => {
  it('parses a good genesis, fills in the default parameters, and hashes the encoded message', () => {
    const doc = parseGenesis(JSON.stringify(goodGenesis()));
    const g = doc.genesis;
    assert.equal(g.chainId, 'acme-prod.1');
    assert.equal(g.genesisTimeMs, 1_700_000_000_000);
    assert.deepEqual(doc.params, { ...DEFAULT_PARAMS, maxTxTtlMs: 300_000, batchDelayMs: 0 });
    assert.equal(g.validators.length, 2);
    assert.equal(toHex(g.validators[0].publicKey!), hexKey(1));
    assert.deepEqual([g.validators[0].power, g.validators[0].peerId, g.validators[1].peerId], [10, '12D3KooWPJTsNjE2ejrjqDiodyG2h13W7iw3xRquU8sBputeeagc', '']);
    assert.deepEqual(g.teams.map((t) => [t.id, t.name]), [['platform', 'Platform'], ['payments-2', 'payments-2']], 'the name defaults to the id');
    assert.deepEqual(g.teams[0].members!.map((m) => [m.handle, m.role]),
      [['ada@acme.example', ackchain.Role.ROLE_ADMIN], ['bob@acme.example', ackchain.Role.ROLE_RESPONDER]]);
    assert.equal(toHex(g.teams[0].integrations![0].account!), hexKey(13));
    assert.equal(toHex(g.contracts[0].code!), '3e01c9');
    assert.equal(toHex(doc.bytes), toHex(encode.genesis(g)));
    assert.equal(toHex(doc.hash), toHex(sha256(doc.bytes)));
    // The encoded bytes decode back to the same genesis.
    assert.equal(toHex(encode.genesis(decode.genesis(doc.bytes))), toHex(doc.bytes));
  });

  it('accepts a minimal genesis (one validator, no teams, no params)', () => {
    const doc = parseGenesis(JSON.stringify({ chain_id: 'x', genesis_time_ms: 0, validators: [{ public_key: hexKey(1), power: 1 }] }));
    assert.deepEqual(doc.params, DEFAULT_PARAMS);
    assert.deepEqual(doc.genesis.teams, []);
  });

  it('hashes equal documents equally and different ones differently, whatever the JSON key order', () => {
    const a = goodGenesis();
    const reordered = Object.fromEntries(Object.entries(a).reverse());
    assert.equal(toHex(parseGenesis(JSON.stringify(reordered)).hash), toHex(parseGenesis(JSON.stringify(a)).hash));
    const b = goodGenesis();
    b.validators[1].power = 6;
    assert.notEqual(toHex(parseGenesis(JSON.stringify(b)).hash), toHex(parseGenesis(JSON.stringify(a)).hash));
  });

  it('refuses text that is not a JSON object', () => {
    assert.throws(() => parseGenesis('{"chain_id": '), /^GenesisError: genesis: not JSON/);
    assert.throws(() => parseGenesis('[]'), /genesis: \(root\): must be an object/);
    assert.throws(() => parseGenesis('null'), /genesis: \(root\): must be an object/);
  });

  it('refuses a bad chain id', () => {
    refuses((g) => { delete g.chain_id; }, 'genesis: chain_id: missing');
    refuses((g) => { g.chain_id = 7; }, /chain_id: must be a string/);
    for (const bad of ['', 'has space', 'semi;colon', 'ü', 'x'.repeat(51)]) {
      refuses((g) => { g.chain_id = bad; }, /chain_id: must be 1-50 characters/);
    }
    assert.doesNotThrow(() => parseGenesis(JSON.stringify({ ...goodGenesis(), chain_id: 'A_b-c.9'.padEnd(50, 'z') })));
  });

  it('refuses a bad genesis time', () => {
    for (const bad of [-1, 1.5, '1', null, 2 ** 53]) refuses((g) => { g.genesis_time_ms = bad; }, /genesis_time_ms: must be a non-negative integer/);
  });

  it('refuses duplicate teams and bad slugs, naming the team', () => {
    refuses((g) => { g.teams[1].id = 'platform'; }, /teams\[1\]\.id: duplicate team "platform"/);
    for (const bad of ['Platform', '-ops', 'ops-', 'a_b', 'a b', 'a'.repeat(33), '', 'ops.eu']) {
      refuses((g) => { g.teams[1].id = bad; }, /teams\[1\]\.id: must be a slug/);
    }
    refuses((g) => { delete g.teams[0].id; }, 'genesis: teams[0].id: missing');
    for (const good of ['a', '0', 'a-b', 'a'.repeat(32), 'x1-2-y']) assert.ok(isSlug(good), good);
  });

  it('refuses a team without an admin, bad roles and accounts listed twice', () => {
    refuses((g) => { g.teams[0].members[0].role = 'responder'; }, /teams\[0\]\.members: a team needs at least one admin/);
    refuses((g) => { g.teams[1].members = []; }, /teams\[1\]\.members: a team needs at least one admin/);
    refuses((g) => { g.teams[1].members[0].role = 'owner'; }, /teams\[1\]\.members\[0\]\.role: must be "admin" or "responder"/);
    refuses((g) => { g.teams[0].members[1].account = hexKey(11); }, /teams\[0\]\.members\[1\]\.account: account listed twice/);
    refuses((g) => { g.teams[0].integrations[0].account = hexKey(12); }, /teams\[0\]\.integrations\[0\]\.account: account listed twice/);
    refuses((g) => { g.teams[0].members[0].handle = 5; }, /teams\[0\]\.members\[0\]\.handle: must be a string/);
    refuses((g) => { g.teams = {}; }, /teams: must be an array/);
    refuses((g) => { g.teams[0] = 'platform'; }, /teams\[0\]: must be an object/);
  });

  it('refuses duplicate validators, zero or bad power, and an empty validator set', () => {
    refuses((g) => { g.validators[1].public_key = hexKey(1); }, /validators\[1\]\.public_key: duplicate validator/);
    refuses((g) => { g.validators[1].public_key = hexKey(1).toUpperCase(); }, /validators\[1\]\.public_key: duplicate validator/);
    refuses((g) => { g.validators[0].power = 0; }, /validators\[0\]\.power: must be positive/);
    for (const bad of [-1, 0.5, '10', null]) refuses((g) => { g.validators[1].power = bad; }, /validators\[1\]\.power: must be a non-negative integer/);
    refuses((g) => { g.validators = []; }, /validators: at least one validator is needed/);
    refuses((g) => { delete g.validators; }, /validators: at least one validator is needed/);
  });

  it('refuses a peer id that no node key gives, and one peer id for two validators', () => {
    const id = '12D3KooWPJTsNjE2ejrjqDiodyG2h13W7iw3xRquU8sBputeeagc';
    refuses((g) => { g.validators[1].peer_id = 'bogus'; }, /validators\[1\]\.peer_id: "bogus" is not the peer id of a node key \(12D3KooW and 44 more base58 characters/);
    refuses((g) => { g.validators[1].peer_id = id.slice(0, -1); }, /validators\[1\]\.peer_id: .* is not the peer id of a node key/);
    refuses((g) => { g.validators[1].peer_id = id + 'a'; }, /validators\[1\]\.peer_id: .* is not the peer id of a node key/);
    refuses((g) => { g.validators[1].peer_id = id.slice(0, -1) + '0'; }, /is not the peer id of a node key/);
    refuses((g) => { g.validators[1].peer_id = id; }, /validators\[1\]\.peer_id: two validators with one peer id/);
    const other = goodGenesis() as { validators: { peer_id: string }[] };
    other.validators[1].peer_id = id.slice(0, -1) + 'b';
    assert.equal(parseGenesis(JSON.stringify(other)).genesis.validators[1].peerId, id.slice(0, -1) + 'b');
  });

  it('refuses unknown and out-of-range parameters', () => {
    refuses((g) => { g.params.max_peers = 1; }, 'genesis: params.max_peers: unknown field');
    refuses((g) => { g.params.maxTxTtlMs = 1; }, 'genesis: params.maxTxTtlMs: unknown field (did you mean "max_tx_ttl_ms"?)');
    refuses((g) => { g.params.max_tx_bytes = '10'; }, /params\.max_tx_bytes: must be a non-negative integer/);
    refuses((g) => { g.params.timeout_propose_ms = -5; }, /params\.timeout_propose_ms: must be a non-negative integer/);
    refuses((g) => { g.params.max_tx_ttl_ms = 0; }, /params\.max_tx_ttl_ms: must be positive/);
    refuses((g) => { g.params.max_block_txs = 0; }, /params\.max_block_txs: must be positive/);
    refuses((g) => { g.params.empty_block_interval_ms = 0; }, /params\.empty_block_interval_ms: must be positive/);
    refuses((g) => { g.params.max_tx_bytes = DEFAULT_PARAMS.maxBlockBytes + 1; }, /params\.max_tx_bytes: must not exceed max_block_bytes/);
    refuses((g) => { g.params.max_tx_gas = MIN_TX_GAS - 1; }, 'genesis: params.max_tx_gas: must be at least 10000: the default policy contracts must always fit');
    assert.equal(parseGenesis(JSON.stringify({ ...goodGenesis(), params: { max_tx_gas: MIN_TX_GAS } })).params.maxTxGas, MIN_TX_GAS);
    refuses((g) => { g.params.max_tx_gas = 20_000; g.params.max_block_gas = 19_999; }, 'genesis: params.max_tx_gas: must not exceed max_block_gas');
    assert.equal(parseGenesis(JSON.stringify({ ...goodGenesis(), params: { max_tx_gas: 20_000, max_block_gas: 20_000 } })).params.maxBlockGas, 20_000);
    refuses((g) => { g.params = [1]; }, /params: must be an object/);
  });

  it('refuses unknown fields at every level, naming the path and the field probably meant', () => {
    refuses((g) => { g.team = g.teams; delete g.teams; }, 'genesis: team: unknown field (did you mean "teams"?)');
    refuses((g) => { g.chainId = 'x'; }, 'genesis: chainId: unknown field (did you mean "chain_id"?)');
    refuses((g) => { g.comment = 'x'; }, 'genesis: comment: unknown field');
    refuses((g) => { g.validators[1].pubkey = hexKey(3); }, 'genesis: validators[1].pubkey: unknown field');
    refuses((g) => { g.validators[0].peerid = ''; }, 'genesis: validators[0].peerid: unknown field (did you mean "peer_id"?)');
    refuses((g) => { g.teams[1].member = g.teams[1].members; }, 'genesis: teams[1].member: unknown field (did you mean "members"?)');
    refuses((g) => { g.teams[0].members[1].roles = 'admin'; }, 'genesis: teams[0].members[1].roles: unknown field (did you mean "role"?)');
    refuses((g) => { g.teams[0].integrations[0].nmae = 'x'; }, 'genesis: teams[0].integrations[0].nmae: unknown field (did you mean "name"?)');
    refuses((g) => { g.contracts[0].bytecode = '00'; }, 'genesis: contracts[0].bytecode: unknown field');
  });

  it('says "missing" for a required field that is absent', () => {
    refuses((g) => { delete g.genesis_time_ms; }, 'genesis: genesis_time_ms: missing');
    refuses((g) => { delete g.validators[1].public_key; }, 'genesis: validators[1].public_key: missing');
    refuses((g) => { delete g.validators[0].power; }, 'genesis: validators[0].power: missing');
    refuses((g) => { delete g.teams[0].members[1].account; }, 'genesis: teams[0].members[1].account: missing');
    refuses((g) => { delete g.teams[0].members[0].handle; }, 'genesis: teams[0].members[0].handle: missing');
    refuses((g) => { delete g.teams[1].members[0].role; }, 'genesis: teams[1].members[0].role: missing');
    refuses((g) => { delete g.teams[0].integrations[0].name; }, 'genesis: teams[0].integrations[0].name: missing');
    refuses((g) => { delete g.contracts[0].code; }, 'genesis: contracts[0].code: missing');
    refuses((g) => { delete g.contracts[0].name; }, 'genesis: contracts[0].name: missing');
  });

  it('refuses keys and code that are not hex of the right length', () => {
    refuses((g) => { g.validators[0].public_key = 'zz' + hexKey(1).slice(2); }, /validators\[0\]\.public_key: not hex/);
    refuses((g) => { g.validators[0].public_key = hexKey(1).slice(2); }, /validators\[0\]\.public_key: expected 32 bytes of hex, got 31/);
    refuses((g) => { g.validators[0].public_key = hexKey(1) + '0'; }, /validators\[0\]\.public_key: not hex/);
    refuses((g) => { g.validators[0].public_key = 12; }, /validators\[0\]\.public_key: must be a string/);
    refuses((g) => { g.teams[0].members[1].account = 'not-a-key'; }, /teams\[0\]\.members\[1\]\.account: not hex/);
    refuses((g) => { g.teams[0].integrations[0].account = ''; }, /teams\[0\]\.integrations\[0\]\.account: expected 32 bytes/);
    refuses((g) => { g.contracts[0].code = '3e0'; }, /contracts\[0\]\.code: not hex/);
    refuses((g) => { g.contracts[0].code = ''; }, /contracts\[0\]\.code: must be 1 to 32768 bytes/);
    refuses((g) => { g.params.max_contract_bytes = 2; }, 'genesis: contracts[0].code: must be 1 to 2 bytes');
  });

  it('points a team\'s policy slots at contracts the genesis carries, and at nothing else', () => {
    const address = toHex(sha256(Uint8Array.from([0x3e, 0x01, 0xc9])));
    const g = goodGenesis();
    g.teams[0].contracts = { authorize: address };
    const doc = parseGenesis(JSON.stringify(g));
    assert.deepEqual((doc.genesis.teams[0].contracts as ackchain.ContractAssignment[]).map((a) => [a.slot, toHex(a.address)]), [['authorize', address]]);
    assert.deepEqual((genesisToJson(doc.genesis) as { teams: { contracts?: object }[] }).teams[0].contracts, { authorize: address });
    refuses((x) => { x.teams[0].contracts = { approve: address }; }, /teams\[0\]\.contracts\.approve: unknown field/);
    refuses((x) => { x.teams[0].contracts = { escalate: address.slice(2) }; }, /teams\[0\]\.contracts\.escalate: expected 32 bytes of hex, got 31/);
    refuses((x) => { x.teams[0].contracts = { 'ola-evaluate': '00'.repeat(32) }; },
      `genesis: teams[0].contracts.ola-evaluate: ${'00'.repeat(32)} is not the address (SHA-256 of the code) of a contract in "contracts"`);
  });

  it('takes contract code of exactly max_contract_bytes', () => {
    const g = goodGenesis();
    g.params.max_contract_bytes = 3;
    assert.equal(g.contracts[0].code, '3e01c9');
    assert.equal(toHex(parseGenesis(JSON.stringify(g)).genesis.contracts[0].code!), '3e01c9');
  });

  it('refuses an account that is not a usable Ed25519 key (the identity point, of small order)', () => {
    const identity = '01' + '00'.repeat(31);
    const message = 'not a valid Ed25519 public key (a canonical point not of small order): nobody could sign for it';
    refuses((g) => { g.validators[1].public_key = identity; }, `genesis: validators[1].public_key: ${message}`);
    refuses((g) => { g.teams[0].members[0].account = identity; }, `genesis: teams[0].members[0].account: ${message}`);
  });

  it('suggests a field only when it is at most two edits away', () => {
    refuses((g) => { g.teamsxy = g.teams; delete g.teams; }, 'genesis: teamsxy: unknown field (did you mean "teams"?)');
    refuses((g) => { g.teamsxyz = g.teams; delete g.teams; }, 'genesis: teamsxyz: unknown field');
    refuses((g) => { g.xteamsxy = g.teams; delete g.teams; }, 'genesis: xteamsxy: unknown field');
  });
});

describe('chain/genesis: genesisToJson', () => {
  it('gives JSON that parses to the same genesis hash', () => {
    const doc = parseGenesis(JSON.stringify(goodGenesis()));
    const again = parseGenesis(JSON.stringify(genesisToJson(doc.genesis)));
    assert.equal(toHex(again.hash), toHex(doc.hash));
    assert.deepEqual(again.params, doc.params);
  });

  it('gives the same JSON for a genesis decoded from its bytes, zero-valued parameters included', () => {
    const doc = parseGenesis(JSON.stringify(goodGenesis()));
    assert.equal(doc.params.batchDelayMs, 0);
    const decoded = decode.genesis(doc.bytes);
    assert.deepEqual(genesisToJson(decoded), genesisToJson(doc.genesis));
    assert.equal(toHex(parseGenesis(JSON.stringify(genesisToJson(decoded))).hash), toHex(doc.hash));
  });

  it('round-trips random genesis documents (property)', () => {
    const slug = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,6}[a-z0-9])?$/);
    const param = fc.constantFrom(...Object.keys(DEFAULT_PARAMS).filter((k) => !['maxTxTtlMs', 'maxBlockTxs', 'emptyBlockIntervalMs', 'maxTxBytes', 'maxBlockBytes', 'maxContractBytes', 'maxDeadlinesPerBlock', 'maxTxGas', 'maxBlockGas', 'tzdbVersion'].includes(k)));
    const arb = fc.record({
      chainId: fc.stringMatching(/^[a-zA-Z0-9._-]{1,50}$/),
      time: fc.maxSafeNat(),
      params: fc.dictionary(param, fc.nat()),
      validators: fc.uniqueArray(fc.record({ key: fc.integer({ min: 1, max: 255 }), power: fc.integer({ min: 1, max: 2 ** 40 }), peer: fc.oneof(fc.constant(''), fc.stringMatching(/^12D3KooW[1-9A-HJ-NP-Za-km-z]{44}$/)) }), { minLength: 1, maxLength: 5, selector: (v) => v.key }),
      teams: fc.uniqueArray(fc.record({ id: slug, name: fc.string({ maxLength: 8 }), handles: fc.array(fc.string({ maxLength: 8 }), { minLength: 1, maxLength: 3 }) }), { maxLength: 4, selector: (t) => t.id }),
    });
    fc.assert(fc.property(arb, (a) => {
      const json = {
        chain_id: a.chainId, genesis_time_ms: a.time,
        params: Object.fromEntries(Object.entries(a.params).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase()), v])),
        validators: a.validators.map((v) => ({ public_key: hexKey(v.key), power: v.power, peer_id: v.peer })),
        teams: a.teams.map((t, i) => ({
          id: t.id, name: t.name,
          members: t.handles.map((h, j) => ({ account: hexKey(200 + i * 8 + j), handle: h, role: j === 0 ? 'admin' : 'responder' })),
        })),
      };
      const doc = parseGenesis(JSON.stringify(json));
      const again = parseGenesis(JSON.stringify(genesisToJson(doc.genesis)));
      assert.equal(toHex(again.hash), toHex(doc.hash));
      const fromBytes = parseGenesis(JSON.stringify(genesisToJson(decode.genesis(doc.bytes))));
      assert.equal(toHex(fromBytes.hash), toHex(doc.hash));
    }), { numRuns: 100 });
  });

  it('pins the time zone database: the shipped version by default, any other refused by name', () => {
    const base = genesisToJson({ chainId: 'c', genesisTimeMs: 5, validators: [{ team: 't', publicKey: keyPairFromPrivate(new Uint8Array(32).fill(1)).publicKey, power: 1 }] }) as { params: Record<string, unknown> };
    assert.equal(base.params.tzdb_version, '2026f');
    delete base.params.tzdb_version;
    assert.equal(parseGenesis(JSON.stringify(base)).params.tzdbVersion, '2026f');
    base.params.tzdb_version = '2025b';
    assert.throws(() => parseGenesis(JSON.stringify(base)), /params\.tzdb_version: this build of ackchain ships time zone database 2026f, the chain needs 2025b/);
    base.params.tzdb_version = '2026f';
    base.params.max_deadlines_per_block = 0;
    assert.throws(() => parseGenesis(JSON.stringify(base)), /params\.max_deadlines_per_block: must be positive/);
  });

  it('fills in what a partial genesis message leaves out: no teams, no contracts, no peer id', () => {
    const json = genesisToJson({ chainId: 'c', genesisTimeMs: 5, validators: [{ team: 't', publicKey: keyPairFromPrivate(new Uint8Array(32).fill(1)).publicKey, power: 1 }] });
    assert.deepEqual({ ...json, params: undefined }, {
      chain_id: 'c', genesis_time_ms: 5, params: undefined,
      validators: [{ team: 't', public_key: hexKey(1), power: 1, peer_id: '' }], teams: [], contracts: [],
    });
    assert.deepEqual(genesisToJson({ chainId: 'c', genesisTimeMs: 5, validators: [], teams: [{ id: 't', name: 'T' }] }).teams, [{ id: 't', name: 'T', members: [], integrations: [] }]);
    assert.deepEqual(genesisToJson({ chainId: 'c', genesisTimeMs: 5 }).validators, []);
  });

  it('names the roles as genesis.json spells them', () => {
    assert.equal(roleName(ackchain.Role.ROLE_ADMIN), 'admin');
    assert.equal(roleName(ackchain.Role.ROLE_RESPONDER), 'responder');
    assert.equal(roleName(ackchain.Role.ROLE_UNSPECIFIED), 'unspecified');
    assert.equal(parseRole('admin'), ackchain.Role.ROLE_ADMIN);
    assert.equal(parseRole('responder'), ackchain.Role.ROLE_RESPONDER);
    assert.equal(parseRole('unspecified'), undefined);
  });

  it('hashes a validator set by its encoding, in order', () => {
    const doc = parseGenesis(JSON.stringify(goodGenesis()));
    const vs = doc.genesis.validators;
    assert.equal(toHex(validatorsHash(vs)), toHex(sha256(encode.validatorSet({ validators: vs }))));
    assert.notEqual(toHex(validatorsHash([...vs].reverse())), toHex(validatorsHash(vs)));
  });
});

describe('chain/genesis: the size of a team', () => {
  it('takes exactly 100 integrations in a team, and refuses 101', () => {
    const keyOf = (i: number) => toHex(keyPairFromPrivate(sha256(new Uint8Array([i >> 8, i & 0xff]))).publicKey);
    const doc = (n: number) => JSON.stringify({
      chain_id: 'c', genesis_time_ms: 1,
      validators: [{ team: 't', public_key: hexKey(1), power: 1 }],
      teams: [{ id: 't', members: [{ account: hexKey(2), handle: 'a', role: 'admin' }], integrations: Array.from({ length: n }, (_, i) => ({ account: keyOf(i), name: `i${i}` })) }],
    });
    assert.equal(parseGenesis(doc(100)).genesis.teams[0].integrations?.length, 100);
    assert.throws(() => parseGenesis(doc(101)), /genesis: teams\[0\]\.integrations: at most 100 integrations/);
  });

  it('takes exactly 250 members in a team, and refuses 251', () => {
    assert.equal(MAX_TEAM_MEMBERS, 250);
    const keys = Array.from({ length: 251 }, (_, i) => toHex(keyPairFromPrivate(sha256(new Uint8Array([1, i >> 8, i & 0xff]))).publicKey));
    const doc = (n: number) => JSON.stringify({
      chain_id: 'c', genesis_time_ms: 1,
      validators: [{ team: 't', public_key: hexKey(1), power: 1 }],
      teams: [{ id: 't', members: keys.slice(0, n).map((account, i) => ({ account, handle: `m${i}`, role: i === 0 ? 'admin' : 'responder' })) }],
    });
    assert.equal(parseGenesis(doc(250)).genesis.teams[0].members?.length, 250);
    assert.throws(() => parseGenesis(doc(251)), (e: unknown) => {
      assert.ok(e instanceof GenesisError);
      assert.equal(e.message, 'genesis: teams[0].members: at most 250 members');
      return true;
    });
  });
});
