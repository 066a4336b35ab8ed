// The JSON-RPC methods a node serves. Each reads named params, answers through NodeApi from the
// committed chain and state, and maps failures to the codes in errors.ts (documented in
// docs/rpc.md). Every list a method returns is bounded: by a page size, or by a chain parameter.
import { JSONRPCErrorException } from 'json-rpc-2.0';
import { toHex } from '../chain/bytes.ts';
import type { DecodedBlock } from '../chain/block.ts';
import { decode, type ackchain } from '../chain/codec.ts';
import { Code, Rejection } from '../chain/codes.ts';
import { EVIDENCE_ID_BYTES, evidenceFacts, type EvidenceFacts } from '../chain/evidence.ts';
import { genesisToJson, isSlug } from '../chain/genesis.ts';
import { inclusionProof, merkleRoot } from '../chain/merkle.ts';
import { txHash } from '../chain/tx.ts';
import { CommitTimeoutError, type CommittedTxRecord, type NodeApi } from '../node/api.ts';
import { parseAlertId, parseSeverity, parseStatus } from '../state/alert-records.ts';
import type { CallContext } from './batch.ts';
import { echo, invalidParams, notFound, RpcCode, txRejected } from './errors.ts';
import { oncallMethods } from './oncall-methods.ts';
import { findTeam } from './find.ts';
import { Params } from './params.ts';
import {
  alertView, commitView, evidenceView, healthView, peerView, historyView, messageJson, receiptView, statusView, teamView, txView, validatorView,
  type JsonValue,
} from './views.ts';

export const VERSION = '0.1.0';

export type Method = (params: Params, call: CallContext) => Promise<JsonValue>;

const latestHeight = (node: NodeApi): number => node.status().height;

async function blockAt(node: NodeApi, p: Params): Promise<DecodedBlock> {
  const hash = p.hex('hash', 32, true);
  const height = p.uint('height', true);
  p.done();
  if (hash !== undefined && height !== undefined) throw invalidParams('give "height" or "hash", not both');
  if (hash !== undefined) {
    const block = await node.getBlock({ hash });
    if (block === undefined) throw notFound(`no block with hash ${toHex(hash)}`);
    return block;
  }
  const latest = latestHeight(node);
  const block = await node.getBlock({ height: height ?? latest });
  if (block === undefined) throw notFound(`no block at height ${height ?? latest} (latest is ${latest})`);
  return block;
}

/** `team` is a slug, checked by readAlertRef: error messages quote it whole. */
type AlertRef = { team: string; number: number } | { team: string; dedupKey: string };

/** An alert named by "id" ("payments-42"), by "team" and "number", or by "team" and "dedup_key" (the open one). */
function readAlertRef(p: Params): AlertRef {
  const id = p.string('id', true);
  const team = p.team('team', true);
  const number = p.uint('number', true);
  const dedupKey = p.string('dedup_key', true);
  if (id !== undefined) {
    if (team !== undefined || number !== undefined || dedupKey !== undefined) throw invalidParams('give "id" alone, or "team" with "number" or "dedup_key"');
    const parsed = parseAlertId(id);
    if (parsed === undefined || !isSlug(parsed.team)) throw invalidParams(`"id" must look like "<team>-<number>", got "${echo(id)}"`);
    return parsed;
  }
  if (team === undefined || (number === undefined) === (dedupKey === undefined)) {
    throw invalidParams('give "id", or "team" with exactly one of "number" or "dedup_key"');
  }
  return number !== undefined ? { team, number } : { team, dedupKey: dedupKey! };
}

async function findAlert(node: NodeApi, ref: AlertRef): Promise<ackchain.Alert> {
  let number: number | undefined;
  if ('number' in ref) number = ref.number;
  else {
    number = await node.findOpenAlert(ref.team, ref.dedupKey);
    if (number === undefined) throw notFound(`team "${ref.team}" has no open alert with dedup key "${echo(ref.dedupKey)}"`);
  }
  const alert = await node.getAlert(ref.team, number);
  if (alert === undefined) throw notFound(`no alert ${ref.team}-${number}`);
  return alert;
}

/** Committed evidence as the RPC shows it, with the team of its validator in the set of the evidence's height. */
async function evidenceJson(node: NodeApi, e: EvidenceFacts & { bytes: Uint8Array }, includedHeight: number): Promise<JsonValue> {
  const set = await node.getValidators(e.height);
  const team = set?.validators.find((v) => toHex(v.publicKey) === toHex(e.validator))?.team ?? null;
  return evidenceView(e, team, includedHeight);
}

async function committedTx(node: NodeApi, hash: Uint8Array): Promise<CommittedTxRecord> {
  const tx = await node.getTx(hash);
  if (tx === undefined) {
    const pending = node.isPending(hash) ? ' (it is in the mempool, not yet committed)' : '';
    throw notFound(`no committed tx ${toHex(hash)}${pending}`);
  }
  return tx;
}

export function methods(node: NodeApi): Record<string, Method> {
  return {
    ...oncallMethods(node),
    async node_status(p) {
      p.done();
      return statusView(node.status(), VERSION, node.now());
    },

    async node_health(p) {
      p.done();
      return healthView(node.health());
    },

    async node_peers(p) {
      p.done();
      return { peers: node.peers().map(peerView) };
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
        evidence: await Promise.all(b.evidence.map((bytes) => evidenceJson(node, { ...evidenceFacts(bytes), bytes }, b.header.height))),
      };
    },

    async evidence_list(p) {
      const validator = p.hex('validator', 32, true);
      const after = p.hex('after', EVIDENCE_ID_BYTES, true);
      const limit = p.intIn('limit', 1, 100, 100);
      p.done();
      const page = await node.listEvidence({ limit, ...(validator ? { validator } : {}), ...(after ? { after } : {}) });
      return {
        evidence: await Promise.all(page.evidence.map((e) => evidenceJson(node, e, e.includedHeight))),
        next_cursor: page.next === undefined ? null : toHex(page.next),
      };
    },

    async chain_getCommit(p) {
      const latest = latestHeight(node);
      const height = p.uint('height', true) ?? latest;
      p.done();
      const commit = await node.getCommit(height);
      if (commit === undefined) throw notFound(`no commit for height ${height} (latest is ${latest})`);
      return commitView(commit);
    },

    async chain_getValidators(p) {
      const latest = latestHeight(node);
      const height = p.uint('height', true) ?? latest;
      p.done();
      const set = await node.getValidators(height);
      if (set === undefined) throw notFound(`height ${height} is beyond the latest (${latest})`);
      return { height: set.height, validators: set.validators.map(validatorView), total_power: set.totalPower };
    },

    async tx_submit(p, call) {
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
        // Waiting holds no memory to speak of, so it gives up the call's place in flight: calls
        // that wait for their commits never keep other calls from running.
        const c = await call.idle(node.waitForCommit(txHash(bytes), node.config.rpc.commitTimeoutMs));
        return { hash, status: 'committed', height: c.height, index: c.index, receipt: receiptView(c.receipt) };
      } catch (e) {
        if (e instanceof CommitTimeoutError) throw new JSONRPCErrorException(e.message, RpcCode.commitTimeout, { hash });
        throw e;
      }
    },

    async tx_get(p) {
      const hash = p.hex('hash', 32);
      p.done();
      const tx = await committedTx(node, hash);
      return {
        hash: toHex(hash), height: tx.height, index: tx.index, block_hash: toHex(tx.block.hash), time_ms: tx.block.header.timeMs,
        tx: txView(tx.bytes), raw: toHex(tx.bytes), receipt: receiptView(decode.receipt(tx.receipt)),
      };
    },

    async tx_getProof(p) {
      const hash = p.hex('hash', 32);
      p.done();
      const tx = await committedTx(node, hash);
      const receipts = (await node.getBlockReceipts(tx.height))!;
      const proofJson = (leaves: Uint8Array[]) => {
        const proof = inclusionProof(leaves, tx.index);
        return { index: proof.index, tree_size: proof.treeSize, path: proof.path.map(toHex), root: toHex(merkleRoot(leaves)) };
      };
      return {
        hash: toHex(hash), height: tx.height, block_hash: toHex(tx.block.hash), header: toHex(tx.block.headerBytes),
        tx: toHex(tx.bytes), tx_proof: proofJson(tx.block.txs),
        receipt: toHex(tx.receipt), receipt_proof: proofJson(receipts),
      };
    },

    async team_get(p) {
      const id = p.team('id');
      p.done();
      return teamView(await findTeam(node, id));
    },

    async team_list(p) {
      const cursor = p.team('cursor', true);
      const limit = p.intIn('limit', 1, 1000, 100);
      p.done();
      // Teams come in id order; the cursor is the id of the last team of the previous page.
      const rest = (await node.listTeams()).filter((t) => cursor === undefined || t.id > cursor);
      const page = rest.slice(0, limit);
      return { teams: page.map(teamView), next_cursor: rest.length > limit ? page[limit - 1].id : null };
    },

    async alert_get(p) {
      const ref = readAlertRef(p);
      p.done();
      return alertView(await findAlert(node, ref));
    },

    async alert_list(p) {
      const team = p.team('team', true);
      const statusName = p.string('status', true);
      const severityName = p.string('severity', true);
      const status = statusName === undefined ? undefined : parseStatus(statusName);
      const severity = severityName === undefined ? undefined : parseSeverity(severityName);
      if (statusName !== undefined && status === undefined) throw invalidParams('"status" must be triggered, acknowledged or resolved');
      if (severityName !== undefined && severity === undefined) throw invalidParams('"severity" must be critical, error, warning or info');
      const limit = p.intIn('limit', 1, 500, 50);
      const filter = { team, status, severity, sinceMs: p.uint('since_ms', true), untilMs: p.uint('until_ms', true), cursor: p.uint('cursor', true), limit,
        // A page stops at a quarter of the answer budget (an alert's JSON is at most about twice its
        // encoded size), so one call never builds more than the answer could carry.
        maxBytes: Math.floor(node.config.rpc.maxResponseBytes / 4) };
      p.done();
      // A misspelt team is an error, not an empty list that reads as "no alerts".
      if (team !== undefined) await findTeam(node, team);
      const page = await node.listAlerts(filter);
      return { alerts: page.alerts.map(alertView), next_cursor: page.nextCursor ?? null };
    },

    async alert_history(p) {
      const ref = readAlertRef(p);
      const from = p.uint('from', true) ?? 0;
      const limit = p.intIn('limit', 1, 500, 100);
      p.done();
      const alert = await findAlert(node, ref);
      // Past the last entry there is nothing to read (and entry numbers in state keys are 32-bit).
      const page = from >= alert.historyLength ? { entries: [] } : await node.alertHistory(alert.team, alert.number, { from, limit });
      return { alert: alertView(alert), entries: page.entries.map(historyView), next_from: page.next ?? null };
    },

    async contract_get(p) {
      const address = p.hex('address', 32);
      p.done();
      const contract = await node.getContract(address);
      if (contract === undefined) throw notFound(`no contract at ${toHex(address)}`);
      return {
        address: toHex(address), name: contract.name, code: toHex(contract.code),
        deployer: contract.deployer.length === 0 ? null : toHex(contract.deployer), deployed_height: contract.deployedHeight,
      };
    },
  };
}
