// The CLI against a node that refuses a request at the HTTP level (with `"id": null`), answers
// with something that is not JSON-RPC, or answers a call with an error: it prints why and exits 1,
// never hangs or exits silently.
import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { NodeFixture } from '../support/node-fixture.ts';
import { httpServer, runCli } from './support.ts';

/** Path on the fake node: HTTP status, JSON-RPC code and message of an `"id": null` error. */
const REFUSALS: Record<string, [number, number, string]> = {
  '/404': [404, -32600, 'no such path /404; JSON-RPC is served at POST /'],
  '/405': [405, -32600, 'use POST for JSON-RPC'],
  '/413': [413, -32600, 'request body exceeds 1048576 bytes'],
  '/429': [429, -32005, 'rate limit of 5000 requests per second exceeded'],
  '/parse-error': [200, -32700, 'parse error: the body is not JSON'],
};

const HTML = '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>\n';

function answer(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.writeHead(status, { 'content-type': contentType }).end(body);
}

describe('cli: errors from the node', function () {
  this.timeout(60_000);
  let fake: Awaited<ReturnType<typeof httpServer>>;
  const requests: unknown[] = [];

  before(async () => {
    fake = await httpServer((req, body, res) => {
      const path = req.url ?? '/';
      const refusal = REFUSALS[path];
      if (refusal) {
        const [status, code, message] = refusal;
        answer(res, status, 'application/json', JSON.stringify({ jsonrpc: '2.0', id: null, error: { code, message } }));
      } else if (path === '/html') answer(res, 502, 'text/html', HTML);
      else if (path === '/text') answer(res, 503, 'text/plain', 'upstream connect error\nor disconnect\n');
      else if (path === '/empty') answer(res, 500, 'text/plain', '');
      else if (path === '/other-json') answer(res, 200, 'application/json', '{"status":"ok"}');
      else {
        // A node that knows no team "nosuch", as alert_list answers.
        const request = JSON.parse(body) as { id: number };
        requests.push(request);
        answer(res, 200, 'application/json', JSON.stringify({ jsonrpc: '2.0', id: request.id, error: { code: -32004, message: 'no team "nosuch"' } }));
      }
    });
  });

  after(async () => { await fake.close(); });

  it('prints the HTTP status and the reason of an "id": null error, and exits 1', async () => {
    const results = await Promise.all(Object.keys(REFUSALS).map((path) => runCli(['alert', 'list', '--rpc', fake.url + path])));
    Object.values(REFUSALS).forEach(([status, , message], i) => {
      assert.deepEqual(results[i], { status: 1, stdout: '', stderr: `error: the node answered HTTP ${status}: ${message}\n` });
    });
  });

  it('says what came back when the body is an HTML page, text, empty or JSON that is not JSON-RPC', async () => {
    const expected: Record<string, string> = {
      '/html': 'HTTP 502: an HTML page "502 Bad Gateway", not JSON-RPC (is --rpc the node\'s JSON-RPC address?)',
      '/text': 'HTTP 503: "upstream connect error"',
      '/empty': 'HTTP 500: an empty body',
      '/other-json': 'HTTP 200: "{"status":"ok"}"',
    };
    const results = await Promise.all(Object.keys(expected).map((path) => runCli(['status', '--rpc', fake.url + path])));
    Object.values(expected).forEach((message, i) => {
      assert.deepEqual(results[i], { status: 1, stdout: '', stderr: `error: the node answered ${message}\n` });
    });
  });

  it('prints the error a node answers a call with: alert list --team nosuch', async () => {
    const result = await runCli(['alert', 'list', '--team', 'nosuch', '--rpc', fake.url + '/']);
    assert.deepEqual(result, { status: 1, stdout: '', stderr: 'error: no team "nosuch"\n' });
    assert.deepEqual(requests.at(-1), { jsonrpc: '2.0', id: 1, method: 'alert_list', params: { limit: 50, team: 'nosuch' } });
  });

  describe('against a real node', () => {
    let fixture: NodeFixture;
    before(async () => { fixture = await new NodeFixture().start(); });
    after(async () => { await fixture.stop(); });

    it('prints its 404 for a wrong path', async () => {
      const result = await runCli(['status', '--rpc', `${fixture.url}nope`]);
      assert.deepEqual(result, { status: 1, stdout: '', stderr: 'error: the node answered HTTP 404: no such path /nope; JSON-RPC is served at POST /\n' });
    });

    it('prints "no team" for alert list --team nosuch', async () => {
      const result = await runCli(['alert', 'list', '--team', 'nosuch', '--rpc', fixture.url]);
      assert.deepEqual(result, { status: 1, stdout: '', stderr: 'error: no team "nosuch"\n' });
    });
  });
});
