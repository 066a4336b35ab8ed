// The one narrow interface through which RPC, the CLI and (later) p2p reach a node: read the
// committed chain and state, submit a tx, wait for it, subscribe to what commits. Nothing outside
// node/ and state/ sees the store or the layout of state keys (as CometBFT's RPC environment).
import type { DecodedBlock } from '../chain/block.ts';
import type { ackchain } from '../chain/codec.ts';
import type { GenesisDoc } from '../chain/genesis.ts';
import type { CheckedTx } from '../chain/tx.ts';
import type { OnCallNow } from '../state/oncall.ts';
import type { AlertFilter, AlertPage, EvidenceEntry, EvidenceFilter, HistoryPage } from '../state/queries.ts';
import type { AckFilter, AckRecord, Period, Report } from '../state/reports.ts';
import type { Shift } from '../state/schedule.ts';
import type { NodeConfig } from './config.ts';
import type { ConsensusFigures } from './consensus-metrics.ts';

export interface NodeStatus {
  moniker: string;
  chainId: string;
  genesisHash: Uint8Array;
  /** The validator key this node signs with, if it is a validator. */
  validator: Uint8Array | undefined;
  height: number;
  blockHash: Uint8Array;
  blockTimeMs: number;
  stateRoot: Uint8Array;
  mempool: { txs: number; bytes: number };
  peers: number;
  startedAtMs: number;
  /** This node's libp2p peer id (none for a lone validator, which runs no p2p). */
  peerId?: string;
  /** Where consensus stands (none for a lone validator). */
  consensus?: { height: number; round: number; step: 'propose' | 'prevote' | 'precommit'; joined: boolean };
  /** Rounds per height and missed blocks per validator, from the commits since this node started. */
  figures: ConsensusFigures;
  /** The last vote or proposal this validator signed (a lone validator signs every block's commit); none yet, or not a validator. */
  lastSigned?: { height: number; round: number; step: 'proposal' | 'prevote' | 'precommit' };
}

export interface NodePeer {
  peerId: string;
  /** The remote addresses of its connections. */
  addrs: string[];
  /** Gossipsub's score of the peer: below zero after invalid messages. */
  score: number;
}

export interface NodeHealth {
  healthy: boolean;
  height: number;
  lastBlockAgeMs: number;
}

export interface TxCommitted {
  height: number;
  index: number;
  receipt: ackchain.Receipt;
}

/** A committed tx with the block that holds it. */
export interface CommittedTxRecord {
  hash: Uint8Array;
  bytes: Uint8Array;
  height: number;
  index: number;
  block: DecodedBlock;
  /** The encoded receipt, exactly as hashed into the block's results_root. */
  receipt: Uint8Array;
}

export interface ValidatorSetAt {
  height: number;
  validators: ackchain.Validator[];
  totalPower: number;
}

/** What a subscriber hears after each block is durably committed. */
export interface BlockCommittedEvent {
  height: number;
  hash: Uint8Array;
  header: ackchain.Header;
  txs: { hash: Uint8Array; index: number; receipt: ackchain.Receipt }[];
}

export class CommitTimeoutError extends Error {
  override name = 'CommitTimeoutError';
}

export interface NodeApi {
  readonly genesis: GenesisDoc;
  readonly config: NodeConfig;
  /** The node's injected clock (milliseconds since the epoch). */
  now(): number;
  status(): NodeStatus;
  health(): NodeHealth;
  /** Connected peers. */
  peers(): NodePeer[];

  // The committed chain.
  getBlock(at: { height: number } | { hash: Uint8Array }): Promise<DecodedBlock | undefined>;
  /** The encoded commit that certifies the block at `height`. */
  getCommit(height: number): Promise<Uint8Array | undefined>;
  getValidators(height: number): Promise<ValidatorSetAt | undefined>;
  getTx(hash: Uint8Array): Promise<CommittedTxRecord | undefined>;
  /** The leaves of a block's results_root: its txs' encoded receipts in order, then the begin-block receipt. */
  getBlockReceipts(height: number): Promise<Uint8Array[] | undefined>;
  /** True while the tx waits in this node's mempool. */
  isPending(hash: Uint8Array): boolean;

  // Committed application state.
  getTeam(id: string): Promise<ackchain.Team | undefined>;
  listTeams(): Promise<ackchain.Team[]>;
  getAlert(team: string, number: number): Promise<ackchain.Alert | undefined>;
  /** The number of the team's open alert with this dedup key. */
  findOpenAlert(team: string, dedupKey: string): Promise<number | undefined>;
  listAlerts(filter: AlertFilter): Promise<AlertPage>;
  alertHistory(team: string, number: number, page: { from: number; limit: number }): Promise<HistoryPage>;
  getContract(address: Uint8Array): Promise<ackchain.Contract | undefined>;
  getPolicy(team: string, version: number): Promise<ackchain.EscalationPolicy | undefined>;
  getSchedule(team: string, name: string): Promise<ackchain.Schedule | undefined>;
  /** Who is on call at `atMs` and next, in each of the team's schedules or the one named (which must exist). */
  onCall(team: ackchain.Team, atMs: number, schedule?: string): Promise<OnCallNow[]>;
  /** The shifts of a schedule (which must exist) in [fromMs, toMs), at most `maxShifts`. */
  shifts(team: string, schedule: string, fromMs: number, toMs: number, maxShifts: number): Promise<{ shifts: Shift[]; truncated: boolean }>;
  getDevice(key: Uint8Array): Promise<ackchain.Device | undefined>;
  /** An owner's devices that are not revoked. */
  devicesOf(owner: Uint8Array): Promise<ackchain.Device[]>;
  getOla(id: number): Promise<ackchain.Ola | undefined>;
  /** OLAs in id order, all or a team's, a page at a time. */
  listOlas(filter: { team?: string; after?: number; limit: number }): Promise<{ olas: ackchain.Ola[]; next?: number }>;
  olaCompliance(id: number, period: Period): Promise<Report>;
  teamAnalytics(team: string, period: Period): Promise<Report>;
  auditAcks(filter: AckFilter): Promise<{ acks: AckRecord[]; next?: Uint8Array }>;
  /** Committed duplicate-vote evidence, by validator, height, round and vote type, a page at a time. */
  listEvidence(filter: EvidenceFilter): Promise<{ evidence: EvidenceEntry[]; next?: Uint8Array }>;

  // Writes and notifications.
  /** Admits a tx to the mempool; throws a Rejection with the code and reason. */
  submitTx(bytes: Uint8Array): Promise<CheckedTx>;
  /** Resolves when the tx commits; rejects with CommitTimeoutError after timeoutMs. */
  waitForCommit(hash: Uint8Array, timeoutMs: number): Promise<TxCommitted>;
  /** Calls `listener` after each committed block; returns the function that unsubscribes. */
  subscribe(listener: (block: BlockCommittedEvent) => void): () => void;
}
