// The records the consensus driver writes to its write-ahead log (node/wal.ts frames, checksums
// and segments them by height; the height marker stands for the machine's `start`). Each record is
// one input to the Tendermint machine, or one message this validator signed, so that a restarted
// validator replays its height into a fresh machine and finds the exact bytes it signed.
//
// A record is a kind byte and a payload:
//   1 message   a received ConsensusMessage (vote or proposal with its block), the bytes as gossiped
//   2 own       a ConsensusMessage this validator signed (not an input: it restores the signed copy)
//   3 timeout   u8 step (0 propose, 1 prevote, 2 precommit), u64be height, u32be round
//   4 validated u64be height, u32be round, u8 valid (0 or 1), 32-byte block hash
//   5 built     u64be height, u32be round, the encoded Block this validator built to propose
// Like the WAL framing and the signer state, this is a file of one node, never sent anywhere: a
// small fixed layout of its own, with the protobuf messages of the wire inside.
import { concatBytes, fromHex, readU64be, toHex, u64be } from '../chain/bytes.ts';
import type { Timeout, TimeoutKind } from '../consensus/index.ts';
import { decodeGossip, type DecodedProposal, type DecodedVote, type GossipLimits } from '../p2p/topics.ts';

export type WalEntry =
  | { kind: 'message'; bytes: Uint8Array; message: { kind: 'vote'; vote: DecodedVote } | { kind: 'proposal'; proposal: DecodedProposal } }
  | { kind: 'own'; bytes: Uint8Array; message: { kind: 'vote'; vote: DecodedVote } | { kind: 'proposal'; proposal: DecodedProposal } }
  | { kind: 'timeout'; timeout: Timeout }
  | { kind: 'validated'; height: number; round: number; value: string; valid: boolean }
  | { kind: 'built'; height: number; round: number; block: Uint8Array };

const MESSAGE = 1;
const OWN = 2;
const TIMEOUT = 3;
const VALIDATED = 4;
const BUILT = 5;
const STEPS: readonly TimeoutKind[] = ['propose', 'prevote', 'precommit'];

export class WalRecordError extends Error {
  override name = 'WalRecordError';
}

function u32be(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value);
  return out;
}

const readU32be = (b: Uint8Array, offset: number): number => new DataView(b.buffer, b.byteOffset + offset, 4).getUint32(0);

const heightRound = (height: number, round: number): Uint8Array => concatBytes(u64be(height), u32be(round));

export function messageRecord(consensusMessage: Uint8Array, own = false): Uint8Array {
  return concatBytes(Uint8Array.of(own ? OWN : MESSAGE), consensusMessage);
}

export function timeoutRecord(t: Timeout): Uint8Array {
  return concatBytes(Uint8Array.of(TIMEOUT, STEPS.indexOf(t.kind)), heightRound(t.height, t.round));
}

export function validatedRecord(height: number, round: number, value: string, valid: boolean): Uint8Array {
  return concatBytes(Uint8Array.of(VALIDATED), heightRound(height, round), Uint8Array.of(valid ? 1 : 0), fromHex(value, 32));
}

export function builtRecord(height: number, round: number, block: Uint8Array): Uint8Array {
  return concatBytes(Uint8Array.of(BUILT), heightRound(height, round), block);
}

/**
 * Decodes a record this node wrote. The consensus messages pass the same structural checks as
 * gossip (not the signature checks: they were verified before they were logged).
 */
export function decodeWalRecord(record: Uint8Array, chainId: string, limits: GossipLimits): WalEntry {
  const need = (n: number): void => {
    if (record.length !== n) throw new WalRecordError(`a WAL record of kind ${record[0]} has ${record.length} bytes, expected ${n}`);
  };
  switch (record[0]) {
    case MESSAGE:
    case OWN: {
      const bytes = record.subarray(1);
      const payload = decodeGossip('consensus', bytes, chainId, limits);
      if (payload.topic !== 'consensus') throw new WalRecordError('not a consensus message');
      const message = payload.kind === 'vote' ? { kind: 'vote' as const, vote: payload.vote } : { kind: 'proposal' as const, proposal: payload.proposal };
      return { kind: record[0] === OWN ? 'own' : 'message', bytes, message };
    }
    case TIMEOUT: {
      need(14);
      const kind = STEPS[record[1]];
      if (kind === undefined) throw new WalRecordError(`a timeout of unknown step ${record[1]}`);
      return { kind: 'timeout', timeout: { kind, height: readU64be(record, 2), round: readU32be(record, 10) } };
    }
    case VALIDATED:
      need(46);
      if (record[13] > 1) throw new WalRecordError(`a validation answer of ${record[13]}`);
      return { kind: 'validated', height: readU64be(record, 1), round: readU32be(record, 9), valid: record[13] === 1, value: toHex(record.subarray(14)) };
    case BUILT:
      if (record.length < 13) throw new WalRecordError('a built block record without its block');
      return { kind: 'built', height: readU64be(record, 1), round: readU32be(record, 9), block: record.subarray(13) };
    default:
      throw new WalRecordError(`unknown WAL record kind ${record[0]}`);
  }
}
