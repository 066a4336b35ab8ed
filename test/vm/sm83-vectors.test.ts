import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runVectorFile, vectorFiles } from './support/sm83-vectors.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = path.resolve(repoRoot, 'test/vm/vectors/sm83/v1');

describe('SM83 SingleStepTests vectors (v1)', () => {
  const files = vectorFiles(dir);
  it('finds the 500 vector files', () => assert.equal(files.length, 500));
  for (const file of files) {
    it(path.basename(file), () => {
      const result = runVectorFile(file);
      const shown = result.failures.slice(0, 3).map((f) => `${f.name}: ${f.errors.join('; ')}`);
      assert.deepEqual(shown, []);
      assert.ok(result.passed > 0);
    });
  }
});
