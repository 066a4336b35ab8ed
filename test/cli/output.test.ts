// The CLI's formatting helpers.
import assert from 'node:assert/strict';
import { formatDuration, table } from '../../src/cli/output.ts';

describe('cli: output', () => {
  it('formats durations for a glance', () => {
    assert.deepEqual([0, 420, 999, 1000, 4249, 59_999, 60_000, 125_400, 3_599_999, 3_600_000, 7_860_000, 90 * 3_600_000].map(formatDuration),
      ['0 ms', '420 ms', '999 ms', '1.0 s', '4.2 s', '59.9 s', '1 min 0 s', '2 min 5 s', '59 min 59 s', '1 h 0 min', '2 h 11 min', '90 h 0 min']);
  });

  it('aligns columns, leaving the last one unpadded', () => {
    assert.equal(table([['chain id', 'x'], ['height', '12']]), 'chain id  x\nheight    12');
  });
});
