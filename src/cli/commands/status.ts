// ackchain status: who the node is and where its chain stands, like CometBFT's `status`.
import { Command } from 'commander';
import { action, rpcCommand } from '../common.ts';
import { formatDuration, formatTime, printJson, table } from '../output.ts';
import { RpcClient } from '../rpc-client.ts';

/** The node_status result. An older node may lack the optional keys; they print as "-". */
interface NodeStatus {
  node: { moniker: string; version: string; validator: string | null; started_at_ms?: number };
  chain_id: string;
  genesis_hash: string;
  latest_height: number;
  latest_block_hash: string;
  latest_block_time_ms: number;
  state_root: string;
  mempool?: { txs: number; bytes: number };
  peers?: number;
  last_block_age_ms?: number;
  consensus?: { height: number; round: number; step: string } | null;
}

function formatStatus(s: NodeStatus): string {
  return table([
    ['chain id', s.chain_id],
    ['height', String(s.latest_height)],
    ['last block', formatTime(s.latest_block_time_ms)],
    ['block age', s.last_block_age_ms === undefined ? '-' : formatDuration(s.last_block_age_ms)],
    ['validator', s.node.validator ?? 'not a validator'],
    ['peers', s.peers === undefined ? '-' : String(s.peers)],
    ['consensus', s.consensus ? `height ${s.consensus.height}, round ${s.consensus.round}, ${s.consensus.step}` : '-'],
    ['mempool', s.mempool ? `${s.mempool.txs} txs, ${s.mempool.bytes} bytes` : '-'],
    ['moniker', s.node.moniker],
    ['version', s.node.version],
  ]);
}

export function statusCommand(): Command {
  return rpcCommand('status', 'show the node: chain, height, last block and its age, validator key, peers, consensus round and step, mempool')
    .action(action(async (o: { rpc: string; json?: boolean }) => {
      const status = await new RpcClient(o.rpc).call<NodeStatus>('node_status');
      if (o.json) printJson(status);
      else process.stdout.write(formatStatus(status) + '\n');
    }));
}
