// The seeded simulation (simulation.ts) over fixed seeds: 4 validators (Twins of a Byzantine one in
// most seeds), 1 validator with a follower, 7 validators. Each run must keep agreement, validity,
// every committed tx, never-sign-twice and clean gossip, and be live after the heal. A failed seed
// is reported with the command that reproduces it exactly (`npm run sim -- --seed S ...`).
//
// SIM_SEEDS=N runs N seeds of 4 validators instead of the default, from SIM_FROM (default 1).
import assert from 'node:assert/strict';
import { failureReport, runMany, type RunSummary } from './runner.ts';
import { runSimulation, type SimConfig } from './simulation.ts';

const FROM = Number(process.env.SIM_FROM ?? 1);
const FOUR = Number(process.env.SIM_SEEDS ?? 170);
const CONCURRENCY = 4;
const CHUNK = 25;

/** Seeds that once exposed a bug, run in every build (see docs/testing.md, "Bugs the simulation found"). */
const REGRESSIONS: SimConfig[] = [];

function report(results: RunSummary[]): { failed: string; known: RunSummary[] } {
  const failed = results.filter((r) => !r.ok && r.known === undefined);
  const text = failed.map((r) => `${failureReport(r)}\n  scenario ${r.scenario ?? '-'}\n--- the nodes' last log lines\n${r.logTail ?? '-'}`).join('\n\n');
  return { failed: text, known: results.filter((r) => r.known !== undefined) };
}

describe('seeded simulation: validators in one process over a simulated network, clock and crashes', function () {
  this.timeout(240_000);
  const known: RunSummary[] = [];
  let batches = 0;

  const groups: { validators: number; from: number; count: number }[] = [
    { validators: 4, from: FROM, count: FOUR },
    { validators: 1, from: FROM, count: 15 },
    { validators: 7, from: FROM, count: 15 },
  ];
  for (const g of groups) {
    for (let start = g.from; start < g.from + g.count; start += CHUNK) {
      const end = Math.min(start + CHUNK, g.from + g.count) - 1;
      it(`${g.validators} validator${g.validators > 1 ? 's' : ''}, seeds ${start}-${end}: agreement, validity, no committed tx lost, liveness after the heal`, async () => {
        const configs = Array.from({ length: end - start + 1 }, (_, i) => ({ seed: start + i, validators: g.validators }));
        const results = await runMany(configs, CONCURRENCY);
        const r = report(results);
        known.push(...r.known);
        batches++;
        assert.equal(r.failed, '', 'seeds failed');
      });
    }
  }

  it('the same seed gives the same trace, alone and among other runs', async () => {
    const configs: SimConfig[] = [{ seed: 7, validators: 4 }, { seed: 12, validators: 4 }, { seed: 3, validators: 7 }];
    const alone = await runMany(configs, 1);
    const together = await runMany([...configs, ...configs], 6);
    for (const [i, c] of configs.entries()) {
      assert.ok(alone[i].trace.length === 64, `seed ${c.seed}: no trace`);
      assert.equal(together[i].trace, alone[i].trace, `seed ${c.seed}: a second run gave another trace`);
      assert.equal(together[i + configs.length].trace, alone[i].trace, `seed ${c.seed}: a third run gave another trace`);
      assert.deepEqual(together[i].stats.events, alone[i].stats.events);
    }
  });

  for (const c of REGRESSIONS) {
    it(`regression: seed ${c.seed} (${c.validators} validators)`, async () => {
      const r = await runSimulation(c);
      assert.ok(r.ok, `${r.failures.join('\n')}\nreproduce: ${r.command}`);
    });
  }

  after(() => {
    if (known.length > 0) {
      console.log(`    ${known.length} run(s) stalled with an equivocating validator (the known consensus/ issue above): ${known.map((r) => r.command).join('; ')}`);
    }
  });
});
