// Receipt and rejection codes. A committed tx that failed keeps its code and reason in its
// receipt; a tx refused before it reaches a block gets the same codes from tx_submit.
export const Code = {
  ok: 0,
  malformed: 1,       // cannot be decoded, or a field is out of range
  wrongChain: 2,
  expired: 3,         // outside the validity window of the block (or node) time
  badSignature: 4,
  duplicate: 5,       // already committed or already in the mempool
  tooLarge: 6,
  unauthorized: 7,    // the signer may not do this
  notFound: 8,        // the team, alert or account named does not exist
  invalidState: 9,    // e.g. acknowledging a resolved alert
  invalidArgument: 10,
  mempoolFull: 11,
  contractFailed: 12, // a policy contract ran out of gas, trapped or answered malformed output
} as const;

export type CodeName = keyof typeof Code;
export type CodeValue = (typeof Code)[CodeName];

const NAMES = new Map<number, CodeName>(Object.entries(Code).map(([k, v]) => [v, k as CodeName]));

export function codeName(code: number): string {
  return NAMES.get(code) ?? `code${code}`;
}

/** A rejection with its code: thrown by checks, turned into a receipt or an RPC error. */
export class Rejection extends Error {
  readonly code: CodeValue;
  constructor(code: CodeValue, reason: string) {
    super(reason);
    this.code = code;
  }
}

export function reject(code: CodeName, reason: string): never {
  throw new Rejection(Code[code], reason);
}
