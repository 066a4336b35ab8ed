// Lists the mutants that no test killed, by file and line, from a Stryker report:
//   node scripts/mutation-survivors.mjs [REPORT]   (default reports/stryker-incremental.json)
// The incremental file is a full report of the last `npm run mutation`, so this works on a fresh
// clone; reports/mutation/mutation.json (written by every run) works too.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'reports/stryker-incremental.json';
const report = JSON.parse(readFileSync(file, 'utf8'));
const STATUSES = { Survived: 'survived', NoCoverage: 'no test covers them' };
for (const [status, title] of Object.entries(STATUSES)) {
  const lines = [];
  for (const [path, { mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    const hit = mutants.filter((m) => m.status === status)
      .sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column);
    for (const m of hit) {
      const to = (m.replacement ?? '').replace(/\s+/g, ' ');
      lines.push(`${path}:${m.location.start.line} ${m.mutatorName}${m.static ? ' (static)' : ''} -> ${to.length > 60 ? `${to.slice(0, 57)}...` : to}`);
    }
  }
  console.log(`${lines.length} ${title}`);
  for (const line of lines) console.log(`  ${line}`);
}
