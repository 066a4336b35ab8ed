// ackchain alert trigger|ack|resolve|note|snooze|list|show
import { Command, Option } from 'commander';
import { ackchain } from '../../chain/codec.ts';
import { parseAlertId, parseSeverity } from '../../state/alert-records.ts';
import { action, rpcCommand, txCommand } from '../common.ts';
import { formatTime, printJson, shortHex, table } from '../output.ts';
import { RpcClient } from '../rpc-client.ts';
import { eventAttribute, submitTx, type TxCommandOptions } from '../submit.ts';
import { durationArg, instantArg, untilOrFor } from './oncall.ts';

function alertRef(id: string | undefined, options: { team?: string; dedupKey?: string }): ackchain.AlertRef.$Properties {
  if (id !== undefined) {
    const parsed = parseAlertId(id);
    if (!parsed) throw new Error(`"${id}" is not an alert id like payments-42`);
    return { team: parsed.team, number: parsed.number };
  }
  if (options.team && options.dedupKey) return { team: options.team, dedupKey: options.dedupKey };
  throw new Error('name the alert by id (payments-42) or with --team and --dedup-key');
}

function refOptions(cmd: Command): Command {
  return cmd.argument('[id]', 'alert id, e.g. payments-42')
    .option('--team <team>', 'with --dedup-key: the team of the open alert')
    .option('--dedup-key <key>', 'with --team: the dedup key of the open alert');
}

interface AlertJson {
  id: string; status: string; severity: string; summary: string; team: string; dedup_key: string; source: string;
  component: string; group: string; class: string; trigger_count: number; created_at_ms: number; last_seen_ms: number;
  triggered_by: string; acknowledged_by: string | null; acknowledged_at_ms: number | null; resolved_by: string | null; resolved_at_ms: number | null;
  custom_details: unknown; links: { href: string; text: string }[];
  escalation: { policy_version: number; level: number; round: number; next_escalation_ms: number | null } | null;
  retrigger_at_ms: number | null; snoozed_until_ms: number | null; in_maintenance: boolean;
  ola: { id: number; version: number; acknowledge: OlaTargetJson | null; resolve: OlaTargetJson | null } | null;
}

interface OlaTargetJson { deadline_ms: number; outcome: string }

/** The on-call lines of `alert show`: escalation, snooze or re-trigger, maintenance, OLA targets. */
function onCallLines(a: AlertJson): string[] {
  const lines: string[] = [];
  if (a.escalation) {
    const next = a.escalation.next_escalation_ms === null ? 'no further step' : `next step ${formatTime(a.escalation.next_escalation_ms)}`;
    lines.push(`  escalation: policy version ${a.escalation.policy_version}, level ${a.escalation.level}, round ${a.escalation.round}; ${next}`);
  }
  if (a.snoozed_until_ms !== null) lines.push(`  snoozed until ${formatTime(a.snoozed_until_ms)}`);
  else if (a.retrigger_at_ms !== null) lines.push(`  pages again at ${formatTime(a.retrigger_at_ms)} unless resolved`);
  if (a.in_maintenance) lines.push('  triggered in a maintenance window: nobody was paged');
  if (a.ola) {
    const target = (name: string, t: OlaTargetJson | null) => (t === null ? [] : [`${name} by ${formatTime(t.deadline_ms)}: ${t.outcome}`]);
    lines.push(`  OLA ${a.ola.id} (version ${a.ola.version}): ${[...target('acknowledge', a.ola.acknowledge), ...target('resolve', a.ola.resolve)].join('; ')}`);
  }
  return lines;
}

interface HistoryJson { action: string; account: string; handle: string; device: string | null; time_ms: number; height: number; tx_hash: string; detail: string }

export function alertCommand(): Command {
  const alert = new Command('alert').description('trigger, acknowledge, resolve and inspect alerts');

  alert.addCommand(txCommand('trigger', 'trigger an alert (or add to the open alert with the same dedup key)')
    .requiredOption('--team <team>', 'the team the alert pages')
    .requiredOption('--summary <text>', 'what is wrong, in one line')
    .addOption(new Option('--severity <level>', 'severity').choices(['critical', 'error', 'warning', 'info']).default('error'))
    .option('--dedup-key <key>', 'alerts with the same key add to one open alert (default: a new key per trigger)')
    .option('--source <source>', 'where it was detected, e.g. a host name', '')
    .option('--component <component>', 'the affected component', '')
    .option('--group <group>', 'a logical grouping of components', '')
    .option('--class <class>', 'the class or type of the event', '')
    .option('--details <json>', 'custom details, a JSON object')
    .option('--link <url...>', 'links to dashboards or runbooks')
    .action(action(async (o: TxCommandOptions & { team: string; summary: string; severity: string; dedupKey?: string; source: string; component: string; group: string; class: string; details?: string; link?: string[] }) => {
      if (o.details !== undefined) {
        try { JSON.parse(o.details); } catch { throw new Error('--details must be a JSON object'); }
      }
      await submitTx(o, {
        triggerAlert: {
          team: o.team, summary: o.summary, severity: parseSeverity(o.severity), dedupKey: o.dedupKey ?? '', source: o.source,
          component: o.component, group: o.group, alertClass: o.class, customDetailsJson: o.details ?? '',
          links: (o.link ?? []).map((href) => ({ href, text: '' })),
        },
      }, (r) => {
        const id = eventAttribute(r, 'alert.triggered', 'alert');
        return id ? `alert ${id} triggered` : `added to open alert ${eventAttribute(r, 'alert.deduplicated', 'alert')} (count ${eventAttribute(r, 'alert.deduplicated', 'count')})`;
      });
    })));

  alert.addCommand(refOptions(txCommand('ack', 'acknowledge an alert: you are on it'))
    .action(action(async (id: string | undefined, o: TxCommandOptions & { team?: string; dedupKey?: string }) => {
      await submitTx(o, { acknowledgeAlert: { alert: alertRef(id, o) } }, (r) => `alert ${eventAttribute(r, 'alert.acknowledged', 'alert')} acknowledged`);
    })));

  alert.addCommand(refOptions(txCommand('resolve', 'resolve an alert'))
    .option('--resolution <text>', 'what fixed it', '')
    .action(action(async (id: string | undefined, o: TxCommandOptions & { team?: string; dedupKey?: string; resolution: string }) => {
      await submitTx(o, { resolveAlert: { alert: alertRef(id, o), resolution: o.resolution } }, (r) => `alert ${eventAttribute(r, 'alert.resolved', 'alert')} resolved`);
    })));

  alert.addCommand(refOptions(txCommand('snooze', 'snooze an acknowledged alert: it pages again (from the first escalation level) when the snooze ends, unless resolved'))
    .option('--until <time>', 'when it pages again: ISO 8601 with an offset, or ms (at most 7 days ahead)', instantArg)
    .option('--for <duration>', 'or how long from now: 30m, 2h, 1d', durationArg)
    .action(action(async (id: string | undefined, o: TxCommandOptions & { team?: string; dedupKey?: string; until?: number; for?: number }) => {
      const ref = alertRef(id, o);
      const untilMs = untilOrFor(o, ['--until', '--for']);
      await submitTx(o, { snoozeAlert: { alert: ref, untilMs } },
        (r) => `alert ${eventAttribute(r, 'alert.snoozed', 'alert')} snoozed until ${formatTime(Number(eventAttribute(r, 'alert.snoozed', 'until_ms')))}`);
    })));

  alert.addCommand(refOptions(txCommand('note', 'add a note to an alert\'s history'))
    .requiredOption('--note <text>', 'the note')
    .action(action(async (id: string | undefined, o: TxCommandOptions & { team?: string; dedupKey?: string; note: string }) => {
      await submitTx(o, { addAlertNote: { alert: alertRef(id, o), note: o.note } }, (r) => `note added to ${eventAttribute(r, 'alert.note_added', 'alert')}`);
    })));

  alert.addCommand(rpcCommand('list', 'list alerts, newest first')
    .option('--team <team>', 'only this team\'s alerts')
    .addOption(new Option('--status <status>', 'only alerts in this status').choices(['triggered', 'acknowledged', 'resolved']))
    .addOption(new Option('--severity <level>', 'only this severity').choices(['critical', 'error', 'warning', 'info']))
    .option('--limit <n>', 'page size (1-500)', '50')
    .option('--cursor <n>', 'continue from a previous page\'s next_cursor')
    .action(action(async (o: { rpc: string; json?: boolean; team?: string; status?: string; severity?: string; limit: string; cursor?: string }) => {
      const params: Record<string, unknown> = { limit: Number(o.limit) };
      for (const k of ['team', 'status', 'severity'] as const) if (o[k] !== undefined) params[k] = o[k];
      if (o.cursor !== undefined) params.cursor = Number(o.cursor);
      const page = await new RpcClient(o.rpc).call<{ alerts: AlertJson[]; next_cursor: number | null }>('alert_list', params);
      if (o.json) { printJson(page); return; }
      if (page.alerts.length === 0) { process.stdout.write('no alerts\n'); return; }
      const rows = [['ID', 'STATUS', 'SEVERITY', 'CREATED', 'COUNT', 'SUMMARY'],
        ...page.alerts.map((a) => [a.id, a.status, a.severity, formatTime(a.created_at_ms), String(a.trigger_count), a.summary])];
      process.stdout.write(table(rows) + '\n');
      if (page.next_cursor !== null) process.stdout.write(`more: --cursor ${page.next_cursor}\n`);
    })));

  alert.addCommand(refOptions(rpcCommand('show', 'show an alert and its history'))
    .action(action(async (id: string | undefined, o: { rpc: string; json?: boolean; team?: string; dedupKey?: string }) => {
      const ref = alertRef(id, o);
      const params = ref.number ? { team: ref.team, number: ref.number } : { team: ref.team, dedup_key: ref.dedupKey };
      const result = await new RpcClient(o.rpc).allPages<{ alert: AlertJson; entries: HistoryJson[]; next_from: number | null }>('alert_history', params, { items: 'entries', next: 'next_from', param: 'from' });
      if (o.json) { printJson(result); return; }
      const a = result.alert;
      const lines = [
        `${a.id}  [${a.status}]  ${a.severity}  ${a.summary}`,
        `  team ${a.team}   dedup key ${a.dedup_key}   triggered ${a.trigger_count}x, last ${formatTime(a.last_seen_ms)}`,
      ];
      if (a.source || a.component || a.group || a.class) lines.push(`  source ${a.source || '-'}  component ${a.component || '-'}  group ${a.group || '-'}  class ${a.class || '-'}`);
      if (a.custom_details !== null) lines.push(`  details ${JSON.stringify(a.custom_details)}`);
      for (const l of a.links) lines.push(`  link ${l.href}${l.text ? ` (${l.text})` : ''}`);
      lines.push(...onCallLines(a));
      const rpc = new RpcClient(o.rpc);
      const labels = new Map<string, string>();
      for (const device of new Set(result.entries.map((e) => e.device).filter((d) => d !== null))) {
        labels.set(device, (await rpc.call<{ label: string }>('device_get', { key: device })).label);
      }
      lines.push('', 'history:');
      lines.push(table(result.entries.map((e) => [
        formatTime(e.time_ms), `#${e.height}`, e.action, (e.handle || shortHex(e.account)) + (e.device ? ` (device "${labels.get(e.device)}")` : ''),
        e.tx_hash ? shortHex(e.tx_hash) : '-', e.detail,
      ])));
      process.stdout.write(lines.join('\n') + '\n');
    })));

  return alert;
}
