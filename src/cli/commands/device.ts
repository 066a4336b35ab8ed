// ackchain device register|revoke|list: a member's personal devices (phone, watch), each with an
// Ed25519 key of its own that acknowledges and resolves for the member (alert ack --key DEVICE),
// and an X25519 key to which notifications are encrypted.
import { generateKeyPairSync } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Command } from 'commander';
import { fromHex, toHex } from '../../chain/bytes.ts';
import { signDeviceClaim } from '../../chain/device-proof.ts';
import { generateKeyPair, readKeyFile, writeKeyFile, type KeyPair } from '../../chain/keys.ts';
import { accountArg, action, rpcCommand, txCommand } from '../common.ts';
import { formatTime, printJson, tableTrimmed } from '../output.ts';
import { RpcClient } from '../rpc-client.ts';
import { submitTx, type TxCommandOptions } from '../submit.ts';
import { durationArg, instantArg, untilOrFor } from './oncall.ts';

const DAY = 24 * 3600_000;

/** Where a device key file's X25519 key is kept: watch.json -> watch.x25519.json. */
export function notifyKeyPath(deviceKeyFile: string): string {
  return deviceKeyFile.replace(/(\.json)?$/i, '.x25519.json');
}

interface X25519File { type: 'x25519'; publicKey: string; privateKey: string }

/** The raw 32-byte keys of a new X25519 pair (RFC 7748), from node:crypto. */
function generateX25519(): { publicKey: Uint8Array; privateKey: Uint8Array } {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  const jwk = privateKey.export({ format: 'jwk' });
  return { publicKey: Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url'), privateKey: Buffer.from(jwk.d!, 'base64url') };
}

function readX25519File(path: string): Uint8Array {
  let file: Partial<X25519File>;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as Partial<X25519File>;
  } catch (e) {
    throw new Error(`${path}: not an X25519 key file (${(e as Error).message})`);
  }
  if (file.type !== 'x25519' || typeof file.publicKey !== 'string' || !/^[0-9a-f]{64}$/i.test(file.publicKey)) {
    throw new Error(`${path}: not an X25519 key file ("type": "x25519" and a "publicKey" of 64 hex characters)`);
  }
  return fromHex(file.publicKey.toLowerCase(), 32);
}

function writeX25519File(path: string, pair: { publicKey: Uint8Array; privateKey: Uint8Array }): void {
  const file: X25519File = { type: 'x25519', publicKey: toHex(pair.publicKey), privateKey: toHex(pair.privateKey) };
  writeFileSync(path, JSON.stringify(file, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
}

/** A default file for a device's key: device-<label>.json beside the owner's key file, the label made a file name. */
function defaultKeyFile(ownerKeyFile: string, label: string): string {
  const slug = label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'key';
  return join(dirname(ownerKeyFile), `device-${slug}.json`);
}

interface DeviceJson {
  key: string; owner: string; notify_key: string; label: string; registered_at_ms: number; expires_at_ms: number;
  revoked_at_ms: number | null; revoked_by: string | null; active: boolean;
}

function deviceStatus(d: DeviceJson): string {
  if (d.revoked_at_ms !== null) return `revoked ${formatTime(d.revoked_at_ms)}`;
  return d.active ? 'active' : 'expired';
}

export function deviceCommand(): Command {
  const device = new Command('device').description('register, revoke and list personal devices that acknowledge and resolve for their owner');

  device.addCommand(txCommand('register', 'register a personal device for the --key\'s account (a team member); the device then acts with --key DEVICE-KEY-FILE')
    .requiredOption('--label <label>', 'what the device is, e.g. "pixel-8" or "watch"')
    .option('--expires <time>', 'when it stops being valid: ISO 8601 with an offset, or ms (at most 366 days ahead)', instantArg)
    .option('--for <duration>', 'or how long from now, e.g. 90d (default: 90d)', durationArg)
    .option('--device-key <file>', 'the device\'s Ed25519 key file; made (mode 0600) when it does not exist (default: device-<label>.json beside the --key file)')
    .option('--notify-key <hex>', 'the device\'s X25519 public key for notifications (default: read from, or made in, <device-key>.x25519.json)')
    .addHelpText('after', `
Copy the device key file (and its .x25519.json) to the device; it then acknowledges for you:
  npx ackchain alert ack payments-1 --key device-watch.json`)
    .action(action(async (o: TxCommandOptions & { label: string; expires?: number; for?: number; deviceKey?: string; notifyKey?: string }) => {
      const expiresAtMs = untilOrFor({ until: o.expires, for: o.for }, ['--expires', '--for'], 90 * DAY);
      if (o.notifyKey !== undefined && !/^(0x)?[0-9a-fA-F]{64}$/.test(o.notifyKey)) throw new Error('--notify-key must be 64 hex characters (a 32-byte X25519 public key)');
      const owner = readKeyFile(o.key);
      const file = o.deviceKey ?? defaultKeyFile(o.key, o.label);
      const made: string[] = [];
      let pair: KeyPair;
      if (existsSync(file)) pair = readKeyFile(file);
      else {
        pair = generateKeyPair();
        writeKeyFile(file, pair);
        made.push(file);
      }
      if (toHex(pair.publicKey) === toHex(owner.publicKey)) throw new Error(`${file} is the --key itself; a device needs a key of its own`);
      let notifyKey: Uint8Array;
      if (o.notifyKey !== undefined) notifyKey = fromHex(o.notifyKey.replace(/^0x/, '').toLowerCase(), 32);
      else {
        const path = notifyKeyPath(file);
        if (existsSync(path)) notifyKey = readX25519File(path);
        else {
          const x = generateX25519();
          writeX25519File(path, x);
          made.push(path);
          notifyKey = x.publicKey;
        }
      }
      if (made.length && !o.json) process.stdout.write(`wrote ${made.join(' and ')} (mode 0600)\n`);
      // The device key signs what it is registered for: the chain accepts only a key its registrant holds.
      const { chain_id: chainId } = await new RpcClient(o.rpc).call<{ chain_id: string }>('node_status');
      const proof = signDeviceClaim({ chainId, owner: owner.publicKey, key: pair.publicKey, notifyKey, expiresAtMs }, pair.privateKey);
      await submitTx(o, { registerDevice: { key: pair.publicKey, notifyKey, label: o.label, expiresAtMs, proof } },
        () => `device "${o.label}" ${toHex(pair.publicKey)} registered for ${toHex(owner.publicKey)}, valid until ${formatTime(expiresAtMs)}\n`
          + `  it acknowledges for you with: npx ackchain alert ack ALERT-ID --key ${file}`);
    })));

  device.addCommand(txCommand('revoke', 'revoke a device (signed by its owner, or by an admin of a team the owner is a member of)')
    .argument('<device>', 'the device\'s public key in hex, or its key file')
    .action(action(async (deviceArg: string, o: TxCommandOptions) => {
      const key = accountArg(deviceArg);
      await submitTx(o, { revokeDevice: { key } }, () => `device ${toHex(key)} revoked`);
    })));

  device.addCommand(rpcCommand('list', 'list the devices of an account (revoked ones are left out)')
    .option('--owner <account>', 'the owner: 64 hex characters, or a key file')
    .option('--key <file>', 'or the owner\'s key file (only its public key is read)')
    .action(action(async (o: { rpc: string; json?: boolean; owner?: string; key?: string }) => {
      const ownerArg = o.owner ?? o.key;
      if (ownerArg === undefined) throw new Error('give --owner (an account or a key file), or --key');
      const owner = accountArg(ownerArg);
      const answer = await new RpcClient(o.rpc).call<{ owner: string; devices: DeviceJson[] }>('device_list', { owner: toHex(owner) });
      if (o.json) { printJson(answer); return; }
      if (answer.devices.length === 0) { process.stdout.write(`${answer.owner} has no devices\n`); return; }
      process.stdout.write(tableTrimmed([['LABEL', 'STATUS', 'REGISTERED', 'EXPIRES', 'KEY'],
        ...answer.devices.map((d) => [d.label, deviceStatus(d), formatTime(d.registered_at_ms), formatTime(d.expires_at_ms), d.key])]) + '\n');
    })));

  return device;
}
