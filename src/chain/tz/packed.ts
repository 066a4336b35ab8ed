// Reads moment-timezone's packed time zone data (its data/packed/latest.json, which we vendor
// unchanged). Our own reader of the documented format, not moment-timezone's code:
//
//   { "version": "2026f", "zones": [...], "links": [...], "countries": [...] }
//
// A zone is "name|abbrs|offsets|indices|untils|population":
//   offsets  space-separated numbers: the offsets the zone has used, in minutes WEST of UTC (as
//            Date's getTimezoneOffset counts them);
//   indices  one digit per period of the zone's history, in order: the offset of that period;
//   untils   space-separated numbers: when the first period ends, in minutes since 1970-01-01 UTC,
//            then how long each later period lasts; the last period has no end (so there is one
//            until fewer than indices), and a zone without changes has none;
//   abbrs and population are not used here.
// Numbers are base 60 with the digits 0-9 a-z A-X, an optional '-', and at most one fractional
// digit: sixtieths of a minute, i.e. seconds (local mean times such as Berlin's +0:53:28 of 1893).
// A link is "target|alias": the alias names the target zone. "countries" is not used here.

export interface PackedDatabase {
  version: string;
  /** The packed text of each zone, by name. */
  zones: Map<string, string>;
  /** The zone each alias names, by alias. */
  links: Map<string, string>;
}

/** A zone's history: period i lasts from transitions[i - 1] (or forever before) to transitions[i]
 * (or forever after, for the last), with offsets[i]. */
export interface ZoneData {
  /** UTC milliseconds, strictly increasing. */
  transitions: number[];
  /** Seconds east of UTC, one per period: transitions.length + 1 of them. */
  offsets: number[];
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWX';
const NUMBER = /^(-?)([0-9a-zA-X]+)(?:\.([0-9a-zA-X]))?$/;
const VERSION = /^\d{4}[a-z]+$/;

/** A packed number of minutes, as whole seconds. */
function packedSeconds(text: string): number {
  const match = NUMBER.exec(text);
  if (match === null) throw new Error(`not a packed number: ${JSON.stringify(text)}`);
  let minutes = 0;
  for (const digit of match[2]) minutes = minutes * 60 + DIGITS.indexOf(digit);
  const seconds = minutes * 60 + (match[3] === undefined ? 0 : DIGITS.indexOf(match[3]));
  if (!Number.isSafeInteger(seconds * 1000)) throw new Error(`packed number out of range: ${text}`);
  return match[1] === '-' ? 0 - seconds : seconds; // 0 - x: never -0
}

const numbers = (field: string): number[] => field === '' ? [] : field.split(' ').map(packedSeconds);

/** Unpacks one zone's packed text; throws on anything malformed. */
export function unpackZone(packed: string): ZoneData {
  const fields = packed.split('|');
  const name = fields[0];
  if (fields.length !== 6) throw new Error(`zone ${name}: ${fields.length} fields, expected 6`);
  const [, , offsetsField, indicesField, untilsField] = fields;
  const westOffsets = numbers(offsetsField);
  const offsets = [...indicesField].map((digit) => {
    const index = DIGITS.indexOf(digit);
    if (index < 0 || index >= westOffsets.length) throw new Error(`zone ${name}: no offset ${JSON.stringify(digit)}`);
    return 0 - westOffsets[index];
  });
  const transitions: number[] = [];
  let until = 0;
  for (const [i, step] of numbers(untilsField).entries()) {
    if (i > 0 && step <= 0) throw new Error(`zone ${name}: transitions out of order`);
    until += step;
    if (!Number.isSafeInteger(until * 1000)) throw new Error(`zone ${name}: transition out of range`);
    transitions.push(until * 1000);
  }
  if (offsets.length !== transitions.length + 1) {
    throw new Error(`zone ${name}: ${offsets.length} periods for ${transitions.length} transitions`);
  }
  return { transitions, offsets };
}

function stringArray(value: unknown, what: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new Error(`${what} is not a list of strings`);
  return value;
}

/** Indexes the parsed JSON by name (zones are unpacked only when asked for); throws when it does
 * not have the packed format's shape, or a link names no zone. */
export function parsePackedDatabase(json: unknown): PackedDatabase {
  if (typeof json !== 'object' || json === null) throw new Error('time zone data is not an object');
  const { version, zones: packedZones, links: packedLinks } = json as Record<string, unknown>;
  if (typeof version !== 'string' || !VERSION.test(version)) throw new Error(`time zone data version ${JSON.stringify(version)}`);
  const zones = new Map<string, string>();
  for (const packed of stringArray(packedZones, 'zones')) {
    const name = packed.slice(0, packed.indexOf('|'));
    if (name === '' || zones.has(name)) throw new Error(`zone ${JSON.stringify(name)} unnamed or twice`);
    zones.set(name, packed);
  }
  const links = new Map<string, string>();
  for (const link of stringArray(packedLinks, 'links')) {
    const [target, alias, ...rest] = link.split('|');
    if (alias === undefined || rest.length > 0 || !zones.has(target) || zones.has(alias) || links.has(alias)) {
      throw new Error(`link ${JSON.stringify(link)}: not "zone|new alias"`);
    }
    links.set(alias, target);
  }
  return { version, zones, links };
}
