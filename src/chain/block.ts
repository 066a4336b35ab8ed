// Blocks, votes and commits: hashing the exact header bytes, signing precommits, and checking that
// a commit carries more than 2/3 of the voting power for a block.
import { equalBytes, toHex } from './bytes.ts';
import { ackchain, decode, encode } from './codec.ts';
import { sha256 } from './hash.ts';
import { sign, type KeyPair } from './keys.ts';
import { merkleRoot } from './merkle.ts';
import { PUBLIC_KEY_BYTES, SIGNATURE_BYTES, verify } from './signature.ts';

export interface DecodedBlock {
  bytes: Uint8Array;
  headerBytes: Uint8Array;
  header: ackchain.Header;
  hash: Uint8Array;
  txs: Uint8Array[];
  lastCommit: Uint8Array;
  /** Encoded DuplicateVoteEvidence (chain/evidence.ts). */
  evidence: Uint8Array[];
}

export function blockHash(headerBytes: Uint8Array): Uint8Array {
  return sha256(headerBytes);
}

export function decodeBlock(bytes: Uint8Array): DecodedBlock {
  const block = decode.block(bytes);
  const header = decode.header(block.header);
  return { bytes, headerBytes: block.header, header, hash: blockHash(block.header), txs: block.txs, lastCommit: block.lastCommit, evidence: block.evidence };
}

export function encodeBlock(headerBytes: Uint8Array, txs: readonly Uint8Array[], lastCommit: Uint8Array, evidence: readonly Uint8Array[] = []): Uint8Array {
  return encode.block({ header: headerBytes, txs: [...txs], lastCommit, evidence: [...evidence] });
}

export function txRoot(txs: readonly Uint8Array[]): Uint8Array {
  return merkleRoot(txs);
}

/**
 * The RFC 6962 root over a block's encoded evidence, or empty bytes when it carries none (not the
 * root of no leaves, as tx_root has): proto3 then leaves the header field out, so every block
 * without evidence encodes and hashes exactly as before evidence existed.
 */
export function evidenceRoot(evidence: readonly Uint8Array[]): Uint8Array {
  return evidence.length === 0 ? new Uint8Array(0) : merkleRoot(evidence);
}

export function commitHash(commitBytes: Uint8Array): Uint8Array {
  return commitBytes.length === 0 ? new Uint8Array(0) : sha256(commitBytes);
}

/** A vote with its signature: the CommitSig shape, in commits, on the consensus topic and in evidence. */
export interface SignedVote {
  /** The encoded Vote, exactly as signed. */
  vote: Uint8Array;
  signature: Uint8Array;
}

/** A signed vote that decoded and whose fields passed `voteProblem`; its signature is not checked yet. */
export interface DecodedVote {
  /** The encoded Vote, exactly as signed. */
  voteBytes: Uint8Array;
  signature: Uint8Array;
  vote: ackchain.Vote;
}

const HASH_BYTES = 32;

/**
 * What is wrong with a decoded vote's fields for `chainId`, or undefined: the checks that need
 * neither state nor keys, the same for a gossiped vote and for the votes of evidence.
 */
export function voteProblem(vote: ackchain.Vote, signature: Uint8Array, chainId: string): string | undefined {
  if (vote.chainId !== chainId) return `chain "${vote.chainId}", this is "${chainId}"`;
  if (vote.type !== ackchain.VoteType.VOTE_TYPE_PREVOTE && vote.type !== ackchain.VoteType.VOTE_TYPE_PRECOMMIT) return `type ${vote.type}`;
  if (vote.height < 1) return 'height 0';
  if (vote.blockHash.length !== 0 && vote.blockHash.length !== HASH_BYTES) return `block hash of ${vote.blockHash.length} bytes`;
  if (vote.validator.length !== PUBLIC_KEY_BYTES) return `validator of ${vote.validator.length} bytes`;
  if (signature.length !== SIGNATURE_BYTES) return `signature of ${signature.length} bytes`;
  return undefined;
}

export interface VoteInput {
  chainId: string;
  type: ackchain.VoteType;
  height: number;
  round: number;
  blockHash: Uint8Array;
  timestampMs: number;
}

export function signVote(vote: VoteInput, keys: KeyPair): ackchain.CommitSig {
  const voteBytes = encode.vote({ ...vote, validator: keys.publicKey });
  return ackchain.CommitSig.create({ vote: voteBytes, signature: sign('vote', voteBytes, keys.privateKey) });
}

/** A commit made of each signer's precommit for the block (a network of one signs its own). */
export function signCommit(vote: Omit<VoteInput, 'type'>, signers: readonly KeyPair[]): Uint8Array {
  const signatures = signers.map((keys) => signVote({ ...vote, type: ackchain.VoteType.VOTE_TYPE_PRECOMMIT }, keys));
  return encode.commit({ height: vote.height, round: vote.round, blockHash: vote.blockHash, signatures });
}

export class CommitError extends Error {
  override name = 'CommitError';
}

export interface CommitExpectation {
  chainId: string;
  height: number;
  blockHash: Uint8Array;
  validators: readonly ackchain.Validator[];
}

/** Checks that commitBytes holds valid precommits of more than 2/3 of the power for the block. */
export function verifyCommit(commitBytes: Uint8Array, expected: CommitExpectation): ackchain.Commit {
  const commit = decode.commit(commitBytes);
  if (commit.height !== expected.height) throw new CommitError(`commit is for height ${commit.height}, expected ${expected.height}`);
  if (!equalBytes(commit.blockHash, expected.blockHash)) throw new CommitError(`commit is for block ${toHex(commit.blockHash)}, expected ${toHex(expected.blockHash)}`);
  const powerOf = new Map(expected.validators.map((v) => [toHex(v.publicKey), v.power]));
  const total = expected.validators.reduce((sum, v) => sum + v.power, 0);
  const counted = new Set<string>();
  let signedPower = 0;
  for (const [i, sig] of commit.signatures.entries()) {
    const voteBytes = sig.vote ?? new Uint8Array(0);
    const vote = decode.vote(voteBytes);
    const who = toHex(vote.validator);
    const power = powerOf.get(who);
    if (power === undefined) throw new CommitError(`signature ${i}: ${who} is not a validator`);
    if (counted.has(who)) throw new CommitError(`signature ${i}: ${who} signed twice`);
    if (vote.type !== ackchain.VoteType.VOTE_TYPE_PRECOMMIT || vote.chainId !== expected.chainId || vote.height !== commit.height
      || vote.round !== commit.round || !equalBytes(vote.blockHash, commit.blockHash)) {
      throw new CommitError(`signature ${i}: the vote is not a precommit for this block`);
    }
    if (!verify('vote', vote.validator, voteBytes, sig.signature ?? new Uint8Array(0))) throw new CommitError(`signature ${i}: does not verify`);
    counted.add(who);
    signedPower += power;
  }
  if (signedPower * 3 <= total * 2) throw new CommitError(`commit has ${signedPower} of ${total} voting power; more than 2/3 is needed`);
  return commit;
}
