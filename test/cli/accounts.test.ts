// Accounts on the command line: a public key in hex, or a key file whose public key is taken.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support.ts';

describe('cli: accounts given as hex or as a key file', function () {
  this.timeout(60_000);
  let home: string;
  let initOutput: string;
  before(async () => {
    home = mkdtempSync(join(tmpdir(), 'ackchain-accounts-'));
    const init = await runCli(['init', '--home', home, '--chain-id', 'acc-test']);
    assert.equal(init.status, 0, init.stderr);
    initOutput = init.stdout;
  });
  after(() => rmSync(home, { recursive: true, force: true }));

  it('init writes a node key (mode 0600) and prints its peer id, as keys show --peer-id gives it', async () => {
    const nodeKey = join(home, 'config', 'node_key.json');
    assert.equal(statSync(nodeKey).mode & 0o777, 0o600);
    const shown = await runCli(['keys', 'show', '--peer-id', nodeKey]);
    assert.equal(shown.status, 0, shown.stderr);
    const peerId = shown.stdout.trim().split('\n').at(-1)!;
    assert.match(peerId, /^12D3KooW[1-9A-HJ-NP-Za-km-z]{44}$/);
    assert.match(initOutput, new RegExp(`^  node key      ${nodeKey} \\(peer id ${peerId}\\)$`, 'm'));
  });

  it('takes the public key of a key file for --admin, and the same key in hex gives the same account', async () => {
    const made = await runCli(['keys', 'generate', '--out', join(home, 'alice.json')]);
    assert.equal(made.status, 0, made.stderr);
    const publicKey = made.stdout.trim().split('\n').at(-1)!;
    assert.match(publicKey, /^[0-9a-f]{64}$/);
    const added = await runCli(['genesis', 'add-team', '--home', home, '--id', 'payments', '--admin', join(home, 'alice.json'), '--handle', 'alice@x']);
    assert.equal(added.status, 0, added.stderr);
    const genesis = JSON.parse(readFileSync(join(home, 'config', 'genesis.json'), 'utf8'));
    assert.equal(genesis.teams[0].members[0].account, publicKey);
  });

  it('refuses something that is neither 64 hex characters nor a key file, saying which', async () => {
    const short = await runCli(['genesis', 'add-team', '--home', home, '--id', 'ops', '--admin', 'ab'.repeat(31) + 'a', '--handle', 'h']);
    assert.equal(short.status, 1);
    assert.match(short.stderr, /is neither a public key \(63 hex characters, not 64\) nor a key file/);
    const notKey = await runCli(['genesis', 'add-team', '--home', home, '--id', 'ops', '--admin', join(home, 'config', 'config.json'), '--handle', 'h']);
    assert.equal(notKey.status, 1);
    assert.match(notKey.stderr, /config\.json: not a key file with a "publicKey" of 64 hex characters/);
    const typo = await runCli(['genesis', 'add-team', '--home', home, '--id', 'ops', '--admin', join(home, 'alcie.json'), '--handle', 'h']);
    assert.equal(typo.status, 1);
    assert.match(typo.stderr, /no such key file: .*alcie\.json/);
    const notHex = await runCli(['genesis', 'add-team', '--home', home, '--id', 'ops', '--admin', 'ab'.repeat(31) + 'gg', '--handle', 'h']);
    assert.match(notHex.stderr, /"g" is not a hex digit/);
  });

  it('refuses to make a node home in a folder that holds other files', async () => {
    const result = await runCli(['init', '--home', join(home, 'config')]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /is not empty: give init a new or empty folder/);
  });
});
