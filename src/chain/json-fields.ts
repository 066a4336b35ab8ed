// Reading human-edited JSON (or YAML) documents field by field: genesis.json, policy and schedule
// files. Every error names the field's path; a misspelt key is an error with a suggestion, not a
// key silently ignored.
import { fromHex } from './bytes.ts';

export type Json = Record<string, unknown>;

/** A field of a JSON (or YAML) document that is missing, mistyped or out of range. */
export class FieldError extends Error {
  override name = 'FieldError';
  readonly path: string;
  readonly reason: string;
  constructor(path: string, reason: string) {
    super(`${path}: ${reason}`);
    this.path = path;
    this.reason = reason;
  }
}

export function fail(path: string, message: string): never {
  throw new FieldError(path, message);
}

/** Edit distance between two strings (Levenshtein). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/** The known key a misspelt one probably meant: at most two edits away, case and underscores aside. */
export function closest(key: string, known: readonly string[]): string | undefined {
  const plain = (text: string): string => text.toLowerCase().replaceAll('_', '');
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = distance(plain(key), plain(candidate));
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** An object with only `known` keys: a misspelt key would otherwise be ignored, silently. */
export function fields(value: unknown, path: string, known: readonly string[]): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path || '(root)', 'must be an object');
  const json = value as Json;
  for (const key of Object.keys(json)) {
    if (known.includes(key)) continue;
    const guess = closest(key, known);
    fail(path ? `${path}.${key}` : key, `unknown field${guess ? ` (did you mean "${guess}"?)` : ''}`);
  }
  return json;
}

export function array(value: unknown, path: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(path, 'must be an array');
  return value;
}

export function string(value: unknown, path: string, optional = false): string {
  if (value === undefined) return optional ? '' : fail(path, 'missing');
  if (typeof value !== 'string') fail(path, 'must be a string');
  return value;
}

export function uint(value: unknown, path: string): number {
  if (value === undefined) fail(path, 'missing');
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) fail(path, 'must be a non-negative integer');
  return value;
}

/** Bytes written as hex; exactly `length` of them when given. */
export function hexBytes(value: unknown, path: string, length?: number): Uint8Array {
  const text = string(value, path);
  try {
    return fromHex(text, length);
  } catch (e) {
    fail(path, (e as Error).message);
  }
}

