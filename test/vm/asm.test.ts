// The assembler's syntax: encodings written out by hand, labels, expressions, directives, errors.
import assert from 'node:assert/strict';
import path from 'node:path';
import { ABI_INCLUDE_DIR, assemble, assembleProgram, AssemblyError } from '../../src/vm/asm/index.ts';

const bytesOf = (source: string): number[] => [...assemble(source)];

function assertError(source: string, expected: string, files: Record<string, string> = {}): void {
  assert.throws(
    () => assemble(source, { filename: 'main.asm', readFile: (file) => files[file] }),
    (error: unknown) => {
      assert.ok(error instanceof AssemblyError, String(error));
      assert.equal(error.message, expected);
      return true;
    },
  );
}

describe('vm/asm assembler', () => {
  it('encodes the operand forms, RGBDS and Z80 spellings alike', () => {
    const cases: [string, number[]][] = [
      ['nop', [0x00]],
      ['ld a, [hl]', [0x7e]],
      ['LD A,(HL)', [0x7e]],
      ['ld [hl+], a', [0x22]],
      ['ld [hli], a', [0x22]],
      ['ldi [hl], a', [0x22]],
      ['ld a, [hl-]', [0x3a]],
      ['ldd a, [hl]', [0x3a]],
      ['ld [bc], a', [0x02]],
      ['ld a, [de]', [0x1a]],
      ['ldh [c], a', [0xe2]],
      ['ld [$ff00+c], a', [0xe2]],
      ['ld a, [c]', [0xf2]],
      ['ldh [$ff80], a', [0xe0, 0x80]],
      ['ldh a, [$80]', [0xf0, 0x80]],
      ['ld [$c000], a', [0xea, 0x00, 0xc0]],
      ['ld a, ($1234)', [0xfa, 0x34, 0x12]],
      ['ld [$c000], sp', [0x08, 0x00, 0xc0]],
      ['ld hl, sp+8', [0xf8, 0x08]],
      ['ld hl, sp-1', [0xf8, 0xff]],
      ['ldhl sp, 3', [0xf8, 0x03]],
      ['ld sp, hl', [0xf9]],
      ['add sp, -2', [0xe8, 0xfe]],
      ['ld bc, $1234', [0x01, 0x34, 0x12]],
      ['ld [hl], 7', [0x36, 0x07]],
      ['ld b, (2 + 3) * 2', [0x06, 0x0a]],
      ['ld b, (5)', [0x06, 0x05]],
      ['add a, b', [0x80]],
      ['add b', [0x80]],
      ['sub 1', [0xd6, 0x01]],
      ['cp a, [hl]', [0xbe]],
      ['add hl, de', [0x19]],
      ['inc [hl]', [0x34]],
      ['dec sp', [0x3b]],
      ['push af', [0xf5]],
      ['pop hl', [0xe1]],
      ['jp hl', [0xe9]],
      ['jp [hl]', [0xe9]],
      ['jp nz, $1234', [0xc2, 0x34, 0x12]],
      ['call c, $0040', [0xdc, 0x40, 0x00]],
      ['ret nc', [0xd0]],
      ['reti', [0xd9]],
      ['rst $28', [0xef]],
      ['rst 8', [0xcf]],
      ['stop', [0x10, 0x00]],
      ['halt', [0x76]],
      ['di', [0xf3]],
      ['ei', [0xfb]],
      ['daa', [0x27]],
      ['rlca', [0x07]],
      ['rlc b', [0xcb, 0x00]],
      ['swap a', [0xcb, 0x37]],
      ['srl [hl]', [0xcb, 0x3e]],
      ['bit 7, h', [0xcb, 0x7c]],
      ['res 0, [hl]', [0xcb, 0x86]],
      ['set 3, a', [0xcb, 0xdf]],
    ];
    for (const [source, expected] of cases) assert.deepEqual(bytesOf(source), expected, source);
  });

  it('resolves labels, local labels and forward references', () => {
    const source = `
main:
    call helper          ; forward reference
.loop:
    dec b
    jr nz, .loop
    jr done
helper:
.loop:                   ; the same local name under another global label
    jr .loop
    ret
done:
    jp main.loop
`;
    const { image, symbols } = assembleProgram(source);
    assert.deepEqual([...image], [0xcd, 0x08, 0x00, 0x05, 0x20, 0xfd, 0x18, 0x03, 0x18, 0xfe, 0xc9, 0xc3, 0x03, 0x00]);
    assert.equal(symbols.get('main.loop'), 3);
    assert.equal(symbols.get('helper.loop'), 8);
    assert.equal(symbols.get('done'), 11);
  });

  it('evaluates expressions with C precedence in every number notation', () => {
    const expressions: [string, number][] = [
      ['1 + 2 * 3', 7],
      ['(1 + 2) * 3', 9],
      ['$10 | %0001', 0x11],
      ['0x10 ^ 0b11', 0x13],
      ['17 % 5', 2],
      ['-7 / 2', -3],
      ['~0 & $ff', 0xff],
      ['1 << 4 >> 2', 4],
      ['1 + 1 << 2', 8],
      ['6 & 3 | 8', 10],
      ["'A' + 1", 66],
      ['-(-3)', 3],
      ['+3', 3],
      ['HIGH($1234) + low($1234)', 0x46],
    ];
    for (const [expression, value] of expressions) {
      assert.deepEqual(bytesOf(`dw ${expression}`), [value & 0xff, (value >> 8) & 0xff], expression);
    }
  });

  it('defines constants with EQU and DEF, before or after their use', () => {
    const source = `
DEF COUNT EQU 3
    ld b, COUNT * 2
    ld c, LATER
    ld de, END_ADDRESS
LATER EQU COUNT + 1
END_ADDRESS EQU end
end:
`;
    assert.deepEqual(bytesOf(source), [0x06, 0x06, 0x0e, 0x04, 0x11, 0x07, 0x00]);
    assert.equal(assembleProgram('UNUSED EQU 2 * 21').symbols.get('UNUSED'), 42);
  });

  it('uses $ for the address of the current line', () => {
    assert.deepEqual(bytesOf('nop\njr $\ndw $'), [0x00, 0x18, 0xfe, 0x03, 0x00]);
  });

  it('emits db/dw data with strings and escapes, and ds space', () => {
    assert.deepEqual(bytesOf('db "Hi\\n", 0, -1, \'!\''), [0x48, 0x69, 0x0a, 0x00, 0xff, 0x21]);
    assert.deepEqual(bytesOf('dw $1234, "AB"'), [0x34, 0x12, 0x41, 0x00, 0x42, 0x00]);
    assert.deepEqual(bytesOf('ds 3\nds 2, $aa\ndb 1'), [0, 0, 0, 0xaa, 0xaa, 1]);
  });

  it('places sections at fixed addresses and fills gaps with zeros', () => {
    const source = `
SECTION "entry", ROM0[$0000]
    jp start
SECTION "code", ROM0[$0008]
start:
    ld a, [counter]
    ldh a, [flag]
SECTION "more", ROM0
    ret
SECTION "vars", WRAM0[$C000]
counter: ds 2
SECTION "fast", HRAM[$FF80]
flag: ds 1
`;
    const { image, symbols } = assembleProgram(source);
    assert.deepEqual([...image], [0xc3, 0x08, 0x00, 0, 0, 0, 0, 0, 0xfa, 0x00, 0xc0, 0xf0, 0x80, 0xc9]);
    assert.equal(symbols.get('counter'), 0xc000);
    assert.equal(symbols.get('flag'), 0xff80);
  });

  it('moves with org', () => {
    assert.deepEqual(bytesOf('org 2\nnop\norg 0\ndb 9'), [9, 0, 0]);
  });

  it('reads includes relative to the including file', () => {
    const files: Record<string, string> = {
      'src/lib/consts.asm': 'include "more.asm"\nVALUE EQU 4',
      'src/lib/more.asm': 'OTHER EQU 5',
    };
    const image = assemble('include "lib/consts.asm"\n  ld a, VALUE + OTHER', { filename: 'src/main.asm', readFile: (file) => files[file] });
    assert.deepEqual([...image], [0x3e, 0x09]);
  });

  it('searches the including file\'s directory, then each include path in order, then the shipped abi.inc\'s directory', () => {
    const read: string[] = [];
    const files: Record<string, string> = {
      'inc/a/lib.asm': 'LIB EQU 1',
      'inc/b/lib.asm': 'LIB EQU 2',
      'inc/b/only-b.asm': 'ONLY_B EQU 3',
      [path.join(ABI_INCLUDE_DIR, 'abi.inc')]: 'ABI EQU 4',
    };
    const readFile = (file: string): string | undefined => { read.push(file); return files[file]; };
    const image = assemble('include "lib.asm"\ninclude "only-b.asm"\ninclude "abi.inc"\ndb LIB, ONLY_B, ABI', { filename: 'src/main.asm', readFile, includePaths: ['inc/a', 'inc/b'] });
    assert.deepEqual([...image], [1, 3, 4]);
    assert.deepEqual(read, [
      'src/lib.asm', 'inc/a/lib.asm',
      'src/only-b.asm', 'inc/a/only-b.asm', 'inc/b/only-b.asm',
      'src/abi.inc', 'inc/a/abi.inc', 'inc/b/abi.inc', path.join(ABI_INCLUDE_DIR, 'abi.inc'),
    ]);
    files['src/lib.asm'] = 'LIB EQU 9';
    assert.deepEqual([...assemble('include "lib.asm"\ndb LIB', { filename: 'src/main.asm', readFile, includePaths: ['inc/a'] })], [9], 'the file\'s own directory comes first');
  });

  it('reads an absolute include as written, and reports a file that cannot be read', () => {
    assert.deepEqual([...assemble('include "/abs/x.asm"\ndb X', { filename: 'main.asm', readFile: (file) => ({ '/abs/x.asm': 'X EQU 7' })[file], includePaths: ['inc'] })], [7]);
    assertError('include "/abs/gone.asm"', "main.asm:1: cannot include '/abs/gone.asm': not found (tried /abs/gone.asm)");
    assert.throws(() => assemble('include "locked.asm"', { filename: 'main.asm', readFile: () => { throw new Error('permission denied'); } }),
      (error: unknown) => error instanceof AssemblyError && error.message === "main.asm:1: cannot include 'locked.asm': permission denied");
  });

  it('finds the shipped abi.inc from a file in any directory', () => {
    const { symbols } = assembleProgram('include "abi.inc"', { filename: '/nowhere/contract.asm' });
    assert.equal(symbols.get('OUTPUT_START'), 0xa000);
  });

  it('returns an empty image for a program without code', () => {
    assert.equal(assemble('; nothing\nX EQU 1\n').length, 0);
  });

  it('reports errors as file:line: message', () => {
    assertError('nop\n  lx a', "main.asm:2: unknown mnemonic 'lx'");
    assertError('ld a, missing', "main.asm:1: undefined symbol 'missing'");
    assertError('ld b, [hl+]', "main.asm:1: invalid operands for 'ld': b, [hl+]");
    assertError('ld a, 256', 'main.asm:1: 8-bit value 256 ($100) out of range -128..255');
    assertError('ld bc, $10000', 'main.asm:1: 16-bit value 65536 ($10000) out of range -32768..65535');
    assertError('add sp, 128', 'main.asm:1: signed 8-bit value 128 ($80) out of range -128..127');
    assertError('jr far\nds 200\nfar:', 'main.asm:1: jump target $00CA out of jr range (offset 200)');
    assertError('ldh a, [$1234]', 'main.asm:1: ldh address $1234 is not in $FF00-$FFFF');
    assertError('bit 8, a', 'main.asm:1: bit number 8 is not 0-7');
    assertError('rst 3', 'main.asm:1: rst vector $03 is not one of $00, $08, ..., $38');
    assertError('x:\nx:', 'main.asm:2: symbol \'x\' is already defined at main.asm:1');
    assertError('.loop: nop', "main.asm:1: local label '.loop' has no global label before it");
    assertError('a: nop', "main.asm:1: 'a' is a register name and cannot be a symbol");
    assertError('ds later\nlater:', "main.asm:1: ds uses 'later', which must be defined before this line");
    assertError('X EQU Y\nY EQU X\ndb X', "main.asm:1: constant 'X' is defined in terms of itself");
    assertError('X EQU nothing', "main.asm:1: undefined symbol 'nothing'");
    assertError('db 1 / 0', 'main.asm:1: division by zero');
    assertError('db "open', 'main.asm:1: unterminated string');
    assertError('db 1 ? 2', "main.asm:1: unexpected character '?'");
    assertError('db 1 +', "main.asm:1: expression '1 +' ends early");
    assertError('db 300', 'main.asm:1: db value 300 does not fit in a byte');
    assertError('nop\nSECTION "v", WRAM0[$C000]\n  nop', 'main.asm:3: WRAM0 is uninitialized memory: only labels and ds belong there');
    assertError('SECTION "x", ROM0[$8000]', 'main.asm:1: ROM0 address $8000 is outside $0000-$7FFF');
    assertError('org $7fff\nld a, 1', 'main.asm:2: ROM0 section overflows past $7FFF (at $7FFF, 2 bytes)');
    assertError('nop\norg 0\nhalt', 'main.asm:3: output overlaps earlier code at $0000');
    assertError('nop\ninclude "lib.asm"', 'lib.asm:2: unknown mnemonic \'bad\'', { 'lib.asm': 'nop\nbad' });
    assertError('include "self.asm"', "self.asm:1: include cycle: 'self.asm' includes itself", { 'self.asm': 'include "self.asm"' });
    assertError('include "gone.asm"', `main.asm:1: cannot include 'gone.asm': not found (tried gone.asm, ${path.join(ABI_INCLUDE_DIR, 'gone.asm')})`);
  });
});
