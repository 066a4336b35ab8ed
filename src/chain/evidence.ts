// Duplicate-vote evidence (DESIGN.md, Consensus): one validator's two conflicting signed votes.
// The format is the chain's: the evidence topic gossips it and blocks carry it (Block.evidence),
// the same bytes in both. Here: encoding, strict decoding, the checks that need neither state nor
// the validator set, and the signatures. What needs the chain (the height window, the validator
// set, whether it was committed before) is state/evidence.ts's.
import { voteProblem, type DecodedVote, type SignedVote } from './block.ts';
import { compareBytes, concatBytes, equalBytes, toHex, u64be } from './bytes.ts';
import { ackchain, decode, DecodeError, encode } from './codec.ts';
import { verify } from './signature.ts';

/** At most this many pieces of evidence in one block, so that one validator's misbehaviour cannot make blocks large or slow. */
export const MAX_EVIDENCE_PER_BLOCK = 16;
/** The largest encoded evidence, in a block and on the evidence topic (two honest votes take about 300 bytes). */
export const MAX_EVIDENCE_BYTES = 4 * 1024;
/**
 * A block at height H takes evidence of heights H - MAX_EVIDENCE_AGE to H - 1. Evidence normally
 * goes into one of the next few blocks; the bound (about 17 minutes at the default 1 s
 * empty-block interval) keeps what a node must remember to check it (pending evidence, and once
 * validator sets change, the sets of past heights) finite.
 */
export const MAX_EVIDENCE_AGE = 1000;

/** Refused evidence, with the reason. */
export class EvidenceError extends Error {
  override name = 'EvidenceError';
}

export interface DuplicateVoteEvidence {
  voteA: SignedVote;
  voteB: SignedVote;
}

const EMPTY = new Uint8Array(0);
const signedVoteOf = (m: ackchain.ICommitSig): SignedVote => ({ vote: m.vote ?? EMPTY, signature: m.signature ?? EMPTY });

export function encodeEvidence(e: DuplicateVoteEvidence): Uint8Array {
  return encode.duplicateVoteEvidence({ voteA: { vote: e.voteA.vote, signature: e.voteA.signature }, voteB: { vote: e.voteB.vote, signature: e.voteB.signature } });
}

/**
 * Decodes evidence strictly: both votes present, and the bytes the one encoding of their content
 * (re-encoding gives them back), so nobody can make a second encoding (another block leaf,
 * another gossip message id) of the same evidence. Throws a DecodeError.
 */
export function decodeEvidence(bytes: Uint8Array): DuplicateVoteEvidence {
  const m = decode.duplicateVoteEvidence(bytes);
  if (!m.voteA || !m.voteB) throw new DecodeError('malformed evidence: both votes are required');
  // Known fields only: unknown ones would not re-encode, and the comparison refuses them.
  const e = { voteA: signedVoteOf(m.voteA), voteB: signedVoteOf(m.voteB) };
  if (!equalBytes(encodeEvidence(e), bytes)) {
    throw new DecodeError('malformed evidence: not canonically encoded (vote_a and vote_b once each, in order, minimal lengths, nothing else)');
  }
  return e;
}

/** Evidence that decoded and passed the stateless checks; its signatures are not checked yet. */
export interface CheckedEvidence {
  /** The exact encoded evidence. */
  bytes: Uint8Array;
  voteA: DecodedVote;
  voteB: DecodedVote;
  validator: Uint8Array;
  height: number;
  round: number;
  type: ackchain.VoteType;
  /** What it proves: the same misbehaviour whichever two conflicting votes show it. See `evidenceId`. */
  id: Uint8Array;
}

/**
 * The identity of a misbehaviour: validator (32 bytes), height (8, big-endian), round (4) and vote
 * type (1). Evidence is kept, and counted once, by it (as CometBFT keys duplicate-vote evidence).
 */
export function evidenceId(validator: Uint8Array, height: number, round: number, type: ackchain.VoteType): Uint8Array {
  return concatBytes(validator, u64be(height), u64be(round).subarray(4), new Uint8Array([type]));
}

/** validator, height, round, vote type. */
export const EVIDENCE_ID_BYTES = 32 + 8 + 4 + 1;

function fail(reason: string): never {
  throw new EvidenceError(reason);
}

function decodeVote(signed: SignedVote, which: string, chainId: string): DecodedVote {
  let vote: ackchain.Vote;
  try {
    vote = decode.vote(signed.vote);
  } catch (e) {
    if (e instanceof DecodeError) fail(`${which}: ${e.message}`);
    throw e;
  }
  const problem = voteProblem(vote, signed.signature, chainId);
  if (problem !== undefined) fail(`${which}: ${problem}`);
  return { voteBytes: signed.vote, signature: signed.signature, vote };
}

/**
 * Decodes evidence for chain `chainId` and checks what needs neither state, the validator set nor
 * the signatures: its size, a canonical encoding, each vote's fields, and that the two votes
 * conflict (one validator, one height, round and type, two block hashes) in byte order. Throws a
 * DecodeError (malformed) or an EvidenceError with the reason.
 */
export function checkEvidence(bytes: Uint8Array, chainId: string): CheckedEvidence {
  if (bytes.length > MAX_EVIDENCE_BYTES) fail(`${bytes.length} bytes; the limit is ${MAX_EVIDENCE_BYTES}`);
  const e = decodeEvidence(bytes);
  const voteA = decodeVote(e.voteA, 'vote_a', chainId);
  const voteB = decodeVote(e.voteB, 'vote_b', chainId);
  // One pair, one encoding: the votes in byte order.
  if (compareBytes(voteA.voteBytes, voteB.voteBytes) >= 0) fail('votes must differ and be in byte order (vote_a before vote_b)');
  const [a, b] = [voteA.vote, voteB.vote];
  if (!equalBytes(a.validator, b.validator)) fail('votes of two validators');
  if (a.height !== b.height) fail(`votes at two heights (${a.height} and ${b.height})`);
  if (a.round !== b.round) fail(`votes in two rounds (${a.round} and ${b.round})`);
  if (a.type !== b.type) fail('a prevote and a precommit');
  if (equalBytes(a.blockHash, b.blockHash)) fail(`both votes are for ${blockName(a.blockHash)}`);
  return { bytes, voteA, voteB, validator: a.validator, height: a.height, round: a.round, type: a.type, id: evidenceId(a.validator, a.height, a.round, a.type) };
}

/** Both signatures, over the exact vote bytes; throws an EvidenceError naming the vote that does not verify. */
export function verifyEvidence(e: CheckedEvidence): void {
  for (const [which, v] of [['vote_a', e.voteA], ['vote_b', e.voteB]] as const) {
    if (!verify('vote', v.vote.validator, v.voteBytes, v.signature)) fail(`${which}'s signature does not verify`);
  }
}

/** checkEvidence, then verifyEvidence: everything a piece of evidence is checked for on its own. */
export function checkSignedEvidence(bytes: Uint8Array, chainId: string): CheckedEvidence {
  const e = checkEvidence(bytes, chainId);
  verifyEvidence(e);
  return e;
}

/** What committed evidence (checked when its block was validated) proves, read back without checking it again. */
export interface EvidenceFacts {
  validator: Uint8Array;
  height: number;
  round: number;
  type: ackchain.VoteType;
  /** The block hash each vote named (empty: nil). */
  blockHashA: Uint8Array;
  blockHashB: Uint8Array;
}

export function evidenceFacts(bytes: Uint8Array): EvidenceFacts {
  const e = decodeEvidence(bytes);
  const [a, b] = [decode.vote(e.voteA.vote), decode.vote(e.voteB.vote)];
  return { validator: a.validator, height: a.height, round: a.round, type: a.type, blockHashA: a.blockHash, blockHashB: b.blockHash };
}

export function voteTypeName(type: ackchain.VoteType): string {
  return type === ackchain.VoteType.VOTE_TYPE_PREVOTE ? 'prevote' : type === ackchain.VoteType.VOTE_TYPE_PRECOMMIT ? 'precommit' : `type ${type}`;
}

/** "prevote of <validator> at height 5, round 0", for errors and logs. */
export function describeEvidence(e: { validator: Uint8Array; height: number; round: number; type: ackchain.VoteType }): string {
  return `${voteTypeName(e.type)} of ${toHex(e.validator)} at height ${e.height}, round ${e.round}`;
}

function blockName(hash: Uint8Array): string {
  return hash.length === 0 ? 'nil' : `block ${toHex(hash)}`;
}
