// The state a chain starts from: the genesis teams and built-in contracts.
import { ackchain } from '../chain/codec.ts';
import type { GenesisDoc } from '../chain/genesis.ts';
import { storeContract } from './contracts.ts';
import type { Overlay } from './overlay.ts';
import { putTeam, registerTeam } from './teams.ts';

export async function writeGenesisState(state: Overlay, doc: GenesisDoc): Promise<void> {
  for (const t of doc.genesis.teams) {
    putTeam(state, ackchain.Team.create({ id: t.id, name: t.name, members: t.members, integrations: t.integrations, nextAlertNumber: 0 }));
    await registerTeam(state, t.id ?? '');
  }
  for (const c of doc.genesis.contracts) storeContract(state, { name: c.name, code: c.code, deployer: new Uint8Array(), deployedHeight: 0 });
}
