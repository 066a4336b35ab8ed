import { createHash } from 'node:crypto';

export const HASH_BYTES = 32;

/** SHA-256 over the concatenation of the parts. */
export function sha256(...parts: Uint8Array[]): Uint8Array {
  return sha256Of(parts);
}

/** SHA-256 over the concatenation of any number of parts (a spread of a large array would overflow the stack). */
export function sha256Of(parts: Iterable<Uint8Array>): Uint8Array {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
}
