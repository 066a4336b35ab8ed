// End to end, real processes, faults: a four-validator network from `ackchain testnet` runs as
// four `ackchain start` processes on 127.0.0.1 while a client submits trigger txs throughout
// (tx_submit, wait "committed") and records every tx it was told is committed. On that one network,
// in turn:
//   1. two of four are killed with SIGKILL: the chain halts without forking; restarted, it resumes;
//   2. the proposer is stopped with SIGSTOP: rounds go past it; after SIGCONT it rejoins;
//   3. a node restarts from an empty data directory: it syncs from genesis and rejoins, and it
//      never signs again where it signed before: with its signer state kept, as docs/operations.md
//      says an operator must (passes), and with the whole data/ wiped (skipped: it does sign again);
//   4. peers outside the allowlist, or without the network key, get no application message through
//      (an allowlisted follower with the key, built the same way, does: the control).
// Also (skipped: it fails) a node stopped with SIGTERM while clients wait for commits exits promptly.
// After each: every running node has the same headers, state roots and txs up to the lowest common
// height, every tx the client was told is committed is there on every node, and no node logged
// evidence of a double vote or stopped its consensus.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHex, toHex } from '../../src/chain/bytes.ts';
import { ackchain, decode } from '../../src/chain/codec.ts';
import { generateKeyPair, readKeyFile, writeKeyFile, type KeyPair } from '../../src/chain/keys.ts';
import { signTx } from '../../src/chain/tx.ts';
import { validatorSetAt } from '../../src/node/consensus-driver.ts';
import { configToJson, DEFAULT_CONFIG } from '../../src/node/config.ts';
import { formatNetworkKey, generateNetworkKey, peerIdOf } from '../../src/p2p/keys.ts';
import { decodeProposal } from '../../src/p2p/wire.ts';
import { cli, freePortBlock, rpcBatch, rpcCall, spawnNode, waitHealthy, waitUntil, type NodeProcess } from '../support/processes.ts';

const VALIDATORS = 4;
const CHAIN_ID = 'e2e-faults';
/** Faster than the defaults, so that the file runs in about two minutes; the same in every node's genesis. */
const PARAMS = { empty_block_interval_ms: 300, timeout_propose_ms: 1500, timeout_prevote_ms: 500, timeout_precommit_ms: 500, timeout_delta_ms: 250 };
const EMPTY_BLOCK_MS = PARAMS.empty_block_interval_ms;
/** tx_submit's wait for the commit: longer than a halt, so txs sent during it are told committed after it. */
const COMMIT_TIMEOUT_MS = 20_000;
const STEP_ORDER = ['proposal', 'prevote', 'precommit'];

interface SignerRecord { height: number; round: number; step: string; sign_bytes: string }
interface BlockView { hash: string; header: Record<string, unknown> & { proposer: string; state_root: string }; txs: string[]; last_commit: CommitView | null }
interface CommitView { height: number; round: number; block_hash: string; signatures: { validator: string; vote: string }[] }

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** (height, round, step) order of the signer state: negative when a is before b. */
const signOrder = (a: SignerRecord, b: SignerRecord): number =>
  a.height - b.height || a.round - b.round || STEP_ORDER.indexOf(a.step) - STEP_ORDER.indexOf(b.step);
const position = (s: SignerRecord) => `${s.height}/${s.round}/${s.step}`;

describe('e2e: faults on a four-validator testnet of real processes', function () {
  this.timeout(120_000);
  let dir: string;
  let base: number;
  let rpcs: string[];
  let monitoring: KeyPair;
  /** Validator public key (hex) of node i: testnet gives node i the genesis' validator i. */
  let validatorOf: string[];
  let peerIds: string[];
  let genesisValidators: ackchain.Validator[];
  const nodes: (NodeProcess | undefined)[] = [];
  /** Output of the earlier processes of node i (before restarts), for the log checks. */
  const pastOutput: string[][] = Array.from({ length: VALIDATORS }, () => []);
  const paused = new Set<number>();
  /** tx hash -> height, of every tx a node answered "committed". */
  const committed = new Map<string, number>();
  const failedReceipts: string[] = [];
  let load: { stop: () => Promise<void>; sent: () => number } | undefined;
  /** The blocks every node must have: the first node checked at a height sets it. */
  const reference = new Map<number, BlockView>();
  /** Per node: blocks 1..n compared with the reference, and the committed txs found by tx_get. */
  const blocksChecked: number[] = Array(VALIDATORS).fill(0);
  const txsChecked: Set<string>[] = Array.from({ length: VALIDATORS }, () => new Set());
  /** Outsider peers' processes (test 4), stopped in after(). */
  const extra: NodeProcess[] = [];
  const timings: string[] = [];
  /** What each validator signed at heights 1 and 2, as its signer state showed while the network started. */
  const startupSigns: SignerRecord[][] = [];
  let sent = 0;
  let sampler: NodeJS.Timeout | undefined;

  const home = (i: number) => join(dir, `node${i}`);
  const start = (i: number): NodeProcess => (nodes[i] = spawnNode(['start', '--home', home(i)]));
  const running = (i: number) => nodes[i] !== undefined && nodes[i]!.child.exitCode === null && nodes[i]!.child.signalCode === null;
  const live = () => [...Array(VALIDATORS).keys()].filter((i) => running(i) && !paused.has(i));
  const status = (i: number) => rpcCall(rpcs[i], 'node_status');
  const height = async (i: number): Promise<number> => (await status(i)).latest_height as number;
  const heights = (of: number[]) => Promise.all(of.map((i) => height(i).catch(() => -1)));
  const tail = (i: number) => nodes[i]?.output().slice(-3000) ?? '';
  /** The node whose validator proposes round `round` of `h`, from the set order exactly as the nodes compute it. */
  const proposerNode = (h: number, round: number): number => validatorOf.indexOf(validatorSetAt(genesisValidators, h).proposerOf(round).id);

  async function kill(i: number, signal: NodeJS.Signals): Promise<void> {
    const n = nodes[i]!;
    n.child.kill(signal);
    const { code, signal: by } = await n.exited;
    if (signal === 'SIGTERM') assert.equal(code, 0, `node${i} did not stop cleanly on SIGTERM:\n${n.output().slice(-3000)}`);
    else assert.equal(by, signal);
    pastOutput[i].push(n.output());
  }

  async function waitHeight(of: number[], target: number, timeoutMs = 30_000): Promise<void> {
    await waitUntil(async () => (await heights(of)).every((h) => h >= target), timeoutMs,
      () => `nodes ${of.join(', ')} did not all reach height ${target}:\n${of.map((i) => `node${i}: ${tail(i)}`).join('\n')}`);
  }

  /** Until node i answers JSON-RPC (it may not be healthy yet: a halted chain's head is old). */
  async function waitAnswering(i: number, timeoutMs = 30_000): Promise<void> {
    await waitUntil(async () => {
      if (!running(i)) throw new Error(`node${i} exited:\n${tail(i)}`);
      await status(i);
      return true;
    }, timeoutMs, () => `node${i} does not answer JSON-RPC:\n${tail(i)}`);
  }

  /** Txs of the client waiting for their answer, per node. */
  const waiting: number[] = Array(VALIDATORS).fill(0);
  /** Nodes the client sends no more txs to (about to be stopped with SIGTERM). */
  const drained = new Set<number>();
  let memo = 0;

  /** Submits one trigger tx to node i and waits for its commit; remembers it if told committed. */
  function submit(i: number): Promise<void> {
    const tx = signTx({
      chainId: CHAIN_ID, expiresAtMs: Date.now() + 120_000, memo: `load ${memo++}`,
      triggerAlert: { team: 'team0', summary: 'load', severity: ackchain.Severity.SEVERITY_WARNING },
    }, monitoring);
    waiting[i]++;
    return rpcCall(rpcs[i], 'tx_submit', { tx: toHex(tx), wait: 'committed' })
      .then((r: { hash: string; height: number; receipt: { code: number } }) => {
        if (r.receipt.code !== 0) failedReceipts.push(`${r.hash}: code ${r.receipt.code}`);
        committed.set(r.hash, r.height);
      }, () => { /* the node was killed, or the wait timed out: not told committed */ })
      .finally(() => { waiting[i]--; });
  }

  /** Submits a tx to a running, unpaused, undrained validator every 100 ms. */
  function startLoad(): { stop: () => Promise<void>; sent: () => number } {
    const inFlight = new Set<Promise<void>>();
    const timer = setInterval(() => {
      const targets = live().filter((i) => !drained.has(i));
      if (targets.length === 0) return;
      const call = submit(targets[memo % targets.length]).finally(() => inFlight.delete(call));
      inFlight.add(call);
    }, 100);
    return {
      stop: async () => {
        clearInterval(timer);
        await Promise.all(inFlight);
      },
      sent: () => memo,
    };
  }

  /**
   * Stops node i with SIGTERM as an operator would: the client first stops sending to it and gets
   * its answers. (A node with clients still waiting for commits exits only when their waits time
   * out: see the skipped SIGTERM test.)
   */
  async function terminate(i: number): Promise<void> {
    drained.add(i);
    try {
      await waitUntil(() => waiting[i] === 0, COMMIT_TIMEOUT_MS + 5000, () => `clients still wait on node${i}`);
      await kill(i, 'SIGTERM');
    } finally {
      drained.delete(i);
    }
  }

  /** Blocks from..to of a node, in batches of 100 (rpc.max_batch_calls). */
  async function blocksOf(rpc: string, from: number, to: number): Promise<BlockView[]> {
    const out: BlockView[] = [];
    for (let h = from; h <= to; h += 100) {
      const calls = [];
      for (let k = h; k <= Math.min(to, h + 99); k++) calls.push({ method: 'chain_getBlock', params: { height: k } });
      for (const [j, a] of (await rpcBatch(rpc, calls)).entries()) {
        if (a.error) throw new Error(`chain_getBlock ${h + j} on ${rpc}: ${a.error.message}`);
        out.push(a.result as BlockView);
      }
    }
    return out;
  }

  /**
   * Every running node catches up to the highest, then: the same blocks (hash, header with its
   * state root, txs) up to the lowest common height, every tx the client was told is committed at
   * its height on every node (in the block and by tx_get), and no evidence or stopped consensus in
   * any node's log. Returns the common height.
   */
  async function checkAgreement(): Promise<number> {
    const of = live();
    const target = Math.max(...await heights(of));
    await waitHeight(of, target);
    const top = Math.min(...await heights(of));
    for (const i of of) {
      const blocks = await blocksOf(rpcs[i], blocksChecked[i] + 1, top);
      for (const b of blocks) {
        const h = Number(b.header.height);
        const want = reference.get(h);
        if (want === undefined) { reference.set(h, b); continue; }
        assert.equal(b.hash, want.hash, `node${i} has another block at height ${h}: a fork`);
        assert.deepEqual(b.header, want.header, `node${i} has another header at height ${h}`);
        assert.equal(b.header.state_root, want.header.state_root, `node${i} has another state root at height ${h}`);
        assert.deepEqual(b.txs, want.txs, `node${i} has other txs at height ${h}`);
      }
      blocksChecked[i] = top;
    }
    for (const [hash, at] of committed) {
      if (at > top) continue;
      assert.ok(reference.get(at)!.txs.includes(hash), `tx ${hash}, told committed at ${at}, is not in that block`);
    }
    for (const i of of) {
      const todo = [...committed].filter(([hash, at]) => at <= top && !txsChecked[i].has(hash));
      for (let k = 0; k < todo.length; k += 100) {
        const part = todo.slice(k, k + 100);
        const answers = await rpcBatch(rpcs[i], part.map(([hash]) => ({ method: 'tx_get', params: { hash } })));
        for (const [j, a] of answers.entries()) {
          const [hash, at] = part[j];
          assert.equal(a.error, undefined, `node${i} does not have tx ${hash}, told committed at ${at}: ${a.error?.message}`);
          assert.equal(a.result.height, at, `node${i} has tx ${hash} at ${a.result.height}, told committed at ${at}`);
          txsChecked[i].add(hash);
        }
      }
    }
    assert.deepEqual(failedReceipts, []);
    for (let i = 0; i < VALIDATORS; i++) {
      const logs = [...pastOutput[i], nodes[i]?.output() ?? ''].join('\n');
      assert.doesNotMatch(logs, /signed two different messages|evidence of a double vote/, `node${i} logged evidence of a double vote`);
      assert.doesNotMatch(logs, /consensus stopped/, `node${i} stopped its consensus`);
    }
    return top;
  }

  /** Whether node k's validator has a precommit in the commit of some block above `above` (it takes part in consensus). */
  async function signsAgain(k: number, above: number, timeoutMs = 20_000): Promise<void> {
    let from = above + 1;
    await waitUntil(async () => {
      const other = live().find((i) => i !== k)!;
      const top = await height(other);
      if (top < from) return false;
      // A commit as its node stored it, and the same height's precommits as the next block carries
      // them (with the late ones, which a validator just back often is).
      const answers = await rpcBatch(rpcs[other], Array.from({ length: Math.min(50, top - from + 1) }, (_, j) => [
        { method: 'chain_getCommit', params: { height: from + j } }, { method: 'chain_getBlock', params: { height: from + j } }]).flat());
      const commits = answers.map((a) => (a.result?.signatures !== undefined ? a.result : a.result?.last_commit) as CommitView | null | undefined);
      const found = commits.some((c) => c?.signatures.some((s) => s.validator === validatorOf[k]));
      from += answers.length / 2;
      return found;
    }, timeoutMs, () => `node${k}'s validator signed no commit above height ${above}:\n${tail(k)}`, 250);
  }

  /** Polls node i's signer state (written by rename, so read whole) and keeps every distinct record. */
  function watchSigner(i: number): { seen: () => SignerRecord[]; stop: () => SignerRecord[] } {
    const path = join(home(i), 'data', 'signer_state.json');
    const seen = new Map<string, SignerRecord>();
    const timer = setInterval(() => {
      try {
        const text = readFileSync(path, 'utf8');
        if (!seen.has(text)) seen.set(text, JSON.parse(text) as SignerRecord);
      } catch { /* not written yet */ }
    }, 10);
    return { seen: () => [...seen.values()], stop: () => { clearInterval(timer); return [...seen.values()]; } };
  }

  const readSigner = (i: number): SignerRecord => JSON.parse(readFileSync(join(home(i), 'data', 'signer_state.json'), 'utf8')) as SignerRecord;

  /**
   * The signatures a restarted node made at or below what it had signed before (a validator must
   * never), each with the proof of a conflict where the chain holds the earlier message.
   */
  async function signedAgain(k: number, before: SignerRecord, after: SignerRecord[]): Promise<string[]> {
    const found: string[] = [];
    const other = live().find((i) => i !== k)!;
    // The record kept from before the restart is no new signature; the same bytes again are allowed.
    for (const s of after.filter((a) => signOrder(a, before) < 0 || (signOrder(a, before) === 0 && a.sign_bytes !== before.sign_bytes))) {
      let proof = 'already past it before the restart';
      const original = startupSigns[k].find((o) => signOrder(o, s) === 0);
      if (original !== undefined && original.sign_bytes !== s.sign_bytes) proof = `CONFLICTS with its ${s.step} there at start-up, seen in its signer state then`;
      const commit = await rpcCall(rpcs[other], 'chain_getCommit', { height: s.height }).catch(() => undefined) as CommitView | undefined;
      const block = reference.get(s.height);
      if (s.step === 'precommit' && commit?.round === s.round) {
        const mine = commit.signatures.find((x) => x.validator === validatorOf[k]);
        if (mine !== undefined && mine.vote !== s.sign_bytes) proof = `CONFLICTS with its precommit in the commit of height ${s.height}`;
      }
      // Block h was its own proposal of round r, committed in r: it proposed it, and prevoted it (L22).
      if (commit?.round === s.round && block?.header.proposer === validatorOf[k] && s.step !== 'precommit') {
        const hash = toHex(s.step === 'proposal' ? decodeProposal(fromHex(s.sign_bytes)).blockHash : decode.vote(fromHex(s.sign_bytes)).blockHash);
        if (hash !== block.hash) {
          proof = `CONFLICTS with its ${s.step} of its own block ${block.hash.slice(0, 12)}, committed at height ${s.height} round ${s.round}; new ${s.step} for ${hash.slice(0, 12) || 'nil'}`;
        }
      }
      found.push(`${position(s)} (${proof})`);
    }
    return found;
  }

  before(async function () {
    this.timeout(120_000);
    const t0 = Date.now();
    dir = mkdtempSync(join(tmpdir(), 'ackchain-faults-'));
    // Room for the four validators and the outsiders of test 4 (slots 4, 5, 6).
    base = await freePortBlock(VALIDATORS + 3, 10, 2);
    const made = cli(['testnet', '--validators', String(VALIDATORS), '--out', dir, '--base-port', String(base), '--chain-id', CHAIN_ID]);
    assert.equal(made.status, 0, made.stderr);
    // One genesis for all, with faster consensus: edit it once and give every node the same bytes.
    const genesis = JSON.parse(readFileSync(join(home(0), 'config', 'genesis.json'), 'utf8')) as { params: Record<string, number>; validators: { public_key: string; power: number; peer_id: string }[] };
    Object.assign(genesis.params, PARAMS);
    validatorOf = genesis.validators.map((v) => v.public_key);
    peerIds = genesis.validators.map((v) => v.peer_id);
    genesisValidators = genesis.validators.map((v) => ({ publicKey: fromHex(v.public_key), power: v.power }) as unknown as ackchain.Validator);
    for (let i = 0; i < VALIDATORS; i++) {
      writeFileSync(join(home(i), 'config', 'genesis.json'), JSON.stringify(genesis, null, 2));
      const configPath = join(home(i), 'config', 'config.json');
      const config = JSON.parse(readFileSync(configPath, 'utf8'));
      config.rpc.commit_timeout_ms = COMMIT_TIMEOUT_MS;
      config.p2p.allowed_peers = [await peerIdOf(outsiderKeys.allowedWithoutKey), await peerIdOf(outsiderKeys.follower)];
      writeFileSync(configPath, JSON.stringify(config, null, 2));
    }
    monitoring = readKeyFile(join(dir, 'keys', 'team0-monitoring.json'));
    rpcs = Array.from({ length: VALIDATORS }, (_, i) => `http://127.0.0.1:${base + 10 * i + 1}`);
    const watchers = Array.from({ length: VALIDATORS }, (_, i) => watchSigner(i));
    for (let i = 0; i < VALIDATORS; i++) start(i);
    await Promise.all(nodes.map((n, i) => waitHealthy(rpcs[i], n!, 60_000)));
    for (let i = 0; i < VALIDATORS; i++) assert.equal((await status(i)).node.validator, validatorOf[i]);
    load = startLoad();
    await waitHeight(live(), 3);
    for (const w of watchers) startupSigns.push(w.stop().filter((r) => r.height <= 2));
    // The proposer order the tests rely on is the nodes' own: round-0 blocks name that proposer.
    for (const b of await blocksOf(rpcs[0], 1, 3)) {
      if ((await rpcCall(rpcs[0], 'chain_getCommit', { height: Number(b.header.height) })).round === 0) {
        assert.equal(b.header.proposer, validatorOf[proposerNode(Number(b.header.height), 0)]);
      }
    }
    timings.push(`start-up: ${Date.now() - t0} ms`);
  });

  after(async () => {
    clearInterval(sampler);
    if (load !== undefined) {
      sent = load.sent();
      await load.stop();
    }
    for (const i of paused) nodes[i]?.child.kill('SIGCONT');
    for (const n of [...nodes, ...extra]) if (n !== undefined && n.child.exitCode === null && n.child.signalCode === null) n.child.kill('SIGKILL');
    await Promise.all([...nodes, ...extra].map((n) => n?.exited));
    rmSync(dir, { recursive: true, force: true });
    if (timings.length > 0) process.stdout.write(`      timings: ${timings.join('; ')}; txs sent ${sent}, told committed ${committed.size}\n`);
  });

  // Made before the network starts: the validators' configs allowlist two of them.
  const outsiderKeys = { unlisted: generateKeyPair(), allowedWithoutKey: generateKeyPair(), follower: generateKeyPair() };

  it('halts without forking when two of four are killed with SIGKILL, and resumes when they are restarted', async () => {
    const t0 = Date.now();
    await waitHeight(live(), Math.max(...await heights(live())) + 2);
    await Promise.all([kill(2, 'SIGKILL'), kill(3, 'SIGKILL')]);
    const atKill = Math.max(...await heights([0, 1]));
    // A block whose precommits were in flight may still land (one at most), and one of the two may
    // need block sync for it: wait until they stand at one height, then watch that nothing follows.
    await waitUntil(async () => new Set(await heights([0, 1])).size === 1, 15_000, () => 'the two left do not settle at one height');
    const halted = await heights([0, 1]);
    assert.ok(halted.every((h) => h >= 0 && h <= atKill + 1), `heights ${halted} after the kill at ${atKill}`);
    // No new height for ten empty-block intervals and more.
    const watchUntil = Date.now() + 12 * EMPTY_BLOCK_MS;
    while (Date.now() < watchUntil) {
      assert.deepEqual(await heights([0, 1]), halted, 'a block was committed by two of four validators');
      await sleep(EMPTY_BLOCK_MS / 2);
    }
    // Where they wait (Tendermint moves past round 0 only on 2f+1 messages, which two of four cannot send).
    const roundsAfter = await Promise.all([0, 1].map(async (i) => (await status(i)).consensus));
    // The two that are left agree on every block they have (no fork while halted).
    await checkAgreement();
    const haltMs = Date.now();
    start(2);
    start(3);
    await Promise.all([waitAnswering(2), waitAnswering(3)]);
    const answeringMs = Date.now() - haltMs;
    await waitHeight([0, 1, 2, 3], Math.max(...halted) + 3, 60_000);
    const resumeMs = Date.now() - haltMs;
    // The first block after the halt, and the round that decided it.
    const first = Math.max(...halted) + 1;
    const firstCommit = await rpcCall(rpcs[0], 'chain_getCommit', { height: first }) as CommitView;
    await checkAgreement();
    timings.push(`two killed: ${Date.now() - t0} ms (restarted nodes answered after ${answeringMs} ms, the chain resumed ${resumeMs} ms after the restart: height ${first} in round ${firstCommit.round}; halted at ${roundsAfter.map((r) => `${r.height}/${r.round}/${r.step}`)})`);
  });

  it('goes on past a proposer stopped with SIGSTOP, which rejoins after SIGCONT', async () => {
    const t0 = Date.now();
    const { consensus } = await status(0);
    const k = proposerNode(consensus.height + 1, 0);
    nodes[k]!.child.kill('SIGSTOP');
    paused.add(k);
    const others = live();
    const stopHeight = Math.max(...await heights(others));
    // Heights after the stop whose round-0 proposer is the stopped node (one in four): they need
    // round 1. (The stopped node may have been a height ahead of the others and proposed the next.)
    const from = stopHeight + 3;
    let target = from;
    while (proposerNode(target, 0) !== k) target++;
    await waitHeight(others, target + 1, 40_000);
    nodes[k]!.child.kill('SIGCONT');
    paused.delete(k);
    const resumeHeight = Math.max(...await heights(others));
    // Operators see it in node_status: every height it was stopped through lacks its precommit, and those it should have proposed took a second round.
    const { commits } = await status(others[0]);
    const missedByK = commits.missed_blocks.find((m: { validator: string }) => m.validator === validatorOf[k]).missed;
    assert.ok(missedByK >= target - from, `node${k} missed ${missedByK} commits by node${others[0]}'s count, expected at least ${target - from}`);
    assert.ok(commits.heights_past_round_0 >= 1 && commits.rounds_per_height > 1, JSON.stringify(commits));
    let skipped = 0;
    for (let h = from; h <= resumeHeight; h++) {
      if (proposerNode(h, 0) !== k) continue;
      const commit = await rpcCall(rpcs[others[0]], 'chain_getCommit', { height: h }) as CommitView;
      const block = (await blocksOf(rpcs[others[0]], h, h))[0];
      assert.ok(commit.round >= 1, `height ${h}, whose round-0 proposer node${k} was stopped, was committed in round 0`);
      assert.notEqual(block.header.proposer, validatorOf[k]);
      skipped++;
    }
    assert.ok(skipped >= 1);
    await waitHeight([k], resumeHeight + 1, 30_000);
    await signsAgain(k, resumeHeight);
    await checkAgreement();
    timings.push(`SIGSTOP node${k}: ${Date.now() - t0} ms (stopped heights ${stopHeight}..${resumeHeight}, ${skipped} of them past its round 0)`);
  });

  /**
   * Stops node k with SIGTERM, empties its data directory but `keep`, and starts it while the other
   * three are stopped with SIGSTOP: block sync cannot catch it up at once, so its consensus begins at
   * height 1, where it proposed before (k is the proposer of 1/0), as it does whenever sync is slower
   * than the propose step (a long chain). They go on once it signed something or its signer state
   * refused to, or after 10 s. Then it must sync, rejoin and sign again.
   */
  async function restartEmpty(k: number, keep: 'signer state' | 'nothing'): Promise<{ before: SignerRecord; after: SignerRecord[]; syncMs: number; rejoinMs: number; pausedMs: number; tried: boolean }> {
    await terminate(k);
    const before = readSigner(k);
    const data = join(home(k), 'data');
    if (keep === 'signer state') {
      rmSync(join(data, 'chain'), { recursive: true, force: true });
      rmSync(join(data, 'wal'), { recursive: true, force: true });
      assert.ok(existsSync(join(data, 'signer_state.json')));
    } else {
      rmSync(data, { recursive: true, force: true });
      mkdirSync(data);
    }
    blocksChecked[k] = 0;
    txsChecked[k].clear();
    const watcher = watchSigner(k);
    const others = live().filter((i) => i !== k);
    for (const i of others) {
      nodes[i]!.child.kill('SIGSTOP');
      paused.add(i);
    }
    const started = Date.now();
    start(k);
    let tried = true;
    try {
      const signedNew = () => watcher.seen().some((r) => r.sign_bytes !== before.sign_bytes);
      await waitUntil(() => signedNew() || /not signing: this validator signed another message here before/.test(nodes[k]!.output()), 10_000, () => '')
        .catch(() => { tried = false; });
    } finally {
      for (const i of others) {
        nodes[i]!.child.kill('SIGCONT');
        paused.delete(i);
      }
    }
    const pausedMs = Date.now() - started;
    try {
      await waitAnswering(k);
      await waitHeight([k], Math.max(...await heights(live().filter((i) => i !== k))), 60_000);
      const syncMs = Date.now() - started;
      const rejoinStart = Date.now();
      await signsAgain(k, await height(k));
      return { before, after: watcher.stop(), syncMs, rejoinMs: Date.now() - rejoinStart, pausedMs, tried };
    } finally {
      watcher.stop();
    }
  }

  it('restarts a node from an empty data directory but its signer state (as docs/operations.md says): it syncs from genesis, rejoins, never signs twice', async () => {
    const t0 = Date.now();
    // The proposer of height 1 round 0: back at height 1, it is asked to propose at once, where it proposed before.
    const k = proposerNode(1, 0);
    const { before, after, syncMs, rejoinMs, pausedMs, tried } = await restartEmpty(k, 'signer state');
    const again = await signedAgain(k, before, after);
    assert.deepEqual(again, [], `node${k} signed again where it had signed before (last signed ${position(before)})`);
    const refused = nodes[k]!.output().match(/not signing: this validator signed another message here before/g)?.length ?? 0;
    await checkAgreement();
    timings.push(`empty data/ but the signer state: ${Date.now() - t0} ms (peers stopped ${pausedMs} ms, node${k} synced in ${syncMs} ms, signed a commit ${rejoinMs} ms later, ${refused} signatures refused by its signer state${tried ? '' : ', it tried none while its peers were stopped'})`);
  });

  // Started with its whole data/ wiped, signer_state.json included, a validator once ran consensus
  // from height 1 before block sync caught it up, and signed again where it had signed (as the
  // proposer of 1/0: a second proposal and prevote at 1/0). A validator with an empty signer state
  // now joins consensus only once block sync has heard from a peer and caught up with it.
  it('restarts a node with its whole data directory wiped (signer state lost): it syncs from genesis and does not sign where it signed before', async () => {
    const t0 = Date.now();
    const k = proposerNode(1, 0);
    const { before, after, syncMs, rejoinMs, pausedMs, tried } = await restartEmpty(k, 'nothing');
    const again = await signedAgain(k, before, after);
    await checkAgreement();
    timings.push(`whole data/ wiped: ${Date.now() - t0} ms (peers stopped ${pausedMs} ms, node${k} synced in ${syncMs} ms, signed a commit ${rejoinMs} ms later; signed again: ${again.length === 0 ? 'nothing' : again.join(', ')}${tried ? '' : '; it signed nothing while its peers were stopped'})`);
    assert.deepEqual(again, [], `node${k} signed again where it had signed before the wipe (last signed ${position(before)})`);
  });

  // A stopping node answers the clients waiting for commits at once, and those whose tx_submit
  // was still being admitted when it stopped (each kept the process alive for
  // rpc.commit_timeout_ms, in about one run of two in CI).
  it('exits promptly on SIGTERM while clients wait for their txs to commit', async () => {
    const t0 = Date.now();
    const k = 1;
    drained.add(k);
    const others = live().filter((i) => i !== k);
    let exitMs = 0;
    try {
      await waitUntil(() => waiting[k] === 0, COMMIT_TIMEOUT_MS + 5000, () => `clients still wait on node${k}`);
      // The others stopped: nothing commits, so the txs sent to k stay waiting.
      for (const i of others) {
        nodes[i]!.child.kill('SIGSTOP');
        paused.add(i);
      }
      const burst = [0, 1, 2].map(() => submit(k));
      await waitUntil(async () => (await status(k)).mempool.txs >= 3, 10_000, () => `node${k} did not take the txs`);
      const stopAt = Date.now();
      await kill(k, 'SIGTERM');
      exitMs = Date.now() - stopAt;
      await Promise.all(burst);
    } finally {
      for (const i of others) {
        nodes[i]!.child.kill('SIGCONT');
        paused.delete(i);
      }
      drained.delete(k);
    }
    start(k);
    await waitAnswering(k);
    await waitHeight([k], Math.max(...await heights(others)), 30_000);
    await checkAgreement();
    timings.push(`SIGTERM with clients waiting: ${Date.now() - t0} ms (node${k} exited ${exitMs} ms after SIGTERM)`);
    assert.ok(exitMs < 5000, `node${k} took ${exitMs} ms to exit after SIGTERM with clients waiting for commits (rpc.commit_timeout_ms ${COMMIT_TIMEOUT_MS})`);
  });

  it('lets no application message through from a peer outside the allowlist or without the network key', async () => {
    const t0 = Date.now();
    const genesisText = readFileSync(join(home(0), 'config', 'genesis.json'), 'utf8');
    const networkKey = readFileSync(join(home(0), 'config', 'network_key'), 'utf8');
    const validatorAddrs = peerIds.map((id, j) => `/ip4/127.0.0.1/tcp/${base + 10 * j}/p2p/${id}`);
    /** A home like the validators' (same genesis, every validator a persistent peer) with its own keys. */
    const outsider = async (slot: number, nodeKey: KeyPair, networkKeyText: string) => {
      const h = join(dir, `outsider${slot}`);
      mkdirSync(join(h, 'config'), { recursive: true });
      mkdirSync(join(h, 'data'));
      writeFileSync(join(h, 'config', 'genesis.json'), genesisText);
      writeKeyFile(join(h, 'config', 'validator_key.json'), generateKeyPair());
      writeKeyFile(join(h, 'config', 'node_key.json'), nodeKey);
      writeFileSync(join(h, 'config', 'network_key'), networkKeyText, { mode: 0o600 });
      const rpc = `http://127.0.0.1:${base + 10 * slot + 1}`;
      writeFileSync(join(h, 'config', 'config.json'), JSON.stringify(configToJson({
        ...DEFAULT_CONFIG, moniker: `outsider${slot}`, logLevel: 'debug',
        rpc: { ...DEFAULT_CONFIG.rpc, listen: `127.0.0.1:${base + 10 * slot + 1}`, commitTimeoutMs: 2000 },
        p2p: { listen: `127.0.0.1:${base + 10 * slot}`, persistentPeers: validatorAddrs, allowedPeers: [] },
      }), null, 2));
      const proc = spawnNode(['start', '--home', h]);
      extra.push(proc);
      return { rpc, process: proc, peerId: await peerIdOf(nodeKey) };
    };
    const unlisted = await outsider(4, outsiderKeys.unlisted, networkKey);
    const wrongKey = await outsider(5, outsiderKeys.allowedWithoutKey, formatNetworkKey(generateNetworkKey()));
    const follower = await outsider(6, outsiderKeys.follower, networkKey);
    const outsiders = [unlisted, wrongKey];
    // The validators' peer lists, sampled throughout: an outsider never shows in them.
    const admitted = new Set<string>();
    sampler = setInterval(() => {
      for (const i of live()) {
        rpcCall(rpcs[i], 'node_peers').then((r: { peers: { peer_id: string }[] }) => {
          for (const p of r.peers) if (outsiders.some((o) => o.peerId === p.peer_id)) admitted.add(`node${i} admitted ${p.peer_id}`);
        }, () => undefined);
      }
    }, 150);
    await Promise.all([unlisted, wrongKey, follower].map((o) => waitUntil(async () => {
      if (o.process.child.exitCode !== null) throw new Error(`exited:\n${o.process.output()}`);
      await rpcCall(o.rpc, 'node_status');
      return true;
    }, 30_000, () => o.process.output().slice(-3000))));
    // Each submits txs signed by a known account: they would commit if they reached a validator.
    const submit = async (rpc: string, label: string) => {
      const tx = signTx({ chainId: CHAIN_ID, expiresAtMs: Date.now() + 120_000, memo: label,
        triggerAlert: { team: 'team0', summary: label, severity: ackchain.Severity.SEVERITY_WARNING } }, monitoring);
      return (await rpcCall(rpc, 'tx_submit', { tx: toHex(tx), wait: 'accepted' })).hash as string;
    };
    const outsiderTxs: string[] = [];
    for (const [j, o] of outsiders.entries()) for (let n = 0; n < 3; n++) outsiderTxs.push(await submit(o.rpc, `outsider ${j} tx ${n}`));
    // The control, built the same way but allowlisted with the key: it syncs and its tx commits.
    const controlTx = await submit(follower.rpc, 'follower tx');
    await waitUntil(async () => (await rpcCall(rpcs[0], 'tx_get', { hash: controlTx }).then(() => true, () => false)), 30_000,
      () => `the allowlisted follower's tx did not commit:\n${follower.process.output().slice(-3000)}`);
    await waitUntil(async () => (await rpcCall(follower.rpc, 'node_status')).latest_height >= (await height(0)) - 2, 60_000,
      () => `the allowlisted follower did not sync:\n${follower.process.output().slice(-3000)}`);
    // Long enough for many blocks, and for every outsider to have tried every validator and been
    // turned away (a dial without the key may hang until its 5 s timeout).
    const from = await height(0);
    await waitHeight(live(), from + 10, 30_000);
    const triedAll = (log: string) => peerIds.every((id) => new RegExp(`dial ${id} failed|re-dialling ${id} in \\d+ ms`).test(log));
    for (const [j, o] of outsiders.entries()) {
      await waitUntil(() => triedAll(o.process.output()), 30_000, () => `outsider ${j} did not try every validator:\n${o.process.output().slice(-3000)}`);
    }
    clearInterval(sampler);
    assert.deepEqual([...admitted], []);
    const seen: string[] = [];
    for (const [j, o] of outsiders.entries()) {
      const s = await rpcCall(o.rpc, 'node_status');
      const log = o.process.output();
      assert.equal(s.latest_height, 0, `${o.peerId} got blocks`);
      assert.doesNotMatch(log, /committed blocks from block sync/);
      // It dialled every validator (above). Without the key the dial fails in the pnet handshake;
      // with the key but unlisted, its own side completes and the validator closes the connection
      // at once (the validator's gater refuses it after Noise, and logs nothing, even at debug
      // level): on its side each connection lasts a moment.
      const events = log.split('\n').filter((l) => /"msg":"peer (dis)?connected"/.test(l))
        .map((l) => JSON.parse(l) as { time: number; peer: string; msg: string });
      let longest = 0;
      for (const [e, c] of events.entries()) {
        if (c.msg !== 'peer connected') continue;
        const end = events.slice(e + 1).find((d) => d.peer === c.peer && d.msg === 'peer disconnected')?.time ?? Date.now();
        longest = Math.max(longest, end - c.time);
      }
      assert.ok(longest < 2000, `outsider ${j} stayed connected ${longest} ms`);
      if (j === 1) assert.equal(events.length, 0, 'an outsider without the network key connected');
      const failures = [...new Set([...log.matchAll(/"msg":"dial 12D3KooW\w+ failed: ([^"]*)"/g)].map((m) => m[1]))];
      seen.push(`outsider ${j}: ${events.length / 2 | 0} connections on its side, the longest ${longest} ms, dials failed with [${failures.join('; ')}]`);
    }
    for (const i of live()) {
      const peers = ((await rpcCall(rpcs[i], 'node_peers')).peers as { peer_id: string }[]).map((p) => p.peer_id);
      assert.ok(peers.includes(follower.peerId), `node${i} did not admit the allowlisted follower`);
      for (const hash of outsiderTxs) {
        // Not committed, and not even in the mempool (the answer would say so).
        await assert.rejects(rpcCall(rpcs[i], 'tx_get', { hash }), /^Error: tx_get: no committed tx [0-9a-f]{64}$/, `an outsider's tx ${hash} reached node${i}`);
      }
    }
    sent = load!.sent();
    await load!.stop();
    load = undefined;
    const top = await checkAgreement();
    const late = [...committed].filter(([, at]) => at > top);
    assert.deepEqual(late, [], 'every tx told committed is checked');
    timings.push(`outsiders: ${Date.now() - t0} ms (${seen.join(', ')})`);
  });
});
