// Host calls: the contract writes arguments to ARG0-ARG3, then a call number to HOST_CALL. Each
// call has a fixed gas price and bounded sizes, so its cost to a node is bounded too.
import { compareBytes, toHex } from '../chain/bytes.ts';
import { sha256 } from '../chain/hash.ts';
import { IO, isReadableRange, isWritableRange } from './memory-map.ts';
import { ContractTrap, type ContractEvent, type StorageWrite } from './result.ts';

/** What the application lends a call. Synchronous: it preloads whatever the call may read. */
export interface ContractHost {
  /** The contract's stored value under `key`, as of before the call. */
  storageGet(key: Uint8Array): Uint8Array | undefined;
  /** An opaque record the call is about, by id (the application defines the ids and layouts). */
  record(id: number): Uint8Array | undefined;
}

export const HOST_CALL = {
  storageGet: 1,
  storageSet: 2,
  storageDelete: 3,
  recordGet: 4,
  emitEvent: 5,
  sha256: 6,
  return: 7,
  abort: 8,
} as const;
export type HostCallNumber = (typeof HOST_CALL)[keyof typeof HOST_CALL];

/** Gas (in M-cycles) charged when the call is made, before its arguments are checked. */
export const HOST_CALL_GAS: Readonly<Record<HostCallNumber, number>> = {
  [HOST_CALL.storageGet]: 200,
  [HOST_CALL.storageSet]: 1000,
  [HOST_CALL.storageDelete]: 500,
  [HOST_CALL.recordGet]: 100,
  [HOST_CALL.emitEvent]: 500,
  [HOST_CALL.sha256]: 1000,
  [HOST_CALL.return]: 0,
  [HOST_CALL.abort]: 0,
};

export const HOST_STATUS = { ok: 0, notFound: 1, bufferTooSmall: 2 } as const;

export const MAX_STORAGE_KEY_BYTES = 64;
export const MAX_STORAGE_VALUE_BYTES = 1024;
export const MAX_EVENT_TYPE_BYTES = 32;
export const MAX_EVENT_DATA_BYTES = 1024;
export const MAX_EVENTS = 64;
export const MAX_HASH_INPUT_BYTES = 0x2000;
export const MAX_ABORT_MESSAGE_BYTES = 256;

const EVENT_TYPE = /^[A-Za-z0-9._-]+$/;

/** The host-call side of one contract call: its storage overlay and events. */
export class HostCalls {
  readonly events: ContractEvent[] = [];
  private readonly memory: Uint8Array;
  private readonly host: ContractHost;
  // Keyed by hex so a later get in the same call sees an earlier set or delete.
  private readonly writes = new Map<string, StorageWrite>();

  constructor(memory: Uint8Array, host: ContractHost) {
    this.memory = memory;
    this.host = host;
  }

  isKnown(callNumber: number): callNumber is HostCallNumber {
    return callNumber >= HOST_CALL.storageGet && callNumber <= HOST_CALL.abort;
  }

  /** Performs a call whose gas was already charged. Returns true when the contract returned. */
  perform(callNumber: HostCallNumber): boolean {
    switch (callNumber) {
      case HOST_CALL.storageGet: {
        const key = this.key();
        const value = this.storedValue(key);
        this.copyOut(value, this.arg(IO.arg2), this.arg(IO.arg3));
        return false;
      }
      case HOST_CALL.storageSet: {
        const key = this.key();
        const value = this.source(IO.arg2, IO.arg3, 'storage value', 0, MAX_STORAGE_VALUE_BYTES);
        this.writes.set(toHex(key), { key, value });
        return false;
      }
      case HOST_CALL.storageDelete: {
        const key = this.key();
        this.writes.set(toHex(key), { key, value: undefined });
        return false;
      }
      case HOST_CALL.recordGet:
        this.copyOut(this.host.record(this.arg(IO.arg0)), this.arg(IO.arg1), this.arg(IO.arg2));
        return false;
      case HOST_CALL.emitEvent: {
        if (this.events.length >= MAX_EVENTS) throw new ContractTrap('bad_host_call', `more than ${MAX_EVENTS} events`);
        const type = this.source(IO.arg0, IO.arg1, 'event type', 1, MAX_EVENT_TYPE_BYTES);
        const text = String.fromCharCode(...type);
        if (!EVENT_TYPE.test(text)) throw new ContractTrap('bad_host_call', 'event type may only contain [A-Za-z0-9._-]');
        this.events.push({ type: text, data: this.source(IO.arg2, IO.arg3, 'event data', 0, MAX_EVENT_DATA_BYTES) });
        return false;
      }
      case HOST_CALL.sha256: {
        const data = this.source(IO.arg0, IO.arg1, 'hash input', 0, MAX_HASH_INPUT_BYTES);
        const destination = this.arg(IO.arg2);
        if (!isWritableRange(destination, 32)) throw new ContractTrap('bad_host_call', `hash destination ${hex(destination)} is not 32 bytes of writable RAM`);
        this.memory.set(sha256(data), destination);
        return false;
      }
      case HOST_CALL.return: {
        const length = this.arg(IO.arg0);
        this.memory[IO.outputLength] = length & 0xff;
        this.memory[IO.outputLength + 1] = length >>> 8;
        return true;
      }
      case HOST_CALL.abort: {
        const message = this.source(IO.arg0, IO.arg1, 'abort message', 0, MAX_ABORT_MESSAGE_BYTES);
        throw new ContractTrap('aborted', `contract aborted: ${new TextDecoder().decode(message)}`);
      }
    }
  }

  /** The buffered storage writes, sorted by key bytes. */
  storageWrites(): StorageWrite[] {
    return [...this.writes.values()].sort((a, b) => compareBytes(a.key, b.key));
  }

  private storedValue(key: Uint8Array): Uint8Array | undefined {
    const written = this.writes.get(toHex(key));
    return written !== undefined ? written.value : this.host.storageGet(key);
  }

  private key(): Uint8Array {
    return this.source(IO.arg0, IO.arg1, 'storage key', 1, MAX_STORAGE_KEY_BYTES);
  }

  private arg(register: number): number {
    return this.memory[register] | (this.memory[register + 1] << 8);
  }

  /** Copies [ARGn, ARGn + ARGm) out of memory after checking its length. */
  private source(pointerRegister: number, lengthRegister: number, what: string, minLength: 0 | 1, maxLength: number): Uint8Array {
    const start = this.arg(pointerRegister);
    const length = this.arg(lengthRegister);
    if (length < minLength || length > maxLength) throw new ContractTrap('bad_host_call', `${what} is ${length} bytes, must be ${minLength} to ${maxLength}`);
    if (!isReadableRange(start, length)) throw new ContractTrap('bad_host_call', `${what} at ${hex(start)} runs past 0xFFFF`);
    return this.memory.slice(start, start + length);
  }

  /** Puts `value` into [destination, destination + capacity) and sets RESULT and STATUS. */
  private copyOut(value: Uint8Array | undefined, destination: number, capacity: number): void {
    if (!isWritableRange(destination, capacity)) throw new ContractTrap('bad_host_call', `buffer ${hex(destination)}+${capacity} is not writable RAM`);
    let status: number = HOST_STATUS.ok;
    const length = value === undefined ? 0 : Math.min(value.length, 0xffff);
    if (value === undefined) status = HOST_STATUS.notFound;
    else if (value.length > capacity) status = HOST_STATUS.bufferTooSmall;
    else this.memory.set(value, destination);
    this.memory[IO.result] = length & 0xff;
    this.memory[IO.result + 1] = length >>> 8;
    this.memory[IO.status] = status;
  }
}

function hex(n: number): string {
  return '0x' + n.toString(16).padStart(4, '0');
}
