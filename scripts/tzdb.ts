// Vendors the pinned time zone database (`npm run tzdb`): fetches moment-timezone's package with
// `npm pack`, checks it is the very tarball pinned below, and copies its data/packed/latest.json
// byte for byte to src/chain/tz/tzdb-<version>.json, after reading every zone and link of it with
// our own reader (src/chain/tz/packed.ts). The copy is checked in: nodes never fetch it.
//
// A new tzdb release changes which instant a wall time is, so it is a consensus change: bump the
// package and integrity here, run this, and point src/chain/tz/index.ts at the new file.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePackedDatabase, unpackZone } from '../src/chain/tz/packed.ts';

const PACKAGE = 'moment-timezone@0.6.6';
// The registry's integrity of that tarball (npm checks the download against the registry's; this
// checks the registry still serves what was pinned).
const INTEGRITY = 'sha512-LF5AAYsMduXFW2ungr/D9JqNq9ykZyhWgYG6wFtdGZW5ZlBDTBgTUFqW8EC7Fa+Dvs3IMZxlWkSR09sW2D/+0w==';
const DATA_PATH = 'package/data/packed/latest.json';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'ackchain-tzdb-'));
try {
  const packed: { filename: string; integrity: string }[] = JSON.parse(execFileSync(
    'npm', ['pack', PACKAGE, '--json', '--pack-destination', work], { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
  if (packed.length !== 1 || packed[0].integrity !== INTEGRITY) {
    throw new Error(`${PACKAGE} has integrity ${packed[0]?.integrity}, pinned ${INTEGRITY}`);
  }
  execFileSync('tar', ['-xzf', join(work, packed[0].filename), '-C', work, DATA_PATH], { stdio: 'inherit' });
  const bytes = readFileSync(join(work, DATA_PATH));

  const database = parsePackedDatabase(JSON.parse(bytes.toString('utf8')));
  for (const zone of database.zones.values()) unpackZone(zone);

  const out = join(root, 'src/chain/tz', `tzdb-${database.version}.json`);
  writeFileSync(out, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  console.log(`wrote ${out}: tzdb ${database.version}, ${database.zones.size} zones, ${database.links.size} links, sha256 ${sha256}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
