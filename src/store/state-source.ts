// How the application reads committed state. ChainStore implements it over LevelDB;
// tests may use an in-memory one.
export interface StateRange {
  gte: Uint8Array;
  lt: Uint8Array;
  reverse?: boolean;
  limit?: number;
}

export interface StateSource {
  getState(key: Uint8Array): Promise<Uint8Array | undefined>;
  getStates(keys: readonly Uint8Array[]): Promise<(Uint8Array | undefined)[]>;
  stateRange(range: StateRange): AsyncIterable<[Uint8Array, Uint8Array]>;
}

/** The smallest key greater than every key that starts with `prefix`. */
export function prefixEnd(prefix: Uint8Array): Uint8Array {
  const end = Uint8Array.from(prefix);
  for (let i = end.length - 1; i >= 0; i--) {
    if (end[i] < 0xff) { end[i]++; return end.subarray(0, i + 1); }
  }
  throw new RangeError('a prefix of only 0xff bytes has no end');
}

export function prefixRange(prefix: Uint8Array, options: { reverse?: boolean; limit?: number } = {}): StateRange {
  return { gte: prefix, lt: prefixEnd(prefix), ...options };
}
