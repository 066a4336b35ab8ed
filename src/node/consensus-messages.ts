// Between the wire and the Tendermint machine: a gossiped vote or proposal (p2p/topics.ts, checked
// structurally) becomes the machine's Vote or Proposal carrying its signed bytes, and this node's
// own votes and proposals are encoded here for signing. A value id is the block hash in lowercase
// hex; a validator id is its public key in lowercase hex (consensus/types.ts).
import { fromHex, toHex } from '../chain/bytes.ts';
import { ackchain, encode } from '../chain/codec.ts';
import type { Proposal, Vote, VoteType } from '../consensus/index.ts';
import type { DecodedProposal, DecodedVote } from '../p2p/topics.ts';
import { encodeProposal, type SignedProposal, type SignedVote } from '../p2p/wire.ts';

/** What a machine message carries for the host: the signed bytes and the signature (a proposal also its block). */
export type Signed = SignedVote | SignedProposal;

export type MachineVote = Vote<Signed>;
export type MachineProposal = Proposal<Signed>;

const VOTE_TYPES: Record<number, VoteType | undefined> = {
  [ackchain.VoteType.VOTE_TYPE_PREVOTE]: 'prevote',
  [ackchain.VoteType.VOTE_TYPE_PRECOMMIT]: 'precommit',
};

export function voteTypeCode(type: VoteType): ackchain.VoteType {
  return type === 'prevote' ? ackchain.VoteType.VOTE_TYPE_PREVOTE : ackchain.VoteType.VOTE_TYPE_PRECOMMIT;
}

/** A structurally checked vote as the machine sees it (p2p/topics.ts checkVote has refused any other type). */
export function machineVote(d: DecodedVote): MachineVote {
  const v = d.vote;
  return {
    type: VOTE_TYPES[v.type]!, height: v.height, round: v.round,
    value: v.blockHash.length === 0 ? null : toHex(v.blockHash),
    from: toHex(v.validator), signed: { vote: d.voteBytes, signature: d.signature },
  };
}

export function machineProposal(d: DecodedProposal): MachineProposal {
  const p = d.proposal;
  return {
    height: p.height, round: p.round, validRound: p.validRound, value: toHex(p.blockHash), from: toHex(p.proposer),
    signed: { proposal: d.proposalBytes, signature: d.signature, block: d.block.bytes },
  };
}

/** The bytes this validator signs for its vote (the Vote message; chain/block.ts signVote signs the same encoding). */
export function voteSignBytes(chainId: string, vote: Vote, timestampMs: number, validator: Uint8Array): Uint8Array {
  return encode.vote({
    chainId, type: voteTypeCode(vote.type), height: vote.height, round: vote.round,
    blockHash: vote.value === null ? new Uint8Array(0) : fromHex(vote.value, 32), timestampMs, validator,
  });
}

/** The bytes this validator signs for its proposal: the Proposal message, naming the block by its hash. */
export function proposalSignBytes(chainId: string, proposal: Proposal, timestampMs: number, proposer: Uint8Array): Uint8Array {
  return encodeProposal({
    chainId, height: proposal.height, round: proposal.round, validRound: proposal.validRound,
    blockHash: fromHex(proposal.value, 32), timestampMs, proposer,
  });
}

/** An encoded Commit of precommits for `blockHash` (hex) at (height, round), in the order given. */
export function encodeCommit(height: number, round: number, blockHash: string, precommits: readonly SignedVote[]): Uint8Array {
  return encode.commit({
    height, round, blockHash: fromHex(blockHash, 32),
    signatures: precommits.map((p) => ({ vote: p.vote, signature: p.signature })),
  });
}
