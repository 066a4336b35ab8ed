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
  genesisHash: 'bf2ff6c8c16f9f14f6879970a6eb1ed2938a23ebf1c0d307bd43e44b5793af0c',
  genesisStateRoot: '492ec5804e82e09d100de6bc1783ec82cab2e0ba5117b576281d01152b162815',
  blocks: [
    { height: 1, txs: ['2cf190130c215188e83af22b84589812223d97bac8230f8826299f5e0f9de7c3', '2b5becd4fb623b1d1875aad19bffbb9a53797b64b59a248cd40b852679afad7a'], stateRoot: 'acc43fbf10dc8083409e08b18c77105add1eef407f7ae76b775838c5403b0b5b', resultsRoot: '405ec5fcc6c8b48b478d0feaef54c6fcef2e00201dc87b08ca3f0d9b5bfcaf25', hash: 'ce8df362ebe1710584c73c544a2df6ed07cf6557490edb798812c572196c0e5f' },
    { height: 2, txs: ['0daba583ba9b881f5d1f471a579e03339d20f7a6e2b7beb2f455883c24ebc553', 'f709b0b40c9b0fbeb11194d9cb5b272beb7b8f3b4698c5057b969ce103e0fa63', 'e06d6338c9e8e1687f07a6c2d04b46f7af11a0d37870c52799760d7b8dba1d37'], stateRoot: '267282ac0cc0c92527185a833dc9941faaeb343c67e3c8048c0d010ae6f071fe', resultsRoot: '0f128276c121d0467fc287579d67fd0b0f334913d2df6017685583bbf0e43178', hash: 'd634a13a04fd8a6b9ba4e0363c764e37daf41d32ca1d3f8f698928f6e65bdf0e' },
    { height: 3, txs: ['a087238c14efb165f53af35778e9b9644f3c6c72240a28f4d1357e24ca3f0ead', '966bda5bcae1b43e08fc3098213ee00b948eac301267c1c4b6d82bfd21b3d057', 'a3d8e1e24c13dc4457589eff6335f5ff9c9556d35a4f17925116d831bf20704b'], stateRoot: 'c7d073e81733fe90833055a3c3caa610ff6bf11fa37238fea8a69ab482a43138', resultsRoot: 'b8fd38b9dcdc50a1953739aa26922a8107cf6c070db9762046ecd86ee5f36ef8', hash: '53609038de6efe1b6d46e8d0910c3b7a7cf679e1143f07e926a1f4d907105fd6' },
    { height: 4, txs: ['be4e4de06478870de307688d191e3c591e9e65d7b3caae8f544a5d34f48aa83b'], stateRoot: 'e1ab1f4f9fb1d6169587cc2b289645c5b7ac99bf94127c58e83f8324aea6d9f5', resultsRoot: 'bf1f1422f423279b3861967d4b92f400a2367e0dd18c5cf39a9f0793e19e05e5', hash: '8fe0d0bad85ebb45794f05812502a9c79809c7d711af7838a18d0b58aa3fc6f3' },
    { height: 5, txs: [], stateRoot: '2d7c54e7016a2f8b53228821f7d4d3e4333faeff0b1da89f7cf348a5ceeed4b5', resultsRoot: '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d', hash: '42bd76e73cb7d29cb0349ecda80856a0a42ae00e4bb69843be1c42c603fb05b9' },
    { height: 6, txs: [], stateRoot: 'a0961c91b617904476b6d4222b4f6a7ccec8bdcb6fdb664d7b00e838cbdc8a76', resultsRoot: 'd5c5b0a793014ed774e372425a13f5df2116b052c1e25437f7c4604d0ec083b7', hash: '2ede536f322647c8f197be9b9af88093bdbf7c6bb95361253582cb019974a245' },
  ],
  chainStateAfter: '33662483af22a56b90506f9bfc91bb332f8da8dd004ceb55183a54ef08039084',
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
