// Persistent peers: dialled at start and re-dialled forever while they are not connected, with a
// capped exponential backoff. Time comes from an injected clock so that tests drive it without
// sleeping (node/clock.ts's Clock fits this shape).

export interface Timer {
  cancel(): void;
}

export interface Timers {
  /** Milliseconds; only differences are used. */
  now(): number;
  /** Calls `fn` once after `delayMs`. */
  setTimer(delayMs: number, fn: () => void): Timer;
}

export const realTimers: Timers = {
  now: () => performance.now(),
  setTimer: (delayMs, fn) => {
    const handle = setTimeout(fn, delayMs);
    return { cancel: () => clearTimeout(handle) };
  },
};

export interface BackoffOptions {
  /** Delay before the first re-dial. */
  initialMs: number;
  /** The cap the delay grows to; attempts go on forever at this interval. */
  maxMs: number;
  /** Growth per failed attempt. */
  factor: number;
  /**
   * A connection that lasted at least this long resets the backoff when it drops. A shorter one
   * (such as a peer whose gater refuses us right after the handshake) counts as a failed attempt,
   * so a refusing peer is not hammered at the initial delay.
   */
  stableMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 1000, maxMs: 60_000, factor: 2, stableMs: 10_000 };

/** The delay before re-dial number `attempt` (0-based). */
export function backoffDelay(attempt: number, o: BackoffOptions): number {
  // Stop multiplying once at the cap, so that no power overflows after days of attempts.
  let delay = o.initialMs;
  for (let i = 0; i < attempt && delay < o.maxMs; i++) delay *= o.factor;
  return Math.min(o.maxMs, delay);
}

interface PeerState {
  attempt: number;
  connectedAt: number | undefined;
  dialling: boolean;
  timer: Timer | undefined;
  nextDialAt: number | undefined;
}

export interface PersistentPeerStatus {
  peerId: string;
  connected: boolean;
  /** Failed attempts since the last stable connection. */
  attempt: number;
  /** When the next dial is due (Timers.now() time), if one is scheduled. */
  nextDialAt: number | undefined;
}

export interface PersistentPeersOptions {
  peers: readonly string[];
  /** Dials one peer; rejects when the dial fails. Connection events arrive through onConnect. */
  dial: (peerId: string) => Promise<void>;
  timers: Timers;
  backoff: BackoffOptions;
  /** Routine progress is 'debug'; a peer still unreachable after several attempts is 'warn', for the operator. */
  log?: (message: string, level: 'debug' | 'warn') => void;
}

/** After this many failed dials in a row, and every WARN_EVERY after, the failure is logged as a warning. */
const WARN_AFTER = 3;
const WARN_EVERY = 20;

export class PersistentPeers {
  readonly #peers = new Map<string, PeerState>();
  readonly #o: PersistentPeersOptions;
  #running = false;

  constructor(options: PersistentPeersOptions) {
    this.#o = options;
    for (const id of options.peers) {
      this.#peers.set(id, { attempt: 0, connectedAt: undefined, dialling: false, timer: undefined, nextDialAt: undefined });
    }
  }

  /** Dials every persistent peer that is not connected yet. */
  start(): void {
    this.#running = true;
    for (const [id, s] of this.#peers) if (s.connectedAt === undefined) this.#dial(id);
  }

  /** Cancels every scheduled dial; dials in flight are left to their own abort signals. */
  stop(): void {
    this.#running = false;
    for (const s of this.#peers.values()) {
      s.timer?.cancel();
      s.timer = undefined;
      s.nextDialAt = undefined;
    }
  }

  has(peerId: string): boolean {
    return this.#peers.has(peerId);
  }

  onConnect(peerId: string): void {
    const s = this.#peers.get(peerId);
    if (s === undefined) return;
    s.connectedAt = this.#o.timers.now();
    s.timer?.cancel();
    s.timer = undefined;
    s.nextDialAt = undefined;
  }

  onDisconnect(peerId: string): void {
    const s = this.#peers.get(peerId);
    if (s === undefined || s.connectedAt === undefined) return;
    if (this.#o.timers.now() - s.connectedAt >= this.#o.backoff.stableMs) s.attempt = 0;
    s.connectedAt = undefined;
    this.#schedule(peerId, s);
  }

  status(): PersistentPeerStatus[] {
    return [...this.#peers].map(([peerId, s]) => ({ peerId, connected: s.connectedAt !== undefined, attempt: s.attempt, nextDialAt: s.nextDialAt }));
  }

  #schedule(peerId: string, s: PeerState): void {
    if (!this.#running || s.timer !== undefined || s.dialling || s.connectedAt !== undefined) return;
    const delay = backoffDelay(s.attempt, this.#o.backoff);
    s.attempt++;
    s.nextDialAt = this.#o.timers.now() + delay;
    this.#o.log?.(`re-dialling ${peerId} in ${delay} ms (attempt ${s.attempt})`, 'debug');
    s.timer = this.#o.timers.setTimer(delay, () => {
      s.timer = undefined;
      s.nextDialAt = undefined;
      this.#dial(peerId);
    });
  }

  #dial(peerId: string): void {
    const s = this.#peers.get(peerId)!;
    if (!this.#running || s.dialling || s.connectedAt !== undefined) return;
    s.dialling = true;
    this.#o.dial(peerId).then(
      () => {
        s.dialling = false;
        // The dial resolved but no connection event came (or it is already gone): try again later.
        if (s.connectedAt === undefined) this.#schedule(peerId, s);
      },
      (e: unknown) => {
        s.dialling = false;
        const failed = s.attempt + 1;
        const warn = failed === WARN_AFTER || (failed > WARN_AFTER && (failed - WARN_AFTER) % WARN_EVERY === 0);
        this.#o.log?.(warn
          ? `cannot connect to persistent peer ${peerId} (${failed} attempts; last: ${(e as Error)?.message ?? String(e)}): is it running, is its address in p2p.persistent_peers right, and do both nodes have the same network key?`
          : `dial ${peerId} failed: ${(e as Error)?.message ?? String(e)}`, warn ? 'warn' : 'debug');
        this.#schedule(peerId, s);
      },
    );
  }
}
