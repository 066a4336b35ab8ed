// RFC 6962 (Certificate Transparency) Merkle trees: leaf hash = SHA-256(0x00 || leaf), node hash =
// SHA-256(0x01 || left || right), the split at the largest power of two below n. A single tx or
// receipt can then be proved against a header's root.
import { equalBytes } from './bytes.ts';
import { sha256 } from './hash.ts';

const LEAF = new Uint8Array([0]);
const NODE = new Uint8Array([1]);

export function leafHash(leaf: Uint8Array): Uint8Array { return sha256(LEAF, leaf); }
function nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array { return sha256(NODE, left, right); }

function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function rootOfHashes(hashes: Uint8Array[], from: number, to: number): Uint8Array {
  const n = to - from;
  if (n === 1) return hashes[from];
  const k = largestPowerOfTwoBelow(n);
  return nodeHash(rootOfHashes(hashes, from, from + k), rootOfHashes(hashes, from + k, to));
}

/** The root of the leaves; the root of no leaves is SHA-256 of nothing. */
export function merkleRoot(leaves: readonly Uint8Array[]): Uint8Array {
  if (leaves.length === 0) return sha256();
  return rootOfHashes(leaves.map(leafHash), 0, leaves.length);
}

export interface InclusionProof {
  index: number;
  treeSize: number;
  /** Sibling hashes from the leaf up to the root. */
  path: Uint8Array[];
}

export function inclusionProof(leaves: readonly Uint8Array[], index: number): InclusionProof {
  if (!Number.isInteger(index) || index < 0 || index >= leaves.length) throw new RangeError(`leaf ${index} not in a tree of ${leaves.length}`);
  const hashes = leaves.map(leafHash);
  const path: Uint8Array[] = [];
  const walk = (from: number, to: number, target: number): void => {
    const n = to - from;
    if (n === 1) return;
    const k = largestPowerOfTwoBelow(n);
    if (target < from + k) {
      walk(from, from + k, target);
      path.push(rootOfHashes(hashes, from + k, to));
    } else {
      walk(from + k, to, target);
      path.push(rootOfHashes(hashes, from, from + k));
    }
  };
  walk(0, leaves.length, index);
  return { index, treeSize: leaves.length, path };
}

/** RFC 9162 section 2.1.3.2: recomputes the root from a leaf and its path. */
export function verifyInclusion(leaf: Uint8Array, proof: InclusionProof, root: Uint8Array): boolean {
  const { index, treeSize, path } = proof;
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(treeSize) || index < 0 || index >= treeSize) return false;
  let fn = index;
  let sn = treeSize - 1;
  let r = leafHash(leaf);
  for (const p of path) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equalBytes(r, root);
}
