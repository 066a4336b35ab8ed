// The stall warning: once per interval in which no block was committed, with what describe() says.
import assert from 'node:assert/strict';
import { StallWatch } from '../../src/node/stall-watch.ts';
import { FakeClock } from '../support/fake-clock.ts';
import { captureLogger } from '../support/log-capture.ts';

describe('stall watch', () => {
  it('warns for each interval without a new block, and not for one in which a block came', () => {
    const clock = new FakeClock(0);
    const logs = captureLogger();
    let height = 5;
    const watch = new StallWatch({ clock, log: logs.log, intervalMs: 30_000, height: () => height, describe: () => ({ round: 2, connectedPower: '20 of 40' }) });
    watch.start();
    clock.advance(29_999);
    height = 6;
    clock.advance(1);
    assert.equal(logs.lines.length, 0, 'a block came in the first interval');
    clock.advance(29_999);
    assert.equal(logs.lines.length, 0);
    clock.advance(1);
    assert.equal(logs.lines.length, 1);
    const [line] = logs.lines;
    assert.equal(line.level, 40);
    assert.equal(line.msg, 'no block committed for 30 s: more than 2/3 of the voting power must be online and connected (check the peers\' logs, addresses and network key)');
    assert.deepEqual([line.height, line.round, line.connectedPower], [6, 2, '20 of 40']);
    clock.advance(30_000);
    assert.equal(logs.lines.length, 2, 'again while it stays stuck');
    watch.stop();
    clock.advance(90_000);
    assert.equal(logs.lines.length, 2, 'nothing after stop');
  });
});
