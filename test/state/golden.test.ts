// Golden vectors for everything consensus-critical: a scripted chain with fixed keys, times and
// memos, and the tx hashes, state roots, results roots and block hashes it must produce, written
// down. Two replicas of the same code agreeing proves nothing about the encoding; these constants
// fail the moment an encoding, a state key, a root or a hash changes. A deliberate change updates
// them in the same commit, and says why.
import assert from 'node:assert/strict';
import { toHex, utf8 } from '../../src/chain/bytes.ts';
import { ackchain } from '../../src/chain/codec.ts';
import { sha256 } from '../../src/chain/hash.ts';
import { keyPairFromPrivate, type KeyPair } from '../../src/chain/keys.ts';
import { encodeChainState } from '../../src/state/chain-state.ts';
import { ChainFixture, type FixtureKeys } from '../support/chain-fixture.ts';

const { Severity, Role } = ackchain;
const key = (name: string): KeyPair => keyPairFromPrivate(sha256(utf8.encode(`ackchain golden ${name}`)));
const team = (id: string) => ({ admin: key(`${id} admin`), responder: key(`${id} responder`), integration: key(`${id} integration`) });
const KEYS: FixtureKeys = { validator: key('validator'), teams: { payments: team('payments'), platform: team('platform') }, stranger: key('stranger') };

const EXPECTED = {
  genesisHash: '66d956d834e3af56486d066bdf5618c3a67d2a796680f9a0b4e4b27550372bc8',
  genesisStateRoot: 'f5522e631c7064940cf21cefb23ad8778dfb07d133fa97e774b5bdb4ce4cef8a',
  blocks: [
    { height: 1, txs: ['2cf190130c215188e83af22b84589812223d97bac8230f8826299f5e0f9de7c3', '2b5becd4fb623b1d1875aad19bffbb9a53797b64b59a248cd40b852679afad7a'], stateRoot: 'feb39475925b200220a9b6224f08b4feb2e3096b124cb0e352ddc916d2dfa010', resultsRoot: '405ec5fcc6c8b48b478d0feaef54c6fcef2e00201dc87b08ca3f0d9b5bfcaf25', hash: '6db48eb08693072ff2d71517f076221dd804d3006d58ba36ca2e58e593fa8c5f' },
    { height: 2, txs: ['0daba583ba9b881f5d1f471a579e03339d20f7a6e2b7beb2f455883c24ebc553', 'f709b0b40c9b0fbeb11194d9cb5b272beb7b8f3b4698c5057b969ce103e0fa63', 'e06d6338c9e8e1687f07a6c2d04b46f7af11a0d37870c52799760d7b8dba1d37'], stateRoot: '19c3274e90776cb19adad15a4e1beffc84d8b2b6f23d6f722206865fe7187c95', resultsRoot: '0f128276c121d0467fc287579d67fd0b0f334913d2df6017685583bbf0e43178', hash: '4150c8d1d459b94b58b1424992d2d5e5a4b69c23c10470d10387b9f2ac731029' },
    { height: 3, txs: ['a087238c14efb165f53af35778e9b9644f3c6c72240a28f4d1357e24ca3f0ead', '966bda5bcae1b43e08fc3098213ee00b948eac301267c1c4b6d82bfd21b3d057', 'a3d8e1e24c13dc4457589eff6335f5ff9c9556d35a4f17925116d831bf20704b'], stateRoot: 'fcd02f7480ffed9e8d6cee64e64759cdf946d48815c71e3ae66d3fbe08bfbd62', resultsRoot: 'b8fd38b9dcdc50a1953739aa26922a8107cf6c070db9762046ecd86ee5f36ef8', hash: '1fe29628eeecff3b1c3d9d419b2a4c713ef9a444aab78208e988ac6eab074d01' },
    { height: 4, txs: ['be4e4de06478870de307688d191e3c591e9e65d7b3caae8f544a5d34f48aa83b'], stateRoot: 'ae38c308abdd96a41f91fdbb4370eeff34f73360689ae30dd340c1e0e327f492', resultsRoot: 'bf1f1422f423279b3861967d4b92f400a2367e0dd18c5cf39a9f0793e19e05e5', hash: '1848ad10b9f01bccf215a8fdb747bedf1d3fb51fe590b4d0b41448d547e911fd' },
    { height: 5, txs: [], stateRoot: 'bca54dcf5ac5999bd867846b52a2503901ad61d38f1a98c84813f260c3bc40b0', resultsRoot: '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d', hash: 'ed47db6182937a4824aa8f409adcb73e3fe64dff729777b32f789e8a4eb0478c' },
    { height: 6, txs: [], stateRoot: 'a3a3d7b3a0a48be0912d31b73d207d9d1adf32449dfe3db6e01894c5afd2da65', resultsRoot: 'd5c5b0a793014ed774e372425a13f5df2116b052c1e25437f7c4604d0ec083b7', hash: '00c4e4ed1028326cf42fee8e88e33648fe261474a905ea94cc14185e6ade96eb' },
  ],
  chainStateAfter: '4a1a9fa1afa9525771d8c92a8cf6e80a4ab74b50380c75e99cf10cbb0608e741',
};

describe('state: golden vectors of a scripted chain', () => {
  it('produces exactly the recorded tx hashes, roots and block hashes', async () => {
    const chain = await new ChainFixture({}, KEYS).open();
    try {
      const p = KEYS.teams.payments;
      const q = KEYS.teams.platform;
      const actual = { genesisHash: toHex(chain.genesis.hash), genesisStateRoot: toHex(chain.head.stateRoot), blocks: [] as typeof EXPECTED.blocks, chainStateAfter: '' };
      const record = (b: Awaited<ReturnType<ChainFixture['block']>>) => actual.blocks.push({
        height: b.height, txs: b.txs.map((t) => toHex(t.hash)), stateRoot: toHex(b.header.stateRoot), resultsRoot: toHex(b.header.resultsRoot), hash: toHex(b.hash),
      });
      const trigger = (summary: string, dedupKey: string) => ({ triggerAlert: { team: 'payments', summary, dedupKey, severity: Severity.SEVERITY_CRITICAL, source: 'db-1', links: [{ href: 'https://runbooks.example/db', text: 'runbook' }] } });
      record(await chain.block(chain.tx(p.integration, trigger('disk full', 'disk')), chain.tx(q.integration, trigger('payments API 500s', 'api'))));
      record(await chain.block(
        chain.tx(p.responder, { acknowledgeAlert: { alert: { team: 'payments', number: 1 } } }),
        chain.tx(p.admin, { addAlertNote: { alert: { team: 'payments', number: 1 }, note: 'looking at the volume' } }),
        chain.tx(p.integration, trigger('disk full again', 'disk')),
      ));
      record(await chain.block(
        chain.tx(p.responder, { resolveAlert: { alert: { team: 'payments', dedupKey: 'disk' }, resolution: 'grew the volume' } }),
        chain.tx(p.admin, { addMember: { team: 'payments', account: key('erin').publicKey, handle: 'erin@payments.example', role: Role.ROLE_RESPONDER } }),
        chain.tx(KEYS.stranger, trigger('refused', 'x')),
      ));
      record(await chain.block(chain.tx(p.admin, { deployContract: { name: 'counter', code: new Uint8Array([0x3e, 0x01, 0x76]) } })));
      record(await chain.block());
      // Past every tx's expiry: the begin-block step prunes their hashes.
      record(await chain.blockAt(chain.head.timeMs + 61_000));
      actual.chainStateAfter = toHex(sha256(encodeChainState(chain.head)));
      if (JSON.stringify(actual) !== JSON.stringify(EXPECTED)) console.log(`actual golden values:\n${JSON.stringify(actual, null, 2)}`);
      assert.deepEqual(actual, EXPECTED);
    } finally {
      await chain.close();
    }
  });
});
