// Block execution, one path for three uses (DESIGN.md): the proposer builds a block from checked
// txs, a validator checks a proposed block, and block sync or replay checks a block from a peer or
// from disk. Each is a pure function of committed state (a StateSource and the ChainState) and
// the block's inputs; committing the result is a separate step (commit.ts) and signing belongs to
// consensus.
import { equalBytes, toHex } from '../chain/bytes.ts';
import { blockHash, commitHash, decodeBlock, encodeBlock, evidenceRoot, txRoot, verifyCommit, CommitError } from '../chain/block.ts';
import { ackchain, DecodeError, encode } from '../chain/codec.ts';
import { Rejection } from '../chain/codes.ts';
import { checkSignedEvidence, describeEvidence, EvidenceError, MAX_EVIDENCE_PER_BLOCK, type CheckedEvidence } from '../chain/evidence.ts';
import { validatorsHash } from '../chain/genesis.ts';
import { merkleRoot } from '../chain/merkle.ts';
import { checkTx, txHash, type CheckedTx } from '../chain/tx.ts';
import type { StateSource } from '../store/state-source.ts';
import { beginBlock } from './begin-block.ts';
import type { ChainState } from './chain-state.ts';
import { BlockGas, type BlockInfo } from './context.ts';
import { BlockError } from './errors.ts';
import { checkEvidenceIncludable } from './evidence.ts';
import { checkIncludable, executeTx, keysReadBy } from './execute.ts';
import { Overlay, type StateWrite } from './overlay.ts';
import { nextStateRoot } from './root.ts';

export interface ExecutedTx {
  hash: Uint8Array;
  index: number;
  receipt: ackchain.Receipt;
  /** The encoded receipt, as hashed into results_root. */
  receiptBytes: Uint8Array;
}

/** A block and everything executing it produced, ready to be committed. */
export interface ExecutedBlock {
  height: number;
  hash: Uint8Array;
  header: ackchain.Header;
  headerBytes: Uint8Array;
  /** The encoded Block: header, txs, last commit and evidence. */
  blockBytes: Uint8Array;
  /** The encoded Commit of the previous height that the block carries (empty at height 1). */
  lastCommit: Uint8Array;
  txs: ExecutedTx[];
  /** The duplicate-vote evidence the block carries, checked, in block order. */
  evidence: readonly CheckedEvidence[];
  /** The begin-block step's receipt, encoded: the last leaf of results_root. */
  beginBlockReceipt: Uint8Array;
  writes: ReadonlyMap<string, StateWrite>;
}

export function blockInfo(chain: ChainState, timeMs: number): BlockInfo {
  return { chainId: chain.chainId, height: chain.height + 1, timeMs, params: chain.params };
}

interface BlockPlan {
  timeMs: number;
  proposer: Uint8Array;
  lastCommit: Uint8Array;
  txs: readonly CheckedTx[];
  /** Checked and includable. */
  evidence: readonly CheckedEvidence[];
}

/**
 * Runs the begin-block step (which records the evidence) and then each tx on `state` (an overlay
 * over `source` that may hold prefetched reads) and builds the header. Every tx and piece of
 * evidence must already be includable.
 */
async function runBlock(source: StateSource, state: Overlay, chain: ChainState, plan: BlockPlan): Promise<{ block: ExecutedBlock; starvedAt?: number }> {
  const info = blockInfo(chain, plan.timeMs);
  const gas = new BlockGas(info.params.maxBlockGas);
  const begin = await beginBlock(source, state, info, gas, plan.evidence);
  const txs: ExecutedTx[] = [];
  let starvedAt: number | undefined;
  for (const [index, tx] of plan.txs.entries()) {
    const receipt = await executeTx(state, info, tx, gas);
    if (gas.starved) starvedAt ??= index;
    txs.push({ hash: tx.hash, index, receipt, receiptBytes: encode.receipt(receipt) });
  }
  const beginBlockReceipt = encode.receipt(begin);
  const txBytes = plan.txs.map((t) => t.bytes);
  const evidenceBytes = plan.evidence.map((e) => e.bytes);
  const header = ackchain.Header.create({
    chainId: chain.chainId, height: info.height, timeMs: plan.timeMs, prevBlockHash: chain.blockHash,
    lastCommitHash: commitHash(plan.lastCommit), txRoot: txRoot(txBytes),
    stateRoot: nextStateRoot(chain.stateRoot, state.writes.values()),
    resultsRoot: merkleRoot([...txs.map((t) => t.receiptBytes), beginBlockReceipt]),
    validatorsHash: validatorsHash(chain.validators), nextValidatorsHash: validatorsHash(chain.nextValidators), proposer: plan.proposer,
    evidenceRoot: evidenceRoot(evidenceBytes),
  });
  const headerBytes = encode.header(header);
  const block = {
    height: info.height, hash: blockHash(headerBytes), header, headerBytes, blockBytes: encodeBlock(headerBytes, txBytes, plan.lastCommit, evidenceBytes),
    lastCommit: plan.lastCommit, txs, evidence: plan.evidence, beginBlockReceipt, writes: state.writes,
  };
  return { block, starvedAt };
}

/** An overlay over committed state with what the txs will read fetched in one round trip. */
async function prefetchedState(source: StateSource, txs: readonly CheckedTx[]): Promise<Overlay> {
  const state = new Overlay(source);
  await state.prefetch(source, txs.flatMap(keysReadBy));
  return state;
}

export interface BuiltBlock {
  block: ExecutedBlock;
  /** Candidates left out because they may never be included at this time: expired, committed, or repeated. */
  excluded: { tx: CheckedTx; reason: Rejection }[];
  /** Candidate evidence left out because this block may not carry it (invalid, committed before, too old), with the reason. */
  excludedEvidence: { evidence: Uint8Array; reason: string }[];
}

export interface BlockProposal {
  timeMs: number;
  proposer: Uint8Array;
  /** Checked txs, in the order to include them. */
  candidates: readonly CheckedTx[];
  /** Encoded duplicate-vote evidence to include, in order; none by default. */
  evidence?: readonly Uint8Array[];
}

/**
 * The proposer's path: builds the next block at `timeMs` from candidate txs (checked, in the
 * order to include them) and evidence. Each candidate is re-checked against the block's own time,
 * since the clock it was admitted by may have moved either way, and each piece of evidence as
 * validateBlock checks it; what fails is left out, with the reason.
 */
export async function buildBlock(source: StateSource, chain: ChainState, proposal: BlockProposal): Promise<BuiltBlock> {
  if (proposal.timeMs <= chain.timeMs) throw new RangeError(`block time ${proposal.timeMs} is not after the last block's ${chain.timeMs}`);
  const info = blockInfo(chain, proposal.timeMs);
  const state = await prefetchedState(source, proposal.candidates);
  const txs: CheckedTx[] = [];
  const excluded: BuiltBlock['excluded'] = [];
  const included = new Set<string>();
  let bytes = 0;
  for (const tx of proposal.candidates) {
    const id = toHex(tx.hash);
    if (included.has(id)) continue;
    if (txs.length === chain.params.maxBlockTxs || bytes + tx.bytes.length > chain.params.maxBlockBytes) continue;
    try {
      await checkIncludable(state, tx, info);
    } catch (e) {
      if (!(e instanceof Rejection)) throw e;
      excluded.push({ tx, reason: e });
      continue;
    }
    included.add(id);
    txs.push(tx);
    bytes += tx.bytes.length;
  }
  const { evidence, excludedEvidence } = await chooseEvidence(state, chain, info.height, proposal.evidence ?? []);
  const plan = { timeMs: proposal.timeMs, proposer: proposal.proposer, lastCommit: chain.lastCommit, txs, evidence };
  const { block, starvedAt } = await runBlock(source, state, chain, plan);
  if (starvedAt === undefined) return { block, excluded, excludedEvidence };
  // A tx ran short of the block's gas, not its own: it and those after it wait for the next block.
  const shorter = await runBlock(source, await prefetchedState(source, txs), chain, { ...plan, txs: txs.slice(0, starvedAt) });
  return { block: shorter.block, excluded, excludedEvidence };
}

/** The proposer's evidence: candidates in order, each checked as validateBlock will, one per misbehaviour, at most MAX_EVIDENCE_PER_BLOCK. */
async function chooseEvidence(state: Overlay, chain: ChainState, height: number, candidates: readonly Uint8Array[]):
  Promise<{ evidence: CheckedEvidence[]; excludedEvidence: BuiltBlock['excludedEvidence'] }> {
  const evidence: CheckedEvidence[] = [];
  const excludedEvidence: BuiltBlock['excludedEvidence'] = [];
  const ids = new Set<string>();
  for (const bytes of candidates) {
    if (evidence.length === MAX_EVIDENCE_PER_BLOCK) break;
    try {
      const e = checkSignedEvidence(bytes, chain.chainId);
      const id = toHex(e.id);
      if (ids.has(id)) continue;
      await checkEvidenceIncludable(state, chain, height, e);
      ids.add(id);
      evidence.push(e);
    } catch (e) {
      if (!(e instanceof EvidenceError || e instanceof DecodeError)) throw e;
      excludedEvidence.push({ evidence: bytes, reason: e.message });
    }
  }
  return { evidence, excludedEvidence };
}

export interface ValidateOptions {
  /** Txs whose signature this node already verified (its mempool), by hash of their exact bytes. */
  knownTx?: (hash: Uint8Array) => CheckedTx | undefined;
  /** The validator's own clock: a block more than max_clock_drift_ms ahead of it is refused. */
  nowMs?: number;
}

/**
 * The validator's, block sync's and replay's path: checks a block against the chain it extends,
 * executes it, and requires the header to carry exactly the roots execution gives. Throws a
 * BlockError naming what is wrong.
 */
export async function validateBlock(source: StateSource, chain: ChainState, bytes: Uint8Array, options: ValidateOptions = {}): Promise<ExecutedBlock> {
  let block;
  try {
    block = decodeBlock(bytes);
  } catch (e) {
    throw new BlockError(`malformed block: ${(e as Error).message}`);
  }
  const h = block.header;
  const height = chain.height + 1;
  const check: Check = (ok, reason) => { if (!ok) throw new BlockError(`block ${height}: ${reason}`); };
  check(h.chainId === chain.chainId, `chain id is "${h.chainId}", expected "${chain.chainId}"`);
  check(h.height === height, `height is ${h.height}, expected ${height}`);
  check(h.timeMs > chain.timeMs, `time ${h.timeMs} is not after the previous block's ${chain.timeMs}`);
  if (options.nowMs !== undefined) {
    check(h.timeMs <= options.nowMs + chain.params.maxClockDriftMs, `time ${h.timeMs} is more than ${chain.params.maxClockDriftMs} ms ahead of this node's clock (${options.nowMs})`);
  }
  check(equalBytes(h.prevBlockHash, chain.blockHash), `prev_block_hash is ${toHex(h.prevBlockHash)}, expected ${toHex(chain.blockHash)}`);
  checkLastCommit(chain, block.lastCommit, check);
  check(chain.validators.some((v) => equalBytes(v.publicKey, h.proposer)), `proposer ${toHex(h.proposer)} is not a validator`);
  check(block.txs.length <= chain.params.maxBlockTxs, `${block.txs.length} txs exceed max_block_txs ${chain.params.maxBlockTxs}`);
  const txBytes = block.txs.reduce((sum, t) => sum + t.length, 0);
  check(txBytes <= chain.params.maxBlockBytes, `${txBytes} bytes of txs exceed max_block_bytes ${chain.params.maxBlockBytes}`);
  check(block.evidence.length <= MAX_EVIDENCE_PER_BLOCK, `${block.evidence.length} pieces of evidence exceed the limit of ${MAX_EVIDENCE_PER_BLOCK} per block`);

  const txs = block.txs.map((t, i) => txAt(t, i, chain, options, check));
  const info = blockInfo(chain, h.timeMs);
  const state = await prefetchedState(source, txs);
  const seen = new Set<string>();
  for (const [i, tx] of txs.entries()) {
    const id = toHex(tx.hash);
    check(!seen.has(id), `tx ${i} (${id}) appears twice`);
    seen.add(id);
    try {
      await checkIncludable(state, tx, info);
    } catch (e) {
      if (e instanceof Rejection) check(false, `tx ${i} (${id}) may not be included: ${e.message}`);
      throw e;
    }
  }
  const evidence = block.evidence.map((e, i) => evidenceAt(e, i, chain, check));
  const evidenceIds = new Map<string, number>();
  for (const [i, e] of evidence.entries()) {
    const id = toHex(e.id);
    const first = evidenceIds.get(id);
    check(first === undefined, `evidence ${i} (${describeEvidence(e)}) appears twice: evidence ${first} is of the same validator, height, round and vote type`);
    evidenceIds.set(id, i);
    try {
      await checkEvidenceIncludable(state, chain, height, e);
    } catch (err) {
      if (err instanceof EvidenceError) check(false, `evidence ${i} (${describeEvidence(e)}) may not be included: ${err.message}`);
      throw err;
    }
  }

  const { block: executed } = await runBlock(source, state, chain, { timeMs: h.timeMs, proposer: h.proposer, lastCommit: block.lastCommit, txs, evidence });
  for (const field of ['txRoot', 'evidenceRoot', 'stateRoot', 'resultsRoot', 'validatorsHash', 'nextValidatorsHash'] as const) {
    check(equalBytes(h[field], executed.header[field]), `${field} is ${toHex(h[field])}, execution gives ${toHex(executed.header[field])}`);
  }
  check(equalBytes(executed.blockBytes, bytes), 'the block is not canonically encoded');
  return executed;
}

function txAt(bytes: Uint8Array, index: number, chain: ChainState, options: ValidateOptions, check: Check): CheckedTx {
  try {
    // A tx this node verified on admission has the same bytes (its hash is of the bytes): it is
    // not verified again.
    return options.knownTx?.(txHash(bytes)) ?? checkTx(bytes, { chainId: chain.chainId, maxTxBytes: chain.params.maxTxBytes });
  } catch (e) {
    if (e instanceof Rejection) check(false, `tx ${index} is invalid: ${e.message}`);
    throw e;
  }
}

/** Evidence that decodes and is signed, on its own (the chain's checks follow). */
function evidenceAt(bytes: Uint8Array, index: number, chain: ChainState, check: Check): CheckedEvidence {
  try {
    return checkSignedEvidence(bytes, chain.chainId);
  } catch (e) {
    if (e instanceof EvidenceError || e instanceof DecodeError) check(false, `evidence ${index} is invalid: ${e.message}`);
    throw e;
  }
}

type Check = (ok: boolean, reason: string) => void;

/** Block 1 carries no last commit; every later block carries more than 2/3 of the last set's precommits for the last block. */
function checkLastCommit(chain: ChainState, lastCommit: Uint8Array, check: Check): void {
  if (chain.height === 0) {
    check(lastCommit.length === 0, 'the first block must not carry a last commit');
    return;
  }
  try {
    verifyCommit(lastCommit, { chainId: chain.chainId, height: chain.height, blockHash: chain.blockHash, validators: chain.lastValidators });
  } catch (e) {
    if (e instanceof CommitError || e instanceof DecodeError) check(false, `last_commit is invalid: ${e.message}`);
    throw e;
  }
}
