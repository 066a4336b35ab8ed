// `npm run sim`: the seeded simulation of test/sim/ (docs/testing.md, "The seeded simulation").
//
//   npm run sim -- --seed 42                   one run, reported in full (scenario, stats, trace)
//   npm run sim -- --seeds 1000                1000 seeds from a random start (printed)
//   npm run sim -- --seeds 1000 --seed 1       seeds 1..1000
//   npm run sim -- --seeds 200 --validators 7  (1, 4 or 7 validators, or any count; 4 by default)
//   options: --twins T, --followers F, --profile default|fast (else the seed draws them),
//            --concurrency C (runs in flight per thread, default 4), --jobs J (worker threads,
//            default 1), --log LEVEL (the nodes' log level, default info), --twice (run each
//            seed twice and require the same trace), --verbose (a line per seed), --strict (runs
//            failed by a known issue count as failures)
//
// A failed seed prints what failed and the command that reproduces it exactly; the single-seed
// form prints the nodes' last log lines too. The exit code is 1 if any seed failed (a known
// issue, KNOWN_EQUIVOCATION_STALL in test/sim/simulation.ts, only with --strict).
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { failureReport, runMany, summarize, type RunSummary } from '../test/sim/runner.ts';
import { runSimulation, type ProfileName, type SimConfig } from '../test/sim/simulation.ts';

interface Batch { configs: SimConfig[]; concurrency: number; twice: boolean }

async function runBatch(b: Batch, onResult: (r: RunSummary) => void): Promise<void> {
  const results = await runMany(b.configs, b.concurrency, b.twice ? () => {} : onResult);
  if (!b.twice) return;
  const again = await runMany(b.configs, b.concurrency);
  results.forEach((r, i) => {
    const second = again[i];
    if (r.ok && second.ok && r.trace !== second.trace) {
      onResult({ ...r, ok: false, failures: [`determinism: two runs of this seed gave traces ${r.trace.slice(0, 16)} and ${second.trace.slice(0, 16)}`] });
    } else {
      onResult(r.ok ? second : r);
    }
  });
}

if (!isMainThread) {
  await runBatch(workerData as Batch, (r) => parentPort!.postMessage(r));
  process.exit(0);
}

const { values } = parseArgs({
  options: {
    seed: { type: 'string' }, seeds: { type: 'string' }, validators: { type: 'string' }, twins: { type: 'string' }, followers: { type: 'string' },
    profile: { type: 'string' }, concurrency: { type: 'string' }, jobs: { type: 'string' }, log: { type: 'string' },
    twice: { type: 'boolean' }, verbose: { type: 'boolean' }, strict: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
  },
  strict: true,
});
if (values.help) {
  console.log('npm run sim -- [--seeds N] [--seed S] [--validators V] [--twins T] [--followers F] [--profile default|fast] [--concurrency C] [--jobs J] [--log LEVEL] [--twice] [--verbose] [--strict]');
  process.exit(0);
}

function int(name: string, text: string | undefined, min: number): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < min) {
    console.error(`--${name} must be an integer of at least ${min}, got ${text}`);
    process.exit(2);
  }
  return n;
}

const profile = values.profile as ProfileName | undefined;
if (profile !== undefined && profile !== 'default' && profile !== 'fast') {
  console.error(`--profile must be default or fast, got ${profile}`);
  process.exit(2);
}
const base: Omit<SimConfig, 'seed'> = {
  validators: int('validators', values.validators, 1) ?? 4,
  ...(values.twins !== undefined ? { twins: int('twins', values.twins, 0) } : {}),
  ...(values.followers !== undefined ? { followers: int('followers', values.followers, 0) } : {}),
  ...(profile !== undefined ? { profile } : {}),
  ...(values.log !== undefined ? { logLevel: values.log } : {}),
};
const seeds = int('seeds', values.seeds, 1);
const first = int('seed', values.seed, 0);

if (seeds === undefined) {
  // One seed, reported in full.
  const config: SimConfig = { ...base, seed: first ?? Math.floor(Math.random() * 2 ** 31) };
  const started = performance.now();
  const result = await runSimulation(config);
  const s = summarize(result, true);
  console.log(`scenario ${s.scenario}`);
  console.log(`stats ${JSON.stringify(s.stats)}`);
  console.log(`trace ${s.trace}`);
  if (values.twice) {
    const again = await runSimulation(config);
    console.log(again.trace === result.trace ? 'determinism: the second run gave the same trace' : `determinism FAILED: the second run gave ${again.trace}`);
    if (again.trace !== result.trace) process.exitCode = 1;
  }
  if (!s.ok) {
    console.log(`--- the nodes' last log lines\n${s.logTail}`);
    console.log(failureReport(s));
    if (s.known === undefined || values.strict) process.exitCode = 1;
  } else {
    console.log(`seed ${config.seed} passed in ${Math.round(performance.now() - started)} ms: ${result.command}`);
  }
} else {
  const start = first ?? Math.floor(Math.random() * 2 ** 31);
  const jobs = Math.min(int('jobs', values.jobs, 1) ?? 1, availableParallelism());
  const concurrency = int('concurrency', values.concurrency, 1) ?? 4;
  const configs = Array.from({ length: seeds }, (_, i) => ({ ...base, seed: start + i }));
  console.log(`seeds ${start}..${start + seeds - 1}, ${base.validators} validators, ${jobs} thread(s) x ${concurrency} runs in flight`);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const done: RunSummary[] = [];
  const onResult = (r: RunSummary): void => {
    done.push(r);
    if (!r.ok) {
      console.log(failureReport(r));
      if (r.logTail !== undefined && values.verbose) console.log(`--- the nodes' last log lines\n${r.logTail}`);
    } else if (values.verbose) {
      const st = r.stats;
      console.log(`seed ${r.seed} ok: ${st.profile}, ${st.twins} twin(s), ${st.followers} follower(s), height ${st.height}, ${st.crashes} crash(es), liveness ${st.livenessMs} ms, ${st.events} events, ${st.wallMs} ms, trace ${r.trace.slice(0, 16)}`);
    } else if (done.length % 100 === 0) {
      console.log(`${done.length} seeds, ${done.filter((d) => !d.ok && (d.known === undefined || values.strict)).length} failed, ${Math.round(done.length / ((performance.now() - started) / 60_000))} seeds/min`);
    }
  };
  if (jobs === 1) {
    await runBatch({ configs, concurrency, twice: values.twice ?? false }, onResult);
  } else {
    await Promise.all(Array.from({ length: jobs }, (_, j) => new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { configs: configs.filter((_, i) => i % jobs === j), concurrency, twice: values.twice ?? false } satisfies Batch });
      worker.on('message', onResult);
      worker.on('error', reject);
      worker.on('exit', () => resolve());
    })));
  }
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  const ok = done.filter((r) => r.ok);
  const known = done.filter((r) => !r.ok && r.known !== undefined && !values.strict);
  const failed = done.filter((r) => !r.ok && !known.includes(r));
  const mean = (f: (r: RunSummary) => number): string => (ok.length === 0 ? '-' : (ok.reduce((s, r) => s + f(r), 0) / ok.length).toFixed(1));
  const live = ok.map((r) => r.stats.livenessMs ?? 0).sort((a, b) => a - b);
  console.log(`${done.length} seeds in ${(wallMs / 1000).toFixed(1)} s: ${Math.round(done.length / (wallMs / 60_000))} seeds/min, `
    + `${Math.round((cpu.user + cpu.system) / 1000 / done.length)} ms of CPU per seed (this process and its threads)`);
  console.log(`per passing seed: mean height ${mean((r) => r.stats.height)}, simulated ${mean((r) => r.stats.simMs / 1000)} s, events ${mean((r) => r.stats.events)}, `
    + `crashes ${mean((r) => r.stats.crashes)}; liveness after the heal p50 ${live[Math.floor(live.length / 2)] ?? '-'} ms, max ${live[live.length - 1] ?? '-'} ms`);
  const logs: Record<string, number> = {};
  for (const r of done) for (const [msg, count] of Object.entries(r.stats?.logCounts ?? {})) logs[msg] = (logs[msg] ?? 0) + count;
  {
    console.log('what the nodes logged (info and above by default), over all seeds:');
    for (const [msg, count] of Object.entries(logs).sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(8)}  ${msg}`);
  }
  if (known.length > 0) {
    console.log(`${known.length} failed by a known issue (${[...new Set(known.map((r) => r.known))].join(', ')}; see KNOWN_EQUIVOCATION_STALL in test/sim/simulation.ts):`);
    for (const r of known) console.log(`  ${r.command}`);
  }
  if (failed.length > 0) {
    console.log(`${failed.length} FAILED:`);
    for (const r of failed) console.log(`  ${r.command}`);
    process.exitCode = 1;
  } else {
    console.log(known.length > 0 ? 'no other failures' : 'all passed');
  }
}
