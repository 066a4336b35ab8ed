// ackchain audit acks|analytics: reports for auditors over committed state. Every acknowledgment
// with who (account, handle, device), when, where on the chain and whether the OLA target was met;
// time to acknowledge and to resolve per severity.
import { Command } from 'commander';
import { toHex } from '../../chain/bytes.ts';
import { accountArg, action, rpcCommand } from '../common.ts';
import { formatTime, printJson, tableTrimmed } from '../output.ts';
import { RpcClient } from '../rpc-client.ts';
import { countArg, instantArg } from './oncall.ts';
import { elapsed, periodLine, truncatedLine, type ReportJson } from './ola.ts';

/** The most acks the RPC answers in one page. */
const PAGE = 500;

interface AckJson {
  alert: string; team: string; severity: string; summary: string; status: string;
  by: { account: string; handle: string; device: string | null; device_label: string | null };
  time_ms: number; height: number; tx_hash: string; first: boolean; time_to_acknowledge_ms: number;
  ola: { id: number; version: number; deadline_ms: number | null; ack_target: string | null } | null;
}

/** The OLA cell: "OLA 1 met", "OLA 1 breached", "OLA 1 pending"; a later ack of the same alert is not judged. */
function olaCell(a: AckJson): string {
  if (a.ola === null) return '-';
  if (a.ola.ack_target === null) return `OLA ${a.ola.id} (not the first ack)`;
  if (a.ola.ack_target === 'none') return `OLA ${a.ola.id} (no ack target)`;
  return `OLA ${a.ola.id} ${a.ola.ack_target}`;
}

export function auditCommand(): Command {
  const audit = new Command('audit').description('reports for auditors: every acknowledgment, time to acknowledge and resolve');

  audit.addCommand(rpcCommand('acks', 'every acknowledgment, oldest first: alert, who, from which device, when, block height and tx, OLA target met or breached')
    .option('--team <team>', 'only acknowledgments of this team\'s alerts')
    .option('--actor <account>', 'only those by this account: 64 hex characters, or a key file')
    .option('--from <time>', 'start: ISO 8601 with an offset, or ms (default: genesis)', instantArg)
    .option('--to <time>', 'end (exclusive): ISO 8601 with an offset, or ms (default: now)', instantArg)
    .option('--limit <n>', 'at most this many (default: all of them, page after page)', countArg)
    .option('--cursor <hex>', 'continue after a previous answer\'s next_cursor')
    .action(action(async (o: { rpc: string; json?: boolean; team?: string; actor?: string; from?: number; to?: number; limit?: number; cursor?: string }) => {
      const rpc = new RpcClient(o.rpc);
      const params: Record<string, unknown> = {};
      if (o.team !== undefined) params.team = o.team;
      if (o.actor !== undefined) params.actor = toHex(accountArg(o.actor));
      if (o.from !== undefined) params.from_ms = o.from;
      if (o.to !== undefined) params.to_ms = o.to;
      const acks: AckJson[] = [];
      let cursor: string | null = o.cursor ?? null;
      do {
        const want = o.limit === undefined ? PAGE : Math.min(PAGE, o.limit - acks.length);
        const page: { acks: AckJson[]; next_cursor: string | null } = await rpc.call('audit_acks', { ...params, limit: want, ...(cursor !== null ? { cursor } : {}) });
        acks.push(...page.acks);
        cursor = page.next_cursor;
      } while (cursor !== null && (o.limit === undefined || acks.length < o.limit));
      if (o.json) { printJson({ acks, next_cursor: cursor }); return; }
      if (acks.length === 0) { process.stdout.write('no acknowledgments\n'); return; }
      const rows = [['TIME', 'ALERT', 'SEVERITY', 'BY', 'DEVICE', 'TTA', 'HEIGHT', 'OLA', 'TX']];
      for (const a of acks) {
        rows.push([formatTime(a.time_ms), a.alert, a.severity, a.by.handle || a.by.account, a.by.device === null ? '-' : a.by.device_label ?? `${a.by.device.slice(0, 8)}…`,
          elapsed(a.time_to_acknowledge_ms), String(a.height), olaCell(a), a.tx_hash]);
      }
      const lines = [tableTrimmed(rows)];
      if (cursor !== null) lines.push(`more: --cursor ${cursor}`);
      process.stdout.write(lines.join('\n') + '\n');
    })));

  audit.addCommand(rpcCommand('analytics', 'mean and p95 time to acknowledge (MTTA) and to resolve (MTTR) of a team\'s alerts, per severity, over a period (default: the last 30 days)')
    .requiredOption('--team <team>', 'the team')
    .option('--from <time>', 'start: ISO 8601 with an offset, or ms', instantArg)
    .option('--to <time>', 'end (exclusive): ISO 8601 with an offset, or ms (at most 366 days after the start)', instantArg)
    .action(action(async (o: { rpc: string; json?: boolean; team: string; from?: number; to?: number }) => {
      const report = await new RpcClient(o.rpc).call<ReportJson & { team: string }>('audit_analytics', {
        team: o.team, ...(o.from !== undefined ? { from_ms: o.from } : {}), ...(o.to !== undefined ? { to_ms: o.to } : {}),
      });
      if (o.json) { printJson(report); return; }
      const lines = [`${report.team}: ${report.alerts} alert${report.alerts === 1 ? '' : 's'} ${periodLine(report)}`];
      if (report.by_severity.length) {
        const rows = [['SEVERITY', 'ALERTS', 'ANSWERED', 'MTTA', 'P95 TTA', 'RESOLVED', 'MTTR', 'P95 TTR']];
        for (const s of report.by_severity) {
          const [a, r] = [s.time_to_acknowledge, s.time_to_resolve];
          rows.push([s.severity, String(s.alerts), String(a.count), elapsed(a.mean_ms), elapsed(a.p95_ms), String(r.count), elapsed(r.mean_ms), elapsed(r.p95_ms)]);
        }
        lines.push('', tableTrimmed(rows), '', 'answered: acknowledged, or resolved without an acknowledgment (time to acknowledge counts either)');
      }
      lines.push(...truncatedLine(report));
      process.stdout.write(lines.join('\n') + '\n');
    })));

  return audit;
}
