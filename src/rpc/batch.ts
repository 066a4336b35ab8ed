// Answers a JSON-RPC body, one request or a batch, within rpc.max_response_bytes. Each response is
// serialized as soon as its call completes and counted against that budget; once a response does
// not fit, the calls not yet started are not executed. Without this, a 21 KB batch of alert_list
// calls made a 142 MB answer.
import { createJSONRPCErrorResponse, isJSONRPCID, isJSONRPCRequest, type JSONRPCResponse } from 'json-rpc-2.0';
import { RpcCode } from './errors.ts';

/** Executes one request object; null for a notification. */
export type Execute = (request: object) => PromiseLike<JSONRPCResponse | null>;

/**
 * Calls of one batch in flight at once, started in batch order: enough for tx_submit calls that
 * wait for their commit to share blocks, few enough that results not yet serialized stay small.
 */
const BATCH_CONCURRENCY = 8;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const isNotification = (v: unknown): boolean => isObject(v) && isJSONRPCRequest(v) && v.id === undefined;

// A batch element that is not an object (null, 42, []) is refused alone, as the library does for
// other malformed elements (it would throw on null and fail the whole batch).
const invalidRequest = createJSONRPCErrorResponse(null, RpcCode.invalidRequest, 'Invalid Request');

function tooLarge(request: unknown, maxBytes: number): JSONRPCResponse {
  const id = isObject(request) && isJSONRPCID(request.id) ? request.id : null;
  return createJSONRPCErrorResponse(id, RpcCode.responseTooLarge,
    `response too large: the answer would exceed rpc.max_response_bytes (${maxBytes} bytes); ask for less or split the batch`);
}

/** The answer to a request or a non-empty batch; undefined when nothing is answered (notifications only). */
export async function answerBody(body: unknown, execute: Execute, maxBytes: number): Promise<string | undefined> {
  if (!Array.isArray(body)) return (await answerCalls([body], execute, maxBytes, 0))[0];
  const answers = await answerCalls(body, execute, maxBytes, 1);
  return answers.length === 0 ? undefined : `[${answers.join(',')}]`;
}

/**
 * The serialized responses to `requests`, in their order, at most `maxBytes` in all counting
 * `framing` bytes for each response (its comma or bracket in a batch) and one more for the end.
 */
async function answerCalls(requests: unknown[], execute: Execute, maxBytes: number, framing: number): Promise<string[]> {
  // Every refusal is set aside from the start, so that the calls not served can always be told why
  // within the budget. Notifications get no answer, so nothing is set aside for them.
  const refusals = requests.map((r) => (isNotification(r) ? undefined : JSON.stringify(tooLarge(r, maxBytes))));
  const reserved = refusals.map((r) => (r === undefined ? 0 : Buffer.byteLength(r) + framing));
  let left = maxBytes - framing - reserved.reduce((a, b) => a + b, 0);
  let spent = false;
  const answers: (string | undefined)[] = new Array(requests.length);
  let next = 0;
  const work = async (): Promise<void> => {
    while (next < requests.length) {
      const i = next++;
      if (spent) { answers[i] = refusals[i]; continue; }
      const request = requests[i];
      const response = isObject(request) ? await execute(request) : invalidRequest;
      if (response === null) continue;
      const text = JSON.stringify(response);
      const extra = Buffer.byteLength(text) + framing - reserved[i];
      if (extra <= left) {
        answers[i] = text;
        left -= extra;
      } else {
        answers[i] = refusals[i];
        spent = true;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(BATCH_CONCURRENCY, requests.length) }, work));
  return answers.filter((a) => a !== undefined);
}
