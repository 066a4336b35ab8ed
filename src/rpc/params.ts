// Reading JSON-RPC params: named params only (an object), each checked with a clear message.
import { fromHex } from '../chain/bytes.ts';
import { isSlug } from '../chain/genesis.ts';
import { echo, invalidParams } from './errors.ts';

/** What a team id is, as the genesis checks it (src/chain/genesis.ts isSlug). */
const TEAM_ID_RULE = '1 to 32 lowercase letters, digits and inner dashes';

export class Params {
  readonly #raw: Record<string, unknown>;
  readonly #known = new Set<string>();

  constructor(raw: unknown) {
    if (raw === undefined || raw === null) raw = {};
    if (typeof raw !== 'object' || Array.isArray(raw)) throw invalidParams('params must be an object of named parameters');
    this.#raw = raw as Record<string, unknown>;
  }

  #get(name: string): unknown {
    this.#known.add(name);
    return this.#raw[name];
  }

  string(name: string): string;
  string(name: string, optional: true): string | undefined;
  string(name: string, optional = false): string | undefined {
    const v = this.#get(name);
    if (v === undefined && optional) return undefined;
    if (typeof v !== 'string') throw invalidParams(`"${name}" must be a string`);
    return v;
  }

  /** A team id: a string that is a slug, as the genesis requires of every team; refused before it reaches the node. */
  team(name: string): string;
  team(name: string, optional: true): string | undefined;
  team(name: string, optional = false): string | undefined {
    const v = optional ? this.string(name, true) : this.string(name);
    if (v !== undefined && !isSlug(v)) throw invalidParams(`"${name}" must be a team id (${TEAM_ID_RULE}), got "${echo(v)}"`);
    return v;
  }

  uint(name: string): number;
  uint(name: string, optional: true): number | undefined;
  uint(name: string, optional = false): number | undefined {
    const v = this.#get(name);
    if (v === undefined && optional) return undefined;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw invalidParams(`"${name}" must be a non-negative integer`);
    return v;
  }

  /** An optional integer from `min` to `max`; `fallback` when absent. */
  intIn(name: string, min: number, max: number, fallback: number): number {
    const v = this.uint(name, true) ?? fallback;
    if (v < min || v > max) throw invalidParams(`"${name}" must be ${min} to ${max}`);
    return v;
  }

  hex(name: string, length?: number): Uint8Array;
  hex(name: string, length: number | undefined, optional: true): Uint8Array | undefined;
  hex(name: string, length?: number, optional = false): Uint8Array | undefined {
    const v = this.string(name, true);
    if (v === undefined) {
      if (optional) return undefined;
      throw invalidParams(`"${name}" is required`);
    }
    try {
      return fromHex(v, length);
    } catch (e) {
      throw invalidParams(`"${name}": ${(e as Error).message}`);
    }
  }

  oneOf<T extends string>(name: string, values: readonly T[], fallback: T): T {
    const v = this.string(name, true) ?? fallback;
    if (!values.includes(v as T)) throw invalidParams(`"${name}" must be one of ${values.join(', ')}`);
    return v as T;
  }

  /** Refuses names the method does not take, so that a misspelt filter is not silently ignored. */
  done(): void {
    for (const name of Object.keys(this.#raw)) if (!this.#known.has(name)) throw invalidParams(`unknown parameter "${echo(name)}"`);
  }
}
