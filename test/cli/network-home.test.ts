// A home that becomes one node of a network: what the genesis commands refuse about peer ids, and
// what `start` says is missing before the node can join.
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadHome } from '../../src/node/home.ts';
import { runCli } from './support.ts';

describe('cli: a home joining a network', function () {
  this.timeout(60_000);
  let dir: string;
  let home: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ackchain-network-home-'));
    home = join(dir, 'node');
    assert.equal((await runCli(['init', '--home', home])).status, 0);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function newKey(name: string): Promise<{ file: string; peerId: string }> {
    const file = join(dir, name);
    assert.equal((await runCli(['keys', 'generate', '--out', file])).status, 0);
    const shown = await runCli(['keys', 'show', '--peer-id', file]);
    return { file, peerId: shown.stdout.trim().split('\n').at(-1)! };
  }

  it('refuses a validator whose peer id is not one, or is another validator\'s', async () => {
    const other = await newKey('other.json');
    const bogus = await runCli(['genesis', 'add-validator', '--home', home, '--public-key', other.file, '--team', 'db', '--peer-id', 'bogus']);
    assert.equal(bogus.status, 1);
    assert.match(bogus.stderr, /--peer-id: "bogus" is not the peer id of a node key/);
    const own = await runCli(['keys', 'show', '--peer-id', join(home, 'config', 'node_key.json')]);
    const ownPeerId = own.stdout.trim().split('\n').at(-1)!;
    assert.equal((await runCli(['genesis', 'add-validator', '--home', home, '--public-key', other.file, '--team', 'db', '--peer-id', ownPeerId])).status, 0,
      'the first validator has no peer id yet');
    const third = await newKey('third.json');
    const twice = await runCli(['genesis', 'add-validator', '--home', home, '--public-key', third.file, '--team', 'web', '--peer-id', ownPeerId]);
    assert.equal(twice.status, 1);
    assert.match(twice.stderr, /--peer-id: two validators with one peer id .* is already in/);
  });

  it('reports key files that others than their owner may read (the node warns about each)', () => {
    assert.deepEqual(loadHome(home).exposedSecrets, [], 'init writes them 0600');
    chmodSync(join(home, 'config', 'validator_key.json'), 0o640);
    chmodSync(join(home, 'config', 'node_key.json'), 0o604);
    assert.deepEqual(loadHome(home).exposedSecrets, [join(home, 'config', 'validator_key.json'), join(home, 'config', 'node_key.json')]);
  });

  it('names only what is missing when a node of a network starts without the network key (or its node key too)', async () => {
    const other = await newKey('other.json');
    assert.equal((await runCli(['genesis', 'add-validator', '--home', home, '--public-key', other.file, '--team', 'db', '--peer-id', other.peerId])).status, 0);
    const noNetworkKey = await runCli(['start', '--home', home]);
    assert.equal(noNetworkKey.status, 1);
    assert.match(noNetworkKey.stderr, /it needs the network's key, config\/network_key \(the same file on every node/);
    assert.doesNotMatch(noNetworkKey.stderr, /node_key\.json/);
    rmSync(join(home, 'config', 'node_key.json'));
    const neither = await runCli(['start', '--home', home]);
    assert.match(neither.stderr, /it needs its node key, config\/node_key\.json .*, and the network's key, config\/network_key/);
  });
});
