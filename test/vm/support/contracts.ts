// Test helpers: assemble a contract against src/vm/abi.inc, and an in-memory host.
import { toHex } from '../../../src/chain/bytes.ts';
import { assemble } from '../../../src/vm/asm/index.ts';
import type { ContractHost, ContractResult } from '../../../src/vm/index.ts';


/** Assembles `body` (which must start with a global label) after INCLUDE "abi.inc". */
export function contract(body: string): Uint8Array {
  return assemble(`INCLUDE "abi.inc"\nSECTION "contract", ROM0[$0000]\n${body}`, { filename: 'test-contract.asm' });
}

/** Assembly that stores up to four 16-bit arguments and makes host call `call`. */
export function hostCall(call: string, ...args: string[]): string {
  const lines: string[] = [];
  args.forEach((arg, i) => {
    lines.push(`    ld a, LOW(${arg})`, `    ldh [LOW(ARG0) + ${2 * i}], a`, `    ld a, HIGH(${arg})`, `    ldh [LOW(ARG0) + ${2 * i + 1}], a`);
  });
  lines.push(`    ld a, ${call}`, '    ldh [LOW(HOST_CALL)], a');
  return lines.join('\n') + '\n';
}

/** A host over plain maps that applies a successful call's storage writes, as the application will. */
export class MemoryHost implements ContractHost {
  readonly storage = new Map<string, Uint8Array>();
  readonly records = new Map<number, Uint8Array>();

  storageGet(key: Uint8Array): Uint8Array | undefined {
    return this.storage.get(toHex(key));
  }

  record(id: number): Uint8Array | undefined {
    return this.records.get(id);
  }

  apply(result: ContractResult): void {
    if (!result.ok) return;
    for (const { key, value } of result.storageWrites) {
      if (value === undefined) this.storage.delete(toHex(key));
      else this.storage.set(toHex(key), value);
    }
  }
}
