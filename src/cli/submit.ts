// Signing a tx body with a local key file and sending it to a node, waiting for its commit.
import { toHex } from '../chain/bytes.ts';
import { readKeyFile } from '../chain/keys.ts';
import { signTx, type TxBodyInput } from '../chain/tx.ts';
import { printJson } from './output.ts';
import { RpcClient } from './rpc-client.ts';

export interface TxCommandOptions {
  key: string;
  rpc: string;
  json?: boolean;
  memo?: string;
  ttl: string;
}

export interface CommittedReceipt {
  hash: string;
  height: number;
  receipt: { code: number; code_name: string; log: string; events: { type: string; attributes: Record<string, string> }[] };
}

export type TxPayload = Omit<TxBodyInput, 'chainId' | 'expiresAtMs' | 'memo'>;

/**
 * Signs `payload` with the --key file and submits it with wait "committed"; returns the node's
 * answer (a failed tx too: its receipt says why). Throws what the RPC call throws.
 */
export async function sendTx(options: TxCommandOptions, payload: TxPayload, rpc = new RpcClient(options.rpc)): Promise<CommittedReceipt> {
  const keys = readKeyFile(options.key);
  const ttlMs = Number(options.ttl);
  if (!Number.isSafeInteger(ttlMs) || ttlMs <= 0) throw new Error('--ttl must be a positive number of milliseconds');
  const status = await rpc.call<{ chain_id: string; latest_block_time_ms: number }>('node_status');
  const now = Math.max(Date.now(), status.latest_block_time_ms);
  // signed_at_ms is what a device's tx must carry to be fresh; for any other key it is only a record.
  const tx = signTx({ chainId: status.chain_id, expiresAtMs: now + ttlMs, memo: options.memo ?? '', signedAtMs: Date.now(), ...payload }, keys);
  return rpc.call<CommittedReceipt>('tx_submit', { tx: toHex(tx), wait: 'committed' });
}

/** Signs `payload` and submits it with wait "committed"; exits 1 when the tx failed. */
export async function submitTx(options: TxCommandOptions, payload: TxPayload, describe: (r: CommittedReceipt) => string): Promise<void> {
  const result = await sendTx(options, payload);
  if (options.json) printJson(result);
  if (result.receipt.code !== 0) {
    if (!options.json) process.stderr.write(`tx ${result.hash} failed at height ${result.height}: ${result.receipt.log} (${result.receipt.code_name})\n`);
    process.exitCode = 1;
    return;
  }
  if (!options.json) process.stdout.write(`${describe(result)}\n  tx ${result.hash} committed at height ${result.height}\n`);
}

export function eventAttribute(r: CommittedReceipt, type: string, key: string): string | undefined {
  return r.receipt.events.find((e) => e.type === type)?.attributes[key];
}
