// The node's libp2p identity and the network's pre-shared key.
//
// The node key is an Ed25519 key pair of its own, distinct from the validator key, kept in the same
// JSON key file format (chain/keys.ts); its peer id (12D3KooW...) is what genesis validators'
// `peer_id` and the allowlist name. The network key is the pnet swarm key file:
// "/key/swarm/psk/1.0.0/\n/base16/\n" followed by 64 hex characters (32 bytes).
import { randomBytes } from 'node:crypto';
import { generateKeyPairFromSeed } from '@libp2p/crypto/keys';
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id';
import type { PeerId, PrivateKey } from '@libp2p/interface';
import { fromHex, toHex } from '../chain/bytes.ts';
import type { KeyPair } from '../chain/keys.ts';

/** The libp2p private key of a node key pair (its 32-byte seed). */
export async function libp2pPrivateKey(nodeKey: KeyPair): Promise<PrivateKey> {
  if (nodeKey.privateKey.length !== 32) throw new Error('node key: the private key must be a 32-byte Ed25519 seed');
  return generateKeyPairFromSeed('Ed25519', nodeKey.privateKey);
}

/** The peer id (base58btc, "12D3KooW...") of a node key pair. */
export async function peerIdOf(nodeKey: KeyPair): Promise<string> {
  return peerIdFromPrivateKey(await libp2pPrivateKey(nodeKey)).toString();
}

/** Parses a peer id as written in genesis or config; throws with `what` on anything else. */
export function parsePeerId(text: string, what = 'peer id'): PeerId {
  try {
    return peerIdFromString(text);
  } catch (e) {
    throw new Error(`${what}: "${text}" is not a libp2p peer id (${(e as Error).message})`);
  }
}

const PSK_HEADER = '/key/swarm/psk/1.0.0/';
const PSK_CODEC = '/base16/';
const PSK_HEX = /^[0-9a-fA-F]{64}$/;

/** The 32-byte key of a swarm key file; strict about the format (one optional trailing newline). */
export function parseNetworkKey(text: string, source = 'network key'): Uint8Array {
  const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
  if (lines.length !== 3 || lines[0] !== PSK_HEADER || lines[1] !== PSK_CODEC || !PSK_HEX.test(lines[2])) {
    throw new Error(`${source}: expected "${PSK_HEADER}", "${PSK_CODEC}" and 64 hex characters on three lines`);
  }
  return fromHex(lines[2].toLowerCase(), 32);
}

/** The swarm key file for a 32-byte key (the format @libp2p/pnet and go-libp2p read). */
export function formatNetworkKey(key: Uint8Array): string {
  if (key.length !== 32) throw new Error('network key: must be 32 bytes');
  return `${PSK_HEADER}\n${PSK_CODEC}\n${toHex(key)}\n`;
}

/** A new random 32-byte network key. */
export function generateNetworkKey(): Uint8Array {
  return new Uint8Array(randomBytes(32));
}
