// Gossip topics and the structural checks every gossiped message passes before the node's own
// check sees it: size, strict decoding, field sizes, chain id, and the consistency that needs no
// state (a proposal's block hashes to its block_hash; evidence's two votes conflict). What needs
// state or keys (signatures, validator membership, height and round windows) is the node's check.
import { equalBytes } from '../chain/bytes.ts';
import { decodeBlock, voteProblem, type DecodedBlock, type DecodedVote } from '../chain/block.ts';
import { decode, DecodeError } from '../chain/codec.ts';
import { checkEvidence as checkEvidenceFields, EvidenceError, MAX_EVIDENCE_BYTES, MAX_EVIDENCE_PER_BLOCK, type CheckedEvidence } from '../chain/evidence.ts';
import { PUBLIC_KEY_BYTES, SIGNATURE_BYTES } from '../chain/signature.ts';
import { decodeTx, type DecodedTx } from '../chain/tx.ts';
import {
  WireError, decodeConsensusMessage, decodeProposal,
  type Proposal, type SignedProposal, type SignedVote,
} from './wire.ts';

export type { DecodedVote } from '../chain/block.ts';

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

/** Room for a proposal's own fields and signature, and the block's header and last commit, around its txs. */
const PROPOSAL_OVERHEAD = 16 * 1024;
/** Room for the most evidence a block may carry (max_block_bytes counts txs only). */
const EVIDENCE_ROOM = MAX_EVIDENCE_PER_BLOCK * MAX_EVIDENCE_BYTES;

/** The limits a chain's consensus parameters imply: a tx, a block with its proposal, two votes. */
export function gossipLimitsFor(params: { maxTxBytes: number; maxBlockBytes: number }): GossipLimits {
  return { tx: params.maxTxBytes, consensus: params.maxBlockBytes + PROPOSAL_OVERHEAD + EVIDENCE_ROOM, evidence: MAX_EVIDENCE_BYTES };
}

const HASH_BYTES = 32;

/** A proposal that decoded and passed the stateless checks; its signature is not checked yet. */
export interface DecodedProposal {
  /** The encoded Proposal, exactly as signed. */
  proposalBytes: Uint8Array;
  signature: Uint8Array;
  proposal: Proposal;
  block: DecodedBlock;
}

/** Evidence that decoded and passed the stateless checks (chain/evidence.ts); its signatures are not checked yet. */
export type DecodedEvidence = CheckedEvidence;

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
  const problem = voteProblem(vote, signed.signature, chainId);
  if (problem !== undefined) fail('vote', problem);
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
  try {
    return checkEvidenceFields(bytes, chainId);
  } catch (e) {
    // Every refusal on the wire is a WireError, whichever layer's rule refused it.
    if (e instanceof EvidenceError) fail('evidence', e.message);
    if (e instanceof DecodeError && !(e instanceof WireError)) throw new WireError(e.message);
    throw e;
  }
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
