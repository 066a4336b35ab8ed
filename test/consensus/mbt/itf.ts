// Reading ITF traces (the Informal Trace Format that Quint writes with --out-itf:
// https://apalache-mc.org/docs/adr/015adr-trace.html) into plain values: {"#bigint": "7"} becomes
// the number 7 (it must be a safe integer), {"#tup": [...]} and {"#set": [...]} arrays, {"#map":
// [[k, v], ...]} a Map (in the order the trace lists it), a Quint sum type {"tag", "value"} stays
// {tag, value}, and records lose their "#meta" field.
import fs from 'node:fs';
import zlib from 'node:zlib';

export interface ItfTrace {
  readonly meta: Record<string, unknown>;
  /** The state variables, with any module-instance prefix ("line28Test::N4F1::system") removed. */
  readonly vars: readonly string[];
  /** One record per state, keyed by the unprefixed variable names. */
  readonly states: readonly Record<string, unknown>[];
}

export interface Variant<T extends string = string, V = unknown> {
  readonly tag: T;
  readonly value: V;
}

export function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  if ('#bigint' in o) {
    const n = Number(o['#bigint']);
    if (!Number.isSafeInteger(n) || String(n) !== String(o['#bigint'])) throw new RangeError(`ITF integer ${String(o['#bigint'])} is not a safe integer`);
    return n;
  }
  if ('#tup' in o) return (o['#tup'] as unknown[]).map(decode);
  if ('#set' in o) return (o['#set'] as unknown[]).map(decode);
  if ('#map' in o) return new Map((o['#map'] as [unknown, unknown][]).map(([k, v]) => [decode(k), decode(v)]));
  if ('#unserializable' in o) throw new TypeError(`ITF value is unserializable: ${String(o['#unserializable'])}`);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (k !== '#meta') out[k] = decode(v);
  return out;
}

/** The unprefixed name of a state variable: "line28Test::N4F1::_hist" -> "_hist". */
export function shortName(name: string): string {
  const i = name.lastIndexOf('::');
  return i < 0 ? name : name.slice(i + 2);
}

export function parseTrace(json: string): ItfTrace {
  const raw = JSON.parse(json) as { '#meta'?: Record<string, unknown>; vars?: string[]; states?: Record<string, unknown>[] };
  if (!Array.isArray(raw.vars) || !Array.isArray(raw.states)) throw new TypeError('not an ITF trace: vars and states must be arrays');
  const vars = raw.vars.map(shortName);
  const states = raw.states.map((s) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(s)) if (k !== '#meta') out[shortName(k)] = decode(v);
    return out;
  });
  return { meta: raw['#meta'] ?? {}, vars, states };
}

/** Reads a trace file, gzipped (.gz) or not. */
export function readTrace(file: string): ItfTrace {
  const bytes = fs.readFileSync(file);
  return parseTrace((file.endsWith('.gz') ? zlib.gunzipSync(bytes) : bytes).toString('utf8'));
}

/** A Quint sum type value; `tag` alone for a unit variant. */
export function variant(value: unknown, where: string): Variant {
  if (value === null || typeof value !== 'object' || typeof (value as Variant).tag !== 'string') {
    throw new TypeError(`${where}: expected a Quint variant {tag, value}, got ${JSON.stringify(value)}`);
  }
  return value as Variant;
}
