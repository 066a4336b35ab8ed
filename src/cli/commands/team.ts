// ackchain team list|show|add-member|add-integration|apply|set-policy|set-schedule|remove-schedule|
// add-override|remove-override|maintenance|policy|schedule
import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { equalBytes, fromHex, toHex } from '../../chain/bytes.ts';
import { ackchain } from '../../chain/codec.ts';
import { parseRole } from '../../chain/genesis.ts';
import { parseOnCallJson, parseOnCallText, type OnCallDoc } from '../../chain/oncall-doc.ts';
import { accountArg, action, contractArg, rpcCommand, txCommand } from '../common.ts';
import { formatSpan, formatTime, formatZoned, printJson, tableTrimmed } from '../output.ts';
import { RpcClient, RpcError } from '../rpc-client.ts';
import { eventAttribute, sendTx, submitTx, type CommittedReceipt, type TxCommandOptions, type TxPayload } from '../submit.ts';
import { validateSchedule } from '../../state/schedule.ts';
import { countArg, instantArg, personLabel, teamLookup, type ScheduleJson, type TeamJson } from './oncall.ts';

/** The node's answer for a schedule or policy it does not have (RpcCode.notFound in src/rpc/errors.ts). */
const NOT_FOUND = -32004;

function printTeam(t: TeamJson): void {
  const lines = [`${t.id}  ${t.name}  (${t.alerts_opened} alerts opened)`];
  if (t.members.length) lines.push(tableTrimmed(t.members.map((m) => ['  member', m.role, m.handle, m.account])));
  if (t.integrations.length) lines.push(tableTrimmed(t.integrations.map((g) => ['  integration', g.name, g.account])));
  if (t.schedules?.length) lines.push(`  schedules: ${t.schedules.join(', ')}`);
  if (t.policy_version) lines.push(`  escalation policy: version ${t.policy_version}`);
  const own = Object.entries(t.contracts ?? {}).filter(([, c]) => c !== 'default');
  if (own.length) lines.push(tableTrimmed(own.map(([slot, c]) => ['  contract', slot, c])));
  if (t.maintenance_windows?.length) {
    lines.push(tableTrimmed(t.maintenance_windows.map((w) => ['  maintenance', String(w.id), formatTime(w.from_ms), formatTime(w.to_ms), w.reason])));
  }
  process.stdout.write(lines.join('\n') + '\n');
}

// --- on-call documents ------------------------------------------------------------------------

/** Anyone named in a document, for a first reading that needs no node: structure and syntax. */
const anyone = (): Uint8Array => new Uint8Array(32);

function readDocument(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    const value = parseOnCallText(text);
    parseOnCallJson(value, anyone);
    return value;
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`);
  }
}

/**
 * Reads an on-call document (YAML or JSON) for a team: its own "team", or --team (both, if given,
 * must agree); people are looked up in the team's roster on the node.
 */
async function loadDocument(rpc: RpcClient, file: string, teamOption: string | undefined): Promise<{ team: TeamJson; doc: OnCallDoc }> {
  const value = readDocument(file);
  const named = (value as { team?: string }).team;
  if (named !== undefined && teamOption !== undefined && named !== teamOption) throw new Error(`${file} is for team "${named}", not --team ${teamOption}`);
  const id = teamOption ?? named;
  if (id === undefined) throw new Error(`name the team: --team, or a "team" field in ${file}`);
  const team = await rpc.call<TeamJson>('team_get', { id });
  let doc: OnCallDoc;
  try {
    doc = parseOnCallJson(value, teamLookup(team));
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`);
  }
  // The chain's own rules for a schedule, checked here too, so that a dry run finds what the
  // chain would refuse and a real run sends no tx that is bound to fail.
  doc.schedules.forEach((s, i) => {
    const problem = validateSchedule(ackchain.Schedule.create({ team: id, name: s.name, timeZone: s.timeZone, layers: s.layers }));
    if (problem !== undefined) throw new Error(`${file}: schedules[${i}] (${s.name}): ${problem}`);
  });
  return { team, doc };
}

interface Step { what: string; payload: TxPayload; done: (r: CommittedReceipt) => string }

/**
 * Signs and submits each step's tx in turn, waiting for each to commit; stops at the first that
 * fails, with its reason (exit 1). Text: a line per committed tx; --json: an array of the
 * committed receipts, the failed one last.
 */
async function runSteps(o: TxCommandOptions, rpc: RpcClient, steps: Step[]): Promise<void> {
  const results: CommittedReceipt[] = [];
  for (const [i, step] of steps.entries()) {
    let result: CommittedReceipt;
    try {
      result = await sendTx(o, step.payload, rpc);
    } catch (e) {
      if (o.json) printJson(results);
      throw new Error(`${step.what}: ${(e as Error).message}${i + 1 < steps.length ? ` (not sent: ${steps.slice(i + 1).map((s) => s.what).join(', ')})` : ''}`);
    }
    results.push(result);
    if (result.receipt.code !== 0) {
      if (o.json) printJson(results);
      else {
        const rest = steps.slice(i + 1).map((s) => s.what);
        process.stderr.write(`${step.what}: tx ${result.hash} failed at height ${result.height}: ${result.receipt.log} (${result.receipt.code_name})\n`
          + (rest.length ? `not sent: ${rest.join(', ')}\n` : ''));
      }
      process.exitCode = 1;
      return;
    }
    if (!o.json) process.stdout.write(`${step.done(result)}\n  tx ${result.hash} committed at height ${result.height}\n`);
  }
  if (o.json) printJson(results);
}

const scheduleStep = (team: string, s: ackchain.SetSchedule): Step => ({
  what: `schedule ${s.name}`, payload: { setSchedule: { ...s, team } },
  done: (r) => {
    const layers = eventAttribute(r, 'team.schedule_set', 'layers');
    return `schedule ${team}/${s.name} set (${layers} layer${layers === '1' ? '' : 's'})`;
  },
});

const policyStep = (team: string, policy: ackchain.EscalationPolicy): Step => ({
  what: 'escalation policy', payload: { setEscalationPolicy: { team, policy } },
  done: (r) => `escalation policy of ${team} set: version ${eventAttribute(r, 'team.policy_set', 'version')}`,
});

// A schedule or policy as the node shows it, back in tx form: `apply` compares them to the file.
function scheduleFromView(v: ScheduleJson): ackchain.SetSchedule {
  return ackchain.SetSchedule.create({
    team: v.team, name: v.name, timeZone: v.time_zone,
    layers: v.layers.map((l) => ackchain.ScheduleLayer.create({
      name: l.name, participants: l.participants.map((p) => fromHex(p.account, 32)), startMs: l.start_ms, endMs: l.end_ms ?? 0,
      turnLengthMs: l.turn_length_ms ?? 0, turnLengthDays: l.turn_length_days ?? 0,
      restrictions: l.restrictions.map((r) => ackchain.Restriction.create({
        kind: r.kind === 'weekly' ? ackchain.RestrictionKind.RESTRICTION_KIND_WEEKLY : ackchain.RestrictionKind.RESTRICTION_KIND_DAILY,
        startDayOfWeek: r.start_day_of_week ?? 0, startMinute: r.start_minute, durationMinutes: r.duration_minutes,
      })),
    })),
  });
}

interface PolicyJson {
  team: string; version: number; repeats: number; ack_timeout_ms: number | null;
  levels: { level: number; delay_ms: number; targets: ({ member: string; handle: string | null } | { schedule: string })[] }[];
}

function policyFromView(v: PolicyJson): ackchain.EscalationPolicy {
  return ackchain.EscalationPolicy.create({
    repeats: v.repeats, ackTimeoutMs: v.ack_timeout_ms ?? 0,
    levels: v.levels.map((l) => ackchain.EscalationLevel.create({
      delayMs: l.delay_ms, targets: l.targets.map((t) => ('member' in t ? { member: fromHex(t.member, 32) } : { schedule: t.schedule })),
    })),
  });
}

const sameSchedule = (a: ackchain.SetSchedule, b: ackchain.SetSchedule): boolean =>
  equalBytes(ackchain.SetSchedule.encode(a).finish(), ackchain.SetSchedule.encode(b).finish());
const samePolicy = (a: ackchain.EscalationPolicy, b: ackchain.EscalationPolicy): boolean =>
  equalBytes(ackchain.EscalationPolicy.encode(a).finish(), ackchain.EscalationPolicy.encode(b).finish());

/** What the node has now, or undefined when it has none (a method's "not found"). */
async function current<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (e) {
    if (e instanceof RpcError && e.code === NOT_FOUND) return undefined;
    throw e;
  }
}

// --- readable policy and schedule -------------------------------------------------------------

const DAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const clock = (minute: number): string => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

function printPolicy(p: PolicyJson): void {
  const lines = [`${p.team} escalation policy, version ${p.version}`];
  const rounds = p.repeats === 0 ? 'the levels run once' : `the levels run ${p.repeats + 1} times in all (repeats ${p.repeats})`;
  lines.push(`  ${rounds}; ${p.ack_timeout_ms === null ? 'an acknowledged alert is not paged again' : `an acknowledged, unresolved alert pages again after ${formatSpan(p.ack_timeout_ms)}`}`);
  const rows = [['  LEVEL', 'ESCALATES AFTER', 'NOTIFIES']];
  for (const l of p.levels) {
    rows.push([`  ${l.level}`, formatSpan(l.delay_ms), l.targets.map((t) => ('member' in t ? personLabel({ account: t.member, handle: t.handle }) : `schedule ${t.schedule}`)).join(', ')]);
  }
  lines.push(tableTrimmed(rows));
  process.stdout.write(lines.join('\n') + '\n');
}

function printSchedule(s: ScheduleJson): void {
  const zone = s.time_zone;
  const lines = [`${s.team}/${s.name}  (${zone}; a later layer wins where layers overlap, an override wins over every layer)`];
  s.layers.forEach((l, i) => {
    const turn = l.turn_length_days !== null ? `${l.turn_length_days}d (hand-off at the local time of the start)` : formatSpan(l.turn_length_ms);
    lines.push(`  layer ${i + 1}${l.name ? ` (${l.name})` : ''}: turns of ${turn}, from ${formatZoned(l.start_ms, zone)}${l.end_ms !== null ? ` until ${formatZoned(l.end_ms, zone)}` : ''}`);
    lines.push(`    in turn: ${l.participants.map(personLabel).join(', ') || 'nobody'}`);
    for (const r of l.restrictions) {
      const from = r.kind === 'weekly' ? `${DAY_NAMES[r.start_day_of_week ?? 0] ?? '?'} ${clock(r.start_minute)}` : `${clock(r.start_minute)} daily`;
      lines.push(`    only ${from}, for ${formatSpan(r.duration_minutes * 60_000)}`);
    }
  });
  if (s.overrides.length) {
    lines.push('  overrides:');
    lines.push(tableTrimmed([['    ID', 'WHO', 'FROM', 'UNTIL'], ...s.overrides.map((o) => [`    ${o.id}`, personLabel(o), formatZoned(o.from_ms, zone), formatZoned(o.to_ms, zone)])]));
  }
  process.stdout.write(lines.join('\n') + '\n');
}

type TeamTxOptions = TxCommandOptions & { team: string };

export function teamCommand(): Command {
  const team = new Command('team').description('inspect teams; manage members, integrations, schedules, escalation policies and maintenance windows');

  team.addCommand(rpcCommand('list', 'list every team').action(action(async (o: { rpc: string; json?: boolean }) => {
    const result = await new RpcClient(o.rpc).allPages<{ teams: TeamJson[]; next_cursor: string | null }>('team_list', {}, { items: 'teams', next: 'next_cursor', param: 'cursor' });
    if (o.json) printJson(result);
    else result.teams.forEach(printTeam);
  })));

  team.addCommand(rpcCommand('show', 'show one team').argument('<id>', 'team id').action(action(async (id: string, o: { rpc: string; json?: boolean }) => {
    const t = await new RpcClient(o.rpc).call<TeamJson>('team_get', { id });
    if (o.json) printJson(t);
    else printTeam(t);
  })));

  team.addCommand(txCommand('add-member', 'add a member to a team (signed by a team admin)')
    .requiredOption('--team <team>', 'the team')
    .addOption(new Option('--account <key>', 'the member\'s public key: 64 hex characters, or a key file').makeOptionMandatory().argParser(accountArg))
    .requiredOption('--handle <handle>', 'how the member is named, e.g. an email address')
    .addOption(new Option('--role <role>', 'what the member may do').choices(['admin', 'responder']).default('responder'))
    .action(action(async (o: TxCommandOptions & { team: string; account: Uint8Array; handle: string; role: string }) => {
      await submitTx(o, { addMember: { team: o.team, account: o.account, handle: o.handle, role: parseRole(o.role) } },
        () => `${o.handle} added to ${o.team} as ${o.role}`);
    })));

  team.addCommand(txCommand('set-contracts', 'point a team\'s policy slots at deployed contracts, or back at the default ones (signed by a team admin; see docs/vm.md)')
    .requiredOption('--team <team>', 'the team')
    .option('--authorize <address>', 'who may acknowledge, resolve, note or snooze the team\'s alerts: a contract address, or "default"', contractArg)
    .option('--escalate <address>', 'where the team\'s alerts escalate when a deadline falls due: a contract address, or "default"', contractArg)
    .option('--ola-evaluate <address>', 'whether OLA targets on the team are met (OLA versions proposed from now on): a contract address, or "default"', contractArg)
    .action(action(async (o: TeamTxOptions & { authorize?: Uint8Array; escalate?: Uint8Array; olaEvaluate?: Uint8Array }) => {
      const chosen = { authorize: o.authorize, escalate: o.escalate, 'ola-evaluate': o.olaEvaluate };
      const assignments = Object.entries(chosen).filter(([, address]) => address !== undefined).map(([slot, address]) => ({ slot, address }));
      if (assignments.length === 0) throw new InvalidArgumentError('name at least one of --authorize, --escalate, --ola-evaluate');
      await submitTx(o, { setTeamContracts: { team: o.team, assignments } },
        (r) => r.receipt.events.filter((e) => e.type === 'team.contract_set').map((e) => `${o.team} ${e.attributes.slot}: ${e.attributes.contract}`).join('\n'));
    })));

  team.addCommand(txCommand('add-integration', 'add an integration key that may trigger and resolve a team\'s alerts (signed by a team admin)')
    .requiredOption('--team <team>', 'the team')
    .addOption(new Option('--account <key>', 'the integration\'s public key: 64 hex characters, or a key file').makeOptionMandatory().argParser(accountArg))
    .requiredOption('--name <name>', 'what it is, e.g. alertmanager')
    .action(action(async (o: TxCommandOptions & { team: string; account: Uint8Array; name: string }) => {
      await submitTx(o, { addIntegration: { team: o.team, account: o.account, name: o.name } },
        () => `integration ${o.name} added to ${o.team}`);
    })));

  // --- schedules and policy from a file ---

  team.addCommand(rpcCommand('apply', 'apply an on-call file (YAML or JSON): set each of its schedules, then its escalation policy, one tx each (signed by a team admin); what the node has already is left alone')
    .argument('<file>', 'the on-call document: team, schedules, policy')
    .option('--key <file>', 'key file that signs the txs (not needed with --dry-run)')
    .option('--memo <text>', 'free text stored with each tx')
    .addOption(new Option('--ttl <ms>', 'how long each signed tx stays valid').default('300000'))
    .option('--team <team>', 'the team, when the file names none')
    .option('--dry-run', 'check the file against the team and say what would change, sending nothing')
    .addHelpText('after', `
Example file (people by handle or account hex; durations 30m, 1h30m, 7d; instants ISO 8601 with an offset):
  team: payments
  schedules:
    - name: primary
      time_zone: Europe/Berlin
      layers:
        - name: weekly
          participants: [bob@payments.example, alice@payments.example]
          start: 2026-01-05T09:00:00+01:00
          turn_length: 7d
  policy:
    levels:
      - { delay: 5m, targets: [{ schedule: primary }] }
      - { delay: 10m, targets: [{ member: alice@payments.example }] }
    repeats: 2
    ack_timeout: 30m`)
    .action(action(async (file: string, o: Omit<TxCommandOptions, 'key'> & { key?: string; team?: string; dryRun?: boolean }) => {
      if (!o.dryRun && o.key === undefined) throw new Error('give --key (a team admin\'s key file), or --dry-run');
      const rpc = new RpcClient(o.rpc);
      const { team: t, doc } = await loadDocument(rpc, file, o.team);
      if (doc.schedules.length === 0 && doc.policy === undefined) throw new Error(`${file} has neither "schedules" nor a "policy"`);
      const steps: Step[] = [];
      const unchanged: string[] = [];
      for (const s of doc.schedules) {
        const now = await current(rpc.call<ScheduleJson>('schedule_get', { team: t.id, name: s.name }));
        if (now !== undefined && sameSchedule(scheduleFromView(now), ackchain.SetSchedule.create({ ...s, team: t.id }))) unchanged.push(`schedule ${s.name}`);
        else steps.push(scheduleStep(t.id, s));
      }
      if (doc.policy !== undefined) {
        const now = t.policy_version ? await current(rpc.call<PolicyJson>('policy_get', { team: t.id })) : undefined;
        if (now !== undefined && samePolicy(policyFromView(now), doc.policy)) unchanged.push(`escalation policy (version ${now.version})`);
        else steps.push(policyStep(t.id, doc.policy));
      }
      if (o.dryRun) {
        if (o.json) { printJson({ team: t.id, send: steps.map((s) => s.what), unchanged }); return; }
        const lines = [`${file} for team ${t.id}: ${steps.length ? `would set ${steps.map((s) => s.what).join(', ')}` : 'nothing to send'}`];
        if (unchanged.length) lines.push(`unchanged: ${unchanged.join(', ')}`);
        process.stdout.write(lines.join('\n') + '\n');
        return;
      }
      if (!o.json && unchanged.length) process.stdout.write(`unchanged: ${unchanged.join(', ')}\n`);
      if (steps.length === 0) {
        if (o.json) printJson([]);
        else process.stdout.write(`${file}: team ${t.id} is up to date\n`);
        return;
      }
      await runSteps({ ...o, key: o.key! }, rpc, steps);
    })));

  team.addCommand(txCommand('set-schedule', 'create or replace each schedule in an on-call file (YAML or JSON), one tx each (signed by a team admin); overrides are kept')
    .argument('<file>', 'an on-call document with "schedules" (see: npx ackchain team apply --help)')
    .option('--team <team>', 'the team (default: the file\'s "team")')
    .action(action(async (file: string, o: TxCommandOptions & { team?: string }) => {
      const rpc = new RpcClient(o.rpc);
      const { team: t, doc } = await loadDocument(rpc, file, o.team);
      if (doc.schedules.length === 0) throw new Error(`${file} has no "schedules"`);
      await runSteps(o, rpc, doc.schedules.map((s) => scheduleStep(t.id, s)));
    })));

  team.addCommand(txCommand('set-policy', 'set a team\'s escalation policy from an on-call file (YAML or JSON): a new version (signed by a team admin); open alerts keep the version they started with')
    .argument('<file>', 'an on-call document with a "policy" (see: npx ackchain team apply --help)')
    .option('--team <team>', 'the team (default: the file\'s "team")')
    .action(action(async (file: string, o: TxCommandOptions & { team?: string }) => {
      const rpc = new RpcClient(o.rpc);
      const { team: t, doc } = await loadDocument(rpc, file, o.team);
      if (doc.policy === undefined) throw new Error(`${file} has no "policy"`);
      await runSteps(o, rpc, [policyStep(t.id, doc.policy)]);
    })));

  team.addCommand(txCommand('remove-schedule', 'remove a schedule (signed by a team admin; refused while the policy names it)')
    .requiredOption('--team <team>', 'the team')
    .requiredOption('--name <schedule>', 'the schedule')
    .action(action(async (o: TeamTxOptions & { name: string }) => {
      await submitTx(o, { removeSchedule: { team: o.team, name: o.name } }, () => `schedule ${o.team}/${o.name} removed`);
    })));

  team.addCommand(txCommand('add-override', 'put a member on call in a schedule for a while, over every layer (signed by a team admin)')
    .requiredOption('--team <team>', 'the team')
    .requiredOption('--schedule <name>', 'the schedule')
    .requiredOption('--member <who>', 'the member: a handle or an account in hex')
    .requiredOption('--from <time>', 'start: ISO 8601 with an offset, or ms', instantArg)
    .requiredOption('--to <time>', 'end (exclusive): ISO 8601 with an offset, or ms', instantArg)
    .action(action(async (o: TeamTxOptions & { schedule: string; member: string; from: number; to: number }) => {
      const rpc = new RpcClient(o.rpc);
      const t = await rpc.call<TeamJson>('team_get', { id: o.team });
      const lookup = teamLookup(t);
      const account = lookup(o.member) ?? lookup(o.member.toLowerCase().replace(/^0x/, ''));
      if (account === undefined) throw new Error(`"${o.member}" is not a member of team ${o.team} (give a handle or an account in hex; see: npx ackchain team show ${o.team})`);
      const who = t.members.find((m) => m.account === toHex(account))?.handle ?? toHex(account);
      await submitTx(o, { addOverride: { team: o.team, schedule: o.schedule, account, fromMs: o.from, toMs: o.to } },
        (r) => `override ${eventAttribute(r, 'team.override_added', 'id')} added to ${o.team}/${o.schedule}: ${who} from ${formatTime(o.from)} until ${formatTime(o.to)}`);
    })));

  team.addCommand(txCommand('remove-override', 'remove an override from a schedule (signed by a team admin)')
    .requiredOption('--team <team>', 'the team')
    .requiredOption('--schedule <name>', 'the schedule')
    .requiredOption('--id <n>', 'the override\'s id (see: npx ackchain team schedule)', countArg)
    .action(action(async (o: TeamTxOptions & { schedule: string; id: number }) => {
      await submitTx(o, { removeOverride: { team: o.team, schedule: o.schedule, id: o.id } }, () => `override ${o.id} removed from ${o.team}/${o.schedule}`);
    })));

  const maintenance = new Command('maintenance').description('maintenance windows: alerts triggered inside one are recorded but page nobody');
  maintenance.addCommand(txCommand('add', 'add a maintenance window (signed by a team admin)')
    .requiredOption('--team <team>', 'the team')
    .requiredOption('--from <time>', 'start: ISO 8601 with an offset, or ms', instantArg)
    .requiredOption('--to <time>', 'end (exclusive): ISO 8601 with an offset, or ms (at most 31 days after the start)', instantArg)
    .option('--reason <text>', 'why, e.g. the change ticket', '')
    .action(action(async (o: TeamTxOptions & { from: number; to: number; reason: string }) => {
      await submitTx(o, { addMaintenanceWindow: { team: o.team, fromMs: o.from, toMs: o.to, reason: o.reason } },
        (r) => `maintenance window ${eventAttribute(r, 'team.maintenance_added', 'id')} for ${o.team}: ${formatTime(o.from)} until ${formatTime(o.to)}`);
    })));
  maintenance.addCommand(txCommand('remove', 'remove a maintenance window (signed by a team admin)')
    .requiredOption('--team <team>', 'the team')
    .requiredOption('--id <n>', 'the window\'s id (see: npx ackchain team maintenance list)', countArg)
    .action(action(async (o: TeamTxOptions & { id: number }) => {
      await submitTx(o, { removeMaintenanceWindow: { team: o.team, id: o.id } }, () => `maintenance window ${o.id} of ${o.team} removed`);
    })));
  maintenance.addCommand(rpcCommand('list', 'list a team\'s maintenance windows that are not over')
    .requiredOption('--team <team>', 'the team')
    .action(action(async (o: { rpc: string; json?: boolean; team: string }) => {
      const t = await new RpcClient(o.rpc).call<TeamJson>('team_get', { id: o.team });
      const windows = t.maintenance_windows ?? [];
      if (o.json) { printJson({ team: t.id, maintenance_windows: windows }); return; }
      if (windows.length === 0) { process.stdout.write(`team ${t.id} has no maintenance windows\n`); return; }
      process.stdout.write(tableTrimmed([['ID', 'FROM', 'UNTIL', 'REASON'], ...windows.map((w) => [String(w.id), formatTime(w.from_ms), formatTime(w.to_ms), w.reason])]) + '\n');
    })));
  team.addCommand(maintenance);

  // --- reading them back ---

  team.addCommand(rpcCommand('policy', 'show a team\'s escalation policy (the version in force, or --version)')
    .requiredOption('--team <team>', 'the team')
    .option('--version <n>', 'an earlier version', countArg)
    .action(action(async (o: { rpc: string; json?: boolean; team: string; version?: number }) => {
      const p = await new RpcClient(o.rpc).call<PolicyJson>('policy_get', { team: o.team, ...(o.version !== undefined ? { version: o.version } : {}) });
      if (o.json) printJson(p);
      else printPolicy(p);
    })));

  team.addCommand(rpcCommand('schedule', 'show a schedule: its layers and overrides (times in the schedule\'s time zone)')
    .requiredOption('--team <team>', 'the team')
    .requiredOption('--name <schedule>', 'the schedule')
    .action(action(async (o: { rpc: string; json?: boolean; team: string; name: string }) => {
      const s = await new RpcClient(o.rpc).call<ScheduleJson>('schedule_get', { team: o.team, name: o.name });
      if (o.json) printJson(s);
      else printSchedule(s);
    })));

  return team;
}
