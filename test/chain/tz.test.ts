// The pinned time zone database: golden offsets and conversions written down by hand, the host's
// Intl (a different tzdb build, ICU's) as an independent oracle for offsets, the calendar
// arithmetic against Date's UTC fields, and the vendored file against the hash of what
// `npm run tzdb` writes.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { civilFromDays, daysFromCivil, dayOfWeek, floorDiv, floorMod } from '../../src/chain/tz/civil.ts';
import { getZone, localToUtc, TZDB_FILE, TZDB_VERSION, utcToLocal, type Zone } from '../../src/chain/tz/index.ts';
import { parsePackedDatabase, unpackZone } from '../../src/chain/tz/packed.ts';

/** An instant written as ISO 8601 UTC. */
function utc(iso: string): number {
  assert.ok(iso.endsWith('Z'), iso);
  return Date.parse(iso);
}

function zone(name: string): Zone {
  const z = getZone(name);
  assert.ok(z !== undefined, `no zone ${name}`);
  return z;
}

const HOUR = 3600;

describe('chain/tz: the pinned time zone database', () => {
  describe('offsets', () => {
    it('switches exactly at the transition instant (Berlin, spring forward 2026-03-29 01:00 UTC)', () => {
      const berlin = zone('Europe/Berlin');
      assert.equal(berlin.offsetSecondsAt(utc('2026-03-29T00:59:59.999Z')), 1 * HOUR);
      assert.equal(berlin.offsetSecondsAt(utc('2026-03-29T01:00:00.000Z')), 2 * HOUR);
      assert.equal(berlin.offsetSecondsAt(utc('2026-10-25T00:59:59.999Z')), 2 * HOUR);
      assert.equal(berlin.offsetSecondsAt(utc('2026-10-25T01:00:00.000Z')), 1 * HOUR);
    });

    it('falls back in New York on 2026-11-01 at 06:00 UTC (02:00 EDT)', () => {
      const ny = zone('America/New_York');
      assert.equal(ny.offsetSecondsAt(utc('2026-03-08T06:59:59.999Z')), -5 * HOUR);
      assert.equal(ny.offsetSecondsAt(utc('2026-03-08T07:00:00.000Z')), -4 * HOUR);
      assert.equal(ny.offsetSecondsAt(utc('2026-11-01T05:59:59.999Z')), -4 * HOUR);
      assert.equal(ny.offsetSecondsAt(utc('2026-11-01T06:00:00.000Z')), -5 * HOUR);
    });

    it('has Lord Howe Island\'s half-hour daylight saving (+10:30 / +11:00)', () => {
      const lordHowe = zone('Australia/Lord_Howe');
      // Ends 2026-04-05 02:00 +11:00, starts 2026-10-04 02:00 +10:30.
      assert.equal(lordHowe.offsetSecondsAt(utc('2026-04-04T14:59:59.999Z')), 11 * HOUR);
      assert.equal(lordHowe.offsetSecondsAt(utc('2026-04-04T15:00:00.000Z')), 10.5 * HOUR);
      assert.equal(lordHowe.offsetSecondsAt(utc('2026-10-03T15:29:59.999Z')), 10.5 * HOUR);
      assert.equal(lordHowe.offsetSecondsAt(utc('2026-10-03T15:30:00.000Z')), 11 * HOUR);
    });

    it('has Kathmandu at +5:45 since 1986 (+5:30 before)', () => {
      const kathmandu = zone('Asia/Kathmandu');
      assert.equal(kathmandu.offsetSecondsAt(utc('1985-12-31T18:29:59.999Z')), 5.5 * HOUR);
      assert.equal(kathmandu.offsetSecondsAt(utc('1985-12-31T18:30:00.000Z')), 5.75 * HOUR);
      assert.equal(kathmandu.offsetSecondsAt(utc('2026-06-01T00:00:00.000Z')), 5.75 * HOUR);
    });

    it('keeps offsets of whole seconds: Monrovia was -0:44:30 until 1972', () => {
      const monrovia = zone('Africa/Monrovia');
      assert.equal(monrovia.offsetSecondsAt(utc('1970-01-01T00:00:00Z')), -(44 * 60 + 30));
      assert.equal(monrovia.offsetSecondsAt(utc('1972-01-07T00:44:29.999Z')), -(44 * 60 + 30));
      assert.equal(monrovia.offsetSecondsAt(utc('1972-01-07T00:44:30.000Z')), 0);
    });

    it('holds the first offset before the data and the last one after it (2499)', () => {
      const berlin = zone('Europe/Berlin');
      assert.equal(berlin.offsetSecondsAt(utc('1800-07-01T00:00:00Z')), 53 * 60 + 28); // local mean time
      assert.equal(berlin.offsetSecondsAt(utc('2499-07-01T00:00:00Z')), 2 * HOUR);
      assert.equal(berlin.offsetSecondsAt(utc('2600-07-01T00:00:00Z')), 1 * HOUR); // no summer time any more
      assert.equal(zone('UTC').offsetSecondsAt(8.64e15), 0);
    });
  });

  describe('names', () => {
    it('knows exact IANA names only', () => {
      for (const name of ['Mars/Olympus_Mons', 'europe/berlin', 'Europe/Berlin ', '', '__proto__', 'constructor', 'EST5EDT|x']) {
        assert.equal(getZone(name), undefined, name);
      }
    });

    it('resolves aliases to their zone, keeping the name asked for', () => {
      const calcutta = zone('Asia/Calcutta');
      assert.equal(calcutta.name, 'Asia/Calcutta');
      assert.equal(calcutta.offsetSecondsAt(utc('2026-01-01T00:00:00Z')), 5.5 * HOUR);
      const usEastern = zone('US/Eastern');
      assert.equal(usEastern.offsetSecondsAt(utc('2026-11-01T05:59:59.999Z')), -4 * HOUR);
      assert.equal(usEastern.offsetSecondsAt(utc('2026-11-01T06:00:00.000Z')), -5 * HOUR);
      assert.equal(zone('UTC').offsetSecondsAt(utc('2026-01-01T00:00:00Z')), 0);
    });

    it('caches each zone', () => {
      assert.equal(getZone('Europe/Paris'), getZone('Europe/Paris'));
    });
  });

  describe('local wall times', () => {
    const berlin = () => zone('Europe/Berlin');
    const ny = () => zone('America/New_York');
    const minute = (h: number, m: number) => h * 60 + m;

    it('maps a wall time that happens once to its instant', () => {
      assert.equal(localToUtc(berlin(), 2026, 1, 15, minute(9, 0)), utc('2026-01-15T08:00:00Z'));
      assert.equal(localToUtc(berlin(), 2026, 7, 15, minute(9, 0)), utc('2026-07-15T07:00:00Z'));
      assert.equal(localToUtc(berlin(), 2026, 3, 29, minute(1, 59)), utc('2026-03-29T00:59:00Z'));
      assert.equal(localToUtc(berlin(), 2026, 3, 29, minute(3, 0)), utc('2026-03-29T01:00:00Z'));
      assert.equal(localToUtc(berlin(), 2026, 10, 25, minute(3, 0)), utc('2026-10-25T02:00:00Z'));
      assert.equal(localToUtc(zone('Asia/Kathmandu'), 2026, 1, 1, 0), utc('2025-12-31T18:15:00Z'));
    });

    it('moves a skipped wall time forward by the gap (Temporal "compatible")', () => {
      assert.equal(localToUtc(berlin(), 2026, 3, 29, minute(2, 0)), utc('2026-03-29T01:00:00Z'));
      assert.equal(localToUtc(berlin(), 2026, 3, 29, minute(2, 30)), utc('2026-03-29T01:30:00Z'));
      assert.equal(localToUtc(berlin(), 2026, 3, 29, minute(2, 59)), utc('2026-03-29T01:59:00Z'));
      assert.equal(localToUtc(ny(), 2026, 3, 8, minute(2, 30)), utc('2026-03-08T07:30:00Z'));
      // Lord Howe skips half an hour: 02:00-02:30 +10:30 on 2026-10-04.
      assert.equal(localToUtc(zone('Australia/Lord_Howe'), 2026, 10, 4, minute(2, 15)), utc('2026-10-03T15:45:00Z'));
    });

    it('maps a repeated wall time to the earlier instant', () => {
      assert.equal(localToUtc(berlin(), 2026, 10, 25, minute(2, 0)), utc('2026-10-25T00:00:00Z'));
      assert.equal(localToUtc(berlin(), 2026, 10, 25, minute(2, 30)), utc('2026-10-25T00:30:00Z'));
      assert.equal(localToUtc(ny(), 2026, 11, 1, minute(1, 30)), utc('2026-11-01T05:30:00Z'));
      assert.equal(localToUtc(zone('Australia/Lord_Howe'), 2026, 4, 5, minute(1, 45)), utc('2026-04-04T14:45:00Z'));
    });

    it('reads an instant as the wall clock shows it', () => {
      assert.deepEqual(utcToLocal(berlin(), utc('2026-03-29T01:00:00.005Z')),
        { year: 2026, month: 3, day: 29, dayOfWeek: 7, minuteOfDay: minute(3, 0), msOfMinute: 5 });
      assert.deepEqual(utcToLocal(ny(), utc('2026-11-01T06:30:00Z')),
        { year: 2026, month: 11, day: 1, dayOfWeek: 7, minuteOfDay: minute(1, 30), msOfMinute: 0 });
      assert.deepEqual(utcToLocal(zone('UTC'), utc('1969-12-31T23:59:59.999Z')),
        { year: 1969, month: 12, day: 31, dayOfWeek: 3, minuteOfDay: minute(23, 59), msOfMinute: 59_999 });
      assert.deepEqual(utcToLocal(zone('Pacific/Kiritimati'), utc('2026-12-31T10:00:00Z')),
        { year: 2027, month: 1, day: 1, dayOfWeek: 5, minuteOfDay: 0, msOfMinute: 0 });
      assert.deepEqual(utcToLocal(zone('Africa/Monrovia'), 0),
        { year: 1969, month: 12, day: 31, dayOfWeek: 3, minuteOfDay: minute(23, 15), msOfMinute: 30_000 });
    });

    it('refuses dates and times that do not exist on any calendar', () => {
      const b = berlin();
      assert.throws(() => localToUtc(b, 2026, 13, 1, 0), RangeError);
      assert.throws(() => localToUtc(b, 2026, 0, 1, 0), RangeError);
      assert.throws(() => localToUtc(b, 2026, 2, 29, 0), RangeError);
      assert.throws(() => localToUtc(b, 2026, 4, 31, 0), RangeError);
      assert.throws(() => localToUtc(b, 2026, 1, 1, 1440), RangeError);
      assert.throws(() => localToUtc(b, 2026, 1, 1, -1), RangeError);
      assert.throws(() => localToUtc(b, 2026, 1, 1.5, 0), RangeError);
      assert.throws(() => localToUtc(b, 300_000, 1, 1, 0), RangeError);
      assert.equal(localToUtc(b, 2024, 2, 29, 0), utc('2024-02-28T23:00:00Z'));
      for (const bad of [Number.NaN, 1.5, 8.64e15 + 1, Number.MAX_SAFE_INTEGER]) assert.throws(() => utcToLocal(b, bad), RangeError);
    });

    it('round-trips: an instant\'s wall time maps back to it, or to the earlier reading of a repeated hour', () => {
      const names = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Apia', 'America/Santiago', 'Asia/Tehran'];
      fc.assert(fc.property(fc.constantFrom(...names), fc.integer({ min: utc('1900-01-01T00:00:00Z'), max: utc('2100-01-01T00:00:00Z') }), (name, at) => {
        const z = zone(name);
        const local = utcToLocal(z, at);
        const back = localToUtc(z, local.year, local.month, local.day, local.minuteOfDay) + local.msOfMinute;
        assert.deepEqual(utcToLocal(z, back), local);
        assert.ok(back <= at);
        if (back < at) assert.equal(at - back, (z.offsetSecondsAt(back) - z.offsetSecondsAt(at)) * 1000);
      }), { numRuns: 3000 });
    });
  });

  describe('against the host\'s Intl (ICU, an independent build of the tzdb)', () => {
    // Zones whose rules are settled: the host's ICU may have an older or newer tzdb release than
    // ours (Node 24.21 has 2026c, in which Cuba still fell back in November 2026; 2026f has it not).
    const zones = [
      'America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage',
      'Pacific/Honolulu', 'America/Sao_Paulo', 'America/Santiago', 'America/St_Johns', 'America/Mexico_City', 'Europe/Lisbon',
      'Europe/London', 'Europe/Dublin', 'Europe/Berlin', 'Europe/Moscow', 'Europe/Istanbul', 'Africa/Cairo', 'Africa/Johannesburg',
      'Asia/Tehran', 'Asia/Kolkata', 'Asia/Kathmandu', 'Asia/Shanghai', 'Asia/Tokyo', 'Australia/Sydney', 'Australia/Adelaide',
      'Australia/Lord_Howe', 'Pacific/Auckland', 'Pacific/Chatham', 'Pacific/Apia', 'Pacific/Kiritimati', 'Asia/Calcutta', 'US/Eastern',
    ];
    const formats = new Map(zones.map((name) => [name, new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: 'longOffset' })]));
    const OFFSET = /^GMT(?:([+-])(\d\d):(\d\d)(?::(\d\d))?)?$/;

    function intlOffsetSeconds(name: string, at: number): number {
      const text = formats.get(name)!.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';
      const m = OFFSET.exec(text);
      assert.ok(m !== null, `Intl offset ${JSON.stringify(text)}`);
      if (m[1] === undefined) return 0;
      const seconds = Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0);
      return m[1] === '-' ? -seconds : seconds;
    }

    it('agrees on the offset of random instants 1990-2036 in 33 zones', () => {
      fc.assert(fc.property(fc.constantFrom(...zones), fc.integer({ min: utc('1990-01-01T00:00:00Z'), max: utc('2037-01-01T00:00:00Z') }), (name, at) => {
        assert.equal(zone(name).offsetSecondsAt(at), intlOffsetSeconds(name, at), `${name} at ${new Date(at).toISOString()}`);
      }), { numRuns: 4000 });
    });

    it('agrees on each 2026 transition to the millisecond, and every six hours between', () => {
      const HOUR_MS = 3_600_000;
      for (const name of zones) {
        const z = zone(name);
        for (let at = utc('2026-01-01T00:00:00Z'); at < utc('2027-01-01T00:00:00Z'); at += HOUR_MS) {
          if (at % (6 * HOUR_MS) === 0) assert.equal(z.offsetSecondsAt(at), intlOffsetSeconds(name, at), `${name} at ${new Date(at).toISOString()}`);
          if (z.offsetSecondsAt(at) === z.offsetSecondsAt(at + HOUR_MS)) continue;
          // Our transition within the hour (the first instant with the new offset), then Intl's view of either side.
          let [lo, hi] = [at, at + HOUR_MS];
          while (hi - lo > 1) {
            const mid = lo + Math.floor((hi - lo) / 2);
            if (z.offsetSecondsAt(mid) === z.offsetSecondsAt(at)) lo = mid;
            else hi = mid;
          }
          for (const t of [lo, hi]) assert.equal(z.offsetSecondsAt(t), intlOffsetSeconds(name, t), `${name} at ${new Date(t).toISOString()}`);
        }
      }
    });
  });

  describe('calendar arithmetic', () => {
    it('numbers days from 1970-01-01', () => {
      const golden: [number, number, number, number, number][] = [
        // year, month, day, day number, ISO day of week
        [1970, 1, 1, 0, 4],
        [1969, 12, 31, -1, 3],
        [2000, 3, 1, 11_017, 3],
        [2026, 3, 29, 20_541, 7],
        [1600, 2, 29, -135_081, 2],
        [2400, 2, 29, 157_113, 2],
        [1, 1, 1, -719_162, 1],
      ];
      for (const [year, month, day, days, weekday] of golden) {
        assert.equal(daysFromCivil(year, month, day), days, `${year}-${month}-${day}`);
        assert.deepEqual(civilFromDays(days), { year, month, day });
        assert.equal(dayOfWeek(days), weekday);
      }
    });

    it('agrees with Date\'s UTC calendar over its whole range', () => {
      fc.assert(fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), (days) => {
        const date = new Date(days * 86_400_000);
        const civil = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
        assert.deepEqual(civilFromDays(days), civil);
        assert.equal(daysFromCivil(civil.year, civil.month, civil.day), days);
        assert.equal(dayOfWeek(days), date.getUTCDay() === 0 ? 7 : date.getUTCDay());
      }), { numRuns: 2000 });
    });

    it('divides safe integers exactly, rounding down', () => {
      assert.equal(floorDiv(-1, 3), -1);
      assert.equal(floorDiv(-3, 3), -1);
      assert.equal(floorDiv(0, 3), 0);
      assert.ok(Object.is(floorMod(-3, 3), 0));
      assert.equal(floorDiv(9_007_199_254_740_991, 4), 2_251_799_813_685_247);
      assert.equal(floorDiv(-9_007_199_254_740_991, 86_400_000), -104_249_992);
      fc.assert(fc.property(fc.maxSafeInteger(), fc.integer({ min: 1, max: 2 ** 40 }), (a, b) => {
        const q = floorDiv(a, b);
        const r = floorMod(a, b);
        assert.equal(BigInt(q), (BigInt(a) - BigInt(r)) / BigInt(b));
        assert.ok(r >= 0 && r < b);
        assert.equal(BigInt(q) * BigInt(b) + BigInt(r), BigInt(a));
      }));
    });
  });

  describe('the packed format', () => {
    it('reads base-60 minutes with a seconds digit, west offsets and cumulative untils', () => {
      // Offsets: -10 = -60 min west, i.e. +3600 s; -20.u = -(120 min + 30 s), i.e. +7230 s.
      // Untils: 1a = 70 min; then 2b.c = 131 min 12 s later; then 1 = 1 min later.
      const data = unpackZone('Test/Zone|A B|-10 -20.u|0101|1a 2b.c 1|0');
      assert.deepEqual(data.offsets, [3600, 7230, 3600, 7230]);
      assert.deepEqual(data.transitions, [4_200_000, (4200 + 7872) * 1000, (4200 + 7872 + 60) * 1000]);
      assert.deepEqual(unpackZone('Etc/UTC|UTC|0|0||'), { transitions: [], offsets: [0] });
      assert.deepEqual(unpackZone('Test/West|A|50|0||'), { transitions: [], offsets: [-18_000] });
    });

    it('refuses malformed zones and databases', () => {
      for (const bad of [
        'Test/Zone|A|-10|0|', // 5 fields
        'Test/Zone|A|-10|01||0', // 2 periods, no transition
        'Test/Zone|A|-10|0|1|0', // 1 period, 1 transition
        'Test/Zone|A B|-10 0|02|1|0', // no offset 2
        'Test/Zone|A B|-10 0|01|Y|0', // Y is no base-60 digit
        'Test/Zone|A B|-10 0|01|1.ab|0', // two fractional digits
        'Test/Zone|A B|-10 0|010|10 -1|0', // a period of negative length
      ]) {
        assert.throws(() => unpackZone(bad), Error, bad);
      }
      const zones = ['A/B|A|0|0||'];
      assert.throws(() => parsePackedDatabase({ version: 'latest', zones, links: [] }), /version/);
      assert.throws(() => parsePackedDatabase({ version: '2026f', zones: [1], links: [] }), /zones/);
      assert.throws(() => parsePackedDatabase({ version: '2026f', zones: [...zones, ...zones], links: [] }), /twice/);
      assert.throws(() => parsePackedDatabase({ version: '2026f', zones, links: ['A/C|A/D'] }), /link/);
      assert.throws(() => parsePackedDatabase({ version: '2026f', zones, links: ['A/B|A/B'] }), /link/);
      assert.equal(parsePackedDatabase({ version: '2026f', zones, links: ['A/B|A/D'] }).links.get('A/D'), 'A/B');
    });
  });

  describe('the vendored file', () => {
    const bytes = readFileSync(TZDB_FILE);

    it('is moment-timezone 0.6.6\'s data/packed/latest.json, byte for byte (npm run tzdb writes it)', () => {
      assert.equal(createHash('sha256').update(bytes).digest('hex'), '3103c5c0eaa879615da630b74e2373ad9b571e0eae992e0b2a3db6e4475de2ce');
    });

    it('is tzdb 2026f, and every zone and link in it reads', () => {
      assert.equal(TZDB_VERSION, '2026f');
      assert.ok(TZDB_FILE.pathname.endsWith(`/tzdb-${TZDB_VERSION}.json`));
      const database = parsePackedDatabase(JSON.parse(bytes.toString('utf8')));
      assert.equal(database.version, TZDB_VERSION);
      assert.equal(database.zones.size, 344);
      assert.equal(database.links.size, 253);
      for (const name of [...database.zones.keys(), ...database.links.keys()]) {
        assert.ok(Number.isSafeInteger(zone(name).offsetSecondsAt(utc('2026-01-01T00:00:00Z'))), name);
      }
    });
  });
});
