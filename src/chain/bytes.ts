// Byte helpers shared by every layer: hex as the RPC and CLI show it, comparison, fixed-width keys.

export type Bytes = Uint8Array;

const HEX = /^(?:[0-9a-f]{2})*$/;

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/** Parses lowercase or uppercase hex of even length (an optional 0x is accepted); throws on anything else. */
export function fromHex(text: string, expectedLength?: number): Uint8Array {
  const clean = (text.startsWith('0x') ? text.slice(2) : text).toLowerCase();
  if (!HEX.test(clean)) throw new Error(`not hex: ${JSON.stringify(text.length > 80 ? text.slice(0, 80) + '...' : text)}`);
  if (expectedLength !== undefined && clean.length !== expectedLength * 2) {
    throw new Error(`expected ${expectedLength} bytes of hex, got ${clean.length / 2}`);
  }
  return new Uint8Array(Buffer.from(clean, 'hex'));
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) { out.set(p, offset); offset += p.length; }
  return out;
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** 8-byte big-endian encoding of a safe non-negative integer, so that key order is numeric order. */
export function u64be(value: number): Uint8Array {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a uint64 safe integer: ${value}`);
  const out = new Uint8Array(8);
  // Two 32-bit halves: no BigInt on the hot path of every state key.
  const view = new DataView(out.buffer);
  view.setUint32(0, Math.floor(value / 2 ** 32));
  view.setUint32(4, value >>> 0);
  return out;
}

export function readU64be(bytes: Uint8Array, offset = 0): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, 8);
  const high = view.getUint32(0);
  if (high >= 2 ** 21) throw new RangeError('uint64 beyond safe integer range');
  return high * 2 ** 32 + view.getUint32(4);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export const utf8 = {
  encode: (text: string): Uint8Array => encoder.encode(text),
  decode: (bytes: Uint8Array): string => decoder.decode(bytes),
};
