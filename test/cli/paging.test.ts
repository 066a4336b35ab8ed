// The CLI follows the RPC's pages: an alert's whole history and every team, however many pages.
import assert from 'node:assert/strict';
import { ackchain } from '../../src/chain/codec.ts';
import { NodeFixture } from '../support/node-fixture.ts';
import { runCli } from './support.ts';

describe('cli: paged answers', function () {
  this.timeout(60_000);
  let f: NodeFixture;
  before(async () => { f = await new NodeFixture().start(); });
  after(async () => { await f.stop(); });

  it('alert show prints every history entry, past the RPC\'s page of 100', async () => {
    const { integration, responder } = f.keys.teams.payments;
    await f.result('tx_submit', { tx: f.tx(integration, { triggerAlert: { team: 'payments', summary: 's', severity: ackchain.Severity.SEVERITY_INFO } }), wait: 'committed' });
    const notes = Array.from({ length: 120 }, (_, i) => f.tx(responder, { addAlertNote: { alert: { team: 'payments', number: 1 }, note: `note ${i}` } }));
    for (const tx of notes.slice(0, -1)) await f.result('tx_submit', { tx });
    await f.result('tx_submit', { tx: notes.at(-1), wait: 'committed' });
    const page = await f.result('alert_history', { id: 'payments-1' });
    assert.equal(page.entries.length, 100);
    assert.equal(page.next_from, 100);
    const shown = await runCli(['alert', 'show', 'payments-1', '--rpc', f.url, '--json']);
    assert.equal(shown.status, 0, shown.stderr);
    const json = JSON.parse(shown.stdout);
    assert.equal(json.entries.length, 121);
    assert.equal(json.entries.at(-1).detail, 'note 119');
  });
});
