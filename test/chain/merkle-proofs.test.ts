import assert from 'node:assert/strict';
import fc from 'fast-check';
import { concatBytes, toHex } from '../../src/chain/bytes.ts';
import { sha256 } from '../../src/chain/hash.ts';
import { inclusionProof, merkleRoot, verifyInclusion } from '../../src/chain/merkle.ts';

const leaf = (d: Uint8Array) => sha256(new Uint8Array([0]), d);
const node = (l: Uint8Array, r: Uint8Array) => sha256(concatBytes(new Uint8Array([1]), l, r));
const b = (n: number) => new Uint8Array([n]);

describe('chain: RFC 6962 Merkle trees', () => {
  it('computes roots by the definition for small trees', () => {
    assert.equal(toHex(merkleRoot([])), toHex(sha256()));
    assert.equal(toHex(merkleRoot([b(1)])), toHex(leaf(b(1))));
    assert.equal(toHex(merkleRoot([b(1), b(2)])), toHex(node(leaf(b(1)), leaf(b(2)))));
    // Three leaves split 2 + 1; five split 4 + 1.
    assert.equal(toHex(merkleRoot([b(1), b(2), b(3)])), toHex(node(node(leaf(b(1)), leaf(b(2))), leaf(b(3)))));
    const four = node(node(leaf(b(1)), leaf(b(2))), node(leaf(b(3)), leaf(b(4))));
    assert.equal(toHex(merkleRoot([1, 2, 3, 4, 5].map(b))), toHex(node(four, leaf(b(5)))));
  });

  it('proves every leaf of any tree, and nothing else (property)', () => {
    fc.assert(fc.property(fc.array(fc.uint8Array({ maxLength: 40 }), { minLength: 1, maxLength: 40 }), fc.nat(), (leaves, pick) => {
      const root = merkleRoot(leaves);
      const index = pick % leaves.length;
      const proof = inclusionProof(leaves, index);
      assert.ok(verifyInclusion(leaves[index], proof, root));
      assert.equal(verifyInclusion(concatBytes(leaves[index], b(0)), proof, root), false, 'another leaf');
      if (proof.path.length > 0) {
        const tampered = proof.path.map((p, i) => (i === 0 ? Uint8Array.from(p, (x, j) => (j === 0 ? x ^ 1 : x)) : p));
        assert.equal(verifyInclusion(leaves[index], { ...proof, path: tampered }, root), false, 'a tampered path');
        assert.equal(verifyInclusion(leaves[index], { ...proof, path: proof.path.slice(1) }, root), false, 'a short path');
      }
      if (leaves.length > 1) {
        const other = (index + 1) % leaves.length;
        if (toHex(leaves[other]) !== toHex(leaves[index])) assert.equal(verifyInclusion(leaves[index], { ...proof, index: other }, root), false, 'a wrong index');
      }
    }), { numRuns: 200 });
  });

  it('refuses proofs with impossible indexes', () => {
    const leaves = [b(1), b(2), b(3)];
    const proof = inclusionProof(leaves, 1);
    assert.equal(verifyInclusion(b(2), { ...proof, index: 3 }, merkleRoot(leaves)), false);
    assert.equal(verifyInclusion(b(2), { ...proof, index: -1 }, merkleRoot(leaves)), false);
    assert.throws(() => inclusionProof(leaves, 3), RangeError);
  });
});
