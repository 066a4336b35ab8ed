// ackchain contract assemble|disasm, run as a real child process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const run = (...args: string[]) => spawnSync(process.execPath, ['src/cli/main.ts', 'contract', ...args], { cwd: repoRoot, encoding: 'utf8' });

describe('vm/asm cli: ackchain contract', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(path.join(os.tmpdir(), 'ackchain-asm-')); });
  afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

  it('assembles a file with includes and disassembles the result', () => {
    writeFileSync(path.join(dir, 'main.asm'), 'start:\n  include "body.asm"\n  jr start\n');
    writeFileSync(path.join(dir, 'body.asm'), '  ld a, 1\n  inc a\n');
    const out = path.join(dir, 'main.bin');
    const assembled = run('assemble', path.join(dir, 'main.asm'), '-o', out);
    assert.equal(assembled.status, 0, assembled.stderr);
    assert.equal(assembled.stdout, `5 bytes written to ${out}\n`);
    assert.deepEqual([...readFileSync(out)], [0x3e, 0x01, 0x3c, 0x18, 0xfb]);
    const listed = run('disasm', out);
    assert.equal(listed.status, 0, listed.stderr);
    assert.match(listed.stdout, /^ {4}ld a, \$01 +; \$0000: 3E 01\n {4}inc a +; \$0002: 3C\n {4}jr \$0000 +; \$0003: 18 FB\n$/);
  });

  it('exits 1 with file:line: message on stderr for bad source', () => {
    const source = path.join(dir, 'bad.asm');
    writeFileSync(source, 'nop\n  lx a\n');
    const result = run('assemble', source, '-o', path.join(dir, 'bad.bin'));
    assert.equal(result.status, 1);
    assert.equal(result.stderr, `${source}:2: unknown mnemonic 'lx'\n`);
  });

  it('writes next to the source when -o is left out', () => {
    const source = path.join(dir, 'plain.asm');
    writeFileSync(source, 'ret\n');
    assert.equal(run('assemble', source).status, 0);
    assert.deepEqual([...readFileSync(path.join(dir, 'plain.bin'))], [0xc9]);
  });

  it('searches -I directories in order after the source\'s own, and finds the shipped abi.inc from anywhere', () => {
    for (const sub of ['src', 'inc1', 'inc2']) mkdirSync(path.join(dir, sub));
    writeFileSync(path.join(dir, 'src', 'main.asm'), 'include "abi.inc"\ninclude "lib.inc"\ninclude "other.inc"\n  db HIGH(OUTPUT_START), LIB, OTHER\n');
    writeFileSync(path.join(dir, 'inc1', 'lib.inc'), 'LIB EQU 1\n');
    writeFileSync(path.join(dir, 'inc2', 'lib.inc'), 'LIB EQU 2\n');
    writeFileSync(path.join(dir, 'inc2', 'other.inc'), 'OTHER EQU 3\n');
    const out = path.join(dir, 'main.bin');
    const assembled = run('assemble', path.join(dir, 'src', 'main.asm'), '-I', path.join(dir, 'inc1'), '--include-dir', path.join(dir, 'inc2'), '-o', out);
    assert.equal(assembled.status, 0, assembled.stderr);
    assert.deepEqual([...readFileSync(out)], [0xa0, 1, 3]);

    const without = run('assemble', path.join(dir, 'src', 'main.asm'), '-o', out);
    assert.equal(without.status, 1);
    const tried = [path.join(dir, 'src', 'lib.inc'), path.join(repoRoot, 'src', 'vm', 'lib.inc')];
    assert.equal(without.stderr, `${path.join(dir, 'src', 'main.asm')}:2: cannot include 'lib.inc': not found (tried ${tried.join(', ')})\n`);
  });

  it('describes both commands in --help', () => {
    const help = run('--help');
    assert.match(help.stdout, /assemble .*<file>/);
    assert.match(help.stdout, /disasm <file>/);
  });
});
