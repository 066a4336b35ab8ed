// Golden vectors for everything consensus-critical: a scripted chain with fixed keys, times and
// memos, and the tx hashes, state roots, results roots and block hashes it must produce, written
// down. Two replicas of the same code agreeing proves nothing about the encoding; these constants
// fail the moment an encoding, a state key, a root or a hash changes. A deliberate change updates
// them in the same commit, and says why.
import assert from 'node:assert/strict';
import { toHex, utf8 } from '../../src/chain/bytes.ts';
import { ackchain, decode } from '../../src/chain/codec.ts';
import { signDeviceClaim } from '../../src/chain/device-proof.ts';
import { sha256 } from '../../src/chain/hash.ts';
import { keyPairFromPrivate, type KeyPair } from '../../src/chain/keys.ts';
import { encodeChainState } from '../../src/state/chain-state.ts';
import { CHAIN_ID, ChainFixture, type FixtureKeys } from '../support/chain-fixture.ts';

const { Severity, Role } = ackchain;
const key = (name: string): KeyPair => keyPairFromPrivate(sha256(utf8.encode(`ackchain golden ${name}`)));
const team = (id: string) => ({ admin: key(`${id} admin`), responder: key(`${id} responder`), integration: key(`${id} integration`) });
const KEYS: FixtureKeys = { validator: key('validator'), teams: { payments: team('payments'), platform: team('platform') }, stranger: key('stranger') };

const EXPECTED = {
  genesisHash: '727b38137c09398ed585ca4c0c18ac11a8f6aaaaecf921d6f7a814c4cd646aec',
  genesisStateRoot: '492ec5804e82e09d100de6bc1783ec82cab2e0ba5117b576281d01152b162815',
  blocks: [
    { height: 1, txs: ['2cf190130c215188e83af22b84589812223d97bac8230f8826299f5e0f9de7c3', '2b5becd4fb623b1d1875aad19bffbb9a53797b64b59a248cd40b852679afad7a'], stateRoot: 'd4a0f92c40e92001bd8e1a66c81996d7bcf850c1642ed9b8866e7a0ea6a6672d', resultsRoot: '405ec5fcc6c8b48b478d0feaef54c6fcef2e00201dc87b08ca3f0d9b5bfcaf25', hash: '92c5c9a3a9f25dff8219c6b8d6e041d7f173d667a018eb553398839fdbb5608f' },
    { height: 2, txs: ['0daba583ba9b881f5d1f471a579e03339d20f7a6e2b7beb2f455883c24ebc553', 'f709b0b40c9b0fbeb11194d9cb5b272beb7b8f3b4698c5057b969ce103e0fa63', 'e06d6338c9e8e1687f07a6c2d04b46f7af11a0d37870c52799760d7b8dba1d37'], stateRoot: '169a1989975e7c970a72661a9b73df3c836dab72c9bc9fce37ced9529d53d416', resultsRoot: '877dff9099a8b792933002051af00c266d8a60c85602878a12f077fae6479691', hash: '5c65dcaeb0685b5a3c7c986878018bd90dce30d25f30fc03ab4dc14a6a1c4525' },
    { height: 3, txs: ['a087238c14efb165f53af35778e9b9644f3c6c72240a28f4d1357e24ca3f0ead', '966bda5bcae1b43e08fc3098213ee00b948eac301267c1c4b6d82bfd21b3d057', 'a3d8e1e24c13dc4457589eff6335f5ff9c9556d35a4f17925116d831bf20704b'], stateRoot: '77b44e3b84d30989d59a45a26cceced11b8d8b42751c58f69051d8634a84d420', resultsRoot: 'ce5d6040a79ecbe0602630f80f0630e743a99ca27d66dbd91d534dffbe171d85', hash: 'fedb8885ba40feedbc4cc94e3cab0433634cc0a01235c4fcaa475b1b512ba1e4' },
    { height: 4, txs: ['be4e4de06478870de307688d191e3c591e9e65d7b3caae8f544a5d34f48aa83b'], stateRoot: 'ea8b0862354673dcd6a0de19615fd171c0a210bb9939421a6c988459ab294346', resultsRoot: 'bf1f1422f423279b3861967d4b92f400a2367e0dd18c5cf39a9f0793e19e05e5', hash: '04fbf4f1b78ad2d20df5d08d858f5763e001a448a14c1ac39fd98c0a4535f33a' },
    { height: 5, txs: [], stateRoot: '174a4fcc2c3b5ad825d2d96f4638670f5b6cdadf9f2ca074ae69555c3c75bbd9', resultsRoot: '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d', hash: '6dcc37332803200c2b0f5a97e700f8c019728a00624ad1e4dce811b396c99ad4' },
    { height: 6, txs: [], stateRoot: '64aeb42a577ea3c22763c7b0cabebaf9001e3e04e8463771778b8a9e5ef478ff', resultsRoot: 'd5c5b0a793014ed774e372425a13f5df2116b052c1e25437f7c4604d0ec083b7', hash: '8e5fb27100de80d70475cf664b0ed499de61a0ae09c0220696c1a4a0d93208ec' },
    { height: 7, txs: ['5051a32d06fe72b97465d941ae7b61d22310de187c5d6d096a84449f408dfa7f', '291ecf0391d89bd52c3ba1c004a692a22160d8a68d84b2be49a2da602d6f2d88', 'eb38cbb7e911b7a1913cf12f4f74df06152e0a16a59533466b91fa9c599afd70', 'c1a465e14a96ce1b578b872b627d6cb7ff02b8c77d7c6701fdf7d5f577be9c56'], stateRoot: '8d4e556995482475d3d0748829abba565d0447ed843edf85bcdf056fc25dd6c7', resultsRoot: 'bc0b603fa309f7feba3b0283f95142995654bff486e4614db17bf524e6b05980', hash: 'bd5b843de685c8eafa0d757564f27c80502171c65eaece1a8a67573894c6b543' },
    { height: 8, txs: ['b34b0a0542a617ef86162956347504632aab7ba283ccf7dd55b2f6218c3d280a', '1de2b1f6db154d45ed5dc5c3009f1dd0a64cb26c2c8b1eee4960d05d68305394', '1a2bec055e64b9cba3e05a34ba522f783d58e0dacb3a80d2776db8c62d17968d'], stateRoot: '76ed001a34a8f4378698f0e53529c3530c286bab6db7c246b5c2fe0b943f7212', resultsRoot: '8533c4ba9018ad1de82824ff12303247de8459d8ffa8bfb0d859718344670d7f', hash: 'aa604f0a13c0801a644940ac8b951e90151b35be2ef6c62248b686e79f9cc367' },
    { height: 9, txs: ['24cd5b4b43280d4bd1bf04766764f2155dfdacb13bdd5e6eff209ec17062ffa1'], stateRoot: '649ea8660dca816b1d20b1580de6137d9c6c9c45f05f313cebca9290836178d2', resultsRoot: 'd44505458fa4c1e3007331b55bc4d02b31788bc34ee57e3e7c92a8553c48bbbf', hash: '5c8eee6321a33785e40f84cf32c2bc4e7152fdc400829513f4d7c6d9740b09f9' },
    { height: 10, txs: [], stateRoot: '11c74ed6aef86ee51aea7bf34369729dd482dbbbb135d4f4d16b71972f4406d2', resultsRoot: '58c3d5d6f1996e10c17df611ab2f00e9978be79bfdc99c5ec34cb7c3c7ee40a8', hash: '20035ff4d03748a91472e5a488e34c5a88e69c215c256f4303fd486edfbf8dfd' },
  ],
  chainStateAfter: '002b6d8538f1d300a0d94ec83f1f1d09350849085b1ce762e762b90b2bd48a66',
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
      // The on-call application: a schedule, a policy naming it, a device, an OLA, and deadlines.
      const watch = key('watch');
      const allOk = (b: Awaited<ReturnType<ChainFixture['block']>>) => {
        for (const t of b.txs) assert.equal(t.receipt.code, 0, t.receipt.log);
        return b;
      };
      record(allOk(await chain.block(
        chain.tx(p.admin, { setSchedule: { team: 'payments', name: 'primary', timeZone: 'Europe/Berlin', layers: [{ name: 'weekly', participants: [p.responder.publicKey, p.admin.publicKey], startMs: chain.genesis.genesis.genesisTimeMs, turnLengthDays: 7, restrictions: [{ kind: ackchain.RestrictionKind.RESTRICTION_KIND_DAILY, startMinute: 9 * 60, durationMinutes: 8 * 60 }] }] } }),
        chain.tx(p.admin, { setEscalationPolicy: { team: 'payments', policy: { levels: [{ delayMs: 60_000, targets: [{ schedule: 'primary' }] }, { delayMs: 120_000, targets: [{ member: p.admin.publicKey }] }], repeats: 1, ackTimeoutMs: 600_000 } } }),
        chain.tx(p.responder, { registerDevice: { key: watch.publicKey, notifyKey: sha256(utf8.encode('watch x25519')), label: 'watch', expiresAtMs: chain.head.timeMs + 86_400_000,
          proof: signDeviceClaim({ chainId: CHAIN_ID, owner: p.responder.publicKey, key: watch.publicKey, notifyKey: sha256(utf8.encode('watch x25519')), expiresAtMs: chain.head.timeMs + 86_400_000 }, watch.privateKey) } }),
        chain.tx(q.admin, { proposeOla: { provider: 'payments', consumer: 'platform', terms: { targets: [{ severity: Severity.SEVERITY_CRITICAL, ackWithinMs: 90_000, resolveWithinMs: 600_000 }], effectiveFromMs: chain.head.timeMs } } }),
      )));
      record(allOk(await chain.block(
        chain.tx(p.admin, { signOla: { id: 1, version: 1 } }),
        chain.tx(q.integration, trigger('checkout slow', 'slow')),
        chain.tx(q.integration, trigger('checkout down', 'down')),
      )));
      record(allOk(await chain.block(chain.tx(watch, { signedAtMs: chain.head.timeMs + 1000, acknowledgeAlert: { alert: { team: 'payments', dedupKey: 'slow' } } }))));
      // 2 minutes on: "down" escalated at 1 minute is due again, and its ack target (90 s) is breached.
      const due = await chain.blockAt(chain.head.timeMs + 120_000);
      record(due);
      assert.deepEqual(decode.receipt(due.beginBlockReceipt).events.map((e) => e.type), ['block.tx_hashes_pruned', 'alert.escalated', 'alert.notify', 'ola.breached']);
      actual.chainStateAfter = toHex(sha256(encodeChainState(chain.head)));
      if (JSON.stringify(actual) !== JSON.stringify(EXPECTED)) console.log(`actual golden values:\n${JSON.stringify(actual, null, 2)}`);
      assert.deepEqual(actual, EXPECTED);
    } finally {
      await chain.close();
    }
  });
});
