// Deployed contracts: SM83 machine code stored under its SHA-256. Running them is vm/'s job; the
// acknowledgment policies that call them come with the next part of the application.
import { toHex } from '../chain/bytes.ts';
import { ackchain, decode, encode } from '../chain/codec.ts';
import { reject } from '../chain/codes.ts';
import { sha256 } from '../chain/hash.ts';
import type { TxContext } from './context.ts';
import { stateKeys } from './keys.ts';
import type { Overlay, StateReader } from './overlay.ts';
import { standingsOf } from './teams.ts';

export const MAX_CONTRACT_NAME_LENGTH = 64;

export function contractAddress(code: Uint8Array): Uint8Array {
  return sha256(code);
}

export async function getContract(state: StateReader, address: Uint8Array): Promise<ackchain.Contract | undefined> {
  const bytes = await state.getState(stateKeys.contract(address));
  return bytes === undefined ? undefined : decode.contract(bytes);
}

/** Stores a contract; returns its address. Used by genesis and by DeployContract txs. */
export function storeContract(state: Overlay, contract: ackchain.Contract.$Properties): Uint8Array {
  const address = contractAddress(contract.code ?? new Uint8Array());
  state.set(stateKeys.contract(address), encode.contract(contract));
  return address;
}

export async function deployContract(ctx: TxContext, p: ackchain.DeployContract): Promise<void> {
  // Members of any team may deploy (a contract does nothing until a team's admin points a policy at it); integrations may not.
  if (!(await standingsOf(ctx.state, ctx.tx.account)).some((s) => s.standing.kind === 'member')) reject('unauthorized', `${toHex(ctx.tx.account)} is not a member of any team`);
  if (!p.name || p.name.length > MAX_CONTRACT_NAME_LENGTH) reject('invalidArgument', `name must be 1 to ${MAX_CONTRACT_NAME_LENGTH} characters`);
  const limit = ctx.block.params.maxContractBytes;
  if (p.code.length === 0 || p.code.length > limit) reject('invalidArgument', `code must be 1 to ${limit} bytes, got ${p.code.length}`);
  const address = contractAddress(p.code);
  if (await getContract(ctx.state, address) !== undefined) reject('invalidState', `contract ${toHex(address)} is already deployed`);
  storeContract(ctx.state, { name: p.name, code: p.code, deployer: ctx.tx.account, deployedHeight: ctx.block.height });
  ctx.emit('contract.deployed', { address: toHex(address), name: p.name, bytes: p.code.length });
}
