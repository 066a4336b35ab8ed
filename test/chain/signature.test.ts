// The chain's one verification predicate. verifyReference (@noble/curves, RFC 8032 strict, zip215
// off) is the rule; verifyOpenssl (Node's OpenSSL, ~10x faster) is what the chain runs. The two
// must agree on every input, or two nodes could disagree about a tx or a commit, so every case
// below asserts agreement first and then the outcome where RFC 8032 fixes it.
import assert from 'node:assert/strict';
import { createPublicKey, verify as cryptoVerify } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha512 } from '@noble/hashes/sha2.js';
import { fromHex, toHex } from '../../src/chain/bytes.ts';
import {
  generateKeyPair, keyFileJson, keyPairFromPrivate, parseAccount, parseKeyFile, readKeyFile, sign, writeKeyFile,
} from '../../src/chain/keys.ts';
import { DOMAIN, signedMessage, verify, verifyOpenssl, verifyReference } from '../../src/chain/signature.ts';

const L = (1n << 252n) + 27742317777372353535851937790883648493n;
const P = (1n << 255n) - 19n;

/** 32-byte little-endian encoding (S, or a point's y with the sign bit in bit 255). */
function le32(n: bigint): Uint8Array {
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) { out[i] = Number(n & 0xffn); n >>= 8n; }
  return out;
}
const fromLe = (b: Uint8Array): bigint => b.reduceRight((acc, byte) => (acc << 8n) | BigInt(byte), 0n);
const withSign = (y: Uint8Array): Uint8Array => { const o = Uint8Array.from(y); o[31] |= 0x80; return o; };
const signature = (R: Uint8Array, S: Uint8Array): Uint8Array => { const o = new Uint8Array(64); o.set(R, 0); o.set(S, 32); return o; };
const sOf = (sig: Uint8Array): bigint => fromLe(sig.subarray(32));
const rOf = (sig: Uint8Array): Uint8Array => sig.subarray(0, 32);

/** The eight points of small order (the torsion subgroup), canonically encoded. */
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

/**
 * Non-canonical encodings: every y in [p, 2^255 - 1] with either sign bit (y = p decodes, if
 * reduced, to the order-4 points; y = p + 1 to the identity), and "-0": x = 0 with the sign bit
 * set, for the two points whose x is 0 (the identity and the order-2 point).
 */
const NON_CANONICAL: Record<string, Uint8Array> = {};
for (let k = 0n; P + k < 1n << 255n; k++) {
  NON_CANONICAL[`y = p + ${k}`] = le32(P + k);
  NON_CANONICAL[`y = p + ${k}, sign set`] = withSign(le32(P + k));
}
NON_CANONICAL['identity as -0'] = fromHex('0100000000000000000000000000000000000000000000000000000000000080');
NON_CANONICAL['order 2 as -0'] = fromHex('ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff');

/** OpenSSL alone, without the corrections verifyOpenssl makes (undefined: OpenSSL refuses the key). */
function rawOpenssl(publicKey: Uint8Array, message: Uint8Array, sig: Uint8Array): boolean | undefined {
  let key;
  try {
    key = createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), publicKey]), format: 'der', type: 'spki' });
  } catch {
    return undefined;
  }
  try {
    return cryptoVerify(null, message, key, sig);
  } catch {
    return false;
  }
}

/**
 * Runs both back ends and fails unless they agree; returns the common answer. Also checks what
 * makes the fast path sound: whatever OpenSSL alone accepts, the reference accepts.
 */
function agree(publicKey: Uint8Array, message: Uint8Array, sig: Uint8Array, what = ''): boolean {
  const reference = verifyReference(publicKey, message, sig);
  const openssl = verifyOpenssl(publicKey, message, sig);
  const detail = `${what}\n A=${toHex(publicKey)}\n sig=${toHex(sig)}\n msg=${toHex(message)}`;
  assert.equal(openssl, reference, `back ends disagree: reference ${reference}, openssl ${openssl} ${detail}`);
  if (publicKey.length === 32 && sig.length === 64 && rawOpenssl(publicKey, message, sig) === true) {
    assert.equal(reference, true, `OpenSSL alone accepts what the reference refuses ${detail}`);
  }
  return reference;
}

/** Signs with an explicit secret scalar and nonce, as RFC 8032 5.1.6 does after key expansion. */
function signWithScalar(a: bigint, A: Uint8Array, R: Uint8Array, r: bigint, message: Uint8Array): Uint8Array {
  const k = fromLe(sha512(Uint8Array.from([...R, ...A, ...message]))) % L;
  return signature(R, le32((r + k * a) % L));
}

const seed = fc.uint8Array({ minLength: 32, maxLength: 32 });
const message = fc.uint8Array({ maxLength: 200 });

describe('chain/signature: the verification predicate', () => {
  it('has the constants it claims (L, p, the encodings above)', () => {
    assert.equal(toHex(le32(P + 1n)), 'ee' + 'ff'.repeat(30) + '7f');
    assert.equal(Object.keys(NON_CANONICAL).length, 40);
    // Each small-order point is canonical, and multiplying it by 8 gives the identity.
    for (const [name, bytes] of Object.entries(SMALL_ORDER)) {
      const point = ed25519.Point.fromBytes(bytes);
      assert.ok(point.multiplyUnsafe(8n).is0(), name);
      assert.equal(toHex(point.toBytes()), toHex(bytes), name);
    }
    // The generator has order L.
    assert.ok(ed25519.Point.BASE.multiplyUnsafe(L - 1n).add(ed25519.Point.BASE).is0());
  });

  it('accepts valid signatures for random keys and messages, with both back ends (property)', () => {
    fc.assert(fc.property(seed, message, (secret, msg) => {
      const keys = keyPairFromPrivate(secret);
      const sig = sign('tx', msg, keys.privateKey);
      assert.equal(agree(keys.publicKey, signedMessage('tx', msg), sig), true);
      assert.equal(verify('tx', keys.publicKey, msg, sig), true);
    }), { numRuns: 60 });
  });

  it('rejects a mutated message, a flipped signature bit or another key, with both back ends (property)', () => {
    fc.assert(fc.property(seed, seed, message, fc.nat(), fc.integer({ min: 0, max: 511 }), (secret, otherSecret, msg, at, bit) => {
      const keys = keyPairFromPrivate(secret);
      const signed = signedMessage('tx', msg);
      const sig = sign('tx', msg, keys.privateKey);
      const mutated = Uint8Array.from(signed);
      mutated[at % mutated.length] ^= 1 << (at % 8);
      assert.equal(agree(keys.publicKey, mutated, sig, 'mutated message'), false);
      assert.equal(agree(keys.publicKey, Uint8Array.from([...signed, 0]), sig, 'extended message'), false);
      const flipped = Uint8Array.from(sig);
      flipped[bit >> 3] ^= 1 << (bit & 7);
      assert.equal(agree(keys.publicKey, signed, flipped, 'flipped signature bit'), false);
      const other = keyPairFromPrivate(otherSecret);
      if (toHex(other.publicKey) !== toHex(keys.publicKey)) assert.equal(agree(other.publicKey, signed, sig, 'another key'), false);
    }), { numRuns: 40 });
  });

  it('rejects S >= L (S + L, S + 2L, L itself, 2^256 - 1) although the equation holds mod L (property)', () => {
    fc.assert(fc.property(seed, message, (secret, msg) => {
      const keys = keyPairFromPrivate(secret);
      const signed = signedMessage('tx', msg);
      const sig = sign('tx', msg, keys.privateKey);
      const S = sOf(sig);
      assert.ok(S < L);
      for (const big of [S + L, S + 2n * L, S + 15n * L]) {
        if (big >= 1n << 256n) continue;
        assert.equal(agree(keys.publicKey, signed, signature(rOf(sig), le32(big)), `S + kL`), false);
      }
      assert.equal(agree(keys.publicKey, signed, signature(rOf(sig), le32(L)), 'S = L'), false);
      assert.equal(agree(keys.publicKey, signed, signature(rOf(sig), le32((1n << 256n) - 1n)), 'S = 2^256 - 1'), false);
    }), { numRuns: 30 });
  });

  it('agrees on every small-order and non-canonical A and R, with S in {0, 1, L-1, L, random}', () => {
    const keys = generateKeyPair();
    const msg = signedMessage('tx', new Uint8Array([1, 2, 3]));
    const valid = sign('tx', new Uint8Array([1, 2, 3]), keys.privateKey);
    const randomS = () => le32(fromLe(ed25519.utils.randomSecretKey()) % L);
    const scalars: Record<string, () => Uint8Array> = {
      '0': () => le32(0n), '1': () => le32(1n), 'L-1': () => le32(L - 1n), 'L': () => le32(L), 'random': randomS,
    };
    const core: Record<string, Uint8Array> = {
      ...SMALL_ORDER, 'a real key': keys.publicKey, 'a real R': rOf(valid),
      'y = p': NON_CANONICAL['y = p + 0'], 'y = p + 1': NON_CANONICAL['y = p + 1'],
      'identity as -0': NON_CANONICAL['identity as -0'], 'order 2 as -0': NON_CANONICAL['order 2 as -0'],
    };
    const isNonCanonical = (name: string): boolean => name in NON_CANONICAL || name.startsWith('y = p') || name.endsWith('-0');
    const check = (aName: string, A: Uint8Array, rName: string, R: Uint8Array, sName: string, S: Uint8Array): void => {
      const ok = agree(A, msg, signature(R, S), `(A ${aName}, R ${rName}, S ${sName})`);
      if (isNonCanonical(aName)) assert.equal(ok, false, `non-canonical A ${aName} must be rejected`);
      if (isNonCanonical(rName)) assert.equal(ok, false, `non-canonical R ${rName} must be rejected`);
      if (sName === 'L') assert.equal(ok, false, 'S = L must be rejected');
      // noble's strict mode refuses small-order keys outright (every signature would be forgeable).
      if (aName in SMALL_ORDER) assert.equal(ok, false, `small-order A ${aName} must be rejected`);
    };
    let cases = 0;
    for (const [aName, A] of Object.entries(core)) {
      for (const [rName, R] of Object.entries(core)) {
        for (const [sName, S] of Object.entries(scalars)) { check(aName, A, rName, R, sName, S()); cases++; }
      }
    }
    // Every non-canonical encoding, as A and as R, against the core points.
    for (const [nName, N] of Object.entries(NON_CANONICAL)) {
      for (const [cName, C] of Object.entries(core)) {
        for (const sName of ['0', 'random'] as const) {
          check(nName, N, cName, C, sName, scalars[sName]());
          check(cName, C, nName, N, sName, scalars[sName]());
          cases += 2;
        }
      }
    }
    assert.equal(cases, 14 * 14 * 5 + 40 * 14 * 4);
    // A = R = identity, S = 0 satisfies the verification equation for every message, and is still
    // refused: the key is small-order. Its non-canonical spellings are refused too.
    const identity = SMALL_ORDER['identity (order 1)'];
    for (const A of [identity, NON_CANONICAL['y = p + 1'], NON_CANONICAL['identity as -0']]) {
      assert.equal(agree(A, msg, signature(identity, le32(0n))), false);
    }
    assert.equal(agree(keys.publicKey, msg, signature(NON_CANONICAL['y = p + 1'], le32(0n))), false);
  });

  it('accepts signatures whose R or A has a small-order component, as the reference (cofactored) does', () => {
    // OpenSSL checks [S]B = R + [k]A; the reference checks it multiplied by the cofactor 8, so
    // an R (or A) shifted by a point of small order T passes the reference only. The chain's
    // rule is the reference, so verifyOpenssl must accept these too.
    const msg = signedMessage('tx', new Uint8Array([4, 2]));
    const torsion = Object.entries(SMALL_ORDER).filter(([name]) => !name.startsWith('identity'));
    for (const [name, tBytes] of torsion) {
      const T = ed25519.Point.fromBytes(tBytes);
      for (let i = 0; i < 2; i++) {
        const a = fromLe(ed25519.utils.randomSecretKey()) % L;
        const r = fromLe(ed25519.utils.randomSecretKey()) % L;
        const A = ed25519.Point.BASE.multiply(a).toBytes();
        // R = rB + T: OpenSSL alone always refuses (the equation is off by T).
        const R = ed25519.Point.BASE.multiply(r).add(T).toBytes();
        const sig = signWithScalar(a, A, R, r, msg);
        assert.equal(rawOpenssl(A, msg, sig), false, `OpenSSL alone, R + ${name}`);
        assert.equal(agree(A, msg, sig, `R + ${name}`), true);
        assert.equal(verify('tx', A, msg.subarray(DOMAIN.tx.length), sig), true, 'the chain predicate');
        // A = aB + T (a mixed-order key, not itself small-order): OpenSSL alone refuses unless [k]T = 0.
        const mixedA = ed25519.Point.BASE.multiply(a).add(T).toBytes();
        const R2 = ed25519.Point.BASE.multiply(r).toBytes();
        const sig2 = signWithScalar(a, mixedA, R2, r, msg);
        assert.equal(agree(mixedA, msg, sig2, `A + ${name}`), true);
        // The same signatures on another message are refused by both.
        assert.equal(agree(A, Uint8Array.from([...msg, 1]), sig, `R + ${name}, other message`), false);
        assert.equal(agree(mixedA, Uint8Array.from([...msg, 1]), sig2, `A + ${name}, other message`), false);
      }
    }
  });

  it('agrees on small-order R with the real key and on random 32/64-byte strings (property)', () => {
    const keys = generateKeyPair();
    fc.assert(fc.property(fc.constantFrom(...Object.values(SMALL_ORDER)), fc.bigInt({ min: 0n, max: L - 1n }), message, (R, S, msg) => {
      agree(keys.publicKey, msg, signature(R, le32(S)));
      agree(R, msg, signature(R, le32(S)));
    }), { numRuns: 60 });
    fc.assert(fc.property(seed, fc.uint8Array({ minLength: 64, maxLength: 64 }), message, (A, sig, msg) => {
      agree(A, msg, sig);
    }), { numRuns: 100 });
  });

  it('rejects wrong lengths of key and signature with both back ends', () => {
    const keys = generateKeyPair();
    const msg = signedMessage('tx', new Uint8Array([5]));
    const sig = sign('tx', new Uint8Array([5]), keys.privateKey);
    assert.equal(agree(keys.publicKey, msg, sig), true);
    for (const A of [keys.publicKey.subarray(0, 31), Uint8Array.from([...keys.publicKey, 0]), new Uint8Array(0)]) {
      assert.equal(agree(A, msg, sig, `key of ${A.length} bytes`), false);
    }
    for (const s of [sig.subarray(0, 63), Uint8Array.from([...sig, 0]), new Uint8Array(0), sig.subarray(0, 32)]) {
      assert.equal(agree(keys.publicKey, msg, s, `signature of ${s.length} bytes`), false);
    }
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
    }), { numRuns: 25 });
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
