// Key layout of the one LevelDB database. Each repository owns one prefix byte; numbers in keys
// are 8-byte big-endian so that range scans come out in numeric order.
import { concatBytes, u64be, utf8 } from '../chain/bytes.ts';

const prefix = (c: string): Uint8Array => utf8.encode(c);

export const PREFIX = {
  block: prefix('b'),       // b | height -> encoded Block
  blockHash: prefix('h'),   // h | block hash -> height
  commit: prefix('c'),      // c | height -> encoded Commit that committed that height
  beginBlock: prefix('e'),  // e | height -> encoded Receipt of that block's begin-block step
  tx: prefix('t'),          // t | tx hash -> encoded TxLocation
  meta: prefix('m'),        // m | name -> value
  state: prefix('s'),       // s | application key -> value (state/ defines the keys)
} as const;

export const blockKey = (height: number): Uint8Array => concatBytes(PREFIX.block, u64be(height));
export const blockHashKey = (hash: Uint8Array): Uint8Array => concatBytes(PREFIX.blockHash, hash);
export const commitKey = (height: number): Uint8Array => concatBytes(PREFIX.commit, u64be(height));
export const beginBlockKey = (height: number): Uint8Array => concatBytes(PREFIX.beginBlock, u64be(height));
export const txKey = (hash: Uint8Array): Uint8Array => concatBytes(PREFIX.tx, hash);
export const metaKey = (name: string): Uint8Array => concatBytes(PREFIX.meta, utf8.encode(name));
export const stateKey = (key: Uint8Array): Uint8Array => concatBytes(PREFIX.state, key);

