// Real node processes for end-to-end tests: spawn the CLI, wait for it, signal it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = resolve(REPO_ROOT, 'src/cli/main.ts');

/** A free TCP port on loopback (bound once and released). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolveFree) => {
    const server = createServer();
    server.once('error', () => resolveFree(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolveFree(true)));
  });
}

/**
 * A base port whose `count` groups of `width` ports, `stride` apart (base + stride*i + j), are all
 * free on loopback: room for a testnet's nodes (stride 10, two ports each).
 */
export async function freePortBlock(count: number, stride: number, width: number): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 30_000);
    const ports = Array.from({ length: count * width }, (_, k) => base + stride * Math.floor(k / width) + (k % width));
    if ((await Promise.all(ports.map(portFree))).every(Boolean)) return base;
  }
  throw new Error('no free block of ports on loopback');
}

export interface NodeProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function spawnNode(args: string[]): NodeProcess {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => { output += d.toString(); });
  child.stderr!.on('data', (d: Buffer) => { output += d.toString(); });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.once('exit', (code, signal) => r({ code, signal })));
  return { child, output: () => output, exited };
}

/** Waits until GET /healthz answers 200. */
export async function waitHealthy(rpcUrl: string, node: NodeProcess, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (node.child.exitCode !== null) throw new Error(`node exited early:\n${node.output()}`);
    try {
      if ((await fetch(`${rpcUrl}/healthz`)).ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`node not healthy within ${timeoutMs} ms:\n${node.output()}`);
}

/** Runs the CLI to completion. */
export function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export async function rpcCall(url: string, method: string, params: unknown = {}): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
  const body = await res.json() as { result?: unknown; error?: { message: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result;
}

export interface RpcAnswer {
  result?: any;
  error?: { code: number; message: string };
}

/** Several calls in one JSON-RPC batch (at most rpc.max_batch_calls); the answers in call order. */
export async function rpcBatch(url: string, calls: { method: string; params?: unknown }[]): Promise<RpcAnswer[]> {
  if (calls.length === 0) return [];
  const body = calls.map((c, id) => ({ jsonrpc: '2.0', id, method: c.method, params: c.params ?? {} }));
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`batch of ${calls.length} calls: HTTP ${res.status} ${await res.text()}`);
  const answers = await res.json() as (RpcAnswer & { id: number })[];
  const byId = new Map(answers.map((a) => [a.id, a]));
  return calls.map((_, id) => byId.get(id) ?? { error: { code: 0, message: 'no answer' } });
}

/**
 * Polls `condition` every `intervalMs` until it holds (no fixed sleeps); throws with `what()`
 * after `timeoutMs`. A condition that throws counts as not holding yet.
 */
export async function waitUntil(condition: () => Promise<boolean> | boolean, timeoutMs: number, what: () => string, intervalMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await Promise.resolve().then(condition).catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what()}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
