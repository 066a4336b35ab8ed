// Properties of the deadline index and of replay, over random sequences of alert traffic in block
// time: the index always holds exactly the deadlines the alerts' own fields say are pending (a
// brute-force scan of every alert agrees), nothing due is left behind, and a replica fed the same
// txs reaches the same state root at every height. fast-check prints the seed of a failure.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { toHex } from '../../src/chain/bytes.ts';
import { ackchain } from '../../src/chain/codec.ts';
import { DEADLINE_KINDS, deadlineTimes, getAlertByKey, parseDeadlineKey } from '../../src/state/alert-records.ts';
import { stateKeys } from '../../src/state/keys.ts';
import { prefixRange } from '../../src/store/state-source.ts';
import { ChainFixture, generateFixtureKeys } from '../support/chain-fixture.ts';

const { Severity } = ackchain;
const MIN = 60_000;

type Op =
  | { kind: 'trigger'; key: number; consumer: boolean }
  | { kind: 'ack' | 'resolve' | 'snooze'; alert: number }
  | { kind: 'wait'; ms: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('trigger' as const), key: fc.nat(5), consumer: fc.boolean() }),
  fc.record({ kind: fc.constantFrom('ack' as const, 'resolve' as const, 'snooze' as const), alert: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 1, max: 20 * MIN }) }),
);

/** Every pending deadline as the alerts' own fields say, by a scan of every alert. */
async function bruteForce(chain: ChainFixture): Promise<string[]> {
  const found: string[] = [];
  for await (const [, alertKey] of chain.store.stateRange(prefixRange(stateKeys.alertsAll()))) {
    const alert = (await getAlertByKey(chain.store, alertKey))!;
    const times = deadlineTimes(alert);
    for (const kind of DEADLINE_KINDS) if (times[kind] !== 0) found.push(`${times[kind]}/${alert.sequence}/${kind}`);
  }
  return found.sort();
}

async function indexed(chain: ChainFixture): Promise<string[]> {
  const found: string[] = [];
  for await (const [key] of chain.store.stateRange(prefixRange(stateKeys.deadlines()))) {
    const { dueMs, seq, kind } = parseDeadlineKey(key);
    found.push(`${dueMs}/${seq}/${kind}`);
  }
  return found.sort();
}

describe('state: deadline index and replay (properties)', function () {
  this.timeout(120_000);

  it('the index equals a brute-force scan after every block, nothing due stays behind, and a replica agrees on every root', async () => {
    await fc.assert(fc.asyncProperty(fc.array(opArb, { minLength: 5, maxLength: 40 }), async (ops) => {
      const keys = generateFixtureKeys();
      const [chain, replica] = [await new ChainFixture({}, keys).open(), await new ChainFixture({}, keys).open()];
      try {
        const { payments, platform } = keys.teams;
        const setup = [
          chain.tx(payments.admin, { setEscalationPolicy: { team: 'payments', policy: { levels: [{ delayMs: 2 * MIN, targets: [{ member: payments.responder.publicKey }] }, { delayMs: 3 * MIN, targets: [{ member: payments.admin.publicKey }] }], repeats: 1, ackTimeoutMs: 10 * MIN } } }),
          chain.tx(platform.admin, { proposeOla: { provider: 'payments', consumer: 'platform', terms: { targets: [{ severity: Severity.SEVERITY_CRITICAL, ackWithinMs: 4 * MIN, resolveWithinMs: 15 * MIN }], effectiveFromMs: 0 } } }),
        ];
        const sign = () => chain.tx(payments.admin, { signOla: { id: 1, version: 1 } });
        const blocks: { timeMs: number; txs: Uint8Array[] }[] = [{ timeMs: chain.head.timeMs + 1000, txs: setup }];
        let time = blocks[0].timeMs;
        const run = async (timeMs: number, txs: Uint8Array[]) => {
          const a = await chain.blockAt(timeMs, ...txs);
          const b = await replica.blockAt(timeMs, ...txs);
          assert.equal(toHex(b.header.stateRoot), toHex(a.header.stateRoot), `replica state root at height ${a.height}`);
          assert.equal(toHex(b.header.resultsRoot), toHex(a.header.resultsRoot), `replica results root at height ${a.height}`);
          assert.deepEqual(await indexed(chain), await bruteForce(chain), `index vs scan at height ${a.height}`);
          const overdue = (await indexed(chain)).filter((d) => Number(d.split('/')[0]) <= timeMs);
          assert.deepEqual(overdue, [], `nothing due at or before ${timeMs} is left in the index`);
        };
        await run(blocks[0].timeMs, setup);
        time += 1000;
        await run(time, [sign()]);
        for (const op of ops) {
          time += op.kind === 'wait' ? op.ms : 1000;
          if (op.kind === 'wait') { await run(time, []); continue; }
          const ref = { team: 'payments', number: 'alert' in op ? op.alert : 0 };
          const tx = op.kind === 'trigger'
            ? chain.tx(op.consumer ? platform.integration : payments.integration, { triggerAlert: { team: 'payments', summary: 's', dedupKey: `k${op.key}`, severity: Severity.SEVERITY_CRITICAL } })
            : op.kind === 'ack' ? chain.tx(payments.responder, { acknowledgeAlert: { alert: ref } })
              : op.kind === 'resolve' ? chain.tx(payments.responder, { resolveAlert: { alert: ref, resolution: '' } })
                : chain.tx(payments.responder, { snoozeAlert: { alert: ref, untilMs: time + 7 * MIN } });
          // The fixture's txs live 60 s from the head: a block right after the last one keeps them valid.
          await run(time, [tx]);
        }
      } finally {
        await chain.close();
        await replica.close();
      }
    }), { numRuns: 25 });
  });
});
