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
  consensus?: { height: number; round: number; step: string; joined?: boolean } | null;
  last_signed?: { height: number; round: number; step: string } | null;
  commits?: { heights: number; rounds_per_height: number; heights_past_round_0: number; missed_blocks: { team: string; missed: number }[] };
}

function formatConsensus(c: NonNullable<NodeStatus['consensus']>): string {
  if (c.joined === false) return `height ${c.height}, not joined: waiting for block sync to hear from a peer (no signer state yet)`;
  return `height ${c.height}, round ${c.round}, ${c.step}`;
}

function formatCommits(c: NonNullable<NodeStatus['commits']>): string {
  if (c.heights === 0) return 'none read yet';
  const missed = c.missed_blocks.filter((m) => m.missed > 0).map((m) => `${m.team} ${m.missed}`).join(', ');
  return `${c.heights} heights, ${c.rounds_per_height} rounds per height, ${c.heights_past_round_0} past round 0; missed: ${missed === '' ? 'none' : missed}`;
}

function formatStatus(s: NodeStatus): string {
  return table([
    ['chain id', s.chain_id],
    ['height', String(s.latest_height)],
    ['last block', formatTime(s.latest_block_time_ms)],
    ['block age', s.last_block_age_ms === undefined ? '-' : formatDuration(s.last_block_age_ms)],
    ['validator', s.node.validator ?? 'not a validator'],
    ['peers', s.peers === undefined ? '-' : String(s.peers)],
    ['consensus', s.consensus ? formatConsensus(s.consensus) : '-'],
    ['last signed', s.last_signed ? `height ${s.last_signed.height}, round ${s.last_signed.round}, ${s.last_signed.step}` : '-'],
    ['commits', s.commits ? formatCommits(s.commits) : '-'],
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
