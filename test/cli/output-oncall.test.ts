// The on-call output helpers: durations in the files' syntax, instants in a schedule's time zone, percentages.
import assert from 'node:assert/strict';
import { formatPercent, formatSpan, formatZoned, tableTrimmed } from '../../src/cli/output.ts';

describe('cli: on-call output helpers', () => {
  it('formatSpan writes durations as the on-call files take them', () => {
    assert.deepEqual([0, 250, 90_000, 300_000, 5_400_000, 7 * 86_400_000, 86_400_000 + 1, 3_723_004].map(formatSpan),
      ['0s', '250ms', '1m30s', '5m', '1h30m', '7d', '1d1ms', '1h2m3s4ms']);
    assert.deepEqual([formatSpan(null), formatSpan(undefined)], ['-', '-']);
  });

  it('formatZoned shows the wall time and the offset in force, across daylight-saving changes', () => {
    assert.equal(formatZoned(Date.parse('2026-03-28T08:00:00Z'), 'Europe/Berlin'), '2026-03-28 09:00 +01:00');
    assert.equal(formatZoned(Date.parse('2026-03-30T07:00:00Z'), 'Europe/Berlin'), '2026-03-30 09:00 +02:00');
    assert.equal(formatZoned(Date.parse('2026-12-25T14:00:30Z'), 'America/New_York'), '2026-12-25 09:00:30 -05:00');
    assert.equal(formatZoned(Date.parse('2026-06-01T00:00:00Z'), 'Asia/Kolkata'), '2026-06-01 05:30 +05:30');
    assert.equal(formatZoned(Date.parse('2026-06-01T00:00:00Z'), 'UTC'), '2026-06-01 00:00 UTC');
    assert.equal(formatZoned(Date.parse('2026-06-01T00:00:00Z'), 'Not/AZone'), '2026-06-01 00:00 UTC', 'an unknown zone falls back to UTC');
    assert.equal(formatZoned(null, 'UTC'), '-');
  });

  it('formatPercent floors to one decimal, so only all-met is 100%', () => {
    assert.deepEqual([1, 0.9999, 0.5, 57 / 200, 0, null].map(formatPercent), ['100.0%', '99.9%', '50.0%', '28.5%', '0.0%', '-']);
  });

  it('tableTrimmed leaves no spaces at the ends of lines', () => {
    assert.equal(tableTrimmed([['a', 'bb', 'c'], ['aaa', '', '']]), 'a    bb  c\naaa');
  });
});
