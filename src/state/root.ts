// The first version of the state root: each block's sorted write set is hashed and chained onto
// the previous root. It commits to the whole state's history; the audit work replaces it with a
// Merkle tree that can prove a single key.
import { compareBytes, u64be } from '../chain/bytes.ts';
import { sha256, sha256Of } from '../chain/hash.ts';
import type { StateWrite } from './overlay.ts';

const DELETED = new Uint8Array([0]);
const PRESENT = new Uint8Array([1]);

export function writeSetHash(writes: Iterable<StateWrite>): Uint8Array {
  const sorted = [...writes].sort((a, b) => compareBytes(a.key, b.key));
  const parts: Uint8Array[] = [];
  for (const w of sorted) {
    parts.push(u64be(w.key.length), w.key);
    if (w.value === null) parts.push(DELETED);
    else parts.push(PRESENT, u64be(w.value.length), w.value);
  }
  return sha256Of(parts);
}

export function nextStateRoot(previous: Uint8Array, writes: Iterable<StateWrite>): Uint8Array {
  return sha256(previous, writeSetHash(writes));
}
