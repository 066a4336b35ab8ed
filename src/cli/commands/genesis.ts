// ackchain genesis create|add-team|add-validator|show: build a genesis.json step by step.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { toHex } from '../../chain/bytes.ts';
import { DEFAULT_PARAMS, genesisToJson, isSlug, parseGenesis, peerIdProblem, TWO_VALIDATORS_ONE_PEER_ID } from '../../chain/genesis.ts';
import { homePaths } from '../../node/home.ts';
import { accountArg, action } from '../common.ts';

type GenesisJson = ReturnType<typeof genesisToJson> & { teams: Record<string, unknown>[]; validators: Record<string, unknown>[] };

function genesisPath(o: { file?: string; home?: string }): string {
  if (o.file) return o.file;
  if (o.home) return homePaths(o.home).genesis;
  throw new Error('give --file FILE or --home DIR');
}

function read(path: string): GenesisJson {
  if (!existsSync(path)) throw new Error(`${path} does not exist (genesis create makes it)`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as GenesisJson;
  } catch (e) {
    throw new Error(`${path}: not JSON: ${(e as Error).message}`);
  }
}

function write(path: string, genesis: unknown): void {
  writeFileSync(path, JSON.stringify(genesis, null, 2) + '\n');
}

const fileOptions = (cmd: Command): Command => cmd
  .option('--file <file>', 'the genesis.json file')
  .option('--home <dir>', 'edit <dir>/config/genesis.json');

export function genesisCommand(): Command {
  const genesis = new Command('genesis').description('create and edit a genesis.json (then share it with every validator)');

  genesis.addCommand(new Command('create').description('write a new genesis with default consensus parameters and no validators or teams')
    .requiredOption('-o, --out <file>', 'where to write it')
    .requiredOption('--chain-id <id>', 'the chain id, e.g. acme-oncall-1')
    .option('--time-ms <ms>', 'genesis time in ms since the epoch (default: now)')
    .action(action(async (o: { out: string; chainId: string; timeMs?: string }) => {
      if (existsSync(o.out)) throw new Error(`${o.out} exists; not overwriting`);
      const json = genesisToJson({ chainId: o.chainId, genesisTimeMs: o.timeMs ? Number(o.timeMs) : Date.now(), params: DEFAULT_PARAMS });
      write(o.out, json);
      process.stdout.write(`wrote ${o.out}; add validators and teams with: npx ackchain genesis add-validator --file ${o.out} ...; npx ackchain genesis add-team --file ${o.out} ...\n`);
    })));

  genesis.addCommand(fileOptions(new Command('add-validator').description('add a validator'))
    .addOption(new Option('--public-key <key>', 'the validator\'s public key: hex (npx ackchain keys show <home>/config/validator_key.json), or that key file').makeOptionMandatory().argParser(accountArg))
    .requiredOption('--team <team>', 'the team that runs it')
    .option('--power <n>', 'voting power', '10')
    .option('--peer-id <id>', 'its libp2p peer id', '')
    .action(action(async (o: { file?: string; home?: string; publicKey: Uint8Array; team: string; power: string; peerId: string }) => {
      const path = genesisPath(o);
      const json = read(path);
      const key = toHex(o.publicKey);
      if (json.validators.some((v) => v.public_key === key)) throw new Error(`validator ${key} is already in ${path}`);
      const problem = peerIdProblem(o.peerId);
      if (problem !== undefined) throw new Error(`--peer-id: ${problem}`);
      if (o.peerId !== '' && json.validators.some((v) => v.peer_id === o.peerId)) throw new Error(`--peer-id: ${TWO_VALIDATORS_ONE_PEER_ID}: ${o.peerId} is already in ${path}`);
      const power = Number(o.power);
      if (!Number.isSafeInteger(power) || power <= 0) throw new Error('--power must be a positive integer');
      json.validators.push({ team: o.team, public_key: key, power, peer_id: o.peerId });
      write(path, json);
      process.stdout.write(`validator ${key} added to ${path}\n`);
    })));

  genesis.addCommand(fileOptions(new Command('add-team').description('add a team with its first admin'))
    .requiredOption('--id <slug>', 'team id: lowercase letters, digits, dashes')
    .option('--name <name>', 'display name')
    .addOption(new Option('--admin <key>', 'the first admin\'s public key: 64 hex characters, or a key file').makeOptionMandatory().argParser(accountArg))
    .requiredOption('--handle <handle>', 'the admin\'s handle, e.g. an email address')
    .addOption(new Option('--integration <key>', 'an integration\'s public key (hex, or a key file) that may trigger the team\'s alerts').argParser(accountArg))
    .option('--integration-name <name>', 'the integration\'s name', 'monitoring')
    .action(action(async (o: { file?: string; home?: string; id: string; name?: string; admin: Uint8Array; handle: string; integration?: Uint8Array; integrationName: string }) => {
      const path = genesisPath(o);
      const json = read(path);
      if (!isSlug(o.id)) throw new Error('--id must be a slug: lowercase letters, digits and inner dashes, at most 32 characters');
      if (json.teams.some((t) => t.id === o.id)) throw new Error(`team "${o.id}" is already in ${path}`);
      const team = {
        id: o.id, name: o.name ?? o.id,
        members: [{ account: toHex(o.admin), handle: o.handle, role: 'admin' }],
        integrations: o.integration ? [{ account: toHex(o.integration), name: o.integrationName }] : [],
      };
      json.teams.push(team);
      write(path, json);
      process.stdout.write(`team ${o.id} added to ${path}\n`);
    })));

  genesis.addCommand(fileOptions(new Command('validate').description('check a genesis and print its hash'))
    .action(action(async (o: { file?: string; home?: string }) => {
      const doc = parseGenesis(readFileSync(genesisPath(o), 'utf8'));
      process.stdout.write(`valid: chain ${doc.genesis.chainId}, ${doc.genesis.validators.length} validators, ${doc.genesis.teams.length} teams, hash ${toHex(doc.hash)}\n`);
    })));

  return genesis;
}
