// The project checks itself: generated protobuf code matches proto/, and the whole tree type-checks.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/processes.ts';

describe('project', () => {
  it('has generated protobuf code that matches proto/ (else run npm run proto)', function () {
    this.timeout(60_000);
    const dir = mkdtempSync(join(tmpdir(), 'ackchain-proto-'));
    try {
      const r = spawnSync(process.execPath, ['scripts/proto.ts', '--out', dir], { cwd: REPO_ROOT, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      for (const file of ['generated.js', 'generated.d.ts']) {
        const fresh = readFileSync(join(dir, file), 'utf8');
        const committed = readFileSync(join(REPO_ROOT, 'src/chain/proto', file), 'utf8');
        assert.ok(fresh === committed, `src/chain/proto/${file} is stale: run npm run proto`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('type-checks with tsc --noEmit (strict)', function () {
    this.timeout(180_000);
    const r = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', REPO_ROOT], { cwd: REPO_ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, `tsc found errors:\n${r.stdout}${r.stderr}`);
  });
});
