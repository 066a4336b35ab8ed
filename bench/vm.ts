// npm run bench:vm: M-cycles per second of the SM83 interpreter on a fixed mixed workload run
// through the contract machine, the end-to-end time of one small contract call, and of one call
// of the default authorize contract against its TypeScript reference. Prints JSON.
import os from 'node:os';
import { toHex } from '../src/chain/bytes.ts';
import { assemble } from '../src/vm/asm/index.ts';
import { runContract, type ContractHost, type ContractResult } from '../src/vm/index.ts';
import { decodeAuthorizeOutput, encodeAuthorizeInput, type AuthorizeInput } from '../src/state/policy-abi.ts';
import { DEFAULT_POLICY_CODE } from '../src/state/policy-calls.ts';
import { authorizeReference } from '../genesis/contracts/reference.ts';

const build = (source: string) => assemble(`INCLUDE "abi.inc"\nSECTION "bench", ROM0[$0000]\n${source}`, { filename: 'bench.asm' });

// ALU, loads and stores, branches taken and not, calls and returns, pushes and pops, CB ops.
// Input bytes 0-1: outer iterations; each runs the inner loop 64 times.
const WORKLOAD = build(`
main:
    ld a, [INPUT_START]
    ld c, a
    ld a, [INPUT_START + 1]
    ld b, a
.outer:
    push bc
    ld hl, WORK_RAM_START
    ld e, 64
.inner:
    ld a, [hl]
    add a, e
    xor d
    ld [hl+], a
    call mix
    dec e
    jr nz, .inner
    pop bc
    dec bc
    ld a, b
    or c
    jr nz, .outer
    ld a, d
    ld [OUTPUT_START], a
    ld a, 1
    ldh [LOW(OUTPUT_LENGTH)], a
    halt

mix:
    push hl
    ld d, a
    srl d
    swap a
    and $0f
    inc d
    cp 8
    jr c, .small
    rlc d
.small:
    ld h, HIGH(WORK_RAM_START) + 1
    ld l, a
    ld a, [hl]
    adc a, d
    ld [hl], a
    pop hl
    ret
`);

// A storage counter: get, increment, set, return one byte.
const COUNTER = build(`
main:
    ld hl, ARG0
    ld [hl], LOW(key)
    inc l
    ld [hl], HIGH(key)
    inc l
    ld [hl], 5
    inc l
    ld [hl], 0
    inc l
    ld [hl], LOW(WORK_RAM_START)
    inc l
    ld [hl], HIGH(WORK_RAM_START)
    inc l
    ld [hl], 1
    inc l
    ld [hl], 0
    ld a, HC_STORAGE_GET
    ldh [LOW(HOST_CALL)], a
    ld a, [WORK_RAM_START]
    inc a
    ld [WORK_RAM_START], a
    ld [OUTPUT_START], a
    ld a, 1
    ldh [LOW(ARG3)], a
    ld a, HC_STORAGE_SET
    ldh [LOW(HOST_CALL)], a
    ld a, 1
    ldh [LOW(OUTPUT_LENGTH)], a
    halt
key: db "count"
`);

const storage = new Map<string, Uint8Array>();
const host: ContractHost = { storageGet: (key) => storage.get(toHex(key)), record: () => undefined };

function expectOk(result: ContractResult): number {
  if (!result.ok) throw new Error(`benchmark contract failed: ${result.reason}: ${result.detail}`);
  return result.gasUsed;
}

function workloadRun(iterations: number): { mcycles: number; seconds: number } {
  const input = Uint8Array.of(iterations & 0xff, iterations >>> 8);
  const start = process.hrtime.bigint();
  const gasUsed = expectOk(runContract({ code: WORKLOAD, input, gasLimit: 1e12, host }));
  return { mcycles: gasUsed, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

workloadRun(2000); // warm up: let V8 optimize the interpreter loop
const RUNS = 7;
const ITERATIONS = 40_000;
const rates: number[] = [];
let mcyclesPerRun = 0;
for (let i = 0; i < RUNS; i++) {
  const { mcycles, seconds } = workloadRun(ITERATIONS);
  mcyclesPerRun = mcycles;
  rates.push(mcycles / seconds);
}
rates.sort((a, b) => a - b);

const CALLS = 50_000;
for (let i = 0; i < 5_000; i++) expectOk(runContract({ code: COUNTER, input: new Uint8Array(), gasLimit: 100_000, host }));
const callStart = process.hrtime.bigint();
let counterGas = 0;
for (let i = 0; i < CALLS; i++) counterGas = expectOk(runContract({ code: COUNTER, input: new Uint8Array(), gasLimit: 100_000, host }));
const callSeconds = Number(process.hrtime.bigint() - callStart) / 1e9;

// The default authorize contract as the application calls it (input encoded, output decoded),
// against its TypeScript reference: what deciding an acknowledgment by contract costs.
const member: AuthorizeInput = {
  action: 'acknowledge', status: 1, severity: 1, standing: 'responder', triggered: false, keepsStanding: false, onCall: false,
  timeMs: Date.now(), alertCreatedMs: Date.now() - 60_000, account: new Uint8Array(32).fill(7),
};
function timeEach(calls: number, f: () => unknown): number {
  for (let i = 0; i < calls / 10; i++) f();
  const start = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) f();
  return Number(process.hrtime.bigint() - start) / 1e3 / calls;
}
let authorizeGas = 0;
const viaContract = timeEach(CALLS, () => {
  const result = runContract({ code: DEFAULT_POLICY_CODE.authorize, input: encodeAuthorizeInput(member), gasLimit: 1_000_000, host });
  authorizeGas = expectOk(result);
  return result.ok && decodeAuthorizeOutput(result.output);
});
const viaReference = timeEach(CALLS, () => authorizeReference(member));

process.stdout.write(JSON.stringify({
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version },
  workload: { description: 'ALU, loads/stores, branches, call/ret, push/pop, CB ops via runContract', mcyclesPerRun, runs: RUNS },
  mcyclesPerSecond: { median: Math.round(rates[RUNS >> 1]), min: Math.round(rates[0]), max: Math.round(rates[RUNS - 1]) },
  contractCall: { contract: 'storage counter: get, increment, set, return 1 byte', gasUsed: counterGas, calls: CALLS, meanMicroseconds: Number((callSeconds * 1e6 / CALLS).toFixed(2)) },
  authorize: {
    description: 'a member acknowledges: the default authorize contract (input encoded, output decoded) vs its TypeScript reference',
    gasUsed: authorizeGas, contractMicroseconds: Number(viaContract.toFixed(2)), referenceMicroseconds: Number(viaReference.toFixed(3)),
  },
}, null, 2) + '\n');
