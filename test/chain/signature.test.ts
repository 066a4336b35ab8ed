// The chain's one verification predicate (src/chain/signature.ts): cofactorless RFC 8032, with
// canonical A, S < L, and small-order A and R refused. verifyOpenssl (Node's OpenSSL) is what the
// chain runs, verifyReference (@noble/curves point arithmetic) the same rule written out. The two
// must agree on every input, or two nodes could disagree about a tx or a commit, so every case
// below asserts agreement first and then the expected answer.
//
// Property tests draw from fast-check with FC_SEED (a fresh seed unless set); a failure reports
// the seed and path, and FC_SEED=<seed> replays it.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { ed25519, ED25519_TORSION_SUBGROUP } from '@noble/curves/ed25519.js';
import { sha512 } from '@noble/hashes/sha2.js';
import { concatBytes, fromHex, toHex, utf8 } from '../../src/chain/bytes.ts';
import {
  generateKeyPair, keyFileJson, keyPairFromPrivate, parseAccount, parseKeyFile, readKeyFile, sign, writeKeyFile,
} from '../../src/chain/keys.ts';
import {
  DOMAIN, isCanonicalNotSmallOrder, signedMessage, verify, verifyOpenssl, verifyReference, type Domain,
} from '../../src/chain/signature.ts';

/** RFC 8032 test vector 1's key signing "ackchain/tx/v1" (the tx domain tag, empty payload). */
const GOLDEN_TX_SIGNATURE = 'c87b9bb610215c72626d35a1445c8dcaece4f1d31d32688a678aab706716249bb48f0af927fa78eae8f3cce80cae0c25551a9603a22638dd6f664e64ae4de709';

const { Point } = ed25519;
type EdPoint = InstanceType<typeof Point>;
const B = Point.BASE;
const L = (1n << 252n) + 27742317777372353535851937790883648493n;
const P = (1n << 255n) - 19n;

const FC_SEED = Number(process.env.FC_SEED ?? Math.floor(Math.random() * 2 ** 31));
const runs = (numRuns: number) => ({ numRuns, seed: FC_SEED });

/** 32-byte little-endian encoding (S, or a point's y with the sign bit in bit 255). */
function le32(n: bigint): Uint8Array {
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) { out[i] = Number(n & 0xffn); n >>= 8n; }
  return out;
}
const fromLe = (b: Uint8Array): bigint => b.reduceRight((acc, byte) => (acc << 8n) | BigInt(byte), 0n);
const withSign = (y: Uint8Array): Uint8Array => { const o = Uint8Array.from(y); o[31] |= 0x80; return o; };
const signature = (R: Uint8Array, S: bigint): Uint8Array => concatBytes(R, le32(S));
const sOf = (sig: Uint8Array): bigint => fromLe(sig.subarray(32));
const rOf = (sig: Uint8Array): Uint8Array => sig.subarray(0, 32);
/** A fixed scalar in [0, L) per label: crafted cases are the same on every run. */
const scalar = (label: string): bigint => fromLe(sha512(utf8.encode(label))) % L;
/** k = SHA-512(R || A || M) mod L over the given bytes, as RFC 8032 5.1.7 computes it. */
const challenge = (R: Uint8Array, A: Uint8Array, M: Uint8Array): bigint => fromLe(sha512(concatBytes(R, A, M))) % L;

/** The eight points of small order (the torsion subgroup, cyclic of order 8), canonically encoded. */
const SMALL_ORDER: Record<string, Uint8Array> = {
  'identity (order 1)': fromHex('0100000000000000000000000000000000000000000000000000000000000000'),
  'order 2 (y = -1)': fromHex('ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f'),
  'order 4 (y = 0, x > 0)': fromHex('0000000000000000000000000000000000000000000000000000000000000000'),
  'order 4 (y = 0, x < 0)': fromHex('0000000000000000000000000000000000000000000000000000000000000080'),
  'order 8 a': fromHex('26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05'),
  'order 8 a, negated': fromHex('26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85'),
  'order 8 b': fromHex('c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a'),
  'order 8 b, negated': fromHex('c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa'),
};
/** The six non-canonical encodings of small-order points: y + p for y in {0, 1}, and x = 0 with the sign bit ("-0"). */
const SMALL_ORDER_NON_CANONICAL: Record<string, Uint8Array> = {
  'order 4 as y = p': le32(P),
  'order 4 as y = p, sign set': withSign(le32(P)),
  'identity as y = p + 1': le32(P + 1n),
  'identity as y = p + 1, sign set': withSign(le32(P + 1n)),
  'identity as -0': withSign(SMALL_ORDER['identity (order 1)']),
  'order 2 as -0': withSign(SMALL_ORDER['order 2 (y = -1)']),
};
const ALL_SMALL_ORDER = { ...SMALL_ORDER, ...SMALL_ORDER_NON_CANONICAL };
/** A point as lenient decoders (ZIP-215, OpenSSL) read its bytes: y taken mod p, any sign bit. */
const decodeLenient = (bytes: Uint8Array): EdPoint => Point.fromBytes(bytes, true);
const TORSION = Object.values(SMALL_ORDER).map((bytes) => Point.fromBytes(bytes));
/** A generator of the torsion subgroup, and [n]T8 for n mod 8 (cheaper than a full multiplication). */
const T8 = Point.fromBytes(SMALL_ORDER['order 8 a']);
const torsionMultiple = (n: bigint): EdPoint => T8.multiplyUnsafe(((n % 8n) + 8n) % 8n);

/**
 * Every y in [p, 2^255 - 1] with either sign bit (y = p decodes, if reduced, to the order-4
 * points; y = p + 1 to the identity; some others to mixed-order points), and the two "-0"s.
 */
const NON_CANONICAL: Record<string, Uint8Array> = {};
for (let k = 0n; P + k < 1n << 255n; k++) {
  NON_CANONICAL[`y = p + ${k}`] = le32(P + k);
  NON_CANONICAL[`y = p + ${k}, sign set`] = withSign(le32(P + k));
}
NON_CANONICAL['identity as -0'] = SMALL_ORDER_NON_CANONICAL['identity as -0'];
NON_CANONICAL['order 2 as -0'] = SMALL_ORDER_NON_CANONICAL['order 2 as -0'];

/** Runs both back ends and fails unless they agree; returns the common answer. */
function agree(publicKey: Uint8Array, message: Uint8Array, sig: Uint8Array, what = ''): boolean {
  const reference = verifyReference(publicKey, message, sig);
  const openssl = verifyOpenssl(publicKey, message, sig);
  assert.equal(openssl, reference,
    `back ends disagree: reference ${reference}, openssl ${openssl} ${what}\n A=${toHex(publicKey)}\n sig=${toHex(sig)}\n msg=${toHex(message)}`);
  return reference;
}

// ---- Test vectors (test/chain/vectors/ed25519/README.md says where they come from) ----

const vectorFile = (name: string): unknown => JSON.parse(readFileSync(new URL(`./vectors/ed25519/${name}`, import.meta.url), 'utf8'));

interface Vector { name: string; publicKey: Uint8Array; message: Uint8Array; signature: Uint8Array; valid: boolean }

interface WycheproofFile { testGroups: { publicKey: { pk: string }; tests: { tcId: number; comment: string; msg: string; sig: string; result: string }[] }[] }
// Every Wycheproof expectation holds under the cofactorless rule: none is an exception.
const WYCHEPROOF: Vector[] = (vectorFile('wycheproof_ed25519_test.json') as WycheproofFile).testGroups.flatMap((group) =>
  group.tests.map((t) => ({
    name: `tcId ${t.tcId} ${t.comment}`, publicKey: fromHex(group.publicKey.pk), message: fromHex(t.msg),
    signature: fromHex(t.sig), valid: t.result === 'valid',
  })));

/**
 * ed25519-speccheck's 12 cases and this rule's answer to each (its README's condition table).
 * Node 24 (OpenSSL plus Node's small-order check) and libsodium answer the same; OpenSSL 3.0 alone
 * and Go accept 0, 1, 2 and 11 (no small-order checks, lenient A).
 */
const SPECCHECK_EXPECTED: readonly [boolean, string][] = [
  [false, 'small-order A and R'],
  [false, 'small-order A'],
  [false, 'small-order R'],
  [true, 'mixed-order A and R, the cofactorless equation holds'],
  [false, 'mixed-order A and R, only the cofactored equation holds'],
  [false, 'only the cofactored equation holds (8h pre-reduced)'],
  [false, 'S > L'],
  [false, 'S >> L'],
  [false, 'non-canonical R (reduced for the hash)'],
  [false, 'non-canonical R (not reduced for the hash)'],
  [false, 'non-canonical, small-order A (reduced for the hash)'],
  [false, 'non-canonical, small-order A (not reduced for the hash)'],
];
const SPECCHECK: Vector[] = (vectorFile('speccheck_cases.json') as { message: string; pub_key: string; signature: string }[])
  .map((c, i) => ({
    name: `case ${i}: ${SPECCHECK_EXPECTED[i][1]}`, publicKey: fromHex(c.pub_key), message: fromHex(c.message),
    signature: fromHex(c.signature), valid: SPECCHECK_EXPECTED[i][0],
  }));

// ---- Crafted cases: deterministic, each with the answer the rule gives ----

interface Crafted { name: string; publicKey: Uint8Array; payload: Uint8Array; signature: Uint8Array; valid: boolean }
const txMessage = (payload: Uint8Array): Uint8Array => signedMessage('tx', payload);

/** Tries payloads "<label> 0", "<label> 1", ... until `make` builds a case (they search over k mod 8). */
function search(label: string, make: (payload: Uint8Array, i: number) => Crafted | undefined): Crafted {
  for (let i = 0; i < 1000; i++) {
    const found = make(utf8.encode(`${label} ${i}`), i);
    if (found !== undefined) return found;
  }
  throw new Error(`no case found for ${label}`);
}

const REAL = keyPairFromPrivate(sha512(utf8.encode('crafted key')).subarray(0, 32));
const REAL_PAYLOAD = utf8.encode('alert 42 acknowledged');
const REAL_SIG = sign('tx', REAL_PAYLOAD, REAL.privateKey);
/** A mixed-order key aB + T8: not of small order, so the rule lets it sign. */
const MIXED_SECRET = scalar('mixed key');
const MIXED_A = B.multiply(MIXED_SECRET).add(T8).toBytes();

/** A small-order A with S and R satisfying [S]B = R + [k]A (k over A's bytes as given). */
function smallOrderKey(name: string, A: Uint8Array): Crafted {
  const T = decodeLenient(A);
  return search(`small-order A ${name}`, (payload, i) => {
    const S = scalar(`small-order A ${name} ${i}`);
    const SB = B.multiply(S);
    for (const T2 of TORSION) {
      const R = SB.subtract(T2).toBytes();
      if (T.multiplyUnsafe(challenge(R, A, txMessage(payload)) % 8n).equals(T2)) {
        return { name: `small-order A: ${name}`, publicKey: A, payload, signature: signature(R, S), valid: false };
      }
    }
    return undefined;
  });
}

/** R of small order (as given, perhaps non-canonical) with the mixed key: [ka]B - [k]A = -[k]T8 = R. */
function smallOrderR(name: string, R: Uint8Array): Crafted {
  const point = decodeLenient(R);
  return search(`small-order R ${name}`, (payload) => {
    const k = challenge(R, MIXED_A, txMessage(payload));
    if (!torsionMultiple(-k).equals(point)) return undefined;
    return { name: `small-order R: ${name}`, publicKey: MIXED_A, payload, signature: signature(R, (k * MIXED_SECRET) % L), valid: false };
  });
}

/** R = rB + t with the mixed key, t cancelling -[k]T8: the cofactorless equation holds. */
function mixedR(name: string, t: EdPoint): Crafted {
  return search(`mixed R ${name}`, (payload, i) => {
    const r = scalar(`mixed R ${name} ${i}`);
    const R = B.multiply(r).add(t).toBytes();
    const k = challenge(R, MIXED_A, txMessage(payload));
    if (!torsionMultiple(-k).equals(t)) return undefined;
    return { name: `R = rB + ${name}, mixed A`, publicKey: MIXED_A, payload, signature: signature(R, (r + k * MIXED_SECRET) % L), valid: true };
  });
}

/** Off by a small-order point: [8][S]B = [8]R + [8][k]A holds, [S]B = R + [k]A does not. */
function cofactoredOnly(): Crafted[] {
  const a = scalar('full key');
  const A = B.multiply(a).toBytes();
  const cases = Object.entries(SMALL_ORDER).slice(1).map(([name, tBytes]): Crafted => {
    const payload = utf8.encode(`cofactored ${name}`);
    const r = scalar(`cofactored r ${name}`);
    const R = B.multiply(r).add(Point.fromBytes(tBytes)).toBytes();
    const S = (r + challenge(R, A, txMessage(payload)) * a) % L;
    return { name: `full-order A, R = rB + ${name}`, publicKey: A, payload, signature: signature(R, S), valid: false };
  });
  cases.push(search('cofactored mixed', (payload, i) => {
    const r = scalar(`cofactored mixed ${i}`);
    const R = B.multiply(r).toBytes();
    const k = challenge(R, MIXED_A, txMessage(payload));
    if (k % 8n === 0n) return undefined;
    return { name: 'mixed A, full-order R, [k]T8 left over', publicKey: MIXED_A, payload, signature: signature(R, (r + k * MIXED_SECRET) % L), valid: false };
  }));
  return cases;
}

/** The real signature, its S moved out of range (the equation still holds mod L), a changed message. */
function scalarsAndMessages(): Crafted[] {
  const R = rOf(REAL_SIG);
  const S = sOf(REAL_SIG);
  const real = (name: string, sig: Uint8Array, valid = false, payload = REAL_PAYLOAD): Crafted =>
    ({ name, publicKey: REAL.publicKey, payload, signature: sig, valid });
  const cases = [real('the signature as made', REAL_SIG, true)];
  for (let n = 1n; S + n * L < 1n << 256n; n++) cases.push(real(`S + ${n}L`, signature(R, S + n * L)));
  cases.push(real('S = L', signature(R, L)), real('S = L + 1', signature(R, L + 1n)), real('S = 2^256 - 1', signature(R, (1n << 256n) - 1n)));
  // L - 1 is in range: the equation decides (and fails: no R fits a chosen S without inverting SHA-512).
  cases.push(real('S = L - 1', signature(R, L - 1n)), real('S = 0', signature(R, 0n)));
  const flipped = Uint8Array.from(REAL_PAYLOAD);
  flipped[3] ^= 0x10;
  cases.push(real('one bit of the message changed', REAL_SIG, false, flipped));
  cases.push(real('a byte appended to the message', REAL_SIG, false, concatBytes(REAL_PAYLOAD, new Uint8Array([0]))));
  return cases;
}

/** Every small-order and non-canonical encoding as A and as R, against S in {0, 1, L - 1, L, random}. */
function encodingGrid(): Crafted[] {
  const payload = new Uint8Array([1, 2, 3]);
  const scalars: Record<string, bigint> = { '0': 0n, '1': 1n, 'L - 1': L - 1n, 'L': L, 'random': scalar('grid S') };
  const core: Record<string, Uint8Array> = {
    ...SMALL_ORDER, 'a real key': REAL.publicKey, 'a real R': rOf(REAL_SIG),
    'y = p': NON_CANONICAL['y = p + 0'], 'y = p + 1': NON_CANONICAL['y = p + 1'],
    'identity as -0': NON_CANONICAL['identity as -0'], 'order 2 as -0': NON_CANONICAL['order 2 as -0'],
  };
  const cases: Crafted[] = [];
  const add = (aName: string, A: Uint8Array, rName: string, R: Uint8Array, sName: string): void => {
    cases.push({ name: `A ${aName}, R ${rName}, S ${sName}`, publicKey: A, payload, signature: signature(R, scalars[sName]), valid: false });
  };
  for (const [aName, A] of Object.entries(core)) {
    for (const [rName, R] of Object.entries(core)) for (const sName of Object.keys(scalars)) add(aName, A, rName, R, sName);
  }
  const inCore = new Set(Object.values(core).map(toHex));
  for (const [nName, N] of Object.entries(NON_CANONICAL).filter(([, N]) => !inCore.has(toHex(N)))) {
    for (const [cName, C] of Object.entries(core)) {
      for (const sName of ['0', 'random']) { add(nName, N, cName, C, sName); add(cName, C, nName, N, sName); }
    }
  }
  return cases;
}

function wrongLengths(): Crafted[] {
  const real = (name: string, A: Uint8Array, sig: Uint8Array): Crafted => ({ name, publicKey: A, payload: REAL_PAYLOAD, signature: sig, valid: false });
  return [
    ...[REAL.publicKey.subarray(0, 31), concatBytes(REAL.publicKey, new Uint8Array(1)), new Uint8Array(0)]
      .map((A) => real(`key of ${A.length} bytes`, A, REAL_SIG)),
    ...[REAL_SIG.subarray(0, 63), concatBytes(REAL_SIG, new Uint8Array(1)), new Uint8Array(0), REAL_SIG.subarray(0, 32)]
      .map((sig) => real(`signature of ${sig.length} bytes`, REAL.publicKey, sig)),
  ];
}

const CRAFTED: Record<string, Crafted[]> = {
  'refuses small-order keys, all 8 points in all 14 encodings, although the equation holds':
    Object.entries(ALL_SMALL_ORDER).map(([name, A]) => smallOrderKey(name, A)),
  'refuses small-order R, all 14 encodings, although the equation holds for the decoded point':
    Object.entries(ALL_SMALL_ORDER).map(([name, R]) => smallOrderR(name, R)),
  'accepts R and A with a small-order component (mixed order) when the cofactorless equation holds':
    Object.entries(SMALL_ORDER).map(([name, t]) => mixedR(name, Point.fromBytes(t))),
  'refuses signatures that satisfy only the cofactored equation': cofactoredOnly(),
  'refuses S >= L (S + nL, L, L + 1, 2^256 - 1) and a changed message; S = L - 1 goes to the equation': scalarsAndMessages(),
  'refuses every small-order and non-canonical A and R with S in {0, 1, L - 1, L, random}': encodingGrid(),
  'refuses wrong lengths of key and signature': wrongLengths(),
};
const CRAFTED_COUNT = Object.values(CRAFTED).reduce((n, cases) => n + cases.length, 0);

const seed = fc.uint8Array({ minLength: 32, maxLength: 32 });
const message = fc.uint8Array({ maxLength: 200 });

describe('chain/signature: the verification predicate', () => {
  const agreed = { wycheproof: 0, speccheck: 0, crafted: 0 };
  after(() => {
    console.log(`      ed25519: ${agreed.wycheproof} Wycheproof + ${agreed.speccheck} speccheck + ${agreed.crafted} crafted cases agree (fast-check seed ${FC_SEED})`);
  });

  it('has the constants it claims (L, p, the small-order encodings)', () => {
    assert.equal(L, Point.Fn.ORDER);
    assert.equal(P, Point.Fp.ORDER);
    assert.ok(B.multiplyUnsafe(L - 1n).add(B).is0(), 'the generator has order L');
    assert.deepEqual(Object.values(SMALL_ORDER).map(toHex).sort(), [...ED25519_TORSION_SUBGROUP].sort());
    for (const [name, bytes] of Object.entries(ALL_SMALL_ORDER)) {
      assert.ok(decodeLenient(bytes).multiplyUnsafe(8n).is0(), name);
      if (name in SMALL_ORDER) assert.equal(toHex(Point.fromBytes(bytes).toBytes()), toHex(bytes), name);
      else assert.throws(() => Point.fromBytes(bytes), `${name} is not canonical`);
    }
    for (let n = 0n; n < 8n; n++) assert.equal(torsionMultiple(n).is0(), n === 0n, 'T8 generates the torsion subgroup');
    assert.equal(Object.keys(NON_CANONICAL).length, 40);
  });

  it(`gives Wycheproof's answer to all ${WYCHEPROOF.length} of its cases, with both back ends`, () => {
    assert.deepEqual([WYCHEPROOF.filter((v) => v.valid).length, WYCHEPROOF.length], [88, 151]);
    for (const v of WYCHEPROOF) {
      assert.equal(agree(v.publicKey, v.message, v.signature, v.name), v.valid, v.name);
      agreed.wycheproof++;
    }
  });

  it(`gives the cofactorless-strict answer to all ${SPECCHECK.length} ed25519-speccheck cases, with both back ends`, () => {
    assert.equal(SPECCHECK.length, SPECCHECK_EXPECTED.length);
    for (const v of SPECCHECK) {
      assert.equal(agree(v.publicKey, v.message, v.signature, v.name), v.valid, v.name);
      agreed.speccheck++;
    }
  });

  for (const [title, cases] of Object.entries(CRAFTED)) {
    it(`${title} (${cases.length} crafted cases)`, () => {
      for (const c of cases) {
        const message = txMessage(c.payload);
        assert.equal(agree(c.publicKey, message, c.signature, c.name), c.valid, c.name);
        assert.equal(verify('tx', c.publicKey, c.payload, c.signature), c.valid, `the chain predicate: ${c.name}`);
        agreed.crafted++;
      }
    });
  }

  it(`crafts ${CRAFTED_COUNT} cases, every one of them a distinct input`, () => {
    const inputs = Object.values(CRAFTED).flat().map((c) => `${toHex(c.publicKey)}/${toHex(c.signature)}/${toHex(c.payload)}`);
    assert.equal(new Set(inputs).size, CRAFTED_COUNT);
  });

  // Node 24 refuses small-order A and R itself, which hides the fast path's own check from the
  // cases above; on a Node without that check (Node 20, OpenSSL 3.0) it alone keeps the answer.
  it("the fast path's byte check on A and R is strict decoding and not small order, for every point (property)", () => {
    for (const bytes of [...Object.values(ALL_SMALL_ORDER), ...Object.values(NON_CANONICAL)]) assert.equal(isCanonicalNotSmallOrder(bytes), false, toHex(bytes));
    for (const bytes of [REAL.publicKey, rOf(REAL_SIG), MIXED_A]) assert.equal(isCanonicalNotSmallOrder(bytes), true, toHex(bytes));
    fc.assert(fc.property(seed, (bytes) => {
      let point;
      try { point = decodeLenient(bytes); } catch { return; } // not on the curve: OpenSSL refuses it
      const strict = toHex(point.toBytes()) === toHex(bytes) && !point.isSmallOrder();
      assert.equal(isCanonicalNotSmallOrder(bytes), strict, toHex(bytes));
    }), runs(300));
  });

  it('accepts valid signatures for random keys and messages, with both back ends (property)', () => {
    fc.assert(fc.property(seed, message, (secret, payload) => {
      const keys = keyPairFromPrivate(secret);
      const sig = sign('tx', payload, keys.privateKey);
      assert.equal(agree(keys.publicKey, txMessage(payload), sig), true);
      assert.equal(verify('tx', keys.publicKey, payload, sig), true);
    }), runs(100));
  });

  it('refuses a signature with one bit of its signature, message or key flipped, with both back ends (property)', () => {
    const part = fc.constantFrom('signature', 'message', 'key');
    fc.assert(fc.property(seed, message, part, fc.nat(), (secret, payload, which, at) => {
      const keys = keyPairFromPrivate(secret);
      const inputs = { key: Uint8Array.from(keys.publicKey), message: txMessage(payload), signature: sign('tx', payload, keys.privateKey) };
      const bytes = inputs[which];
      const bit = at % (bytes.length * 8);
      bytes[bit >> 3] ^= 1 << (bit & 7);
      // A flipped key may decode to another valid key; it did not sign, so it is refused too.
      assert.equal(agree(inputs.key, inputs.message, inputs.signature, `${which} bit ${bit} flipped`), false);
    }), runs(400));
  });

  it('refuses S + nL although the equation holds mod L, with both back ends (property)', () => {
    fc.assert(fc.property(seed, message, fc.integer({ min: 1, max: 15 }), (secret, payload, n) => {
      const keys = keyPairFromPrivate(secret);
      const sig = sign('tx', payload, keys.privateKey);
      const big = sOf(sig) + BigInt(n) * L;
      fc.pre(big < 1n << 256n);
      assert.equal(agree(keys.publicKey, txMessage(payload), signature(rOf(sig), big), `S + ${n}L`), false);
    }), runs(50));
  });

  it('agrees on small-order R with a real key and on random 32/64-byte strings (property)', () => {
    fc.assert(fc.property(fc.constantFrom(...Object.values(ALL_SMALL_ORDER)), fc.bigInt({ min: 0n, max: L - 1n }), message, (R, S, msg) => {
      assert.equal(agree(REAL.publicKey, msg, signature(R, S)), false);
      assert.equal(agree(R, msg, signature(R, S)), false);
    }), runs(60));
    fc.assert(fc.property(seed, fc.uint8Array({ minLength: 64, maxLength: 64 }), message, (A, sig, msg) => {
      agree(A, msg, sig);
    }), runs(300));
  });

  it('separates domains: a tx signature is not a vote signature, nor a signature over the bare payload', () => {
    assert.notEqual(toHex(DOMAIN.tx), toHex(DOMAIN.vote));
    fc.assert(fc.property(seed, message, (secret, payload) => {
      const keys = keyPairFromPrivate(secret);
      const txSig = sign('tx', payload, keys.privateKey);
      const voteSig = sign('vote', payload, keys.privateKey);
      assert.equal(verify('tx', keys.publicKey, payload, txSig), true);
      assert.equal(verify('vote', keys.publicKey, payload, voteSig), true);
      assert.equal(verify('vote', keys.publicKey, payload, txSig), false);
      assert.equal(verify('tx', keys.publicKey, payload, voteSig), false);
      assert.equal(agree(keys.publicKey, payload, txSig, 'bare payload'), false);
      assert.equal(toHex(signedMessage('tx', payload)), toHex(DOMAIN.tx) + toHex(payload));
    }), runs(20));
  });
});

describe('chain/keys: key pairs and key files', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'ackchain-keys-')); });
  afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

  it('round-trips a key file through JSON (property)', () => {
    fc.assert(fc.property(seed, (secret) => {
      const keys = keyPairFromPrivate(secret);
      const text = keyFileJson(keys);
      const json = JSON.parse(text) as Record<string, unknown>;
      assert.deepEqual(Object.keys(json).sort(), ['privateKey', 'publicKey', 'type']);
      assert.equal(json.type, 'ed25519');
      assert.equal(json.publicKey, toHex(keys.publicKey));
      assert.match(json.privateKey as string, /^[0-9a-f]{64}$/);
      const back = parseKeyFile(text);
      assert.equal(toHex(back.privateKey), toHex(secret));
      assert.equal(toHex(back.publicKey), toHex(keys.publicKey));
    }), { numRuns: 50 });
  });

  it('derives the RFC 8032 public key (test vector 1)', () => {
    const keys = keyPairFromPrivate(fromHex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'));
    assert.equal(toHex(keys.publicKey), 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
    // RFC 8032 7.1 test 1 signs the empty message; our sign() adds the domain tag, so check the raw signature.
    assert.equal(toHex(ed25519.sign(new Uint8Array(0), keys.privateKey)),
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b');
  });

  it('signs as RFC 8032 does: a written-down signature, and the pure-JS signer\'s bytes for random keys and messages', () => {
    const keys = keyPairFromPrivate(fromHex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'));
    assert.equal(toHex(sign('vote', utf8.encode('payload'), keys.privateKey)),
      toHex(ed25519.sign(signedMessage('vote', utf8.encode('payload')), keys.privateKey)));
    assert.equal(toHex(sign('tx', new Uint8Array(0), keys.privateKey)), GOLDEN_TX_SIGNATURE);
    fc.assert(fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array({ maxLength: 300 }), fc.constantFrom<Domain>('tx', 'vote', 'proposal', 'device'), (secret, payload, domain) => {
      assert.equal(toHex(sign(domain, payload, secret)), toHex(ed25519.sign(signedMessage(domain, payload), secret)));
    }), { numRuns: 100 });
    assert.throws(() => sign('tx', new Uint8Array(0), new Uint8Array(31)), /an Ed25519 private key has 32 bytes, not 31/);
  });

  it('writes key files with mode 0600, refuses to overwrite one, and reads them back', () => {
    const path = join(dir, 'validator.json');
    const keys = generateKeyPair();
    writeKeyFile(path, keys);
    assert.equal(statSync(path).mode & 0o777, 0o600);
    assert.equal(readFileSync(path, 'utf8'), keyFileJson(keys));
    const back = readKeyFile(path);
    assert.equal(toHex(back.publicKey), toHex(keys.publicKey));
    assert.equal(toHex(back.privateKey), toHex(keys.privateKey));
    assert.throws(() => writeKeyFile(path, generateKeyPair()), /EEXIST/);
    assert.equal(toHex(readKeyFile(path).publicKey), toHex(keys.publicKey), 'the first key survives');
    assert.throws(() => readKeyFile(join(dir, 'missing.json')), /cannot read key file .*missing\.json: ENOENT/);
  });

  it('refuses bad key files with a reason', () => {
    const keys = generateKeyPair();
    const good = JSON.parse(keyFileJson(keys)) as Record<string, unknown>;
    const text = (patch: Record<string, unknown>) => JSON.stringify({ ...good, ...patch });
    assert.throws(() => parseKeyFile('{"type": "ed25519",', 'k.json'), /^Error: k\.json: not JSON/);
    assert.throws(() => parseKeyFile('null'), /"type" must be "ed25519"/);
    assert.throws(() => parseKeyFile(text({ type: 'secp256k1' })), /"type" must be "ed25519"/);
    assert.throws(() => parseKeyFile(text({ privateKey: undefined })), /must be hex strings/);
    assert.throws(() => parseKeyFile(text({ publicKey: 7 })), /must be hex strings/);
    assert.throws(() => parseKeyFile(text({ privateKey: 'zz'.repeat(32) })), /privateKey: not hex/);
    assert.throws(() => parseKeyFile(text({ privateKey: '00'.repeat(31) })), /privateKey: expected 32 bytes/);
    assert.throws(() => parseKeyFile(text({ publicKey: toHex(generateKeyPair().publicKey) })), /publicKey does not match privateKey/);
    // Upper-case hex is the same key.
    assert.equal(toHex(parseKeyFile(text({ publicKey: toHex(keys.publicKey).toUpperCase() })).publicKey), toHex(keys.publicKey));
  });

  it('parses accounts as 32 bytes of hex', () => {
    const keys = generateKeyPair();
    assert.equal(toHex(parseAccount(toHex(keys.publicKey))), toHex(keys.publicKey));
    assert.equal(toHex(parseAccount('0x' + toHex(keys.publicKey))), toHex(keys.publicKey));
    assert.throws(() => parseAccount(toHex(keys.publicKey).slice(2)), /expected 32 bytes/);
    assert.throws(() => parseAccount('g'.repeat(64)), /not hex/);
  });
});
