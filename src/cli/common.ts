// Options shared by the commands that talk to a node or sign txs.
import { existsSync, readFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { fromHex } from '../chain/bytes.ts';
import { parseAccount } from '../chain/keys.ts';

export const DEFAULT_RPC = 'http://127.0.0.1:4601';

/** Checks --rpc (or ACKCHAIN_RPC) once for every command, so "localhost:4601" is not taken for a node that is down. */
function parseRpcUrl(value: string): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) throw new InvalidArgumentError(`--rpc needs a scheme: http://${value}`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError('--rpc must be a URL like http://127.0.0.1:4601');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidArgumentError(`--rpc must use http or https, not ${url.protocol.slice(0, -1)}`);
  return value;
}

/** A contract given on the command line: its address (64 hex characters), or "default" (empty). */
export function contractArg(value: string): Uint8Array {
  if (value === 'default') return new Uint8Array(0);
  if (/^(0x)?[0-9a-fA-F]{64}$/.test(value)) return fromHex(value.replace(/^0x/, ''), 32);
  throw new InvalidArgumentError(`"${value}" is neither a contract address (64 hex characters, as \`contract deploy\` prints) nor "default"`);
}

/**
 * An account given on the command line: 64 hex characters, or a key file whose public key is
 * taken (the private key in it is not read).
 */
export function accountArg(value: string): Uint8Array {
  if (/^(0x)?[0-9a-fA-F]{64}$/.test(value)) return parseAccount(value);
  if (existsSync(value)) {
    let publicKey: unknown;
    try {
      publicKey = (JSON.parse(readFileSync(value, 'utf8')) as { publicKey?: unknown }).publicKey;
    } catch (e) {
      throw new InvalidArgumentError(`${value}: not a key file (${(e as Error).message})`);
    }
    if (typeof publicKey === 'string' && /^[0-9a-f]{64}$/i.test(publicKey)) return parseAccount(publicKey);
    throw new InvalidArgumentError(`${value}: not a key file with a "publicKey" of 64 hex characters`);
  }
  if (/[/\\]|\.json$/i.test(value)) throw new InvalidArgumentError(`no such key file: ${value}`);
  const bad = /[^0-9a-fA-F]/.exec(value.replace(/^0x/, ''));
  const why = bad ? `"${bad[0]}" is not a hex digit` : `${value.length} hex characters, not 64`;
  throw new InvalidArgumentError(`"${value}" is neither a public key (${why}) nor a key file`);
}

export function rpcCommand(name: string, description: string): Command {
  return new Command(name)
    .description(description)
    .addOption(new Option('--rpc <url>', 'the node\'s JSON-RPC address').env('ACKCHAIN_RPC').default(DEFAULT_RPC).argParser(parseRpcUrl))
    .option('--json', 'print JSON instead of text');
}

export function txCommand(name: string, description: string): Command {
  return rpcCommand(name, description)
    .requiredOption('--key <file>', 'key file that signs the tx')
    .option('--memo <text>', 'free text stored with the tx')
    .addOption(new Option('--ttl <ms>', 'how long the signed tx stays valid').default('300000'));
}

/** Runs an action, printing a failure as one line on stderr with exit code 1. */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (e) {
      process.stderr.write(`error: ${(e as Error).message}\n`);
      process.exitCode = 1;
    }
  };
}
