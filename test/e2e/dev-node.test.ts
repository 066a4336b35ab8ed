// End to end with real processes: `ackchain dev`, the CLI against it, signals, and a SIGKILL while
// txs stream in.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toHex } from '../../src/chain/bytes.ts';
import { ackchain } from '../../src/chain/codec.ts';
import { readKeyFile } from '../../src/chain/keys.ts';
import { signTx } from '../../src/chain/tx.ts';
import { cli, freePort, rpcCall, spawnNode, waitHealthy, type NodeProcess } from '../support/processes.ts';
import { buildC, POLICY_INCLUDE, repoRoot, sdccInstalled } from '../support/sdcc.ts';

describe('e2e: a dev node driven by the CLI', function () {
  this.timeout(120_000);
  let home: string;
  let rpc: string;
  let node: NodeProcess;
  const key = (name: string) => join(home, 'keys', `${name}.json`);

  before(async () => {
    home = mkdtempSync(join(tmpdir(), 'ackchain-e2e-'));
    const port = await freePort();
    rpc = `http://127.0.0.1:${port}`;
    node = spawnNode(['dev', '--home', home, '--rpc-listen', `127.0.0.1:${port}`]);
    await waitHealthy(rpc, node);
  });

  after(async () => {
    if (node.child.exitCode === null) node.child.kill('SIGKILL');
    await node.exited;
    rmSync(home, { recursive: true, force: true });
  });

  it('lists the demo keys at start-up', () => {
    assert.match(node.output(), /payments-monitoring\.json/);
    assert.match(node.output(), /payments-oncall\.json/);
  });

  it('triggers, acknowledges and resolves an alert, and shows its history', () => {
    const trigger = cli(['alert', 'trigger', '--key', key('payments-monitoring'), '--team', 'payments', '--summary', 'checkout latency high',
      '--severity', 'critical', '--dedup-key', 'latency', '--details', '{"p99_ms": 2300}', '--rpc', rpc]);
    assert.equal(trigger.status, 0, trigger.stderr);
    assert.match(trigger.stdout, /alert payments-1 triggered/);

    const again = cli(['alert', 'trigger', '--key', key('payments-monitoring'), '--team', 'payments', '--summary', 'checkout latency still high',
      '--dedup-key', 'latency', '--rpc', rpc, '--json']);
    assert.equal(again.status, 0, again.stderr);
    assert.equal(JSON.parse(again.stdout).receipt.events[0].attributes.alert, 'payments-1', 'same dedup key, same open alert');

    const ack = cli(['alert', 'ack', 'payments-1', '--key', key('payments-oncall'), '--rpc', rpc]);
    assert.equal(ack.status, 0, ack.stderr);
    const foreign = cli(['alert', 'ack', 'payments-1', '--key', key('platform-oncall'), '--rpc', rpc]);
    assert.equal(foreign.status, 1);
    assert.match(foreign.stderr, /not a member.*unauthorized/);
    const note = cli(['alert', 'note', 'payments-1', '--note', 'rolled back deploy 412', '--key', key('payments-oncall'), '--rpc', rpc]);
    assert.equal(note.status, 0, note.stderr);
    const resolve = cli(['alert', 'resolve', 'payments-1', '--resolution', 'rollback', '--key', key('payments-oncall'), '--rpc', rpc]);
    assert.equal(resolve.status, 0, resolve.stderr);

    const show = cli(['alert', 'show', 'payments-1', '--rpc', rpc, '--json']);
    assert.equal(show.status, 0, show.stderr);
    const { alert, entries } = JSON.parse(show.stdout);
    assert.equal(alert.status, 'resolved');
    assert.equal(alert.trigger_count, 2);
    assert.deepEqual(alert.custom_details, { p99_ms: 2300 });
    assert.deepEqual(entries.map((e: { action: string }) => e.action), ['triggered', 'deduplicated', 'acknowledged', 'note', 'resolved']);
    assert.equal(entries[2].handle, 'bob@payments.example');
    assert.ok(entries.every((e: { height: number }, i: number) => i === 0 || e.height > entries[i - 1].height));

    const list = cli(['alert', 'list', '--team', 'payments', '--rpc', rpc]);
    assert.match(list.stdout, /payments-1\s+resolved\s+critical/);
    const text = cli(['alert', 'show', 'payments-1', '--rpc', rpc]);
    assert.match(text.stdout, /acknowledged\s+bob@payments\.example/);
  });

  it('adds a member who can then acknowledge', () => {
    const newcomer = join(home, 'newcomer.json');
    const gen = cli(['keys', 'generate', '--out', newcomer]);
    assert.equal(gen.status, 0, gen.stderr);
    const account = gen.stdout.trim();
    const add = cli(['team', 'add-member', '--team', 'platform', '--account', account, '--handle', 'erin@platform.example',
      '--key', key('platform-admin'), '--rpc', rpc]);
    assert.equal(add.status, 0, add.stderr);
    cli(['alert', 'trigger', '--key', key('platform-monitoring'), '--team', 'platform', '--summary', 'queue backlog', '--rpc', rpc]);
    const ack = cli(['alert', 'ack', 'platform-1', '--key', newcomer, '--rpc', rpc]);
    assert.equal(ack.status, 0, ack.stderr);
  });

  it('assembles, deploys and shows a contract', () => {
    const source = join(home, 'answer.asm');
    writeFileSync(source, 'SECTION "main", ROM0[$0000]\n  ld a, 42\n  ld [$A000], a\n  halt\n');
    const bin = join(home, 'answer.bin');
    assert.equal(cli(['contract', 'assemble', source, '-o', bin]).status, 0);
    const deploy = cli(['contract', 'deploy', bin, '--name', 'answer', '--key', key('payments-admin'), '--rpc', rpc, '--json']);
    assert.equal(deploy.status, 0, deploy.stderr);
    const address = JSON.parse(deploy.stdout).receipt.events[0].attributes.address;
    const show = cli(['contract', 'show', address, '--rpc', rpc, '--json']);
    assert.equal(show.status, 0, show.stderr);
    const contract = JSON.parse(show.stdout);
    assert.equal(contract.name, 'answer');
    assert.equal(contract.code, readFileSync(bin).toString('hex'));
    const again = cli(['contract', 'deploy', bin, '--name', 'answer', '--key', key('payments-admin'), '--rpc', rpc]);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /already deployed/);
  });

  it('runs a team\'s own authorize policy written in C (genesis/examples/oncall-policy-c), set and unset with the CLI', function () {
    if (!sdccInstalled()) this.skip();
    const bin = join(home, 'oncall-policy.bin');
    writeFileSync(bin, buildC(join(repoRoot, 'genesis/examples/oncall-policy-c/oncall-policy.c'), [POLICY_INCLUDE]));
    const deploy = cli(['contract', 'deploy', bin, '--name', 'oncall-policy', '--key', key('payments-admin'), '--rpc', rpc, '--json']);
    assert.equal(deploy.status, 0, deploy.stderr);
    const address = JSON.parse(deploy.stdout).receipt.events[0].attributes.address;
    const set = cli(['team', 'set-contracts', '--team', 'payments', '--authorize', address, '--key', key('payments-admin'), '--rpc', rpc]);
    assert.equal(set.status, 0, set.stderr);
    assert.match(set.stdout, new RegExp(`^payments authorize: ${address}$`, 'm'));
    assert.match(cli(['team', 'show', 'payments', '--rpc', rpc]).stdout, new RegExp(`contract\\s+authorize\\s+${address}`));

    const carol = join(home, 'carol.json');
    const account = cli(['keys', 'generate', '--out', carol]).stdout.trim();
    assert.equal(cli(['team', 'add-member', '--team', 'payments', '--account', account, '--handle', 'carol@payments.example', '--key', key('payments-admin'), '--rpc', rpc]).status, 0);
    const trigger = cli(['alert', 'trigger', '--key', key('payments-monitoring'), '--team', 'payments', '--summary', 'db primary down', '--severity', 'critical', '--rpc', rpc]);
    const id = /alert (payments-\d+) triggered/.exec(trigger.stdout)![1];
    const refused = cli(['alert', 'ack', id, '--key', carol, '--rpc', rpc]);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /critical alerts are acknowledged by the engineer on call or an admin/);
    const admin = cli(['alert', 'ack', id, '--key', key('payments-admin'), '--rpc', rpc]);
    assert.equal(admin.status, 0, admin.stderr);

    const unset = cli(['team', 'set-contracts', '--team', 'payments', '--authorize', 'default', '--key', key('payments-admin'), '--rpc', rpc]);
    assert.match(unset.stdout, /^payments authorize: default$/m);
    const bad = cli(['team', 'set-contracts', '--team', 'payments', '--authorize', 'xyz', '--key', key('payments-admin'), '--rpc', rpc]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /"xyz" is neither a contract address \(64 hex characters, as `contract deploy` prints\) nor "default"/);
  });

  it('shows a clear error for bad input and an unreachable node', () => {
    const badId = cli(['alert', 'ack', 'not-an-id!', '--key', key('payments-oncall'), '--rpc', rpc]);
    assert.equal(badId.status, 1);
    assert.match(badId.stderr, /not an alert id/);
    const down = cli(['alert', 'list', '--rpc', 'http://127.0.0.1:9']);
    assert.equal(down.status, 1);
    assert.match(down.stderr, /cannot reach the node/);
  });

  it('shuts down cleanly on SIGTERM', async () => {
    node.child.kill('SIGTERM');
    const { code } = await node.exited;
    assert.equal(code, 0, node.output());
    assert.match(node.output(), /node stopped/);
  });
});

describe('e2e: SIGKILL while txs stream in', function () {
  this.timeout(180_000);

  it('keeps every tx whose submission returned committed, and the chain goes on after restart', async () => {
    const home = mkdtempSync(join(tmpdir(), 'ackchain-kill-'));
    const port = await freePort();
    const rpc = `http://127.0.0.1:${port}`;
    const args = ['dev', '--home', home, '--rpc-listen', `127.0.0.1:${port}`];
    let node = spawnNode(args);
    try {
      await waitHealthy(rpc, node);
      const integration = readKeyFile(join(home, 'keys', 'payments-monitoring.json'));
      const committed = new Map<string, number>();
      let stop = false;
      let sent = 0;
      const submitter = async (worker: number): Promise<void> => {
        while (!stop) {
          const tx = signTx({ chainId: 'ackchain-dev', expiresAtMs: Date.now() + 60_000, memo: `w${worker}-${sent++}`,
            triggerAlert: { team: 'payments', summary: `load ${sent}`, severity: ackchain.Severity.SEVERITY_WARNING } }, integration);
          try {
            const r = await rpcCall(rpc, 'tx_submit', { tx: toHex(tx), wait: 'committed' });
            committed.set(r.hash, r.height);
          } catch {
            return; // the node is gone
          }
        }
      };
      const workers = [0, 1, 2, 3, 4, 5, 6, 7].map(submitter);
      await new Promise((r) => setTimeout(r, 2500));
      node.child.kill('SIGKILL');
      assert.equal((await node.exited).signal, 'SIGKILL');
      stop = true;
      await Promise.all(workers);
      assert.ok(committed.size > 10, `only ${committed.size} txs committed before the kill`);

      node = spawnNode(args);
      await waitHealthy(rpc, node);
      const restartHeight = (await rpcCall(rpc, 'node_status')).latest_height;
      for (const [hash, height] of committed) {
        const tx = await rpcCall(rpc, 'tx_get', { hash });
        assert.equal(tx.height, height, `tx ${hash}`);
        assert.equal(tx.receipt.code, 0);
      }
      // The chain goes on: new blocks, and new txs commit.
      const tx = signTx({ chainId: 'ackchain-dev', expiresAtMs: Date.now() + 60_000, memo: 'after restart',
        triggerAlert: { team: 'payments', summary: 'after restart', severity: ackchain.Severity.SEVERITY_INFO } }, integration);
      const after = await rpcCall(rpc, 'tx_submit', { tx: toHex(tx), wait: 'committed' });
      assert.ok(after.height > restartHeight);
      // Every block up to the head is readable and links to its parent.
      let prev = '';
      for (let h = 1; h <= after.height; h++) {
        const block = await rpcCall(rpc, 'chain_getBlock', { height: h });
        if (prev) assert.equal(block.header.prev_block_hash, prev, `block ${h} links to ${h - 1}`);
        prev = block.hash;
      }
    } finally {
      if (node.child.exitCode === null) node.child.kill('SIGKILL');
      await node.exited;
      rmSync(home, { recursive: true, force: true });
    }
  });
});
