// config.json: a misspelt setting is refused with its path and, when close to a known one, what it probably meant.
import assert from 'node:assert/strict';
import { parseConfig } from '../../src/node/config.ts';

describe('config.json', () => {
  it('refuses an unknown setting, naming the one probably meant', () => {
    assert.throws(() => parseConfig('{"p2p":{"listn":"127.0.0.1:1"}}'), /^Error: config: p2p\.listn: unknown setting \(did you mean "listen"\?\)$/);
    assert.throws(() => parseConfig('{"log_lvel":"info"}'), /^Error: config: log_lvel: unknown setting \(did you mean "log_level"\?\)$/);
    assert.throws(() => parseConfig('{"rpc":{"colour":1}}'), /^Error: config: rpc\.colour: unknown setting$/);
    assert.equal(parseConfig('{"p2p":{"listen":"127.0.0.1:1"}}').p2p.listen, '127.0.0.1:1');
  });
});
