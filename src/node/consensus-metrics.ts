// Consensus figures for operators, read from the chain itself: each block's last_commit says in
// which round the previous height was decided and whose precommits it holds (the ones its proposer
// had gathered, late ones included), so nodes with the same blocks report the same numbers.
// Counted from this process's start; logged with each block and shown by node_status.
import { toHex } from '../chain/bytes.ts';
import { decode, type ackchain } from '../chain/codec.ts';

/** What one block's last_commit says about the height before it. */
export interface CommitFigures {
  /** The height the commit is for. */
  height: number;
  round: number;
  /** Validators whose precommit it holds, of how many. */
  signed: number;
  validators: number;
  /** Teams of the validators whose precommit it lacks. */
  missed: string[];
}

export interface MissedBlocks {
  team: string;
  validator: Uint8Array;
  /** Heights, of those counted, whose commit lacks this validator's precommit. */
  missed: number;
}

export interface ConsensusFigures {
  /** Heights whose commit this node has read since it started. */
  heights: number;
  /** Mean rounds a height took (1: every height decided in its round 0). */
  roundsPerHeight: number;
  /** Heights decided after round 0, and the highest deciding round. */
  heightsPastRound0: number;
  maxRound: number;
  /** Every validator, from 0. */
  missedBlocks: MissedBlocks[];
}

export class ConsensusMetrics {
  readonly #validators: readonly { id: string; team: string; key: Uint8Array }[];
  readonly #missed = new Map<string, number>();
  #heights = 0;
  #rounds = 0;
  #pastRound0 = 0;
  #maxRound = 0;

  // The set cannot change yet (validator-set changes are a later issue): the genesis set signs every height.
  constructor(validators: readonly ackchain.Validator[]) {
    this.#validators = validators.map((v) => ({ id: toHex(v.publicKey), team: v.team, key: v.publicKey }));
    for (const v of this.#validators) this.#missed.set(v.id, 0);
  }

  /** Counts the commit a block carries; undefined for the first block, which carries none. */
  record(lastCommit: Uint8Array): CommitFigures | undefined {
    if (lastCommit.length === 0) return undefined;
    const commit = decode.commit(lastCommit);
    const signers = new Set(commit.signatures.map((s) => toHex(decode.vote(s.vote ?? new Uint8Array(0)).validator)));
    const missed: string[] = [];
    for (const v of this.#validators) {
      if (signers.has(v.id)) continue;
      missed.push(v.team);
      this.#missed.set(v.id, this.#missed.get(v.id)! + 1);
    }
    this.#heights += 1;
    this.#rounds += commit.round + 1;
    if (commit.round > 0) this.#pastRound0 += 1;
    this.#maxRound = Math.max(this.#maxRound, commit.round);
    return { height: commit.height, round: commit.round, signed: this.#validators.length - missed.length, validators: this.#validators.length, missed };
  }

  figures(): ConsensusFigures {
    return {
      heights: this.#heights,
      roundsPerHeight: this.#heights === 0 ? 0 : this.#rounds / this.#heights,
      heightsPastRound0: this.#pastRound0,
      maxRound: this.#maxRound,
      missedBlocks: this.#validators.map((v) => ({ team: v.team, validator: v.key, missed: this.#missed.get(v.id)! })),
    };
  }
}
