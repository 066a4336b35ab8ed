// Gossip topics and the structural checks every gossiped message passes before the node's own
// check sees it: size, strict decoding, field sizes, chain id, and the consistency that needs no
// state (a proposal's block hashes to its block_hash; evidence's two votes conflict). What needs
// state or keys (signatures, validator membership, height and round windows) is the node's check.
import { compareBytes, equalBytes } from '../chain/bytes.ts';
import { decodeBlock, type DecodedBlock } from '../chain/block.ts';
import { ackchain, decode } from '../chain/codec.ts';
import { PUBLIC_KEY_BYTES, SIGNATURE_BYTES } from '../chain/signature.ts';
import { decodeTx, type DecodedTx } from '../chain/tx.ts';
import {
  WireError, decodeConsensusMessage, decodeEvidence, decodeProposal,
  type Proposal, type SignedProposal, type SignedVote,
} from './wire.ts';

export const TOPIC_KINDS = ['tx', 'consensus', 'evidence'] as const;
export type TopicKind = (typeof TOPIC_KINDS)[number];

/** `/ackchain/<chain_id>/<kind>/1`. */
export function topicName(chainId: string, kind: TopicKind): string {
  return `/ackchain/${chainId}/${kind}/1`;
}

/** Largest payload accepted per topic, in bytes. */
export interface GossipLimits {
  tx: number;
  consensus: number;
  evidence: number;
}

/** Room for a proposal's own fields and signature around its block. */
const PROPOSAL_OVERHEAD = 16 * 1024;

/** The limits a chain's consensus parameters imply: a tx, a block with its proposal, two votes. */
export function gossipLimitsFor(params: { maxTxBytes: number; maxBlockBytes: number }): GossipLimits {
  return { tx: params.maxTxBytes, consensus: params.maxBlockBytes + PROPOSAL_OVERHEAD, evidence: 4 * 1024 };
}

const HASH_BYTES = 32;

/** A vote that decoded and passed the stateless checks; its signature is not checked yet. */
export interface DecodedVote {
  /** The encoded Vote, exactly as signed. */
  voteBytes: Uint8Array;
  signature: Uint8Array;
  vote: ackchain.Vote;
}

/** A proposal that decoded and passed the stateless checks; its signature is not checked yet. */
export interface DecodedProposal {
  /** The encoded Proposal, exactly as signed. */
  proposalBytes: Uint8Array;
  signature: Uint8Array;
  proposal: Proposal;
  block: DecodedBlock;
}

export interface DecodedEvidence {
  voteA: DecodedVote;
  voteB: DecodedVote;
}

/** A gossip payload after the structural checks, by topic. */
export type GossipPayload =
  | { topic: 'tx'; tx: DecodedTx }
  | { topic: 'consensus'; kind: 'vote'; vote: DecodedVote }
  | { topic: 'consensus'; kind: 'proposal'; proposal: DecodedProposal }
  | { topic: 'evidence'; evidence: DecodedEvidence };

function fail(what: string, reason: string): never {
  throw new WireError(`invalid ${what}: ${reason}`);
}

export function checkVote(signed: SignedVote, chainId: string): DecodedVote {
  const vote = decode.vote(signed.vote);
  if (vote.chainId !== chainId) fail('vote', `chain "${vote.chainId}", this is "${chainId}"`);
  if (vote.type !== ackchain.VoteType.VOTE_TYPE_PREVOTE && vote.type !== ackchain.VoteType.VOTE_TYPE_PRECOMMIT) fail('vote', `type ${vote.type}`);
  if (vote.height < 1) fail('vote', 'height 0');
  if (vote.blockHash.length !== 0 && vote.blockHash.length !== HASH_BYTES) fail('vote', `block hash of ${vote.blockHash.length} bytes`);
  if (vote.validator.length !== PUBLIC_KEY_BYTES) fail('vote', `validator of ${vote.validator.length} bytes`);
  if (signed.signature.length !== SIGNATURE_BYTES) fail('vote', `signature of ${signed.signature.length} bytes`);
  return { voteBytes: signed.vote, signature: signed.signature, vote };
}

export function checkProposal(signed: SignedProposal, chainId: string): DecodedProposal {
  const proposal = decodeProposal(signed.proposal);
  if (proposal.chainId !== chainId) fail('proposal', `chain "${proposal.chainId}", this is "${chainId}"`);
  if (proposal.height < 1) fail('proposal', 'height 0');
  if (proposal.validRound !== -1 && !(proposal.validRound >= 0 && proposal.validRound < proposal.round)) {
    fail('proposal', `valid round ${proposal.validRound} in round ${proposal.round}`);
  }
  if (proposal.blockHash.length !== HASH_BYTES) fail('proposal', `block hash of ${proposal.blockHash.length} bytes`);
  if (proposal.proposer.length !== PUBLIC_KEY_BYTES) fail('proposal', `proposer of ${proposal.proposer.length} bytes`);
  if (signed.signature.length !== SIGNATURE_BYTES) fail('proposal', `signature of ${signed.signature.length} bytes`);
  const block = decodeBlock(signed.block);
  if (!equalBytes(block.hash, proposal.blockHash)) fail('proposal', 'the block does not hash to block_hash');
  if (block.header.chainId !== chainId) fail('proposal', `block for chain "${block.header.chainId}"`);
  if (block.header.height !== proposal.height) fail('proposal', `block of height ${block.header.height} for height ${proposal.height}`);
  return { proposalBytes: signed.proposal, signature: signed.signature, proposal, block };
}

export function checkEvidence(bytes: Uint8Array, chainId: string): DecodedEvidence {
  const e = decodeEvidence(bytes);
  const a = checkVote(e.voteA, chainId);
  const b = checkVote(e.voteB, chainId);
  // One pair, one encoding (and one message id): the votes in byte order.
  if (compareBytes(a.voteBytes, b.voteBytes) >= 0) fail('evidence', 'votes must differ and be in byte order');
  const va = a.vote;
  const vb = b.vote;
  if (!equalBytes(va.validator, vb.validator)) fail('evidence', 'votes of two validators');
  if (va.height !== vb.height || va.round !== vb.round || va.type !== vb.type) fail('evidence', 'votes for different heights, rounds or types');
  if (equalBytes(va.blockHash, vb.blockHash)) fail('evidence', 'votes for the same block');
  return { voteA: a, voteB: b };
}

/**
 * Decodes and checks a payload of `topic`; throws (a DecodeError or Rejection) when it is
 * malformed. Never trusts a length or count from the payload beyond the size already checked.
 */
export function decodeGossip(topic: TopicKind, data: Uint8Array, chainId: string, limits: GossipLimits): GossipPayload {
  if (data.length > limits[topic]) throw new WireError(`${topic} message of ${data.length} bytes exceeds the limit of ${limits[topic]}`);
  if (data.length === 0) throw new WireError(`empty ${topic} message`);
  switch (topic) {
    case 'tx':
      return { topic, tx: decodeTx(data, { chainId, maxTxBytes: limits.tx }) };
    case 'consensus': {
      const m = decodeConsensusMessage(data);
      return m.kind === 'vote'
        ? { topic, kind: 'vote', vote: checkVote(m.vote, chainId) }
        : { topic, kind: 'proposal', proposal: checkProposal(m.proposal, chainId) };
    }
    case 'evidence':
      return { topic, evidence: checkEvidence(data, chainId) };
  }
}
