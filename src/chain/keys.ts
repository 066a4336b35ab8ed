// Ed25519 key pairs and key files. An account is its 32-byte public key, shown as lowercase hex.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { ed25519 } from '@noble/curves/ed25519.js';
import { fromHex, toHex } from './bytes.ts';
import { PUBLIC_KEY_BYTES, signedMessage, type Domain } from './signature.ts';

export interface KeyPair {
  publicKey: Uint8Array;
  /** The 32-byte RFC 8032 secret seed. */
  privateKey: Uint8Array;
}

export function generateKeyPair(): KeyPair {
  const privateKey = ed25519.utils.randomSecretKey();
  return { privateKey, publicKey: ed25519.getPublicKey(privateKey) };
}

export function keyPairFromPrivate(privateKey: Uint8Array): KeyPair {
  return { privateKey, publicKey: ed25519.getPublicKey(privateKey) };
}

export function sign(domain: Domain, payload: Uint8Array, privateKey: Uint8Array): Uint8Array {
  return ed25519.sign(signedMessage(domain, payload), privateKey);
}

interface KeyFile { type: 'ed25519'; publicKey: string; privateKey: string }

export function keyFileJson(keys: KeyPair): string {
  const file: KeyFile = { type: 'ed25519', publicKey: toHex(keys.publicKey), privateKey: toHex(keys.privateKey) };
  return JSON.stringify(file, null, 2) + '\n';
}

/** Writes a key file readable by its owner only (mode 0600). */
export function writeKeyFile(path: string, keys: KeyPair): void {
  writeFileSync(path, keyFileJson(keys), { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
}

export function parseKeyFile(text: string, source = 'key file'): KeyPair {
  let file: Partial<KeyFile>;
  try {
    file = JSON.parse(text) as Partial<KeyFile>;
  } catch (e) {
    throw new Error(`${source}: not JSON (${(e as Error).message})`);
  }
  if (file?.type !== 'ed25519') throw new Error(`${source}: "type" must be "ed25519"`);
  if (typeof file.privateKey !== 'string' || typeof file.publicKey !== 'string') {
    throw new Error(`${source}: "publicKey" and "privateKey" must be hex strings`);
  }
  let keys: KeyPair;
  try {
    keys = keyPairFromPrivate(fromHex(file.privateKey, 32));
  } catch (e) {
    throw new Error(`${source}: privateKey: ${(e as Error).message}`);
  }
  if (toHex(keys.publicKey) !== file.publicKey.toLowerCase()) throw new Error(`${source}: publicKey does not match privateKey`);
  return keys;
}

export function readKeyFile(path: string): KeyPair {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`cannot read key file ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return parseKeyFile(text, path);
}

/** Parses an account (public key) given as hex. */
export function parseAccount(text: string): Uint8Array {
  return fromHex(text, PUBLIC_KEY_BYTES);
}
