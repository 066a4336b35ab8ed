// The home of `ackchain dev`: a one-validator chain with two demo teams whose admin, on-call
// member and monitoring integration keys are written into the home, so a newcomer can trigger,
// acknowledge and resolve alerts straight away.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Level } from 'level';
import { toHex } from '../chain/bytes.ts';
import { genesisToJson } from '../chain/genesis.ts';
import { generateKeyPair, readKeyFile, writeKeyFile, type KeyPair } from '../chain/keys.ts';
import { ackchain } from '../chain/codec.ts';
import { getZone, localToUtc, utcToLocal } from '../chain/tz/index.ts';
import { configToJson, DEFAULT_CONFIG, parseHostPort } from '../node/config.ts';
import { homePaths } from '../node/home.ts';
import { DEFAULT_RPC } from './common.ts';

export const DEV_CHAIN_ID = 'ackchain-dev';

const DEMO_TEAMS = [
  { id: 'payments', name: 'Payments', admin: 'alice@payments.example', oncall: 'bob@payments.example', timeZone: 'Europe/Berlin' },
  { id: 'platform', name: 'Platform', admin: 'carol@platform.example', oncall: 'dave@platform.example', timeZone: 'America/New_York' },
] as const;

const MINUTE = 60_000;

/**
 * A demo team's on-call setup: a weekly rotation of its responder and admin handing off at 09:00
 * local time (started the day before genesis, so somebody is on call from the first block), and a
 * policy that pages the rotation, then the admin, three rounds in all, and pages again if an
 * acknowledged alert is left unresolved for 30 minutes.
 */
function demoOnCall(timeZone: string, oncall: Uint8Array, admin: Uint8Array, genesisTimeMs: number) {
  const zone = getZone(timeZone)!;
  const today = utcToLocal(zone, genesisTimeMs - 24 * 60 * MINUTE);
  const startMs = localToUtc(zone, today.year, today.month, today.day, 9 * 60);
  return {
    schedules: [{ name: 'primary', timeZone, layers: [{ name: 'weekly', participants: [oncall, admin], startMs, turnLengthDays: 7 }] }],
    policy: {
      levels: [{ delayMs: 5 * MINUTE, targets: [{ schedule: 'primary' }] }, { delayMs: 10 * MINUTE, targets: [{ member: admin }] }],
      repeats: 2, ackTimeoutMs: 30 * MINUTE,
    },
  };
}

export interface DevKey { file: string; role: string; team: string; handle: string; publicKey: string }

export function devKeysDir(home: string): string {
  return join(home, 'keys');
}

/** Creates the dev home if it has no genesis yet; returns the demo keys either way. */
export function ensureDevHome(home: string): DevKey[] {
  const paths = homePaths(home);
  const keysDir = devKeysDir(home);
  const manifest = join(keysDir, 'keys.json');
  if (existsSync(paths.genesis)) {
    return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')) as DevKey[] : [];
  }
  mkdirSync(join(home, 'config'), { recursive: true });
  mkdirSync(keysDir, { recursive: true, mode: 0o700 });
  const validator = generateKeyPair();
  writeKeyFile(paths.validatorKey, validator);
  const keys: DevKey[] = [];
  const newKey = (name: string, role: string, team: string, handle: string): KeyPair => {
    const file = join(keysDir, `${name}.json`);
    if (existsSync(file)) return readKeyFile(file);
    const pair = generateKeyPair();
    writeKeyFile(file, pair);
    keys.push({ file, role, team, handle, publicKey: toHex(pair.publicKey) });
    return pair;
  };
  const genesisTimeMs = Date.now();
  const teams = DEMO_TEAMS.map((t) => {
    const admin = newKey(`${t.id}-admin`, 'admin', t.id, t.admin).publicKey;
    const oncall = newKey(`${t.id}-oncall`, 'responder', t.id, t.oncall).publicKey;
    return {
      id: t.id, name: t.name,
      members: [{ account: admin, handle: t.admin, role: ackchain.Role.ROLE_ADMIN }, { account: oncall, handle: t.oncall, role: ackchain.Role.ROLE_RESPONDER }],
      integrations: [{ account: newKey(`${t.id}-monitoring`, 'integration', t.id, 'monitoring').publicKey, name: 'monitoring' }],
      ...demoOnCall(t.timeZone, oncall, admin, genesisTimeMs),
    };
  });
  const genesis = genesisToJson({
    chainId: DEV_CHAIN_ID, genesisTimeMs,
    validators: [{ team: 'platform', publicKey: validator.publicKey, power: 10, peerId: '' }],
    teams,
  });
  writeFileSync(paths.genesis, JSON.stringify(genesis, null, 2) + '\n');
  writeFileSync(paths.config, JSON.stringify(configToJson({ ...DEFAULT_CONFIG, moniker: 'dev' }), null, 2) + '\n');
  writeFileSync(manifest, JSON.stringify(keys, null, 2) + '\n');
  return keys;
}

/** Whether another process holds the LevelDB lock of the database at `path`, as a running node does. */
async function databaseLocked(path: string): Promise<boolean> {
  // Opening creates files, even with createIfMissing false: leave a missing database alone.
  if (!existsSync(path)) return false;
  const db = new Level(path, { createIfMissing: false });
  try {
    await db.open();
  } catch (e) {
    // Any other failure (a broken database, say) is no reason to keep it.
    return (e as { cause?: { code?: string } }).cause?.code === 'LEVEL_LOCKED';
  }
  await db.close();
  return false;
}

function addressInUse(host: string, port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (e: NodeJS.ErrnoException) => (e.code === 'EADDRINUSE' ? resolve(true) : reject(e)));
    server.listen(port, host, () => server.close(() => resolve(false)));
  });
}

/** Deletes the dev home for a new chain, unless a node runs from it or would collide with one on `rpcListen`. */
export async function resetDevHome(home: string, rpcListen: string): Promise<void> {
  const database = homePaths(home).database;
  const { host, port } = parseHostPort(rpcListen, '--rpc-listen');
  const stop = 'stop it first (Ctrl-C in its terminal, or kill -TERM <pid>)';
  if (await databaseLocked(database)) {
    throw new Error(`not resetting ${home}: a node is running from it (another process holds ${join(database, 'LOCK')}; lsof finds it); ${stop}`);
  }
  if (await addressInUse(host, port)) {
    throw new Error(`not resetting ${home}: ${rpcListen} is in use, probably by a running node (lsof -i :${port} finds it); ${stop}, or pick another --rpc-listen`);
  }
  rmSync(home, { recursive: true, force: true });
}

export function devBanner(keys: DevKey[], rpcUrl: string): string {
  const rpcFlag = rpcUrl === DEFAULT_RPC ? '' : ` --rpc ${rpcUrl}`;
  const lines = ['', 'Demo keys (teams payments and platform):'];
  for (const k of keys) lines.push(`  ${k.team.padEnd(9)} ${k.role.padEnd(11)} ${k.handle.padEnd(24)} ${k.file}`);
  const key = (team: string, role: string) => keys.find((k) => k.team === team && k.role === role)?.file ?? '<key file>';
  lines.push('', 'Try, in another terminal:',
    `  npx ackchain status${rpcFlag}`,
    `  npx ackchain alert trigger --key ${key('payments', 'integration')} --team payments --summary "checkout latency high" --severity critical${rpcFlag}`,
    `  npx ackchain alert ack payments-1 --key ${key('payments', 'responder')}${rpcFlag}`,
    `  npx ackchain alert resolve payments-1 --key ${key('payments', 'responder')}${rpcFlag}`,
    `  npx ackchain alert show payments-1${rpcFlag}`, '');
  return lines.join('\n');
}
