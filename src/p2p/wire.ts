// The p2p layer's own wire messages, defined in proto/ackchain/p2p.proto (a signed vote is
// block.proto's CommitSig; the evidence topic's payload is block.proto's DuplicateVoteEvidence,
// whose codec is chain/evidence.ts's since blocks carry it too, with the same strict rule) and
// encoded with the generated code through chain/codec.ts. Decoding is
// strict: a field of the wrong wire type, a repeated singular field, an unknown field, fields out
// of order, a non-minimal varint, a default value written out or a 64-bit number beyond 2^53-1 is
// refused. The rule that enforces all of it at once (the 64-bit check aside, which codec.ts does):
// a message must re-encode, from its known fields only, to exactly the bytes received, so one
// content has one encoding (and one gossip message id).
import type { SignedVote } from '../chain/block.ts';
import { equalBytes } from '../chain/bytes.ts';
import { ackchain, decode, DecodeError, encode } from '../chain/codec.ts';

export type { SignedVote } from '../chain/block.ts';
export { decodeEvidence, encodeEvidence, type DuplicateVoteEvidence } from '../chain/evidence.ts';

export class WireError extends DecodeError {
  override name = 'WireError';
}

const EMPTY = new Uint8Array(0);

/**
 * Decodes with `decodeFn` into the plain form and requires that `encodeFn` gives back the same
 * bytes. The generated decoders skip unknown fields and fields of the wrong wire type, and let a
 * repeated singular field replace (a message: merge into) the first; re-encoding then gives other
 * bytes. `decodeFn` copies known fields only, so this holds even were protobufjs told to keep
 * unknown fields. Every error is a WireError.
 */
function canonical<T>(bytes: Uint8Array, what: string, decodeFn: (b: Uint8Array) => T, encodeFn: (m: T) => Uint8Array): T {
  let message: T;
  try {
    message = decodeFn(bytes);
  } catch (e) {
    if (e instanceof WireError) throw e;
    // codec.ts's DecodeError already reads "malformed <what>: <reason>".
    if (e instanceof DecodeError) throw new WireError(e.message);
    throw new WireError(`malformed ${what}: ${(e as Error).message}`);
  }
  let again: Uint8Array;
  try {
    again = encodeFn(message);
  } catch (e) {
    throw new WireError(`malformed ${what}: ${(e as Error).message}`);
  }
  if (!equalBytes(again, bytes)) {
    throw new WireError(`malformed ${what}: not canonically encoded (each field at most once and in order, minimal varints, no default value written out)`);
  }
  return message;
}

// Encoders check what the generated code would silently wrap or truncate.
function checkUint(value: number, what: string, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isSafeInteger(value) || value < 0 || value > max) throw new RangeError(`${what}: ${value} is not an integer in [0, ${max}]`);
}
function checkInt32(value: number, what: string): void {
  if (!Number.isInteger(value) || value < -(2 ** 31) || value >= 2 ** 31) throw new RangeError(`${what}: ${value} is not an int32`);
}
const UINT32_MAX = 0xffffffff;

// ---------------------------------------------------------------------------------------------
// Signed votes: the existing CommitSig message, the same shape a commit carries, so a gossiped
// precommit can go into a block's last_commit unchanged.

const signedVoteFrom = (m: ackchain.CommitSig.$Properties): SignedVote => ({ vote: m.vote ?? EMPTY, signature: m.signature ?? EMPTY });
const commitSigOf = (v: SignedVote): ackchain.CommitSig.$Properties => ({ vote: v.vote, signature: v.signature });

export function encodeSignedVote(v: SignedVote): Uint8Array {
  return ackchain.CommitSig.encode(commitSigOf(v)).finish();
}

export function decodeSignedVote(bytes: Uint8Array): SignedVote {
  // CommitSig has no numbers, so the generated decoder needs no 64-bit check from codec.ts.
  return canonical(bytes, 'signed vote', (b) => signedVoteFrom(ackchain.CommitSig.decode(b)), encodeSignedVote);
}

// ---------------------------------------------------------------------------------------------
// Proposals (signed by the proposer) and the consensus topic's payload.

export interface Proposal {
  chainId: string;
  height: number;
  round: number;
  /** The paper's vr: -1 or 0 <= vr < round. */
  validRound: number;
  /** SHA-256 of the block's header bytes. */
  blockHash: Uint8Array;
  timestampMs: number;
  /** Validator public key. */
  proposer: Uint8Array;
}

export function encodeProposal(p: Proposal): Uint8Array {
  checkUint(p.height, 'proposal height');
  checkUint(p.round, 'proposal round', UINT32_MAX);
  checkInt32(p.validRound, 'proposal valid round');
  checkUint(p.timestampMs, 'proposal timestamp');
  return encode.proposal({
    chainId: p.chainId, height: p.height, round: p.round, validRound: p.validRound,
    blockHash: p.blockHash, timestampMs: p.timestampMs, proposer: p.proposer,
  });
}

export function decodeProposal(bytes: Uint8Array): Proposal {
  return canonical(bytes, 'proposal', (b) => {
    const m = decode.proposal(b);
    return {
      chainId: m.chainId, height: m.height, round: m.round, validRound: m.validRound,
      blockHash: m.blockHash, timestampMs: m.timestampMs, proposer: m.proposer,
    };
  }, encodeProposal);
}

export interface SignedProposal {
  /** The encoded Proposal, exactly as signed. */
  proposal: Uint8Array;
  signature: Uint8Array;
  /** The encoded Block the proposal is for. */
  block: Uint8Array;
}

const signedProposalFrom = (m: ackchain.SignedProposal.$Properties): SignedProposal =>
  ({ proposal: m.proposal ?? EMPTY, signature: m.signature ?? EMPTY, block: m.block ?? EMPTY });
const signedProposalOf = (p: SignedProposal): ackchain.SignedProposal.$Properties =>
  ({ proposal: p.proposal, signature: p.signature, block: p.block });

export function encodeSignedProposal(p: SignedProposal): Uint8Array {
  return encode.signedProposal(signedProposalOf(p));
}

export function decodeSignedProposal(bytes: Uint8Array): SignedProposal {
  return canonical(bytes, 'signed proposal', (b) => signedProposalFrom(decode.signedProposal(b)), encodeSignedProposal);
}

export type ConsensusMessage =
  | { kind: 'vote'; vote: SignedVote }
  | { kind: 'proposal'; proposal: SignedProposal };

export function encodeConsensusMessage(m: ConsensusMessage): Uint8Array {
  return encode.consensusMessage(m.kind === 'vote' ? { vote: commitSigOf(m.vote) } : { proposal: signedProposalOf(m.proposal) });
}

export function decodeConsensusMessage(bytes: Uint8Array): ConsensusMessage {
  return canonical(bytes, 'consensus message', (b) => {
    const m = decode.consensusMessage(b);
    // The oneof keeps the last of the two it saw; re-encoding then refuses a message with both.
    if (m.vote) return { kind: 'vote', vote: signedVoteFrom(m.vote) };
    if (m.proposal) return { kind: 'proposal', proposal: signedProposalFrom(m.proposal) };
    throw new WireError('malformed consensus message: exactly one of vote and proposal must be set');
  }, encodeConsensusMessage);
}

// ---------------------------------------------------------------------------------------------
// Request/response.

export interface SyncRequest {
  fromHeight: number;
  count: number;
}

export function encodeSyncRequest(r: SyncRequest): Uint8Array {
  checkUint(r.fromHeight, 'sync request from height');
  checkUint(r.count, 'sync request count', UINT32_MAX);
  return encode.syncRequest({ fromHeight: r.fromHeight, count: r.count });
}

export function decodeSyncRequest(bytes: Uint8Array): SyncRequest {
  return canonical(bytes, 'sync request', (b) => {
    const m = decode.syncRequest(b);
    return { fromHeight: m.fromHeight, count: m.count };
  }, encodeSyncRequest);
}

export interface BlockWithCommit {
  /** The encoded Block. */
  block: Uint8Array;
  /** The encoded Commit certifying this block. */
  commit: Uint8Array;
}

const syncedBlockFrom = (m: ackchain.SyncedBlock.$Properties): BlockWithCommit => ({ block: m.block ?? EMPTY, commit: m.commit ?? EMPTY });
const syncedBlockOf = (b: BlockWithCommit): ackchain.SyncedBlock.$Properties => ({ block: b.block, commit: b.commit });

export function encodeSyncedBlock(b: BlockWithCommit): Uint8Array {
  return encode.syncedBlock(syncedBlockOf(b));
}

export interface SyncResponse {
  blocks: BlockWithCommit[];
  /** Set when the responder refused the request; no blocks then. */
  error: string;
}

/** Bytes one block adds to an encoded SyncResponse (tag, length, nested message). */
export function syncedBlockCost(b: BlockWithCommit): number {
  const inner = encodedLengthOf(b.block.length) + encodedLengthOf(b.commit.length);
  return 1 + varintLength(inner) + inner;
}
const encodedLengthOf = (n: number): number => (n === 0 ? 0 : 1 + varintLength(n) + n);
export function varintLength(n: number): number {
  let len = 1;
  while (n >= 128) {
    n = Math.floor(n / 128);
    len++;
  }
  return len;
}

export function encodeSyncResponse(r: SyncResponse): Uint8Array {
  return encode.syncResponse({ blocks: r.blocks.map(syncedBlockOf), error: r.error });
}

export function decodeSyncResponse(bytes: Uint8Array): SyncResponse {
  return canonical(bytes, 'sync response', (b) => {
    const m = decode.syncResponse(b);
    return { blocks: m.blocks.map(syncedBlockFrom), error: m.error };
  }, encodeSyncResponse);
}

export interface StatusResponse {
  /** The latest committed height (0: only genesis). */
  height: number;
  /** That block's hash (empty at height 0). */
  blockHash: Uint8Array;
  /** The chain's genesis hash (empty from a node that predates it). */
  genesisHash: Uint8Array;
}

export function encodeStatusResponse(s: StatusResponse): Uint8Array {
  checkUint(s.height, 'status height');
  return encode.statusResponse({ height: s.height, blockHash: s.blockHash, genesisHash: s.genesisHash });
}

export function decodeStatusResponse(bytes: Uint8Array): StatusResponse {
  return canonical(bytes, 'status response', (b) => {
    const m = decode.statusResponse(b);
    return { height: m.height, blockHash: m.blockHash, genesisHash: m.genesisHash };
  }, encodeStatusResponse);
}
