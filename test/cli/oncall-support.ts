// A real node in this process and the fixture's keys as key files, for tests that run the CLI
// against it: `cli(...)` adds --rpc.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeKeyFile } from '../../src/chain/keys.ts';
import type { TxBodyInput } from '../../src/chain/tx.ts';
import { NodeFixture } from '../support/node-fixture.ts';
import { runCli, type CliResult } from './support.ts';

export type Team = 'payments' | 'platform';
export type Role = 'admin' | 'responder' | 'integration';

export class CliNode {
  readonly f = new NodeFixture();
  readonly dir = mkdtempSync(join(tmpdir(), 'ackchain-cli-'));

  async start(): Promise<this> {
    await this.f.start();
    for (const [team, keys] of Object.entries(this.f.keys.teams)) {
      for (const role of ['admin', 'responder', 'integration'] as const) writeKeyFile(this.key(team as Team, role), keys[role]);
    }
    return this;
  }

  async stop(): Promise<void> {
    await this.f.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** The key file of a fixture key: handles are admin@<team> and oncall@<team>. */
  key(team: Team, role: Role): string {
    return join(this.dir, `${team}-${role}.json`);
  }

  /** Writes a file in the test's folder and returns its path. */
  file(name: string, text: string): string {
    const path = join(this.dir, name);
    writeFileSync(path, text);
    return path;
  }

  cli(args: string[]): Promise<CliResult> {
    return runCli([...args, '--rpc', this.f.url]);
  }

  /** Submits a tx in-process and waits for its commit; throws unless it succeeded. */
  async commit(team: Team, role: Role, payload: Omit<TxBodyInput, 'chainId' | 'expiresAtMs' | 'memo'>): Promise<void> {
    const result = await this.f.result('tx_submit', { tx: this.f.tx(this.f.keys.teams[team][role], payload), wait: 'committed' });
    if (result.receipt.code !== 0) throw new Error(`tx failed: ${result.receipt.log}`);
  }
}

/** stdout as lines, without the empty string after the last newline. */
export function lines(text: string): string[] {
  const all = text.split('\n');
  if (all.at(-1) === '') all.pop();
  return all;
}

/** A committed tx's second line, as submitTx prints it. */
export const COMMITTED = /^ {2}tx [0-9a-f]{64} committed at height \d+$/;
