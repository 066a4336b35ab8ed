// Printing results: JSON with --json, otherwise lines a person reads.
export interface OutputOptions { json?: boolean }

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

export function formatTime(ms: number | null | undefined): string {
  return ms ? new Date(ms).toISOString() : '-';
}

export function shortHex(hex: string | null | undefined): string {
  return hex ? `${hex.slice(0, 8)}…` : '-';
}

/** Aligns rows of cells into columns. */
export function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')).join('\n');
}
