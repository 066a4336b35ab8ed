// Running many seeds: a pool of simulations in flight in this process (their I/O waits overlap;
// each run keeps its own scheduler, so its order of events is its seed's alone), and the summary
// of a batch.
import { reproduceCommand, runSimulation, type SimConfig, type SimResult } from './simulation.ts';

/** What is kept of a run once its nodes are gone: enough to report it and to reproduce it. */
export interface RunSummary {
  seed: number;
  ok: boolean;
  failures: string[];
  /** Failed by a known bug (SimResult.known): reported apart. */
  known?: string;
  trace: string;
  command: string;
  stats: SimResult['stats'];
  /** The scenario as JSON, and the nodes' last log lines, for a failed run. */
  scenario?: string;
  logTail?: string;
}

export function summarize(r: SimResult, details: boolean): RunSummary {
  const s: RunSummary = { seed: r.config.seed, ok: r.ok, failures: r.failures, trace: r.trace, command: r.command, stats: r.stats };
  if (r.known !== undefined) s.known = r.known;
  if (details) {
    s.scenario = JSON.stringify(r.scenario);
    s.logTail = r.logTail();
  }
  return s;
}

/** Runs `configs` with at most `concurrency` in flight; results come back in the order of `configs`. */
export async function runMany(configs: readonly SimConfig[], concurrency: number, onResult: (r: RunSummary) => void = () => {}): Promise<RunSummary[]> {
  const results: RunSummary[] = new Array(configs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < configs.length) {
      const i = next++;
      let summary: RunSummary;
      try {
        summary = summarize(await runSimulation(configs[i]), false);
      } catch (e) {
        summary = {
          seed: configs[i].seed, ok: false, failures: [`the run threw: ${(e as Error).stack ?? String(e)}`], trace: '', command: reproduceCommand(configs[i]),
          stats: undefined as unknown as SimResult['stats'],
        };
      }
      if (!summary.ok && summary.known === undefined) {
        // Run it again alone for its scenario and logs (it replays exactly).
        try {
          const again = await runSimulation(configs[i]);
          summary = { ...summarize(again, true), failures: summary.failures };
        } catch { /* keep the first report */ }
      }
      results[i] = summary;
      onResult(summary);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return results;
}

/** What failed in a seed and the command that reproduces it. */
export function failureReport(r: RunSummary): string {
  const what = r.known === undefined ? 'FAILED' : `failed by the known issue "${r.known}"`;
  return [`seed ${r.seed} ${what}; reproduce with: ${r.command}`, ...r.failures.map((f) => `  ${f}`)].join('\n');
}
