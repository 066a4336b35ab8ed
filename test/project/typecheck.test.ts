// The whole tree type-checks under the project's strict tsconfig (src, test, bench, scripts, bin).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('project: type checking', () => {
  it('passes tsc --noEmit', function () {
    this.timeout(130_000);
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '--noEmit'],
      { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
    assert.equal(r.error, undefined, `tsc did not run: ${r.error?.message}`);
    assert.equal(r.signal, null, `tsc was stopped by ${r.signal} (timeout 120 s)`);
    assert.equal(r.status, 0, `tsc --noEmit found errors:\n${r.stdout}${r.stderr}`);
  });
});
