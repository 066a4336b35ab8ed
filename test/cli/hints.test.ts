// Commands the CLI suggests are typed as a user can run them from the project: `npx ackchain ...`
// (a bare `ackchain` is not on a user's PATH).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devBanner } from '../../src/cli/dev-home.ts';
import { runCli } from './support.ts';

const BARE = /(?<!npx )ackchain (init|keys|genesis|start|dev|status|alert|team|contract)\b/;

describe('cli: hints', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'ackchain-hints-')); });
  afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

  it('init and genesis create suggest npx ackchain', async () => {
    const home = join(dir, 'node');
    const out = join(dir, 'genesis.json');
    const [init, create, help] = await Promise.all([
      runCli(['init', '--home', home]),
      runCli(['genesis', 'create', '-o', out, '--chain-id', 'acme-1']),
      runCli(['genesis', 'add-validator', '--help']),
    ]);
    assert.equal(init.status, 0, init.stderr);
    assert.match(init.stdout, new RegExp(`\\(add teams: npx ackchain genesis add-team --home ${home} \\.\\.\\.\\)\n`));
    assert.match(init.stdout, new RegExp(`\nstart it with: npx ackchain start --home ${home}\n$`));
    assert.equal(create.stdout,
      `wrote ${out}; add validators and teams with: npx ackchain genesis add-validator --file ${out} ...; npx ackchain genesis add-team --file ${out} ...\n`);
    assert.match(help.stdout, /\(npx ackchain keys show\s+<home>\/config\/validator_key\.json\)/);
    for (const text of [init.stdout, create.stdout]) assert.doesNotMatch(text, BARE);
  });

  it('the dev banner suggests npx ackchain, with --rpc when the node is not at the default address', () => {
    const keys = [{ file: 'k/payments-monitoring.json', role: 'integration', team: 'payments', handle: 'monitoring', publicKey: 'ab' },
      { file: 'k/payments-oncall.json', role: 'responder', team: 'payments', handle: 'bob@payments.example', publicKey: 'cd' }];
    const banner = devBanner(keys, 'http://127.0.0.1:4700');
    assert.match(banner, /^ {2}npx ackchain status --rpc http:\/\/127\.0\.0\.1:4700$/m);
    assert.match(banner, /^ {2}npx ackchain alert ack payments-1 --key k\/payments-oncall\.json --rpc http:\/\/127\.0\.0\.1:4700$/m);
    assert.doesNotMatch(banner, BARE);
    assert.doesNotMatch(devBanner(keys, 'http://127.0.0.1:4601'), /--rpc/);
  });
});
