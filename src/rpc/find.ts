// Reading a record a method names, or answering -32004 with what was not found.
import type { ackchain } from '../chain/codec.ts';
import type { NodeApi } from '../node/api.ts';
import { notFound } from './errors.ts';

/** `id` is a slug (Params.team): the message quotes it whole. */
export async function findTeam(node: NodeApi, id: string): Promise<ackchain.Team> {
  const team = await node.getTeam(id);
  if (team === undefined) throw notFound(`no team "${id}"`);
  return team;
}
