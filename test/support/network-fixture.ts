// A network of validators in this process: real LevelDB in temp dirs, real libp2p over 127.0.0.1,
// the system clock. Each node can be stopped and started again on the same data directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toHex } from '../../src/chain/bytes.ts';
import { ackchain } from '../../src/chain/codec.ts';
import { genesisToJson, parseGenesis, type GenesisDoc } from '../../src/chain/genesis.ts';
import { generateKeyPair, type KeyPair } from '../../src/chain/keys.ts';
import { signTx } from '../../src/chain/tx.ts';
import { DEFAULT_CONFIG, type NodeConfig } from '../../src/node/config.ts';
import { createLogger } from '../../src/node/logger.ts';
import { AckchainNode } from '../../src/node/node.ts';
import { generateNetworkKey, peerIdOf } from '../../src/p2p/keys.ts';
import { CHAIN_ID, GENESIS_TIME, teamKeys, type TeamKeys } from './chain-fixture.ts';
import { freePort } from './processes.ts';

/** Fast consensus for tests: small timeouts, a block every 200 ms when idle. */
export const FAST_PARAMS = {
  empty_block_interval_ms: 200, batch_delay_ms: 10,
  timeout_propose_ms: 1500, timeout_prevote_ms: 500, timeout_precommit_ms: 500, timeout_delta_ms: 250,
};

interface Member { validator: KeyPair; nodeKey: KeyPair; peerId: string; port: number; dir: string }

export class NetworkFixture {
  readonly members: Member[] = [];
  readonly nodes: (AckchainNode | undefined)[] = [];
  readonly teams: { payments: TeamKeys } = { payments: teamKeys() };
  readonly networkKey = generateNetworkKey();
  genesis!: GenesisDoc;
  #memo = 0;

  async setup(n: number, params: Record<string, number> = FAST_PARAMS): Promise<this> {
    for (let i = 0; i < n; i++) {
      const nodeKey = generateKeyPair();
      this.members.push({ validator: generateKeyPair(), nodeKey, peerId: await peerIdOf(nodeKey), port: await freePort(), dir: mkdtempSync(join(tmpdir(), `ackchain-net${i}-`)) });
    }
    const k = this.teams.payments;
    const json = genesisToJson({
      chainId: CHAIN_ID, genesisTimeMs: GENESIS_TIME,
      validators: this.members.map((m, i) => ({ team: `team${i}`, publicKey: m.validator.publicKey, power: 10, peerId: m.peerId })),
      teams: [{
        id: 'payments', name: 'payments',
        members: [{ account: k.admin.publicKey, handle: 'admin@payments', role: ackchain.Role.ROLE_ADMIN }, { account: k.responder.publicKey, handle: 'oncall@payments', role: ackchain.Role.ROLE_RESPONDER }],
        integrations: [{ account: k.integration.publicKey, name: 'monitoring' }],
      }],
    }) as { params: Record<string, number> };
    Object.assign(json.params, params);
    this.genesis = parseGenesis(JSON.stringify(json));
    return this;
  }

  config(i: number): NodeConfig {
    const peers = this.members.filter((_, j) => j !== i).map((m) => `/ip4/127.0.0.1/tcp/${m.port}/p2p/${m.peerId}`);
    return { ...DEFAULT_CONFIG, moniker: `node${i}`, p2p: { listen: `127.0.0.1:${this.members[i].port}`, persistentPeers: peers, allowedPeers: [] } };
  }

  async start(i: number): Promise<AckchainNode> {
    const m = this.members[i];
    const node = await AckchainNode.start({
      databasePath: join(m.dir, 'chain'), config: this.config(i), genesis: this.genesis, validatorKey: m.validator,
      nodeKey: m.nodeKey, networkKey: this.networkKey, logger: createLogger(process.env.ACKCHAIN_TEST_LOG ?? 'silent', `node${i}`),
      heartbeatIntervalMs: 100,
    });
    this.nodes[i] = node;
    return node;
  }

  async startAll(): Promise<void> {
    await Promise.all(this.members.map((_, i) => this.start(i)));
  }

  async stop(i: number): Promise<void> {
    const node = this.nodes[i];
    this.nodes[i] = undefined;
    await node?.stop();
  }

  async close(): Promise<void> {
    await Promise.all(this.nodes.map((_, i) => this.stop(i)));
    for (const m of this.members) rmSync(m.dir, { recursive: true, force: true });
  }

  running(): AckchainNode[] {
    return this.nodes.filter((n): n is AckchainNode => n !== undefined);
  }

  /** A trigger-alert tx of the payments team's integration, valid for a minute. */
  trigger(summary = 'disk full'): Uint8Array {
    return signTx({
      chainId: CHAIN_ID, expiresAtMs: Date.now() + 60_000, memo: `t${this.#memo++}`,
      triggerAlert: { team: 'payments', summary, severity: ackchain.Severity.SEVERITY_ERROR },
    }, this.teams.payments.integration);
  }

  /** Waits until every running node has committed `height`. */
  async waitHeight(height: number, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.running().some((n) => n.chain.height < height)) {
      if (Date.now() > deadline) {
        throw new Error(`timed out after ${timeoutMs} ms waiting for height ${height}: ${this.nodes.map((n, i) => `node${i} ${n === undefined ? 'stopped' : `${n.chain.height} ${JSON.stringify(n.status().consensus)}`}`).join(', ')}`);
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Block hash and state root of every height up to `height`, per running node, as hex. */
  async headers(height: number): Promise<string[][]> {
    return Promise.all(this.running().map(async (node) => {
      const out: string[] = [];
      for (let h = 1; h <= height; h++) {
        const block = await node.getBlock({ height: h });
        out.push(block === undefined ? 'missing' : `${toHex(block.hash)}/${toHex(block.header.stateRoot)}`);
      }
      return out;
    }));
  }
}
