// ackchain dev --reset deletes the dev home, but never under a running node: not while another
// process holds the home's database, nor while the RPC address it would listen on is taken.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, spawnNode, waitHealthy, type NodeProcess } from '../support/processes.ts';
import { runCli } from './support.ts';

const STOP = 'stop it first (Ctrl-C in its terminal, or kill -TERM <pid>)';

describe('cli: dev --reset', function () {
  this.timeout(120_000);
  let dir: string;
  let home: string;
  let node: NodeProcess | undefined;
  const genesis = () => readFileSync(join(home, 'config', 'genesis.json'), 'utf8');

  /** Starts `ackchain dev` and waits until it serves. */
  async function startDev(...args: string[]): Promise<{ rpc: string; port: number }> {
    const port = await freePort();
    node = spawnNode(['dev', '--home', home, '--rpc-listen', `127.0.0.1:${port}`, ...args]);
    await waitHealthy(`http://127.0.0.1:${port}`, node);
    return { rpc: `http://127.0.0.1:${port}`, port };
  }

  async function stopDev(): Promise<void> {
    node!.child.kill('SIGTERM');
    assert.equal((await node!.exited).code, 0, node!.output());
    node = undefined;
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ackchain-reset-'));
    home = join(dir, 'dev');
  });

  afterEach(async () => {
    if (node) {
      node.child.kill('SIGKILL');
      await node.exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses while a node runs from the home, and keeps its chain', async () => {
    const { rpc } = await startDev();
    const before = genesis();
    const other = await freePort();
    const result = await runCli(['dev', '--home', home, '--reset', '--rpc-listen', `127.0.0.1:${other}`]);
    assert.deepEqual(result, {
      status: 1, stdout: '',
      stderr: `error: not resetting ${home}: a node is running from it (another process holds ${join(home, 'data', 'chain', 'LOCK')}; lsof finds it); ${STOP}\n`,
    });
    assert.equal(genesis(), before);
    assert.ok((await fetch(`${rpc}/healthz`)).ok, 'the running node is untouched');
    // Without --reset, a second node on the same home is told why it cannot start.
    const second = await runCli(['dev', '--home', home, '--rpc-listen', `127.0.0.1:${other}`]);
    assert.equal(second.status, 1);
    assert.match(second.stderr, /the database at .* is in use by another process: a node is probably running from this home; stop it first/);
    assert.ok((await fetch(`${rpc}/healthz`)).ok, 'the running node is untouched');
  });

  it('refuses while the RPC address it would use is taken, and keeps the home', async () => {
    const { port } = await startDev();
    const otherHome = join(dir, 'other');
    mkdirSync(otherHome);
    writeFileSync(join(otherHome, 'marker'), 'kept');
    const result = await runCli(['dev', '--home', otherHome, '--reset', '--rpc-listen', `127.0.0.1:${port}`]);
    assert.deepEqual(result, {
      status: 1, stdout: '',
      stderr: `error: not resetting ${otherHome}: 127.0.0.1:${port} is in use, probably by a running node (lsof -i :${port} finds it); ${STOP}, or pick another --rpc-listen\n`,
    });
    assert.ok(existsSync(join(otherHome, 'marker')));
  });

  it('starts a new chain once the node has stopped', async () => {
    await startDev();
    const before = genesis();
    await stopDev();
    await startDev('--reset');
    assert.notEqual(genesis(), before, 'a new genesis, with a new validator key');
    assert.match(node!.output(), /npx ackchain status/);
    await stopDev();
  });
});
