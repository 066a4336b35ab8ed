// Defensive decoding of every wire and storage message: a malformed input becomes a DecodeError
// with a reason, and every 64-bit number is checked to be a safe integer before anyone uses it.
import { ackchain } from './proto/index.ts';

export { ackchain };

export class DecodeError extends Error {
  override name = 'DecodeError';
}

interface Decodable<T> { decode(reader: Uint8Array): T }

function decodeWith<T>(type: Decodable<T>, what: string, bytes: Uint8Array): T {
  let message: T;
  try {
    message = type.decode(bytes);
  } catch (e) {
    throw new DecodeError(`malformed ${what}: ${(e as Error).message}`);
  }
  // uint64 fields decode to numbers, nested ones too (a tx's AlertRef.number, a validator's
  // power); the schemas have no floating-point fields, so every number must be a safe integer.
  const unsafe = unsafeNumberPath(message);
  if (unsafe !== undefined) throw new DecodeError(`malformed ${what}: ${unsafe} exceeds 2^53-1`);
  return message;
}

/** The path of the first number that is not a safe integer, if any; the path is built only then. */
function unsafeNumberPath(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? undefined : '';
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array) return undefined;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const found = unsafeNumberPath((value as Record<string, unknown>)[key]);
    if (found !== undefined) return found === '' ? key : `${key}.${found}`;
  }
  return undefined;
}

export const decode = {
  tx: (b: Uint8Array) => decodeWith(ackchain.Tx, 'tx', b),
  txBody: (b: Uint8Array) => decodeWith(ackchain.TxBody, 'tx body', b),
  header: (b: Uint8Array) => decodeWith(ackchain.Header, 'header', b),
  block: (b: Uint8Array) => decodeWith(ackchain.Block, 'block', b),
  vote: (b: Uint8Array) => decodeWith(ackchain.Vote, 'vote', b),
  commit: (b: Uint8Array) => decodeWith(ackchain.Commit, 'commit', b),
  receipt: (b: Uint8Array) => decodeWith(ackchain.Receipt, 'receipt', b),
  txLocation: (b: Uint8Array) => decodeWith(ackchain.TxLocation, 'tx location', b),
  team: (b: Uint8Array) => decodeWith(ackchain.Team, 'team', b),
  alert: (b: Uint8Array) => decodeWith(ackchain.Alert, 'alert', b),
  alertHistoryEntry: (b: Uint8Array) => decodeWith(ackchain.AlertHistoryEntry, 'alert history entry', b),
  contract: (b: Uint8Array) => decodeWith(ackchain.Contract, 'contract', b),
  genesis: (b: Uint8Array) => decodeWith(ackchain.Genesis, 'genesis', b),
  validatorSet: (b: Uint8Array) => decodeWith(ackchain.ValidatorSet, 'validator set', b),
  chainState: (b: Uint8Array) => decodeWith(ackchain.ChainState, 'chain state', b),
  escalationPolicy: (b: Uint8Array) => decodeWith(ackchain.EscalationPolicy, 'escalation policy', b),
  schedule: (b: Uint8Array) => decodeWith(ackchain.Schedule, 'schedule', b),
  device: (b: Uint8Array) => decodeWith(ackchain.Device, 'device', b),
  ola: (b: Uint8Array) => decodeWith(ackchain.Ola, 'OLA', b),
  proposal: (b: Uint8Array) => decodeWith(ackchain.Proposal, 'proposal', b),
  signedProposal: (b: Uint8Array) => decodeWith(ackchain.SignedProposal, 'signed proposal', b),
  consensusMessage: (b: Uint8Array) => decodeWith(ackchain.ConsensusMessage, 'consensus message', b),
  duplicateVoteEvidence: (b: Uint8Array) => decodeWith(ackchain.DuplicateVoteEvidence, 'evidence', b),
  evidenceRecord: (b: Uint8Array) => decodeWith(ackchain.EvidenceRecord, 'evidence record', b),
  syncRequest: (b: Uint8Array) => decodeWith(ackchain.SyncRequest, 'sync request', b),
  syncedBlock: (b: Uint8Array) => decodeWith(ackchain.SyncedBlock, 'synced block', b),
  syncResponse: (b: Uint8Array) => decodeWith(ackchain.SyncResponse, 'sync response', b),
  statusResponse: (b: Uint8Array) => decodeWith(ackchain.StatusResponse, 'status response', b),
};

interface Encodable<P> { encode(message: P): { finish(): Uint8Array } }

function encodeWith<P>(type: Encodable<P>): (message: P) => Uint8Array {
  return (message) => type.encode(message).finish();
}

export const encode = {
  tx: encodeWith(ackchain.Tx),
  txBody: encodeWith(ackchain.TxBody),
  header: encodeWith(ackchain.Header),
  block: encodeWith(ackchain.Block),
  vote: encodeWith(ackchain.Vote),
  commit: encodeWith(ackchain.Commit),
  receipt: encodeWith(ackchain.Receipt),
  txLocation: encodeWith(ackchain.TxLocation),
  team: encodeWith(ackchain.Team),
  alert: encodeWith(ackchain.Alert),
  alertHistoryEntry: encodeWith(ackchain.AlertHistoryEntry),
  contract: encodeWith(ackchain.Contract),
  genesis: encodeWith(ackchain.Genesis),
  validatorSet: encodeWith(ackchain.ValidatorSet),
  chainState: encodeWith(ackchain.ChainState),
  escalationPolicy: encodeWith(ackchain.EscalationPolicy),
  schedule: encodeWith(ackchain.Schedule),
  device: encodeWith(ackchain.Device),
  ola: encodeWith(ackchain.Ola),
  proposal: encodeWith(ackchain.Proposal),
  signedProposal: encodeWith(ackchain.SignedProposal),
  consensusMessage: encodeWith(ackchain.ConsensusMessage),
  duplicateVoteEvidence: encodeWith(ackchain.DuplicateVoteEvidence),
  evidenceRecord: encodeWith(ackchain.EvidenceRecord),
  syncRequest: encodeWith(ackchain.SyncRequest),
  syncedBlock: encodeWith(ackchain.SyncedBlock),
  syncResponse: encodeWith(ackchain.SyncResponse),
  statusResponse: encodeWith(ackchain.StatusResponse),
};
