// A memo in front of Node's Ed25519 verification, installed while simulations run: the nodes of a
// simulated network verify the same votes again and again (each node on receipt, then in every
// commit and last_commit it checks), and a verification costs as much as all the rest of a vote's
// handling. `crypto.verify` is a pure function of (key, message, signature), so answering a
// repeated question from the memo changes no answer; the chain's verification predicate
// (src/chain/signature.ts, with its byte checks before OpenSSL) runs unchanged around it. The
// memo is keyed by the key object (signature.ts caches one per public key) and the exact bytes of
// message and signature. Installed with syncBuiltinESMExports, so the `verify` binding that
// signature.ts imported from node:crypto sees it; removed the same way when the last run ends.
import crypto, { type KeyObject } from 'node:crypto';
import { syncBuiltinESMExports } from 'node:module';

const original = crypto.verify;
let users = 0;
let memo = new WeakMap<object, Map<string, boolean>>();
let entries = 0;
const MAX_ENTRIES = 200_000;

const latin1 = (b: NodeJS.ArrayBufferView): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');

function memoized(this: unknown, ...args: Parameters<typeof crypto.verify>): boolean {
  const [algorithm, data, key, signature, callback] = args as unknown as [string | null, NodeJS.ArrayBufferView, KeyObject, NodeJS.ArrayBufferView, unknown];
  if (algorithm !== null || callback !== undefined || typeof key !== 'object' || key === null || !ArrayBuffer.isView(data) || !ArrayBuffer.isView(signature)) {
    return (original as (...a: unknown[]) => boolean).apply(this, args);
  }
  let byKey = memo.get(key);
  if (byKey === undefined) memo.set(key, byKey = new Map());
  const id = latin1(signature) + latin1(data);
  const known = byKey.get(id);
  if (known !== undefined) return known;
  const answer = original(null, data, key, signature);
  if (entries >= MAX_ENTRIES) {
    memo = new WeakMap();
    entries = 0;
  }
  byKey.set(id, answer);
  entries++;
  return answer;
}

/** Installs the memo (counted: the last `uninstall` removes it). */
export function installVerifyCache(): () => void {
  if (users++ === 0) {
    (crypto as { verify: unknown }).verify = memoized;
    syncBuiltinESMExports();
  }
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (--users === 0) {
      (crypto as { verify: unknown }).verify = original;
      syncBuiltinESMExports();
      memo = new WeakMap();
      entries = 0;
    }
  };
}
