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
    { height: 1, txs: ['2cf190130c215188e83af22b84589812223d97bac8230f8826299f5e0f9de7c3', '2b5becd4fb623b1d1875aad19bffbb9a53797b64b59a248cd40b852679afad7a'], stateRoot: '3b7410ef8262dbbf41d77e81952826b81572f2d975aa10f00d085b89fd6c42e3', resultsRoot: '405ec5fcc6c8b48b478d0feaef54c6fcef2e00201dc87b08ca3f0d9b5bfcaf25', hash: 'a4d8ab9ac5d41a3031c8092268d22d0a1e3ff52111ede7a96f3bbc2bd8086375' },
    { height: 2, txs: ['0daba583ba9b881f5d1f471a579e03339d20f7a6e2b7beb2f455883c24ebc553', 'f709b0b40c9b0fbeb11194d9cb5b272beb7b8f3b4698c5057b969ce103e0fa63', 'e06d6338c9e8e1687f07a6c2d04b46f7af11a0d37870c52799760d7b8dba1d37'], stateRoot: '7079d0e6c3cf9a78309dec6bf93633e48eda4d378c976a1a851d746ee8fc7ae0', resultsRoot: '0f128276c121d0467fc287579d67fd0b0f334913d2df6017685583bbf0e43178', hash: 'df00193c159b33a93e6d213e68542479caa49785161503602158cceab15caf87' },
    { height: 3, txs: ['a087238c14efb165f53af35778e9b9644f3c6c72240a28f4d1357e24ca3f0ead', '966bda5bcae1b43e08fc3098213ee00b948eac301267c1c4b6d82bfd21b3d057', 'a3d8e1e24c13dc4457589eff6335f5ff9c9556d35a4f17925116d831bf20704b'], stateRoot: 'e7f093cb53033fe39ffc0b4b36eeafdebd590d3019d79193a5e8f2950e45cd61', resultsRoot: 'b8fd38b9dcdc50a1953739aa26922a8107cf6c070db9762046ecd86ee5f36ef8', hash: 'e8e94eb26573d382982ee6349dbdb4d91a16159670453eea4fb34f646dc67a1f' },
    { height: 4, txs: ['be4e4de06478870de307688d191e3c591e9e65d7b3caae8f544a5d34f48aa83b'], stateRoot: 'be0a2c7a4668e13140494af382f57ddda315dbfef0ecb75e95de82ea6734ed39', resultsRoot: 'bf1f1422f423279b3861967d4b92f400a2367e0dd18c5cf39a9f0793e19e05e5', hash: '483ee847db42bcd18666755df3681c3cc80fcb1ecc81a1d210ff01645f367da2' },
    { height: 5, txs: [], stateRoot: 'ae1152df9f51f8651cb041d1c1ca9b8a89b8a01e6fdb48295929cf357d442c7c', resultsRoot: '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d', hash: '20557f681922a5e6b7f35abfb2319d134ad1ef30630da7b0db9c2503aa5b7fc8' },
    { height: 6, txs: [], stateRoot: '1f6d66b3385ab6252cedba1b9af92e52051f53ec2ce22ae7add935bcc2c9b96d', resultsRoot: 'd5c5b0a793014ed774e372425a13f5df2116b052c1e25437f7c4604d0ec083b7', hash: 'b530da199da84511c010241bcc75a8b1a4ad774a23f321d3a51d35357b768903' },
  ],
  chainStateAfter: 'a06e9503c6c2ec97a15b6616dfebaa0ff114ae3f6259f25de6da5bc67bc04db5',
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
