// Stateless tx checks: what a node refuses before a tx reaches its mempool or a block, with the
// code tx_submit reports; and the validity window of expires_at_ms.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { toHex, utf8 } from '../../src/chain/bytes.ts';
import { ackchain, decode, encode } from '../../src/chain/codec.ts';
import { Code, codeName, Rejection, type CodeName } from '../../src/chain/codes.ts';
import { sha256 } from '../../src/chain/hash.ts';
import { keyPairFromPrivate, sign } from '../../src/chain/keys.ts';
import { checkTx, checkTxExpiry, isRejection, signTx, txHash, type TxBodyInput, type TxRules } from '../../src/chain/tx.ts';

const CHAIN = 'tx-test-chain';
const RULES: TxRules = { chainId: CHAIN, maxTxBytes: 64 * 1024 };
const keys = keyPairFromPrivate(new Uint8Array(32).fill(3));

const body = (extra: Partial<TxBodyInput> = {}): TxBodyInput => ({
  chainId: CHAIN, expiresAtMs: 1_700_000_060_000, memo: 'memo-text',
  triggerAlert: { team: 'payments', summary: 'disk full', severity: ackchain.Severity.SEVERITY_CRITICAL },
  ...extra,
});

function rejectsWith(fn: () => unknown, code: CodeName, reason?: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof Rejection, `expected a Rejection, got ${String(e)}`);
    assert.equal(codeName(e.code), code, `code (reason: ${e.message})`);
    if (reason) assert.match(e.message, reason);
    return true;
  });
}

/** A Tx with the given parts, signed over `signedBody` (default: the body itself). */
function rawTx(bodyBytes: Uint8Array, opts: { signer?: Uint8Array; signature?: Uint8Array; signedBody?: Uint8Array } = {}): Uint8Array {
  return encode.tx({
    body: bodyBytes,
    signer: opts.signer ?? keys.publicKey,
    signature: opts.signature ?? sign('tx', opts.signedBody ?? bodyBytes, keys.privateKey),
  });
}

describe('chain/tx: checkTx', () => {
  it('accepts a signed tx and returns its exact bytes, hash, signer, body and payload', () => {
    const bytes = signTx(body(), keys);
    const checked = checkTx(bytes, RULES);
    assert.equal(checked.bytes, bytes);
    assert.equal(toHex(checked.hash), toHex(sha256(bytes)));
    assert.equal(toHex(txHash(bytes)), toHex(sha256(bytes)));
    assert.equal(toHex(checked.signer), toHex(keys.publicKey));
    assert.equal(checked.payload, 'triggerAlert');
    assert.equal(checked.body.memo, 'memo-text');
    assert.equal(checked.body.triggerAlert?.summary, 'disk full');
    // The signature covers the domain tag and the body bytes, nothing else.
    const tx = decode.tx(bytes);
    assert.equal(toHex(tx.signature), toHex(sign('tx', tx.body, keys.privateKey)));
  });

  it('accepts every payload kind signed by any key (property)', () => {
    const payloads: Partial<TxBodyInput>[] = [
      { acknowledgeAlert: { alert: { team: 't', number: 1 } } },
      { resolveAlert: { alert: { team: 't', dedupKey: 'k' }, resolution: 'fixed' } },
      { addAlertNote: { alert: { team: 't', number: 2 }, note: 'n' } },
      { addMember: { team: 't', account: new Uint8Array(32).fill(1), handle: 'h', role: ackchain.Role.ROLE_RESPONDER } },
      { removeMember: { team: 't', account: new Uint8Array(32).fill(1) } },
      { addIntegration: { team: 't', account: new Uint8Array(32).fill(2), name: 'am' } },
      { removeIntegration: { team: 't', account: new Uint8Array(32).fill(2) } },
      { deployContract: { name: 'c', code: Uint8Array.of(0x76) } },
    ];
    fc.assert(fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.constantFrom(...payloads), fc.string({ maxLength: 40 }), (seed, payload, memo) => {
      const signer = keyPairFromPrivate(seed);
      const b = { chainId: CHAIN, expiresAtMs: 5, memo, ...payload };
      const checked = checkTx(signTx(b, signer), RULES);
      assert.equal(checked.payload, Object.keys(payload)[0]);
      assert.equal(toHex(checked.signer), toHex(signer.publicKey));
    }), { numRuns: 50 });
  });

  it('refuses a tx larger than max_tx_bytes with tooLarge, and accepts one of exactly that size', () => {
    const bytes = signTx(body(), keys);
    assert.doesNotThrow(() => checkTx(bytes, { ...RULES, maxTxBytes: bytes.length }));
    rejectsWith(() => checkTx(bytes, { ...RULES, maxTxBytes: bytes.length - 1 }), 'tooLarge', new RegExp(`${bytes.length} bytes; the limit is ${bytes.length - 1}`));
    // Size comes first: even garbage that is too large is tooLarge, not malformed.
    rejectsWith(() => checkTx(new Uint8Array(RULES.maxTxBytes + 1).fill(0xff), RULES), 'tooLarge');
  });

  it('refuses bytes that are not a tx, or whose body is not a TxBody, as malformed', () => {
    rejectsWith(() => checkTx(Uint8Array.of(0xff, 0xff, 0xff), RULES), 'malformed', /^malformed tx: /);
    rejectsWith(() => checkTx(Uint8Array.of(0x0a, 0x10, 1), RULES), 'malformed', /^malformed tx: /);
    rejectsWith(() => checkTx(rawTx(Uint8Array.of(0x0a, 0x05, 0x61)), RULES), 'malformed', /^malformed tx body: /);
    rejectsWith(() => checkTx(new Uint8Array(0), RULES), 'malformed', /signer must be 32 bytes/);
  });

  it('refuses a tx for another chain with wrongChain', () => {
    rejectsWith(() => checkTx(signTx(body({ chainId: 'other-chain' }), keys), RULES), 'wrongChain', /"other-chain", this is "tx-test-chain"/);
    rejectsWith(() => checkTx(signTx(body({ chainId: '' }), keys), RULES), 'wrongChain');
    rejectsWith(() => checkTx(signTx(body({ chainId: CHAIN + ' ' }), keys), RULES), 'wrongChain');
  });

  it('refuses a body byte flipped after signing with badSignature', () => {
    const bodyBytes = encode.txBody(body());
    const at = toHex(bodyBytes).indexOf(toHex(utf8.encode('memo-text'))) / 2;
    assert.ok(at > 0);
    const flipped = Uint8Array.from(bodyBytes);
    flipped[at] ^= 0x01; // 'm' -> 'l': still a well-formed body
    assert.equal(decode.txBody(flipped).memo, 'lemo-text');
    rejectsWith(() => checkTx(rawTx(flipped, { signedBody: bodyBytes }), RULES), 'badSignature', /does not verify/);
  });

  it('refuses a signature by another key, for another domain, or over another body with badSignature', () => {
    const bodyBytes = encode.txBody(body());
    const other = keyPairFromPrivate(new Uint8Array(32).fill(4));
    rejectsWith(() => checkTx(rawTx(bodyBytes, { signer: other.publicKey }), RULES), 'badSignature');
    rejectsWith(() => checkTx(rawTx(bodyBytes, { signature: sign('vote', bodyBytes, keys.privateKey) }), RULES), 'badSignature');
    rejectsWith(() => checkTx(rawTx(bodyBytes, { signedBody: encode.txBody(body({ memo: 'x' })) }), RULES), 'badSignature');
    rejectsWith(() => checkTx(rawTx(bodyBytes, { signature: new Uint8Array(64) }), RULES), 'badSignature');
  });

  it('refuses a body without a payload as malformed', () => {
    const noPayload = encode.txBody({ chainId: CHAIN, expiresAtMs: 1, memo: 'm' });
    rejectsWith(() => checkTx(rawTx(noPayload), RULES), 'malformed', /no payload/);
  });

  it('refuses a signer or a signature of the wrong length as malformed', () => {
    const bodyBytes = encode.txBody(body());
    for (const signer of [keys.publicKey.subarray(0, 31), Uint8Array.from([...keys.publicKey, 0]), new Uint8Array(0)]) {
      rejectsWith(() => checkTx(rawTx(bodyBytes, { signer }), RULES), 'malformed', /signer must be 32 bytes/);
    }
    const good = sign('tx', bodyBytes, keys.privateKey);
    for (const signature of [good.subarray(0, 63), Uint8Array.from([...good, 0]), new Uint8Array(0)]) {
      rejectsWith(() => checkTx(rawTx(bodyBytes, { signature }), RULES), 'malformed', /signature must be 64 bytes/);
    }
  });

  it('refuses a uint64 beyond 2^53 - 1 inside the payload as malformed', () => {
    // 2^60 as AcknowledgeAlert.alert.number would reach the state keys and throw there.
    const b = Uint8Array.from([...encode.txBody({ chainId: CHAIN, expiresAtMs: 1 }),
      0x5a, 0x0c, 0x0a, 0x0a, 0x10, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x10]);
    rejectsWith(() => checkTx(rawTx(b), RULES), 'malformed', /acknowledgeAlert\.alert\.number exceeds 2\^53-1/);
  });

  it('throws only Rejections, and accepts nothing, for damaged txs (property)', () => {
    const good = signTx(body(), keys);
    fc.assert(fc.property(fc.nat(), fc.integer({ min: 1, max: 255 }), fc.nat(), (at, xor, cut) => {
      const flipped = Uint8Array.from(good);
      flipped[at % good.length] ^= xor;
      for (const damaged of [flipped, good.subarray(0, cut % good.length)]) {
        let accepted = false;
        try {
          checkTx(damaged, RULES);
          accepted = true;
        } catch (e) {
          assert.ok(isRejection(e), `not a Rejection: ${String(e)}`);
          assert.ok(([Code.malformed, Code.badSignature, Code.wrongChain] as number[]).includes(e.code), codeName(e.code));
        }
        assert.equal(accepted, false, `accepted a damaged tx: ${toHex(damaged)}`);
      }
    }), { numRuns: 300 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (junk) => {
      try {
        checkTx(junk, RULES);
        assert.fail('accepted junk');
      } catch (e) {
        assert.ok(isRejection(e), `not a Rejection: ${String(e)}`);
      }
    }), { numRuns: 200 });
  });
});

describe('chain/tx: checkTxExpiry', () => {
  const at = (expiresAtMs: number) => ackchain.TxBody.create({ chainId: CHAIN, expiresAtMs });

  it('accepts exactly time < expires_at_ms <= time + ttl', () => {
    const time = 1_700_000_000_000;
    const ttl = 600_000;
    rejectsWith(() => checkTxExpiry(at(time), time, ttl), 'expired', /expired at/);
    rejectsWith(() => checkTxExpiry(at(time - 1), time, ttl), 'expired', /expired at/);
    rejectsWith(() => checkTxExpiry(at(0), time, ttl), 'expired');
    assert.doesNotThrow(() => checkTxExpiry(at(time + 1), time, ttl));
    assert.doesNotThrow(() => checkTxExpiry(at(time + ttl), time, ttl));
    rejectsWith(() => checkTxExpiry(at(time + ttl + 1), time, ttl), 'expired', /more than the max TTL/);
  });

  it('agrees with the window for any time, ttl and expiry (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 45 }), fc.integer({ min: 1, max: 2 ** 30 }), fc.integer({ min: -3, max: 3 }), fc.boolean(),
      (time, ttl, delta, nearEnd) => {
        const expires = Math.max(0, (nearEnd ? time + ttl : time) + delta);
        const valid = time < expires && expires <= time + ttl;
        let ok = true;
        try {
          checkTxExpiry(at(expires), time, ttl);
        } catch (e) {
          assert.ok(e instanceof Rejection && e.code === Code.expired);
          ok = false;
        }
        assert.equal(ok, valid, `time ${time}, ttl ${ttl}, expires ${expires}`);
      }), { numRuns: 300 });
  });
});

describe('chain/tx: the envelope is canonical, so only the signer can make a second tx of a signed one', () => {
  const signed = signTx(body(), keys);
  const tx = decode.tx(signed);
  // Protobuf wire pieces: a tag is (field << 3 | wire type 2), then a varint length, then bytes.
  const field = (n: number, value: Uint8Array, lengthBytes?: number[]) =>
    new Uint8Array([(n << 3) | 2, ...(lengthBytes ?? varint(value.length)), ...value]);
  const varint = (n: number): number[] => (n < 0x80 ? [n] : [(n & 0x7f) | 0x80, ...varint(n >>> 7)]);
  const join = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((p) => [...p]));
  const body1 = field(1, tx.body);
  const signer2 = field(2, tx.signer);
  const sig3 = field(3, tx.signature);

  it('accepts the canonical encoding, and rebuilding it from its parts gives the same bytes', () => {
    assert.equal(toHex(join(body1, signer2, sig3)), toHex(signed));
    assert.equal(toHex(checkTx(join(body1, signer2, sig3), RULES).hash), toHex(txHash(signed)));
  });

  const reencodings: [string, Uint8Array][] = [
    ['an unknown field appended', join(body1, signer2, sig3, field(4, utf8.encode('x')))],
    ['an unknown field first', join(field(9, new Uint8Array([1])), body1, signer2, sig3)],
    ['an unknown varint field', join(body1, signer2, sig3, new Uint8Array([5 << 3, 1]))],
    ['the body repeated', join(body1, body1, signer2, sig3)],
    ['the signer repeated', join(body1, signer2, signer2, sig3)],
    ['the signature repeated', join(body1, signer2, sig3, sig3)],
    ['signer before body', join(signer2, body1, sig3)],
    ['signature first', join(sig3, body1, signer2)],
    ['a non-minimal length varint', join(field(1, tx.body, [...varint(tx.body.length).slice(0, -1), varint(tx.body.length).at(-1)! | 0x80, 0]), signer2, sig3)],
    ['a non-minimal tag varint', join(new Uint8Array([0x8a, 0x00, ...varint(tx.body.length)]), tx.body, signer2, sig3)],
    ['a trailing zero byte', join(body1, signer2, sig3, new Uint8Array([0]))], // refused by the decoder itself (field number 0)
    ['an empty trailing field', join(body1, signer2, sig3, field(6, new Uint8Array(0)))],
  ];
  for (const [what, bytes] of reencodings) {
    it(`refuses ${what} as malformed, though every field still decodes to the same value`, () => {
      assert.notEqual(toHex(bytes), toHex(signed));
      const reason = what === 'a trailing zero byte' ? /^malformed tx: illegal tag/
        : /^the tx envelope is not canonically encoded \(fields body, signer, signature once each, in order, nothing else\)$/;
      rejectsWith(() => checkTx(bytes, RULES), 'malformed', reason);
    });
  }
});

describe('chain/codes: code names', () => {
  it('names each receipt code, and an unknown code by its number', () => {
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(codeName), [
      'ok', 'malformed', 'wrongChain', 'expired', 'badSignature', 'duplicate', 'tooLarge', 'unauthorized', 'notFound', 'invalidState', 'invalidArgument', 'mempoolFull',
      'contractFailed',
    ]);
    assert.equal(codeName(13), 'code13');
    assert.equal(codeName(99), 'code99');
  });
});
