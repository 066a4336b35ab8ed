// Duplicate-vote evidence in the application state (DESIGN.md: "included in a block and kept in
// the state, so auditors can see who misbehaved"). A block carries evidence (chain/evidence.ts
// checks each piece on its own); here is what needs the chain: the height window, the validator
// set, and whether the same misbehaviour was committed before. The begin-block step records each
// piece under its id with the height that included it, so it is in the state root, and emits an
// `evidence.duplicate_vote` event in the begin-block receipt (so in the results root).
import { equalBytes, toHex } from '../chain/bytes.ts';
import { decode, encode } from '../chain/codec.ts';
import { EvidenceError, MAX_EVIDENCE_AGE, voteTypeName, type CheckedEvidence } from '../chain/evidence.ts';
import type { ChainState } from './chain-state.ts';
import type { BlockContext } from './context.ts';
import { stateKeys } from './keys.ts';
import type { StateReader } from './overlay.ts';

/**
 * Whether evidence that passed its own checks may go into the block at `height` on `chain`: of a
 * height below the block's and at most MAX_EVIDENCE_AGE before it, by a validator of that height,
 * and not committed before (by its id: the same misbehaviour shown by another pair of votes counts
 * as the same). Throws an EvidenceError with the reason.
 */
export async function checkEvidenceIncludable(state: StateReader, chain: ChainState, height: number, e: CheckedEvidence): Promise<void> {
  // A block is decided after the votes of its height: evidence of it can only be in a later one.
  if (e.height >= height) throw new EvidenceError(`its height ${e.height} is not below the block's height ${height}`);
  if (height - e.height > MAX_EVIDENCE_AGE) {
    throw new EvidenceError(`its height ${e.height} is more than ${MAX_EVIDENCE_AGE} heights below the block's height ${height}`);
  }
  // The set cannot change yet (validator-set changes are a later issue), so chain.validators is the
  // set of every height. With changes this must be the set of height e.height: keep the sets of the
  // last MAX_EVIDENCE_AGE heights.
  if (!chain.validators.some((v) => equalBytes(v.publicKey, e.validator))) {
    throw new EvidenceError(`${toHex(e.validator)} is not a validator at height ${e.height}`);
  }
  const committed = await state.getState(stateKeys.evidence(e.id));
  if (committed !== undefined) throw new EvidenceError(`it was committed at height ${decode.evidenceRecord(committed).includedHeight}`);
}

/** The begin-block step's part: keeps each piece of evidence the block carries, and reports it as an event. */
export function recordEvidence(ctx: BlockContext, evidence: readonly CheckedEvidence[]): void {
  for (const e of evidence) {
    ctx.state.set(stateKeys.evidence(e.id), encode.evidenceRecord({ evidence: e.bytes, includedHeight: ctx.block.height }));
    ctx.emit('evidence.duplicate_vote', { validator: toHex(e.validator), height: e.height, round: e.round, vote_type: voteTypeName(e.type) });
  }
}
