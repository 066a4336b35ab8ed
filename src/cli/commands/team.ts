// ackchain team list|show|add-member|add-integration
import { Command, Option } from 'commander';
import { parseRole } from '../../chain/genesis.ts';
import { accountArg, action, rpcCommand, txCommand } from '../common.ts';
import { printJson, table } from '../output.ts';
import { RpcClient } from '../rpc-client.ts';
import { submitTx, type TxCommandOptions } from '../submit.ts';

interface TeamJson {
  id: string; name: string; alerts_opened: number;
  members: { account: string; handle: string; role: string }[];
  integrations: { account: string; name: string }[];
}

function printTeam(t: TeamJson): void {
  const lines = [`${t.id}  ${t.name}  (${t.alerts_opened} alerts opened)`];
  if (t.members.length) lines.push(table(t.members.map((m) => ['  member', m.role, m.handle, m.account])));
  if (t.integrations.length) lines.push(table(t.integrations.map((g) => ['  integration', g.name, g.account])));
  process.stdout.write(lines.join('\n') + '\n');
}

export function teamCommand(): Command {
  const team = new Command('team').description('inspect teams and manage their members and integrations');

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

  team.addCommand(txCommand('add-integration', 'add an integration key that may trigger and resolve a team\'s alerts (signed by a team admin)')
    .requiredOption('--team <team>', 'the team')
    .addOption(new Option('--account <key>', 'the integration\'s public key: 64 hex characters, or a key file').makeOptionMandatory().argParser(accountArg))
    .requiredOption('--name <name>', 'what it is, e.g. alertmanager')
    .action(action(async (o: TxCommandOptions & { team: string; account: Uint8Array; name: string }) => {
      await submitTx(o, { addIntegration: { team: o.team, account: o.account, name: o.name } },
        () => `integration ${o.name} added to ${o.team}`);
    })));

  return team;
}
