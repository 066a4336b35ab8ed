// Printing results: JSON with --json, otherwise lines a person reads.
export interface OutputOptions { json?: boolean }

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

export function formatTime(ms: number | null | undefined): string {
  return ms ? new Date(ms).toISOString() : '-';
}

/** A duration a person reads at a glance: 420 ms, 4.2 s, 3 min 5 s, 2 h 10 min. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(Math.floor(ms / 100) / 10).toFixed(1)} s`; // floored, so never "60.0 s"
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return `${minutes} min ${Math.floor(ms / 1000) % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function shortHex(hex: string | null | undefined): string {
  return hex ? `${hex.slice(0, 8)}…` : '-';
}

/** Aligns rows of cells into columns. */
export function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => rows.reduce((widest, r) => Math.max(widest, (r[i] ?? '').length), 0));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')).join('\n');
}
