// ackchain ola propose|sign|amend|terminate|list|show|compliance: Operational Level Agreements
// between a provider team and a consumer team, with targets per severity.
import { Command, InvalidArgumentError } from 'commander';
import { toHex } from '../../chain/bytes.ts';
import { ackchain } from '../../chain/codec.ts';
import { readKeyFile } from '../../chain/keys.ts';
import { parseDuration } from '../../chain/oncall-doc.ts';
import { parseSeverity, SEVERITY_NAMES } from '../../state/alert-records.ts';
import { action, rpcCommand, txCommand } from '../common.ts';
import { formatDuration, formatPercent, formatSpan, formatTime, printJson, tableTrimmed } from '../output.ts';
import { RpcClient } from '../rpc-client.ts';
import { eventAttribute, submitTx, type TxCommandOptions } from '../submit.ts';
import { countArg, instantArg, type TeamJson } from './oncall.ts';

const SEVERITIES = Object.values(SEVERITY_NAMES).join(', ');

/** A version judged by the provider's own ola-evaluate contract rather than the default rule says so (no line otherwise): the other side signs it knowing. */
function judgedByLines(v: VersionJson, indent: string): string[] {
  if (v.evaluate_contract === undefined || v.evaluate_contract === 'default') return [];
  return [`${indent}judged by the provider's own ola-evaluate contract ${v.evaluate_contract}, not the default rule (docs/vm.md)`];
}

/** "critical:ack=5m,resolve=1h" -> an OlaTarget. */
export function targetArg(value: string, previous: ackchain.OlaTarget.$Properties[] = []): ackchain.OlaTarget.$Properties[] {
  const match = /^([a-z]+):(.+)$/.exec(value);
  if (!match) throw new InvalidArgumentError('must be SEVERITY:ack=DURATION,resolve=DURATION, e.g. critical:ack=5m,resolve=1h');
  const severity = parseSeverity(match[1]);
  if (severity === undefined) throw new InvalidArgumentError(`"${match[1]}" is not a severity (${SEVERITIES})`);
  if (previous.some((t) => t.severity === severity)) throw new InvalidArgumentError(`a second target for ${match[1]}`);
  const target: ackchain.OlaTarget.$Properties = { severity };
  for (const part of match[2].split(',')) {
    const kv = /^(ack|resolve)=(.+)$/.exec(part.trim());
    if (!kv) throw new InvalidArgumentError(`"${part}": give ack=DURATION and/or resolve=DURATION, e.g. ack=5m`);
    let ms: number;
    try {
      ms = parseDuration(/^\d+$/.test(kv[2]) ? Number(kv[2]) : kv[2], kv[1]);
    } catch (e) {
      throw new InvalidArgumentError((e as Error).message);
    }
    if (ms === 0) throw new InvalidArgumentError(`${kv[1]}: must be longer than 0 (leave it out for no target)`);
    if (kv[1] === 'ack') target.ackWithinMs = ms;
    else target.resolveWithinMs = ms;
  }
  return [...previous, target];
}

function termsOf(o: { target: ackchain.OlaTarget.$Properties[]; from?: number; to?: number }): ackchain.OlaTerms.$Properties {
  return { targets: o.target, effectiveFromMs: o.from ?? 0, effectiveToMs: o.to ?? 0 };
}

interface TermsJson {
  effective_from_ms: number; effective_to_ms: number | null;
  targets: { severity: string; ack_within_ms: number | null; resolve_within_ms: number | null }[];
}
interface VersionJson {
  version: number; terms: TermsJson; proposed_by: string; proposed_by_team: string; proposed_at_ms: number;
  signed_by: string | null; signed_at_ms: number | null;
  /** The provider's ola-evaluate contract that judges this version's alerts: an address, or "default". */
  evaluate_contract?: string;
}
interface OlaJson {
  id: number; provider: string; consumer: string; status: string; active_version: number | null; pending_version: number | null;
  terms: TermsJson | null; versions: VersionJson[]; terminated_at_ms: number | null; terminated_by: string | null;
}

function period(t: TermsJson): string {
  const from = t.effective_from_ms === 0 ? 'once signed' : `from ${formatTime(t.effective_from_ms)}`;
  return `${from}, ${t.effective_to_ms === null ? 'open-ended' : `until ${formatTime(t.effective_to_ms)}`}`;
}

function termsLines(t: TermsJson, indent: string): string[] {
  return [
    `${indent}in force ${period(t)}`,
    tableTrimmed([[`${indent}SEVERITY`, 'ACKNOWLEDGE WITHIN', 'RESOLVE WITHIN'],
      ...t.targets.map((x) => [`${indent}${x.severity}`, formatSpan(x.ack_within_ms), formatSpan(x.resolve_within_ms)])]),
  ];
}

/** Handles of both teams' members, to name who proposed and signed. */
async function namer(rpc: RpcClient, teams: string[]): Promise<(account: string | null) => string> {
  const names = new Map<string, string>();
  // One call at a time: RpcClient numbers every request 1.
  for (const id of teams) {
    const t = await rpc.call<TeamJson>('team_get', { id }).catch(() => undefined);
    for (const m of t?.members ?? []) names.set(m.account, m.handle);
  }
  return (account) => (account === null ? '-' : names.get(account) ?? `${account.slice(0, 8)}…`);
}

function otherSide(ola: OlaJson, side: string): string {
  return side === ola.provider ? ola.consumer : ola.provider;
}

function statusLine(ola: OlaJson): string {
  const parts = [ola.status];
  if (ola.active_version !== null) parts.push(`version ${ola.active_version} in force`);
  if (ola.pending_version !== null) parts.push(`version ${ola.pending_version} waiting for a signature`);
  return parts.join(', ');
}

function printOla(ola: OlaJson, name: (account: string | null) => string): void {
  const lines = [
    `OLA ${ola.id}: provider ${ola.provider} answers alerts from consumer ${ola.consumer}`,
    `  status ${statusLine(ola)}`,
  ];
  if (ola.terminated_at_ms !== null) lines.push(`  terminated ${formatTime(ola.terminated_at_ms)} by ${name(ola.terminated_by)}`);
  for (const v of [...ola.versions].reverse()) {
    const tag = v.version === ola.active_version ? ' (in force)' : v.version === ola.pending_version ? ' (pending)' : '';
    lines.push('', `  version ${v.version}${tag}`);
    lines.push(`    proposed ${formatTime(v.proposed_at_ms)} by ${name(v.proposed_by)} for ${v.proposed_by_team}`);
    lines.push(v.signed_by !== null
      ? `    signed   ${formatTime(v.signed_at_ms)} by ${name(v.signed_by)} for ${otherSide(ola, v.proposed_by_team)}`
      : `    not signed: an admin of ${otherSide(ola, v.proposed_by_team)} signs it with: npx ackchain ola sign ${ola.id} --version ${v.version} --key ADMIN-KEY`);
    lines.push(...termsLines(v.terms, '    '));
    lines.push(...judgedByLines(v, '    '));
  }
  process.stdout.write(lines.join('\n') + '\n');
}

interface DurationsJson { count: number; mean_ms: number | null; p95_ms: number | null }
interface TargetJson { met: number; breached: number; pending: number; compliance: number | null }
interface SeverityJson {
  severity: string; alerts: number; time_to_acknowledge: DurationsJson; time_to_resolve: DurationsJson;
  ack_target?: TargetJson; resolve_target?: TargetJson;
}
export interface ReportJson {
  from_ms: number; to_ms: number; alerts: number; targets_met?: number; targets_breached?: number; compliance?: number | null;
  by_severity: SeverityJson[]; truncated_at_ms: number | null;
}

/** A measured time, as a person reads it (4.2 s, 3 min 5 s); "-" when there is none. */
export const elapsed = (ms: number | null | undefined): string => (ms === null || ms === undefined ? '-' : formatDuration(ms));

/** A target's counts as "met/breached/pending" and its compliance; "-" for a report without targets. */
function targetCells(t: TargetJson | undefined): [string, string] {
  return t === undefined ? ['-', '-'] : [`${t.met}/${t.breached}/${t.pending}`, formatPercent(t.compliance)];
}

/**
 * One row per severity: alerts; the acknowledge and the resolve targets apart (met/breached/pending
 * and compliance each: they are two promises); MTTA and MTTR with their p95.
 */
export function complianceTable(report: ReportJson): string {
  const rows = [['SEVERITY', 'ALERTS', 'ACK MET/BREACHED/PENDING', 'ACK KEPT', 'RESOLVE MET/BREACHED/PENDING', 'RESOLVE KEPT', 'MTTA', 'P95 TTA', 'MTTR', 'P95 TTR']];
  for (const s of report.by_severity) {
    rows.push([s.severity, String(s.alerts), ...targetCells(s.ack_target), ...targetCells(s.resolve_target),
      elapsed(s.time_to_acknowledge.mean_ms), elapsed(s.time_to_acknowledge.p95_ms), elapsed(s.time_to_resolve.mean_ms), elapsed(s.time_to_resolve.p95_ms)]);
  }
  return tableTrimmed(rows);
}

export function periodLine(report: ReportJson): string {
  return `from ${formatTime(report.from_ms)} until ${formatTime(report.to_ms)}`;
}

export function truncatedLine(report: ReportJson): string[] {
  return report.truncated_at_ms === null ? [] : [`(only the first alerts of the period were read: ask again with --from ${report.truncated_at_ms})`];
}

type TermsOptions = { target: ackchain.OlaTarget.$Properties[]; from?: number; to?: number };

function termsOptions(cmd: Command): Command {
  return cmd
    .requiredOption('--target <target>', `per severity: SEVERITY:ack=DURATION,resolve=DURATION (either may be left out), e.g. critical:ack=5m,resolve=1h; repeat for each severity (${SEVERITIES})`, targetArg)
    .option('--from <time>', 'in force from: ISO 8601 with an offset, or ms (default: once signed)', instantArg)
    .option('--to <time>', 'in force until: ISO 8601 with an offset, or ms (default: open-ended)', instantArg);
}

export function olaCommand(): Command {
  const ola = new Command('ola').description('Operational Level Agreements between teams: targets to acknowledge and resolve, per severity');

  ola.addCommand(termsOptions(txCommand('propose', 'propose an OLA: the provider team answers the consumer team\'s alerts within the targets (signed by an admin of either team; in force once an admin of the other signs)'))
    .requiredOption('--provider <team>', 'the team that answers the alerts')
    .requiredOption('--consumer <team>', 'the team that triggers them')
    .action(action(async (o: TxCommandOptions & TermsOptions & { provider: string; consumer: string }) => {
      await submitTx(o, { proposeOla: { provider: o.provider, consumer: o.consumer, terms: termsOf(o) } }, (r) => {
        const id = eventAttribute(r, 'ola.proposed', 'ola');
        return `OLA ${id} proposed: ${o.provider} answers the alerts of ${o.consumer} (version 1)\n  an admin of the other team signs it with: npx ackchain ola sign ${id} --key ADMIN-KEY`;
      });
    })));

  ola.addCommand(txCommand('sign', 'sign the version of an OLA that waits for your team (signed by an admin of the team that did not propose it)')
    .argument('<id>', 'the OLA', countArg)
    .option('--version <n>', 'the version you have read (default: the one waiting for a signature)', countArg)
    .action(action(async (id: number, o: TxCommandOptions & { version?: number }) => {
      const rpc = new RpcClient(o.rpc);
      const current = await rpc.call<OlaJson>('ola_get', { id });
      const version = o.version ?? current.pending_version;
      if (version === null) throw new Error(`OLA ${id} has no version waiting for a signature (${statusLine(current)})`);
      const v = current.versions.find((x) => x.version === version);
      if (v === undefined) throw new Error(`OLA ${id} has no version ${version}`);
      // The proposing side cannot sign its own version: say so rather than put a refused tx on the chain.
      const signer = toHex(readKeyFile(o.key).publicKey);
      const isAdmin = async (team: string) => (await rpc.call<TeamJson>('team_get', { id: team })).members.some((m) => m.account === signer && m.role === 'admin');
      const other = otherSide(current, v.proposed_by_team);
      if (v.signed_by === null && !(await isAdmin(other)) && await isAdmin(v.proposed_by_team)) {
        throw new Error(`version ${version} of OLA ${id} was proposed by team ${v.proposed_by_team}, of which ${o.key} is an admin; an admin of ${other} signs it`);
      }
      if (!o.json) {
        process.stdout.write([`signing OLA ${id} version ${version}: ${current.provider} answers the alerts of ${current.consumer}`,
          `  proposed ${formatTime(v.proposed_at_ms)} for ${v.proposed_by_team}`, ...termsLines(v.terms, '  '), ...judgedByLines(v, '  ')].join('\n') + '\n');
      }
      await submitTx(o, { signOla: { id, version } }, () => `OLA ${id} version ${version} signed: in force`);
    })));

  ola.addCommand(termsOptions(txCommand('amend', 'propose new terms for an OLA: a new version, in force once the other team signs it; until then the current one stays (signed by an admin of either team)'))
    .argument('<id>', 'the OLA', countArg)
    .action(action(async (id: number, o: TxCommandOptions & TermsOptions) => {
      await submitTx(o, { amendOla: { id, terms: termsOf(o) } }, (r) => {
        const version = eventAttribute(r, 'ola.amended', 'version');
        return `OLA ${id} version ${version} proposed\n  an admin of the other team signs it with: npx ackchain ola sign ${id} --version ${version} --key ADMIN-KEY`;
      });
    })));

  ola.addCommand(txCommand('terminate', 'end an OLA: alerts triggered from now on are not covered (signed by an admin of either team)')
    .argument('<id>', 'the OLA', countArg)
    .action(action(async (id: number, o: TxCommandOptions) => {
      await submitTx(o, { terminateOla: { id } }, () => `OLA ${id} terminated`);
    })));

  ola.addCommand(rpcCommand('list', 'list OLAs')
    .option('--team <team>', 'only those this team is a side of')
    .action(action(async (o: { rpc: string; json?: boolean; team?: string }) => {
      const result = await new RpcClient(o.rpc).allPages<{ olas: OlaJson[]; next_cursor: number | null }>('ola_list', o.team ? { team: o.team } : {},
        { items: 'olas', next: 'next_cursor', param: 'cursor' });
      if (o.json) { printJson(result); return; }
      if (result.olas.length === 0) { process.stdout.write('no OLAs\n'); return; }
      const targets = (t: TermsJson | null) => (t === null ? '-' : t.targets.map((x) => `${x.severity} ${formatSpan(x.ack_within_ms)}/${formatSpan(x.resolve_within_ms)}`).join(', '));
      process.stdout.write(tableTrimmed([['ID', 'PROVIDER', 'CONSUMER', 'STATUS', 'VERSION', 'PENDING', 'TARGETS (ACK/RESOLVE)'],
        ...result.olas.map((x) => [String(x.id), x.provider, x.consumer, x.status, x.active_version === null ? '-' : String(x.active_version),
          x.pending_version === null ? '-' : String(x.pending_version), targets(x.terms ?? x.versions.at(-1)?.terms ?? null)])]) + '\n');
    })));

  ola.addCommand(rpcCommand('show', 'show an OLA: its sides, status, and every version with its terms and signatures')
    .argument('<id>', 'the OLA', countArg)
    .action(action(async (id: number, o: { rpc: string; json?: boolean }) => {
      const rpc = new RpcClient(o.rpc);
      const answer = await rpc.call<OlaJson>('ola_get', { id });
      if (o.json) { printJson(answer); return; }
      printOla(answer, await namer(rpc, [answer.provider, answer.consumer]));
    })));

  ola.addCommand(rpcCommand('compliance', 'how an OLA was kept over a period (default: the last 30 days), per severity')
    .argument('<id>', 'the OLA', countArg)
    .option('--from <time>', 'start: ISO 8601 with an offset, or ms', instantArg)
    .option('--to <time>', 'end (exclusive): ISO 8601 with an offset, or ms (at most 366 days after the start)', instantArg)
    .action(action(async (id: number, o: { rpc: string; json?: boolean; from?: number; to?: number }) => {
      const report = await new RpcClient(o.rpc).call<ReportJson & { ola: number; provider: string; consumer: string }>('ola_compliance', {
        id, ...(o.from !== undefined ? { from_ms: o.from } : {}), ...(o.to !== undefined ? { to_ms: o.to } : {}),
      });
      if (o.json) { printJson(report); return; }
      const lines = [`OLA ${report.ola} (${report.provider} for ${report.consumer}) ${periodLine(report)}`];
      lines.push(`${report.alerts} covered alert${report.alerts === 1 ? '' : 's'}; targets met ${report.targets_met ?? 0}, breached ${report.targets_breached ?? 0}, compliance ${formatPercent(report.compliance)}`);
      if (report.by_severity.length) lines.push('', complianceTable(report));
      lines.push(...truncatedLine(report));
      process.stdout.write(lines.join('\n') + '\n');
    })));

  return ola;
}
