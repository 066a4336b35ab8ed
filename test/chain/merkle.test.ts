// RFC 6962 Merkle trees: roots computed here from the definition (RFC 6962 section 2.1, with
// SHA-256 spelled out by node:crypto), and inclusion proofs that prove each leaf and nothing else.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { toHex } from '../../src/chain/bytes.ts';
import { inclusionProof, leafHash, merkleRoot, verifyInclusion, type InclusionProof } from '../../src/chain/merkle.ts';

const sha = (...parts: (Uint8Array | number[])[]): Uint8Array => {
  const h = createHash('sha256');
  for (const p of parts) h.update(Uint8Array.from(p));
  return new Uint8Array(h.digest());
};
const leaf = (d: Uint8Array): Uint8Array => sha([0x00], d);
const node = (l: Uint8Array, r: Uint8Array): Uint8Array => sha([0x01], l, r);
const b = (...bytes: number[]): Uint8Array => Uint8Array.from(bytes);

/** MTH(D[n]) of RFC 6962 2.1: k is the largest power of two smaller than n. */
function mth(d: readonly Uint8Array[]): Uint8Array {
  if (d.length === 0) return sha();
  if (d.length === 1) return leaf(d[0]);
  let k = 1;
  while (k * 2 < d.length) k *= 2;
  return node(mth(d.slice(0, k)), mth(d.slice(k)));
}

/** Which side each sibling of PATH(m, D[n]) is on, leaf first: 'R' = the sibling is the right child. */
function shape(m: number, n: number): string {
  if (n <= 1) return '';
  let k = 1;
  while (k * 2 < n) k *= 2;
  return m < k ? shape(m, k) + 'R' : shape(m - k, n - k) + 'L';
}

/** Distinct leaves: random bytes after a 2-byte index, so that no two leaves are equal. */
const leavesArb = (max: number) => fc.array(fc.uint8Array({ maxLength: 24 }), { minLength: 1, maxLength: max })
  .map((raw) => raw.map((r, i) => Uint8Array.from([i >> 8, i & 0xff, ...r])));

describe('chain/merkle: RFC 6962 trees', () => {
  it('gives the well-known roots of the empty tree and of one empty leaf', () => {
    assert.equal(toHex(merkleRoot([])), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(toHex(merkleRoot([new Uint8Array(0)])), '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d');
    assert.equal(toHex(leafHash(new Uint8Array(0))), '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d');
  });

  it('computes the roots of small trees as the definition spells them out', () => {
    const [d0, d1, d2, d3, d4, d5, d6] = [0, 1, 2, 3, 4, 5, 6].map((i) => b(i, i + 100));
    const cases: [Uint8Array[], Uint8Array][] = [
      [[d0], leaf(d0)],
      [[d0, d1], node(leaf(d0), leaf(d1))],
      // 3 = 2 + 1
      [[d0, d1, d2], node(node(leaf(d0), leaf(d1)), leaf(d2))],
      [[d0, d1, d2, d3], node(node(leaf(d0), leaf(d1)), node(leaf(d2), leaf(d3)))],
      // 5 = 4 + 1
      [[d0, d1, d2, d3, d4], node(node(node(leaf(d0), leaf(d1)), node(leaf(d2), leaf(d3))), leaf(d4))],
      // 7 = 4 + (2 + 1)
      [[d0, d1, d2, d3, d4, d5, d6],
        node(node(node(leaf(d0), leaf(d1)), node(leaf(d2), leaf(d3))), node(node(leaf(d4), leaf(d5)), leaf(d6)))],
    ];
    for (const [leaves, root] of cases) assert.equal(toHex(merkleRoot(leaves)), toHex(root), `${leaves.length} leaves`);
    // A leaf is not confused with an inner node: a tree of one leaf that is the concatenation of
    // two leaf hashes has another root than the tree of those two leaves.
    assert.notEqual(toHex(merkleRoot([Uint8Array.from([...leaf(d0), ...leaf(d1)])])), toHex(merkleRoot([d0, d1])));
    // Order matters.
    assert.notEqual(toHex(merkleRoot([d0, d1])), toHex(merkleRoot([d1, d0])));
  });

  it('matches the definition for random leaf lists (property)', () => {
    fc.assert(fc.property(fc.array(fc.uint8Array({ maxLength: 30 }), { maxLength: 70 }), (leaves) => {
      assert.equal(toHex(merkleRoot(leaves)), toHex(mth(leaves)));
    }), { numRuns: 150 });
  });

  it('proves every leaf of every tree; refuses another leaf, a tampered path or a wrong index (property)', () => {
    fc.assert(fc.property(leavesArb(33), fc.nat(), (leaves, pick) => {
      const root = merkleRoot(leaves);
      const n = leaves.length;
      for (let i = 0; i < n; i++) {
        const proof = inclusionProof(leaves, i);
        assert.equal(proof.index, i);
        assert.equal(proof.treeSize, n);
        assert.equal(proof.path.length, shape(i, n).length, 'the path has one hash per level');
        assert.equal(verifyInclusion(leaves[i], proof, root), true, `leaf ${i} of ${n}`);
        assert.equal(verifyInclusion(leaves[(i + 1) % n], proof, root), n === 1, 'another leaf');
        assert.equal(verifyInclusion(Uint8Array.from([...leaves[i], 0]), proof, root), false, 'an extended leaf');
        assert.equal(verifyInclusion(leaves[i], proof, Uint8Array.from(root, (x, j) => (j === pick % 32 ? x ^ 1 : x))), false, 'another root');
        if (proof.path.length > 0) {
          const at = pick % proof.path.length;
          const tampered = proof.path.map((p, j) => (j === at ? Uint8Array.from(p, (x, q) => (q === pick % 32 ? x ^ 0x80 : x)) : p));
          assert.equal(verifyInclusion(leaves[i], { ...proof, path: tampered }, root), false, 'a tampered path element');
          assert.equal(verifyInclusion(leaves[i], { ...proof, path: proof.path.slice(0, -1) }, root), false, 'a short path');
          const swapped = [...proof.path].reverse();
          if (proof.path.length > 1) assert.equal(verifyInclusion(leaves[i], { ...proof, path: swapped }, root), false, 'a reordered path');
        }
        assert.equal(verifyInclusion(leaves[i], { ...proof, path: [...proof.path, root] }, root), false, 'a long path');
        for (let j = 0; j < n; j++) {
          if (j !== i) assert.equal(verifyInclusion(leaves[i], { ...proof, index: j }, root), false, `leaf ${i} claimed at ${j}`);
        }
      }
    }), { numRuns: 60 });
  });

  it('refuses a wrong tree size unless the path has the same shape in both sizes (property)', () => {
    // RFC 9162's verifier takes the tree size on trust (from a signed tree head): it only walks the
    // path in the shape that size gives. A proof for leaf i of n therefore verifies as leaf i of m
    // exactly when PATH(i) has the same shape in both trees (e.g. leaf 0 of 3 and of 4).
    let differentShapes = 0;
    fc.assert(fc.property(leavesArb(20), (leaves) => {
      const root = merkleRoot(leaves);
      const n = leaves.length;
      for (let i = 0; i < n; i++) {
        const proof = inclusionProof(leaves, i);
        for (let m = i + 1; m <= n + 5; m++) {
          if (m === n) continue;
          const same = shape(i, m) === shape(i, n);
          if (!same) differentShapes++;
          assert.equal(verifyInclusion(leaves[i], { ...proof, treeSize: m }, root), same, `leaf ${i} of ${n} claimed in a tree of ${m}`);
        }
        assert.equal(verifyInclusion(leaves[i], { ...proof, treeSize: i }, root), false, 'the index is outside the tree');
      }
    }), { numRuns: 60 });
    assert.ok(differentShapes > 100);
    const three = [b(1), b(2), b(3)];
    assert.equal(verifyInclusion(b(1), { ...inclusionProof(three, 0), treeSize: 4 }, merkleRoot(three)), true, 'leaf 0: 3 and 4 have the same shape');
    assert.equal(verifyInclusion(b(3), { ...inclusionProof(three, 2), treeSize: 4 }, merkleRoot(three)), false, 'leaf 2: they do not');
  });

  it('refuses impossible indexes and sizes, and builds no proof for a leaf outside the tree', () => {
    const leaves = [b(1), b(2), b(3)];
    const root = merkleRoot(leaves);
    const proof = inclusionProof(leaves, 1);
    const bad: Partial<InclusionProof>[] = [
      { index: 3 }, { index: -1 }, { index: 1.5 }, { index: Number.NaN }, { treeSize: 0 }, { treeSize: 1 },
      { treeSize: 2 ** 53 }, { index: 2 ** 53, treeSize: 2 ** 53 + 2 },
    ];
    for (const patch of bad) assert.equal(verifyInclusion(b(2), { ...proof, ...patch }, root), false, JSON.stringify(patch));
    // Leaf 0's path hashes it on the left at every level, as an index of -1 or 0.5 would walk it,
    // and a size of 3.5 walks like 3: such claims must still be refused.
    const first = inclusionProof(leaves, 0);
    assert.equal(verifyInclusion(b(1), first, root), true);
    for (const patch of [{ index: -1 }, { index: 0.5 }, { treeSize: 3.5 }, { index: 0.5, treeSize: 3.5 }, { index: -2 }]) {
      assert.equal(verifyInclusion(b(1), { ...first, ...patch }, root), false, JSON.stringify(patch));
    }
  });

  it('refuses a path longer than the claimed tree needs, even when hashing on gives the root', () => {
    // Leaf 2 of [1, 2, 3] is the right child of the root: its path is [MTH(1, 2)]. Claimed as the
    // only leaf of a tree of one, whose path is empty, the extra hash must not be folded in.
    const leaves = [b(1), b(2), b(3)];
    const root = merkleRoot(leaves);
    const proof = inclusionProof(leaves, 2);
    assert.equal(toHex(proof.path[0]), toHex(node(leaf(b(1)), leaf(b(2)))));
    assert.equal(toHex(node(proof.path[0], leaf(b(3)))), toHex(root));
    assert.equal(verifyInclusion(b(3), proof, root), true);
    assert.equal(verifyInclusion(b(3), { index: 0, treeSize: 1, path: proof.path }, root), false);
    // The same one level up: leaf 4 of 5 claimed as leaf 0 of 1 with its one-hash path.
    const five = [b(1), b(2), b(3), b(4), b(5)];
    assert.equal(verifyInclusion(b(5), { index: 0, treeSize: 1, path: inclusionProof(five, 4).path }, merkleRoot(five)), false);
    for (const i of [-1, 3, 1.5]) assert.throws(() => inclusionProof(leaves, i), RangeError);
    assert.throws(() => inclusionProof([], 0), RangeError);
    // A one-leaf tree: the path is empty and the root is the leaf hash.
    assert.deepEqual(inclusionProof([b(9)], 0).path, []);
    assert.equal(verifyInclusion(b(9), inclusionProof([b(9)], 0), merkleRoot([b(9)])), true);
  });
});
