// A device registration's proof of possession: the device key signs what it is registered for,
// so that nobody can register another account's key as a device of theirs (a key once registered
// never becomes a team's account).
import { concatBytes, u64be, utf8 } from './bytes.ts';
import { sign } from './keys.ts';
import { verify } from './signature.ts';

export interface DeviceClaim {
  chainId: string;
  owner: Uint8Array;
  key: Uint8Array;
  notifyKey: Uint8Array;
  expiresAtMs: number;
}

/** What the device key signs: every field of the registration, the chain id length-prefixed. */
function claimBytes(c: DeviceClaim): Uint8Array {
  const chain = utf8.encode(c.chainId);
  return concatBytes(u64be(chain.length), chain, c.owner, c.key, c.notifyKey, u64be(c.expiresAtMs));
}

export function signDeviceClaim(claim: DeviceClaim, devicePrivateKey: Uint8Array): Uint8Array {
  return sign('device', claimBytes(claim), devicePrivateKey);
}

export function verifyDeviceClaim(claim: DeviceClaim, proof: Uint8Array): boolean {
  return verify('device', claim.key, claimBytes(claim), proof);
}
