// Duplicate-vote evidence for tests: a validator's signed votes, and two of them as evidence.
import { signVote, type SignedVote } from '../../src/chain/block.ts';
import { compareBytes, utf8 } from '../../src/chain/bytes.ts';
import { ackchain } from '../../src/chain/codec.ts';
import { encodeEvidence } from '../../src/chain/evidence.ts';
import { sha256 } from '../../src/chain/hash.ts';
import type { KeyPair } from '../../src/chain/keys.ts';
import { CHAIN_ID, GENESIS_TIME } from './chain-fixture.ts';

export const { VOTE_TYPE_PREVOTE: PREVOTE, VOTE_TYPE_PRECOMMIT: PRECOMMIT } = ackchain.VoteType;

/** A block hash named by a word, the same in every run. */
export const blockNamed = (name: string): Uint8Array => sha256(utf8.encode(`block ${name}`));

export interface VoteFields {
  height?: number;
  round?: number;
  type?: ackchain.VoteType;
  /** Empty: a vote for nil. */
  blockHash?: Uint8Array;
  chainId?: string;
  timestampMs?: number;
}

/** A vote signed by `key` (height 1, round 0, a prevote for block "a" unless told), with a fixed timestamp. */
export function vote(key: KeyPair, f: VoteFields = {}): SignedVote {
  const v = signVote({
    chainId: f.chainId ?? CHAIN_ID, type: f.type ?? PREVOTE, height: f.height ?? 1, round: f.round ?? 0,
    blockHash: f.blockHash ?? blockNamed('a'), timestampMs: f.timestampMs ?? GENESIS_TIME + 1,
  }, key);
  return { vote: v.vote!, signature: v.signature! };
}

/** The two votes in byte order, as evidence must hold them. */
export function ordered(a: SignedVote, b: SignedVote): [SignedVote, SignedVote] {
  return compareBytes(a.vote, b.vote) < 0 ? [a, b] : [b, a];
}

/** Encoded evidence of two votes, put in byte order. */
export function evidenceOf(a: SignedVote, b: SignedVote): Uint8Array {
  const [voteA, voteB] = ordered(a, b);
  return encodeEvidence({ voteA, voteB });
}

/** Evidence that `key` prevoted (or `type`) for blocks "a" and "b" at `height`, `round`. */
export function doubleVote(key: KeyPair, f: Omit<VoteFields, 'blockHash'> = {}): Uint8Array {
  return evidenceOf(vote(key, { ...f, blockHash: blockNamed('a') }), vote(key, { ...f, blockHash: blockNamed('b') }));
}
