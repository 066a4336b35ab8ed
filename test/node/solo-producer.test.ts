// Block production driven by a fake clock: when blocks come, what time they carry, and what the
// producer does with a tx that comes back, a broken state and a failing disk. No sleeps.
import assert from 'node:assert/strict';
import { Level } from 'level';
import { join } from 'node:path';
import { u64be } from '../../src/chain/bytes.ts';
import { ackchain } from '../../src/chain/codec.ts';
import { checkTx } from '../../src/chain/tx.ts';
import { Mempool } from '../../src/node/mempool.ts';
import { SoloProducer } from '../../src/node/solo-producer.ts';
import { getAlert } from '../../src/state/alert-records.ts';
import type { ExecutedBlock } from '../../src/state/block.ts';
import { stateKeys } from '../../src/state/keys.ts';
import { openChain } from '../../src/state/genesis.ts';
import { ChainStore } from '../../src/store/chain-store.ts';
import { stateKey } from '../../src/store/keys.ts';
import { CHAIN_ID, ChainFixture } from '../support/chain-fixture.ts';
import { FakeClock } from '../support/fake-clock.ts';
import { captureLogger } from '../support/log-capture.ts';

const { Severity } = ackchain;
const LIMITS = { maxTxs: 100, maxBytes: 1e6, maxTxsPerSigner: 100, maxBytesPerSigner: 1e6, reservedTxs: 0, reservedBytes: 0 };

describe('node: the single-validator producer, on a fake clock', () => {
  let chain: ChainFixture;
  let clock: FakeClock;
  let mempool: Mempool;
  let blocks: ExecutedBlock[];
  let producer: SoloProducer;
  let logs: ReturnType<typeof captureLogger>;

  function startProducer(store: ChainStore = chain.store): void {
    blocks = [];
    mempool = new Mempool(LIMITS);
    logs = captureLogger();
    producer = new SoloProducer({ store, mempool, keys: chain.validator, clock, log: logs.log, onCommit: (b) => blocks.push(b) }, chain.head);
    producer.start();
  }

  async function advance(ms: number): Promise<void> {
    clock.advance(ms);
    await producer.idle();
  }

  function submit(tx: Uint8Array): void {
    mempool.add(checkTx(tx, { chainId: CHAIN_ID, maxTxBytes: 65536 }));
    producer.txArrived();
  }

  const trigger = (summary: string) => chain.tx(chain.teams.payments.integration, { triggerAlert: { team: 'payments', summary, severity: Severity.SEVERITY_ERROR } });

  beforeEach(async () => {
    chain = await new ChainFixture().open();
    clock = new FakeClock(chain.head.timeMs + 5000);
  });
  afterEach(async () => {
    await producer?.stop();
    await chain.close();
  });

  it('makes an empty block exactly every empty_block_interval_ms, at the clock\'s time', async () => {
    startProducer();
    const interval = chain.head.params.emptyBlockIntervalMs;
    await advance(interval - 1);
    assert.equal(blocks.length, 0);
    await advance(1);
    assert.equal(blocks.length, 1);
    assert.equal(blocks[0].header.timeMs, clock.now());
    await advance(interval);
    assert.deepEqual(blocks.map((b) => b.height), [1, 2]);
  });

  it('makes a block batch_delay_ms after a tx arrives, and empties the mempool of what it committed', async () => {
    startProducer();
    const delay = chain.head.params.batchDelayMs;
    submit(trigger('a'));
    await advance(delay - 1);
    assert.equal(blocks.length, 0);
    await advance(1);
    assert.equal(blocks.length, 1);
    assert.equal(blocks[0].txs.length, 1);
    assert.equal(mempool.size, 0);
  });

  it('stamps a block strictly after the last one when the clock steps back', async () => {
    startProducer();
    await advance(chain.head.params.emptyBlockIntervalMs);
    const first = blocks[0].header.timeMs;
    clock.set(first - 60_000);
    await advance(chain.head.params.emptyBlockIntervalMs);
    assert.equal(blocks[1].header.timeMs, first + 1);
  });

  it('never executes a tx twice when it re-enters the mempool after its block was committed', async () => {
    startProducer();
    const tx = trigger('no dedup key: a second execution would open a second alert');
    submit(tx);
    await advance(chain.head.params.batchDelayMs);
    assert.equal(blocks[0].txs.length, 1);
    submit(tx); // the resubmission raced the commit: admission saw neither mempool nor store hold it
    await advance(chain.head.params.batchDelayMs);
    assert.equal(blocks[1].txs.length, 0);
    assert.equal(mempool.size, 0, 'dropped as committed');
    assert.ok(await getAlert(chain.store, 'payments', 1));
    assert.equal(await getAlert(chain.store, 'payments', 2), undefined);
  });

  it('stops producing on a broken invariant, with a fatal log line, and does not retry', async () => {
    await chain.store.close();
    // An open dedup key that points at an alert that does not exist: state no block could make.
    const raw = new Level<Uint8Array, Uint8Array>(join(chain.dir, 'chain'), { keyEncoding: 'view', valueEncoding: 'view' });
    await raw.put(stateKey(stateKeys.openDedup('payments', 'ghost')), u64be(7));
    await raw.close();
    chain.store = await ChainStore.open(join(chain.dir, 'chain'));
    chain.head = await openChain(chain.store, chain.genesis);
    startProducer();
    submit(chain.tx(chain.teams.payments.integration, { triggerAlert: { team: 'payments', summary: 's', dedupKey: 'ghost', severity: Severity.SEVERITY_INFO } }));
    await advance(chain.head.params.batchDelayMs);
    assert.equal(blocks.length, 0);
    assert.match(producer.halted?.message ?? '', /state invariant broken: the open dedup key "ghost" of team "payments" points at alert 7/);
    const fatal = logs.lines.find((l) => l.level === 60);
    assert.match(fatal?.msg ?? '', /block production stopped: the committed state is inconsistent/);
    assert.equal(clock.pending, 0, 'nothing scheduled');
    await advance(60_000);
    assert.equal(blocks.length, 0);
  });

  it('retries a block whose write failed (an I/O error), and commits it on the next try', async () => {
    let failures = 1;
    const flaky = new Proxy(chain.store, {
      get(target, name) {
        if (name === 'commitBlock' && failures > 0) {
          failures--;
          return async () => { throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' }); };
        }
        const value = Reflect.get(target, name, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    startProducer(flaky);
    submit(trigger('a'));
    await advance(chain.head.params.batchDelayMs);
    assert.equal(blocks.length, 0);
    assert.ok(logs.lines.some((l) => l.level === 50 && /block production failed on I\/O; retrying/.test(l.msg)));
    assert.equal(mempool.size, 1, 'the tx waits for the retry');
    await advance(chain.head.params.batchDelayMs);
    assert.equal(blocks.length, 1);
    assert.equal(blocks[0].height, 1);
    assert.equal(blocks[0].txs.length, 1);
  });

  it('stops on an error a retry would repeat (a bug), with a fatal log line, instead of retrying forever', async () => {
    const broken = new Proxy(chain.store, {
      get(target, name) {
        if (name === 'commitBlock') return async () => { throw new RangeError('Maximum call stack size exceeded'); };
        const value = Reflect.get(target, name, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    startProducer(broken);
    await advance(chain.head.params.emptyBlockIntervalMs);
    assert.equal(blocks.length, 0);
    assert.match(producer.halted?.message ?? '', /block 1 could not be built: Maximum call stack size exceeded/);
    assert.ok(logs.lines.some((l) => l.level === 60 && /block production stopped: an unexpected error, which a retry would repeat/.test(l.msg)));
    assert.equal(clock.pending, 0, 'nothing scheduled');
  });
});
