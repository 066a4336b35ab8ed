// --rpc (and ACKCHAIN_RPC) is checked before any command runs: a URL without a scheme is refused
// with the fix, instead of being reported as a node that is down.
import assert from 'node:assert/strict';
import { runCli } from './support.ts';

/** What the CLI answers for an --rpc it refuses: commander's line with our reason, exit code 1. */
const refused = (value: string, reason: string) => ({ status: 1, stdout: '', stderr: `error: option '--rpc <url>' argument '${value}' is invalid. ${reason}\n` });

describe('cli: --rpc', function () {
  this.timeout(60_000);

  it('needs a scheme, for every command that talks to a node', async () => {
    const commands = [['status'], ['alert', 'list'], ['alert', 'show', 'payments-1'], ['team', 'list'], ['contract', 'show', 'ab'],
      ['alert', 'ack', 'payments-1', '--key', 'k.json']];
    const results = await Promise.all(commands.map((c) => runCli([...c, '--rpc', 'localhost:4601'])));
    for (const result of results) assert.deepEqual(result, refused('localhost:4601', '--rpc needs a scheme: http://localhost:4601'));
  });

  it('must be http or https and a URL', async () => {
    const [ftp, spaced] = await Promise.all([runCli(['status', '--rpc', 'ftp://node:4601']), runCli(['status', '--rpc', 'http://no de'])]);
    assert.deepEqual(ftp, refused('ftp://node:4601', '--rpc must use http or https, not ftp'));
    assert.deepEqual(spaced, refused('http://no de', '--rpc must be a URL like http://127.0.0.1:4601'));
  });

  it('checks ACKCHAIN_RPC the same way', async () => {
    const result = await runCli(['status'], { ACKCHAIN_RPC: '127.0.0.1:4601' });
    assert.deepEqual(result, {
      status: 1, stdout: '',
      stderr: "error: option '--rpc <url>' value '127.0.0.1:4601' from env 'ACKCHAIN_RPC' is invalid. --rpc needs a scheme: http://127.0.0.1:4601\n",
    });
  });
});
