// The worked example of a team's own policy in C (genesis/examples/oncall-policy-c): built with
// SDCC, it answers as its reference does on random inputs, and on a chain it lets only the
// engineer on call, or an admin, acknowledge critical alerts. Skipped where sdcc is missing.
import assert from 'node:assert/strict';
import path from 'node:path';
import fc from 'fast-check';
import { toHex } from '../../src/chain/bytes.ts';
import { ackchain } from '../../src/chain/codec.ts';
import { Code } from '../../src/chain/codes.ts';
import { generateKeyPair, type KeyPair } from '../../src/chain/keys.ts';
import { sha256 } from '../../src/chain/hash.ts';
import { decodeAuthorizeOutput, encodeAuthorizeInput, type AuthorizeDecision, type AuthorizeInput } from '../../src/state/policy-abi.ts';
import { runContract } from '../../src/vm/index.ts';
import { authorizeReference } from '../../genesis/contracts/reference.ts';
import { ChainFixture } from '../support/chain-fixture.ts';
import { buildC, POLICY_INCLUDE, repoRoot, skipWithoutSdcc } from '../support/sdcc.ts';

const { Severity, Role } = ackchain;
const ONLY_ON_CALL = 'critical alerts are acknowledged by the engineer on call or an admin';

/** What oncall-policy.c decides: the default rules, and critical acks for the on-call engineer or an admin only. */
function reference(i: AuthorizeInput): AuthorizeDecision {
  const decision = authorizeReference(i);
  if (!decision.allowed || i.action !== 'acknowledge' || i.severity !== Severity.SEVERITY_CRITICAL) return decision;
  return i.standing === 'admin' || i.onCall ? decision : { allowed: false, reason: ONLY_ON_CALL };
}

describe('state: a team policy in C (genesis/examples/oncall-policy-c)', function () {
  this.timeout(60_000);
  let code: Uint8Array;
  before(function () {
    skipWithoutSdcc(this, 'the C policy example');
    code = buildC(path.join(repoRoot, 'genesis/examples/oncall-policy-c/oncall-policy.c'), [POLICY_INCLUDE]);
  });

  it('answers as its reference on random inputs (property)', () => {
    const time = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));
    const bytes32 = fc.uint8Array({ minLength: 32, maxLength: 32 });
    const arb = fc.record({
      action: fc.constantFrom('acknowledge', 'resolve', 'note', 'snooze'), status: fc.integer({ min: 1, max: 3 }), severity: fc.integer({ min: 1, max: 4 }),
      standing: fc.constantFrom('none', 'responder', 'admin', 'integration'), triggered: fc.boolean(), keepsStanding: fc.boolean(), onCall: fc.boolean(),
      timeMs: time, alertCreatedMs: time, account: bytes32,
      device: fc.option(fc.record({ key: bytes32, expiresAtMs: time, revokedAtMs: fc.oneof(fc.constant(0), time) }), { nil: undefined }),
    }) as fc.Arbitrary<AuthorizeInput>;
    const host = { storageGet: () => undefined, record: () => undefined };
    fc.assert(fc.property(arb, (i) => {
      const result = runContract({ code, input: encodeAuthorizeInput(i), gasLimit: 100_000, host });
      assert.ok(result.ok, result.ok ? '' : result.detail);
      assert.deepEqual(decodeAuthorizeOutput(result.output), reference(i));
    }), { numRuns: 1000 });
  });

  it('on a chain: the engineer on call and admins acknowledge critical alerts, other members only the rest', async () => {
    const chain = await new ChainFixture().open();
    try {
      const p = chain.teams.payments;
      const erin = generateKeyPair();
      const ok = (keys: KeyPair, payload: Parameters<ChainFixture['tx']>[1]) => chain.ok(keys, payload);
      await ok(p.admin, { addMember: { team: 'payments', account: erin.publicKey, handle: 'erin@payments', role: Role.ROLE_RESPONDER } });
      await ok(p.admin, { setSchedule: { team: 'payments', name: 'primary', timeZone: 'UTC', layers: [{ name: 'all day', participants: [p.responder.publicKey], startMs: chain.genesis.genesis.genesisTimeMs, turnLengthDays: 7 }] } });
      await ok(p.admin, { deployContract: { name: 'on-call only', code } });
      await ok(p.admin, { setTeamContracts: { team: 'payments', assignments: [{ slot: 'authorize', address: sha256(code) }] } });
      let dedup = 0;
      const page = async (severity: number) => {
        const b = await ok(p.integration, { triggerAlert: { team: 'payments', summary: 'page', dedupKey: `k${dedup++}`, severity } });
        return Number(String(b.txs[0].receipt.events.find((e) => e.type === 'alert.triggered')?.attributes?.find((a) => a.key === 'alert')?.value).split('-')[1]);
      };
      const ack = async (keys: KeyPair, n: number) => chain.run(chain.tx(keys, { acknowledgeAlert: { alert: { team: 'payments', number: n } } }));

      const denied = await ack(erin, await page(Severity.SEVERITY_CRITICAL));
      assert.deepEqual([denied.code, denied.log], [Code.unauthorized, `${toHex(erin.publicKey)} may not acknowledge alerts of team "payments": ${ONLY_ON_CALL}`]);
      assert.equal((await ack(erin, await page(Severity.SEVERITY_WARNING))).code, Code.ok, 'not critical: any member');
      assert.equal((await ack(p.responder, await page(Severity.SEVERITY_CRITICAL))).code, Code.ok, 'on call');
      assert.equal((await ack(p.admin, await page(Severity.SEVERITY_CRITICAL))).code, Code.ok, 'an admin');
      // Put erin on call for an hour: now she may.
      const now = chain.head.timeMs;
      await ok(p.admin, { addOverride: { team: 'payments', schedule: 'primary', account: erin.publicKey, fromMs: now, toMs: now + 3_600_000 } });
      const mine = await ack(erin, await page(Severity.SEVERITY_CRITICAL));
      assert.equal(mine.code, Code.ok, mine.log);
    } finally {
      await chain.close();
    }
  });
});
