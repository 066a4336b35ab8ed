// The JSON shapes of the RPC: snake_case keys, bytes as lowercase hex, enums by name.
import { toHex } from '../chain/bytes.ts';
import { ackchain, decode } from '../chain/codec.ts';
import { codeName } from '../chain/codes.ts';
import { voteTypeName, type EvidenceFacts } from '../chain/evidence.ts';
import { roleName } from '../chain/genesis.ts';
import type { NodeHealth, NodePeer, NodeStatus } from '../node/api.ts';
import { formatAlertId, SEVERITY_NAMES, STATUS_NAMES } from '../state/alert-records.ts';
import { jsonDepth, LIMITS } from '../state/alerts.ts';
import { OLA_OUTCOME_NAMES } from '../state/olas.ts';
import { contractName, teamContracts } from '../state/policy-calls.ts';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

const snake = (camel: string): string => camel.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());

/** Any decoded protobuf message as JSON: own fields only, bytes as hex, keys in snake_case. */
export function messageJson(value: unknown): JsonValue {
  if (value instanceof Uint8Array) return toHex(value);
  if (Array.isArray(value)) return value.map(messageJson);
  if (value === null || value === undefined) return null;
  if (typeof value === 'object') {
    const out: Record<string, JsonValue> = {};
    for (const key of Object.keys(value)) {
      if (key.startsWith('$')) continue;
      out[snake(key)] = messageJson((value as Record<string, unknown>)[key]);
    }
    return out;
  }
  return value as JsonValue;
}

const STANDING_NAMES: Record<number, string> = {
  [ackchain.StandingKind.STANDING_KIND_MEMBER]: 'member', [ackchain.StandingKind.STANDING_KIND_INTEGRATION]: 'integration',
};

const hexOrNull = (b: Uint8Array): string | null => (b.length === 0 ? null : toHex(b));
const timeOrNull = (ms: number): number | null => (ms === 0 ? null : ms);

/** The field names are a contract: `ackchain status` reads them. */
export function statusView(s: NodeStatus, version: string, nowMs: number): JsonValue {
  return {
    node: {
      moniker: s.moniker, version, validator: s.validator === undefined ? null : toHex(s.validator), started_at_ms: s.startedAtMs,
      peer_id: s.peerId ?? null,
    },
    chain_id: s.chainId, genesis_hash: toHex(s.genesisHash),
    latest_height: s.height, latest_block_hash: toHex(s.blockHash), latest_block_time_ms: s.blockTimeMs,
    last_block_age_ms: Math.max(0, nowMs - s.blockTimeMs),
    state_root: toHex(s.stateRoot), mempool: { txs: s.mempool.txs, bytes: s.mempool.bytes }, peers: s.peers,
    consensus: s.consensus === undefined ? null : { ...s.consensus },
    last_signed: s.lastSigned === undefined ? null : { ...s.lastSigned },
    commits: {
      heights: s.figures.heights, rounds_per_height: Math.round(s.figures.roundsPerHeight * 1000) / 1000,
      heights_past_round_0: s.figures.heightsPastRound0, max_round: s.figures.maxRound,
      missed_blocks: s.figures.missedBlocks.map((m) => ({ team: m.team, validator: toHex(m.validator), missed: m.missed })),
    },
  };
}

export function peerView(p: NodePeer): JsonValue {
  return { peer_id: p.peerId, addrs: [...p.addrs], score: p.score };
}

export function healthView(h: NodeHealth): JsonValue {
  return { healthy: h.healthy, height: h.height, last_block_age_ms: h.lastBlockAgeMs };
}

export function validatorView(v: ackchain.Validator): JsonValue {
  // Validators from the genesis document leave empty fields out, so each may be undefined.
  return { team: v.team ?? '', public_key: toHex(v.publicKey ?? new Uint8Array()), power: v.power ?? 0, peer_id: v.peerId ?? '' };
}

/**
 * An alert's custom_details as JSON: the parsed object, or the stored text itself when it does not
 * parse or nests deeper than a trigger may (alerts stored before that limit): a 7,000-deep object
 * made serializing the answer overflow the stack. Never throws.
 */
export function customDetailsView(text: string): JsonValue {
  if (!text) return null;
  if (jsonDepth(text) > LIMITS.customDetailsDepth) return text;
  try { return JSON.parse(text) as JsonValue; } catch { return text; }
}

export function alertView(a: ackchain.Alert): JsonValue {
  const customDetails = customDetailsView(a.customDetailsJson);
  return {
    id: formatAlertId(a.team, a.number), team: a.team, number: a.number, status: STATUS_NAMES[a.status] ?? 'unknown',
    dedup_key: a.dedupKey, summary: a.summary, source: a.source, severity: SEVERITY_NAMES[a.severity] ?? 'unknown',
    component: a.component, group: a.group, class: a.alertClass, custom_details: customDetails,
    links: a.links.map((l) => ({ href: l.href ?? '', text: l.text ?? '' })),
    triggered_by: toHex(a.triggeredBy), triggered_as: { team: a.triggerTeam, standing: STANDING_NAMES[a.triggerStanding] ?? 'unknown' },
    created_at_ms: a.createdAtMs, created_height: a.createdHeight,
    trigger_count: a.triggerCount, last_seen_ms: a.lastSeenMs,
    acknowledged_by: hexOrNull(a.acknowledgedBy), acknowledged_at_ms: timeOrNull(a.acknowledgedAtMs), acknowledged_device: hexOrNull(a.acknowledgedDevice),
    first_acknowledged_at_ms: timeOrNull(a.firstAcknowledgedAtMs),
    resolved_by: hexOrNull(a.resolvedBy), resolved_at_ms: timeOrNull(a.resolvedAtMs), resolved_device: hexOrNull(a.resolvedDevice),
    escalation: a.policyVersion === 0 ? null : {
      policy_version: a.policyVersion, level: a.escalationLevel + 1, round: a.escalationRound + 1, next_escalation_ms: timeOrNull(a.escalationDueMs),
    },
    retrigger_at_ms: timeOrNull(a.rearmDueMs), snoozed_until_ms: timeOrNull(a.snoozedUntilMs),
    in_maintenance: a.inMaintenance,
    ola: a.olaId === 0 ? null : {
      id: a.olaId, version: a.olaVersion,
      acknowledge: a.olaAckOutcome === ackchain.OlaOutcome.OLA_OUTCOME_NONE ? null : { deadline_ms: a.olaAckDueMs, outcome: OLA_OUTCOME_NAMES[a.olaAckOutcome] },
      resolve: a.olaResolveOutcome === ackchain.OlaOutcome.OLA_OUTCOME_NONE ? null : { deadline_ms: a.olaResolveDueMs, outcome: OLA_OUTCOME_NAMES[a.olaResolveOutcome] },
    },
  };
}

export function historyView(e: ackchain.AlertHistoryEntry): JsonValue {
  return {
    action: e.action, account: toHex(e.account), handle: e.handle, device: hexOrNull(e.device),
    time_ms: e.timeMs, height: e.height, tx_hash: toHex(e.txHash), detail: e.detail,
  };
}

export function teamView(t: ackchain.Team): JsonValue {
  return {
    id: t.id, name: t.name, alerts_opened: t.nextAlertNumber,
    policy_version: t.policyVersion === 0 ? null : t.policyVersion, schedules: t.schedules,
    maintenance_windows: (t.maintenanceWindows as ackchain.MaintenanceWindow[]).map((w) => ({ id: w.id, from_ms: w.fromMs, to_ms: w.toMs, reason: w.reason })),
    members: t.members.map((m) => ({ account: toHex(m.account ?? new Uint8Array()), handle: m.handle ?? '', role: roleName(m.role ?? 0) })),
    integrations: t.integrations.map((g) => ({ account: toHex(g.account ?? new Uint8Array()), name: g.name ?? '' })),
    contracts: Object.fromEntries(Object.entries(teamContracts(t)).map(([slot, address]) => [slot, contractName(address)])),
  };
}

export function receiptView(r: ackchain.Receipt): JsonValue {
  return {
    code: r.code, code_name: codeName(r.code), log: r.log, gas_used: r.gasUsed,
    events: r.events.map((e) => ({
      type: e.type ?? '', attributes: Object.fromEntries((e.attributes ?? []).map((a) => [a.key ?? '', a.value ?? ''])),
    })),
  };
}

export function commitView(commitBytes: Uint8Array): JsonValue {
  const c = decode.commit(commitBytes);
  return {
    height: c.height, round: c.round, block_hash: toHex(c.blockHash), raw: toHex(commitBytes),
    signatures: c.signatures.map((s) => {
      const vote = decode.vote(s.vote ?? new Uint8Array());
      return { validator: toHex(vote.validator), timestamp_ms: vote.timestampMs, signature: toHex(s.signature ?? new Uint8Array()), vote: toHex(s.vote ?? new Uint8Array()) };
    }),
  };
}

export function txView(txBytes: Uint8Array): JsonValue {
  const tx = decode.tx(txBytes);
  const body = decode.txBody(tx.body);
  const payload = body.payload;
  return {
    signer: toHex(tx.signer), signature: toHex(tx.signature),
    body: { chain_id: body.chainId, expires_at_ms: body.expiresAtMs, memo: body.memo, type: payload ? snake(payload) : null, payload: payload ? messageJson(body[payload]) : null },
  };
}

/** Committed duplicate-vote evidence: who, where, the two blocks voted for (null: nil), and the encoded evidence to verify. */
export function evidenceView(e: EvidenceFacts & { bytes: Uint8Array }, team: string | null, includedHeight: number): JsonValue {
  return {
    validator: toHex(e.validator), team, height: e.height, round: e.round, type: voteTypeName(e.type),
    block_hash_a: hexOrNull(e.blockHashA), block_hash_b: hexOrNull(e.blockHashB), included_height: includedHeight, raw: toHex(e.bytes),
  };
}
