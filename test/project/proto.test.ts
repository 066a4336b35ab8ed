// The generated protobuf code is not stale: regenerating it from proto/ gives the committed files
// byte for byte.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The first line where two texts differ, to point at the stale part. */
function firstDifference(a: string, b: string): string {
  const x = a.split('\n');
  const y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) return `line ${i + 1}:\n  committed: ${JSON.stringify(x[i])}\n  generated: ${JSON.stringify(y[i])}`;
  }
  return '(identical)';
}

describe('project: generated protobuf code', () => {
  it('matches what scripts/proto.ts generates from proto/ (else: run npm run proto)', function () {
    this.timeout(120_000);
    const dir = mkdtempSync(path.join(tmpdir(), 'ackchain-proto-'));
    try {
      const r = spawnSync(process.execPath, ['scripts/proto.ts', '--out', dir], { cwd: repoRoot, encoding: 'utf8', timeout: 110_000 });
      assert.equal(r.status, 0, `scripts/proto.ts failed:\n${r.stdout}${r.stderr}`);
      for (const file of ['generated.js', 'generated.d.ts']) {
        assert.ok(existsSync(path.join(dir, file)), `scripts/proto.ts wrote no ${file}`);
        const generated = readFileSync(path.join(dir, file));
        const committed = readFileSync(path.join(repoRoot, 'src/chain/proto', file));
        assert.ok(generated.equals(committed),
          `src/chain/proto/${file} is stale: run npm run proto\n${firstDifference(committed.toString('utf8'), generated.toString('utf8'))}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
