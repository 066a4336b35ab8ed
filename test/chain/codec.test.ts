// Encoding and defensive decoding of the chain's messages: every message round-trips, random or
// damaged bytes become a DecodeError and nothing else, and no uint64 beyond 2^53 - 1 gets through.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { toHex } from '../../src/chain/bytes.ts';
import { ackchain, decode, DecodeError, encode } from '../../src/chain/codec.ts';
import { decodeBlock, encodeBlock } from '../../src/chain/block.ts';
import { sha256 } from '../../src/chain/hash.ts';

type Obj = Record<string, unknown>;

const str = fc.string({ unit: 'grapheme', maxLength: 12 });
const bytes = (maxLength = 40) => fc.uint8Array({ maxLength });
const key32 = fc.uint8Array({ minLength: 32, maxLength: 32 });
const u64 = fc.maxSafeNat();
const u32 = fc.integer({ min: 0, max: 0xffffffff });

const alertRef = fc.record({ team: str, number: u64, dedupKey: str });
const link = fc.record({ href: str, text: str });

/** One arbitrary per payload kind of TxBody. */
const PAYLOADS: Record<string, fc.Arbitrary<Obj>> = {
  triggerAlert: fc.record({
    team: str, dedupKey: str, summary: str, source: str, severity: fc.integer({ min: 0, max: 4 }), component: str,
    group: str, alertClass: str, customDetailsJson: str, links: fc.array(link, { maxLength: 3 }),
  }),
  acknowledgeAlert: fc.record({ alert: alertRef }),
  resolveAlert: fc.record({ alert: alertRef, resolution: str }),
  addAlertNote: fc.record({ alert: alertRef, note: str }),
  addMember: fc.record({ team: str, account: key32, handle: str, role: fc.integer({ min: 0, max: 2 }) }),
  removeMember: fc.record({ team: str, account: key32 }),
  addIntegration: fc.record({ team: str, account: key32, name: str }),
  removeIntegration: fc.record({ team: str, account: key32 }),
  deployContract: fc.record({ name: str, code: bytes(100) }),
};

const txBodyWith = (kind: string): fc.Arbitrary<Obj> =>
  fc.record({ chainId: str, expiresAtMs: u64, memo: str, [kind]: PAYLOADS[kind] });
const txBody = fc.oneof(...Object.keys(PAYLOADS).map(txBodyWith));
const tx = fc.record({ body: bytes(80), signer: bytes(33), signature: bytes(65) });
const header = fc.record({
  chainId: str, height: u64, timeMs: u64, prevBlockHash: bytes(33), lastCommitHash: bytes(33), txRoot: bytes(33),
  stateRoot: bytes(33), resultsRoot: bytes(33), validatorsHash: bytes(33), nextValidatorsHash: bytes(33), proposer: bytes(33),
});
const vote = fc.record({
  chainId: str, type: fc.integer({ min: 0, max: 2 }), height: u64, round: u32, blockHash: bytes(33), timestampMs: u64, validator: bytes(33),
});
const commit = fc.record({
  height: u64, round: u32, blockHash: bytes(33), signatures: fc.array(fc.record({ vote: bytes(60), signature: bytes(65) }), { maxLength: 5 }),
});
const receipt = fc.record({
  code: u32, log: str, gasUsed: u64,
  events: fc.array(fc.record({ type: str, attributes: fc.array(fc.record({ key: str, value: str }), { maxLength: 4 }) }), { maxLength: 4 }),
});
const block = fc.record({ header: bytes(80), txs: fc.array(bytes(50), { maxLength: 6 }), lastCommit: bytes(60) });
const txLocation = fc.record({ height: u64, index: u32, receipt: bytes(40) });

const isEmpty = (v: unknown): boolean =>
  v === undefined || v === null || v === 0 || v === '' || ((v instanceof Uint8Array || Array.isArray(v)) && v.length === 0);

/** The decoded message has every field of `expected` (defaults come from the prototype) and nothing else. */
function assertSame(actual: unknown, expected: unknown, path = 'message'): void {
  if (expected instanceof Uint8Array) {
    assert.ok(actual instanceof Uint8Array, `${path} is bytes`);
    assert.equal(toHex(actual), toHex(expected), path);
  } else if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${path} is an array`);
    assert.equal(actual.length, expected.length, `${path}.length`);
    expected.forEach((e, i) => assertSame(actual[i], e, `${path}[${i}]`));
  } else if (typeof expected === 'object' && expected !== null) {
    assert.ok(typeof actual === 'object' && actual !== null, `${path} is a message`);
    for (const [k, v] of Object.entries(expected)) assertSame((actual as Obj)[k], v, `${path}.${k}`);
    for (const [k, v] of Object.entries(actual)) if (!(k in expected)) assert.ok(isEmpty(v), `${path}.${k} was not in the input`);
  } else {
    assert.equal(actual, expected, path);
  }
}

interface Codec { name: string; arb: fc.Arbitrary<Obj>; enc: (m: Obj) => Uint8Array; dec: (b: Uint8Array) => unknown }
const CODECS: Codec[] = [
  { name: 'Tx', arb: tx, enc: encode.tx as (m: Obj) => Uint8Array, dec: decode.tx },
  { name: 'TxBody', arb: txBody, enc: encode.txBody as (m: Obj) => Uint8Array, dec: decode.txBody },
  { name: 'Header', arb: header, enc: encode.header as (m: Obj) => Uint8Array, dec: decode.header },
  { name: 'Vote', arb: vote, enc: encode.vote as (m: Obj) => Uint8Array, dec: decode.vote },
  { name: 'Commit', arb: commit, enc: encode.commit as (m: Obj) => Uint8Array, dec: decode.commit },
  { name: 'Receipt', arb: receipt, enc: encode.receipt as (m: Obj) => Uint8Array, dec: decode.receipt },
  { name: 'Block', arb: block, enc: encode.block as (m: Obj) => Uint8Array, dec: decode.block },
  { name: 'TxLocation', arb: txLocation, enc: encode.txLocation as (m: Obj) => Uint8Array, dec: decode.txLocation },
];

function roundTrip(c: Codec, message: Obj): unknown {
  const bytes = c.enc(message);
  const decoded = c.dec(bytes);
  assertSame(decoded, message, c.name);
  assert.equal(toHex(c.enc(decoded as Obj)), toHex(bytes), `${c.name}: re-encoding gives the same bytes`);
  return decoded;
}

/** Protobuf base-128 varint of a non-negative bigint. */
function varint(n: bigint): number[] {
  const out: number[] = [];
  do {
    let byte = Number(n & 0x7fn);
    n >>= 7n;
    if (n > 0n) byte |= 0x80;
    out.push(byte);
  } while (n > 0n);
  return out;
}
/** A length-delimited field. */
const lenField = (tag: number, inner: number[]): number[] => [tag, ...varint(BigInt(inner.length)), ...inner];

function expectDecodeError(fn: () => unknown, message?: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof DecodeError, `expected a DecodeError, got ${String(e)}`);
    if (message) assert.match(e.message, message);
    return true;
  });
}

describe('chain/codec: encoding round trips', () => {
  for (const c of CODECS) {
    it(`round-trips ${c.name} (property)`, () => {
      fc.assert(fc.property(c.arb, (m) => { roundTrip(c, m); }), { numRuns: 150 });
    });
  }

  for (const kind of Object.keys(PAYLOADS)) {
    it(`round-trips a TxBody whose payload is ${kind} (property)`, () => {
      fc.assert(fc.property(txBodyWith(kind), (m) => {
        const decoded = roundTrip(CODECS[1], m) as ackchain.TxBody;
        assert.equal(decoded.payload, kind);
      }), { numRuns: 40 });
    });
  }

  it('keeps the exact bytes it was given: a block hash is SHA-256 of the header bytes as received', () => {
    fc.assert(fc.property(header, block, (h, b) => {
      // An unknown varint field (number 99) after the header: decoding keeps it, the hash covers it.
      const headerBytes = Uint8Array.from([...encode.header(h), ...varint(99n << 3n), 0x01]);
      const blockBytes = encodeBlock(headerBytes, b.txs as Uint8Array[], b.lastCommit as Uint8Array);
      const decoded = decodeBlock(blockBytes);
      assert.equal(toHex(decoded.headerBytes), toHex(headerBytes));
      assert.equal(toHex(decoded.hash), toHex(sha256(headerBytes)));
      assertSame(decoded.header, h, 'header');
      assert.equal(decoded.txs.length, (b.txs as Uint8Array[]).length);
      assert.equal(toHex(decoded.bytes), toHex(blockBytes));
    }), { numRuns: 50 });
  });
});

describe('chain/codec: defensive decoding', () => {
  const decoders: [string, (b: Uint8Array) => unknown][] = [
    ...Object.entries(decode),
    ['decodeBlock', decodeBlock],
  ];

  it('turns random bytes into a message or a DecodeError, never anything else (property)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 120 }), (b) => {
      for (const [name, dec] of decoders) {
        try {
          dec(b);
        } catch (e) {
          assert.ok(e instanceof DecodeError, `${name} threw ${String(e)}`);
        }
      }
    }), { numRuns: 300 });
  });

  it('turns damaged valid encodings into a message or a DecodeError (property)', () => {
    const damaged = fc.tuple(fc.constantFrom(...CODECS), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 255 }))
      .chain(([c, cut, at, xor]) => c.arb.map((m) => ({ c, bytes: c.enc(m), cut, at, xor })));
    let errors = 0;
    fc.assert(fc.property(damaged, ({ c, bytes, cut, at, xor }) => {
      const flipped = Uint8Array.from(bytes);
      if (flipped.length > 0) flipped[at % flipped.length] ^= xor;
      for (const b of [bytes.subarray(0, cut % (bytes.length + 1)), flipped]) {
        try {
          c.dec(b);
        } catch (e) {
          errors++;
          assert.ok(e instanceof DecodeError, `${c.name} threw ${String(e)}`);
          assert.match(e.message, /^malformed /);
        }
      }
    }), { numRuns: 300 });
    assert.ok(errors > 0, 'some damage is detected');
  });

  it('reports a truncated message as malformed', () => {
    const bytes = encode.header({ chainId: 'c', height: 1, stateRoot: new Uint8Array(32).fill(7) });
    expectDecodeError(() => decode.header(bytes.subarray(0, bytes.length - 1)), /^malformed header: /);
    expectDecodeError(() => decode.tx(Uint8Array.of(0x0a, 0x05, 1, 2)), /^malformed tx: /);
    expectDecodeError(() => decode.vote(Uint8Array.of(0x18, 0xff)), /^malformed vote: /);
  });

  it('names the kind of message it could not decode', () => {
    const names: Record<keyof typeof decode, string> = {
      tx: 'tx', txBody: 'tx body', header: 'header', block: 'block', vote: 'vote', commit: 'commit', receipt: 'receipt',
      txLocation: 'tx location', team: 'team', alert: 'alert', alertHistoryEntry: 'alert history entry', contract: 'contract',
      genesis: 'genesis', validatorSet: 'validator set', chainState: 'chain state', escalationPolicy: 'escalation policy',
      schedule: 'schedule', device: 'device', ola: 'OLA',
      proposal: 'proposal', signedProposal: 'signed proposal', consensusMessage: 'consensus message',
      duplicateVoteEvidence: 'evidence', evidenceRecord: 'evidence record', syncRequest: 'sync request', syncedBlock: 'synced block',
      syncResponse: 'sync response', statusResponse: 'status response',
    };
    assert.deepEqual(Object.keys(names).sort(), Object.keys(decode).sort());
    // A tag of wire type 7, which no protobuf message has.
    for (const [key, name] of Object.entries(names)) expectDecodeError(() => decode[key as keyof typeof decode](Uint8Array.of(0x0f)), new RegExp(`^malformed ${name}: `));
  });
});

describe('chain/codec: uint64 fields beyond 2^53 - 1', () => {
  const MAX = BigInt(Number.MAX_SAFE_INTEGER);
  // [decoder, field path, bytes of the message around a varint]
  const cases: [string, (b: Uint8Array) => unknown, string, (v: bigint) => number[], (m: any) => unknown][] = [
    ['TxBody', decode.txBody, 'expiresAtMs', (v) => [0x10, ...varint(v)], (m) => m.expiresAtMs],
    ['Header', decode.header, 'height', (v) => [0x10, ...varint(v)], (m) => m.height],
    ['Header', decode.header, 'timeMs', (v) => [0x18, ...varint(v)], (m) => m.timeMs],
    ['Vote', decode.vote, 'height', (v) => [0x18, ...varint(v)], (m) => m.height],
    ['Vote', decode.vote, 'timestampMs', (v) => [0x30, ...varint(v)], (m) => m.timestampMs],
    ['Commit', decode.commit, 'height', (v) => [0x08, ...varint(v)], (m) => m.height],
    ['Receipt', decode.receipt, 'gasUsed', (v) => [0x20, ...varint(v)], (m) => m.gasUsed],
    ['TxLocation', decode.txLocation, 'height', (v) => [0x08, ...varint(v)], (m) => m.height],
    // Nested: TxBody.acknowledge_alert (11).alert (1).number (2).
    ['TxBody', decode.txBody, 'acknowledgeAlert.alert.number', (v) => lenField(0x5a, lenField(0x0a, [0x10, ...varint(v)])), (m) => m.acknowledgeAlert.alert.number],
    ['TxBody', decode.txBody, 'resolveAlert.alert.number', (v) => lenField(0x62, lenField(0x0a, [0x10, ...varint(v)])), (m) => m.resolveAlert.alert.number],
    // ValidatorSet.validators (1)[0].power (3).
    ['ValidatorSet', decode.validatorSet, 'validators.0.power', (v) => lenField(0x0a, [0x18, ...varint(v)]), (m) => m.validators[0].power],
    // Genesis.params (3).max_block_bytes (1).
    ['Genesis', decode.genesis, 'params.maxBlockBytes', (v) => lenField(0x1a, [0x08, ...varint(v)]), (m) => m.params.maxBlockBytes],
  ];

  for (const [type, dec, field, bytesOf, read] of cases) {
    it(`${type}.${field}: 2^53 - 1 decodes exactly; 2^53 and 2^64 - 1 are a DecodeError`, () => {
      assert.equal(read(dec(Uint8Array.from(bytesOf(MAX)))), Number.MAX_SAFE_INTEGER);
      for (const v of [MAX + 1n, MAX + 2n, (1n << 63n), (1n << 64n) - 1n]) {
        expectDecodeError(() => dec(Uint8Array.from(bytesOf(v))), new RegExp(`: ${field.replace(/\./g, '\\.')} exceeds 2\\^53-1$`));
      }
    });
  }

  it('refuses any uint64 beyond 2^53 - 1 wherever it is in a tx body (property)', () => {
    fc.assert(fc.property(fc.bigInt({ min: MAX + 1n, max: (1n << 64n) - 1n }), fc.constantFrom(...cases.filter(([t]) => t === 'TxBody')), (v, [, dec, , bytesOf]) => {
      expectDecodeError(() => dec(Uint8Array.from(bytesOf(v))));
    }), { numRuns: 100 });
  });
});
