// The JSON-RPC methods a node serves. Each reads named params, answers from committed state or
// the node, and maps failures to the codes in errors.ts (documented in docs/rpc.md).
import { JSONRPCErrorException } from 'json-rpc-2.0';
import { readU64be, toHex } from '../chain/bytes.ts';
import { decodeBlock } from '../chain/block.ts';
import { decode } from '../chain/codec.ts';
import { Code, Rejection } from '../chain/codes.ts';
import { genesisToJson } from '../chain/genesis.ts';
import { inclusionProof, merkleRoot } from '../chain/merkle.ts';
import { txHash } from '../chain/tx.ts';
import type { AckchainNode } from '../node/node.ts';
import { CommitTimeoutError } from '../node/api.ts';
import { getAlert, parseAlertId, parseSeverity, parseStatus } from '../state/alerts.ts';
import { stateKeys } from '../state/keys.ts';
import { alertHistory, listAlerts, listTeams } from '../state/queries.ts';
import { getContract } from '../state/contracts.ts';
import { getTeam } from '../state/teams.ts';
import { invalidParams, notFound, RpcCode, txRejected } from './errors.ts';
import { Params } from './params.ts';
import { alertView, commitView, historyView, messageJson, receiptView, teamView, txView, type JsonValue } from './views.ts';

export const VERSION = '0.1.0';

export type Method = (params: Params) => Promise<JsonValue>;

async function blockAt(node: AckchainNode, p: Params) {
  const hash = p.hex('hash', 32, true);
  let height = p.uint('height', true);
  p.done();
  if (hash !== undefined && height !== undefined) throw invalidParams('give "height" or "hash", not both');
  if (hash !== undefined) {
    height = await node.store.heightOfBlock(hash);
    if (height === undefined) throw notFound(`no block with hash ${toHex(hash)}`);
  }
  height ??= node.head.height;
  const bytes = height === 0 ? undefined : await node.store.getBlock(height);
  if (bytes === undefined) throw notFound(`no block at height ${height} (latest is ${node.head.height})`);
  return decodeBlock(bytes);
}

/** An alert named by "id" ("payments-42"), by "team" and "number", or by "team" and "dedup_key" (the open one). */
async function alertRef(node: AckchainNode, p: Params): Promise<{ team: string; number: number }> {
  const id = p.string('id', true);
  const team = p.string('team', true);
  const number = p.uint('number', true);
  const dedupKey = p.string('dedup_key', true);
  if (id !== undefined) {
    if (team !== undefined || number !== undefined || dedupKey !== undefined) throw invalidParams('give "id" alone, or "team" with "number" or "dedup_key"');
    const parsed = parseAlertId(id);
    if (parsed === undefined) throw invalidParams(`"id" must look like "<team>-<number>", got "${id}"`);
    return parsed;
  }
  if (team === undefined || (number === undefined) === (dedupKey === undefined)) {
    throw invalidParams('give "id", or "team" with exactly one of "number" or "dedup_key"');
  }
  if (number !== undefined) return { team, number };
  const open = await node.store.getState(stateKeys.openDedup(team, dedupKey!));
  if (open === undefined) throw notFound(`team "${team}" has no open alert with dedup key "${dedupKey}"`);
  return { team, number: readU64be(open) };
}

async function requireAlert(node: AckchainNode, ref: { team: string; number: number }) {
  const alert = await getAlert(node.store, ref.team, ref.number);
  if (alert === undefined) throw notFound(`no alert ${ref.team}-${ref.number}`);
  return alert;
}

async function txLocation(node: AckchainNode, hash: Uint8Array) {
  const bytes = await node.store.getTxLocation(hash);
  if (bytes === undefined) {
    const pending = node.mempool.has(hash) ? ' (it is in the mempool, not yet committed)' : '';
    throw notFound(`no committed tx ${toHex(hash)}${pending}`);
  }
  const location = decode.txLocation(bytes);
  const block = decodeBlock((await node.store.getBlock(location.height))!);
  return { location, block, txBytes: block.txs[location.index] };
}

export function methods(node: AckchainNode): Record<string, Method> {
  return {
    async node_status(p) {
      p.done();
      const head = node.head;
      return {
        node: { moniker: node.config.moniker, version: VERSION, validator: toHex(node.validatorKey.publicKey) },
        chain_id: node.genesis.genesis.chainId, genesis_hash: toHex(node.genesis.hash),
        latest_height: head.height, latest_block_hash: toHex(head.blockHash), latest_block_time_ms: head.timeMs,
        state_root: toHex(head.stateRoot), mempool: { txs: node.mempool.size, bytes: node.mempool.bytes },
      };
    },

    async node_health(p) {
      p.done();
      return health(node);
    },

    async chain_getGenesis(p) {
      p.done();
      return { hash: toHex(node.genesis.hash), genesis: genesisToJson(node.genesis.genesis) as JsonValue };
    },

    async chain_getBlock(p) {
      const b = await blockAt(node, p);
      return {
        hash: toHex(b.hash), size: b.bytes.length, header: messageJson(b.header),
        txs: b.txs.map((t) => toHex(txHash(t))), last_commit: b.lastCommit.length === 0 ? null : commitView(b.lastCommit),
      };
    },

    async chain_getCommit(p) {
      const height = p.uint('height', true) ?? node.head.height;
      p.done();
      const commit = height === 0 ? undefined : await node.store.getCommit(height);
      if (commit === undefined) throw notFound(`no commit for height ${height} (latest is ${node.head.height})`);
      return commitView(commit);
    },

    async chain_getValidators(p) {
      const height = p.uint('height', true) ?? node.head.height;
      p.done();
      if (height > node.head.height) throw notFound(`height ${height} is beyond the latest (${node.head.height})`);
      const validators = node.genesis.genesis.validators.map((v) => ({
        team: v.team ?? '', public_key: toHex(v.publicKey ?? new Uint8Array()), power: v.power ?? 0, peer_id: v.peerId ?? '',
      }));
      return { height, validators, total_power: validators.reduce((s, v) => s + v.power, 0) };
    },

    async tx_submit(p) {
      const bytes = p.hex('tx');
      const wait = p.oneOf('wait', ['accepted', 'committed'] as const, 'accepted');
      p.done();
      const hash = toHex(txHash(bytes));
      try {
        await node.submitTx(bytes);
      } catch (e) {
        // Resending a tx after a commit timeout is safe: with wait "committed" a duplicate is
        // answered with its receipt once it is (or as soon as it gets) committed.
        const retry = e instanceof Rejection && e.code === Code.duplicate && wait === 'committed';
        if (!retry) throw e instanceof Rejection ? txRejected(e, hash) : e;
      }
      if (wait === 'accepted') return { hash, status: 'accepted' } as JsonValue;
      try {
        const c = await node.waitForCommit(txHash(bytes), node.config.rpc.commitTimeoutMs);
        return { hash, status: 'committed', height: c.height, index: c.index, receipt: receiptView(c.receipt) };
      } catch (e) {
        if (e instanceof CommitTimeoutError) throw new JSONRPCErrorException(e.message, RpcCode.commitTimeout, { hash });
        throw e;
      }
    },

    async tx_get(p) {
      const hash = p.hex('hash', 32);
      p.done();
      const { location, block, txBytes } = await txLocation(node, hash);
      return {
        hash: toHex(hash), height: location.height, index: location.index, block_hash: toHex(block.hash), time_ms: block.header.timeMs,
        tx: txView(txBytes), raw: toHex(txBytes), receipt: receiptView(decode.receipt(location.receipt)),
      };
    },

    async tx_getProof(p) {
      const hash = p.hex('hash', 32);
      p.done();
      const { location, block, txBytes } = await txLocation(node, hash);
      const receipts: Uint8Array[] = [];
      for (const t of block.txs) receipts.push(decode.txLocation((await node.store.getTxLocation(txHash(t)))!).receipt);
      const proofJson = (leaves: Uint8Array[]) => {
        const proof = inclusionProof(leaves, location.index);
        return { index: proof.index, tree_size: proof.treeSize, path: proof.path.map(toHex), root: toHex(merkleRoot(leaves)) };
      };
      return {
        hash: toHex(hash), height: location.height, block_hash: toHex(block.hash), header: toHex(block.headerBytes),
        tx: toHex(txBytes), tx_proof: proofJson(block.txs),
        receipt: toHex(location.receipt), receipt_proof: proofJson(receipts),
      };
    },

    async team_get(p) {
      const id = p.string('id');
      p.done();
      const team = await getTeam(node.store, id);
      if (team === undefined) throw notFound(`no team "${id}"`);
      return teamView(team);
    },

    async team_list(p) {
      p.done();
      return { teams: (await listTeams(node.store)).map(teamView) };
    },

    async alert_get(p) {
      const ref = await alertRef(node, p);
      p.done();
      return alertView(await requireAlert(node, ref));
    },

    async alert_list(p) {
      const team = p.string('team', true);
      const statusName = p.string('status', true);
      const severityName = p.string('severity', true);
      const status = statusName === undefined ? undefined : parseStatus(statusName);
      const severity = severityName === undefined ? undefined : parseSeverity(severityName);
      if (statusName !== undefined && status === undefined) throw invalidParams('"status" must be triggered, acknowledged or resolved');
      if (severityName !== undefined && severity === undefined) throw invalidParams('"severity" must be critical, error, warning or info');
      const limit = p.uint('limit', true) ?? 50;
      if (limit < 1 || limit > 500) throw invalidParams('"limit" must be 1 to 500');
      const filter = { team, status, severity, sinceMs: p.uint('since_ms', true), untilMs: p.uint('until_ms', true), cursor: p.uint('cursor', true), limit };
      p.done();
      const page = await listAlerts(node.store, filter);
      return { alerts: page.alerts.map(alertView), next_cursor: page.nextCursor ?? null };
    },

    async contract_get(p) {
      const address = p.hex('address', 32);
      p.done();
      const contract = await getContract(node.store, address);
      if (contract === undefined) throw notFound(`no contract at ${toHex(address)}`);
      return {
        address: toHex(address), name: contract.name, code: toHex(contract.code),
        deployer: contract.deployer.length === 0 ? null : toHex(contract.deployer), deployed_height: contract.deployedHeight,
      };
    },

    async alert_history(p) {
      const ref = await alertRef(node, p);
      p.done();
      const alert = await requireAlert(node, ref);
      return { alert: alertView(alert), entries: (await alertHistory(node.store, ref.team, ref.number, { from: 0, limit: 10_000 })).entries.map(historyView) };
    },
  };
}

/** Healthy while blocks keep coming: the newest is at most a few empty-block intervals old. */
export function health(node: AckchainNode): { healthy: boolean; height: number; last_block_age_ms: number } {
  const age = Math.max(0, Date.now() - node.head.timeMs);
  const limit = Math.max(5000, node.genesis.params.emptyBlockIntervalMs * 5);
  const booting = node.head.height === 0 && Date.now() - node.startedAtMs < limit;
  return { healthy: booting || age <= limit, height: node.head.height, last_block_age_ms: age };
}
