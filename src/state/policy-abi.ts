// The binary layouts of the policy contract calls (docs/vm.md, "Policy contracts"): what the
// application writes as a call's input, and how it reads the call's output. Pure functions: the
// layouts are part of the chain's rules, pinned by golden vectors.
import { utf8 } from '../chain/bytes.ts';

/** The version byte every input starts with; a contract refuses layouts it does not know. */
export const POLICY_LAYOUT_VERSION = 1;

export const AUTHORIZE_ACTIONS = { acknowledge: 1, resolve: 2, note: 3, snooze: 4 } as const;
export type AuthorizeAction = keyof typeof AUTHORIZE_ACTIONS;

/** What the actor is to the alert's team. */
export const STANDINGS = { none: 0, responder: 1, admin: 2, integration: 3 } as const;
export type StandingCode = keyof typeof STANDINGS;

export interface AuthorizeInput {
  action: AuthorizeAction;
  /** AlertStatus: 1 triggered, 2 acknowledged, 3 resolved. */
  status: number;
  /** Severity: 1 critical, 2 error, 3 warning, 4 info. */
  severity: number;
  standing: StandingCode;
  /** The actor's account triggered the alert. */
  triggered: boolean;
  /** The actor still holds, in the team it triggered from, the standing it triggered with. */
  keepsStanding: boolean;
  /** The actor is on call now in one of the alert team's schedules. */
  onCall: boolean;
  timeMs: number;
  alertCreatedMs: number;
  account: Uint8Array;
  /** The registered device that signed, if one did. */
  device?: { key: Uint8Array; expiresAtMs: number; revokedAtMs: number };
}

export const AUTHORIZE_INPUT_BYTES = 104;
/** The longest denial reason the application takes from a contract. */
export const MAX_DENIAL_BYTES = 200;

const FLAG = { triggered: 1, keepsStanding: 2, onCall: 4, device: 8 } as const;

export function encodeAuthorizeInput(i: AuthorizeInput): Uint8Array {
  const out = new Uint8Array(AUTHORIZE_INPUT_BYTES);
  const view = new DataView(out.buffer);
  out[0] = POLICY_LAYOUT_VERSION;
  out[1] = AUTHORIZE_ACTIONS[i.action];
  out[2] = i.status;
  out[3] = i.severity;
  out[4] = STANDINGS[i.standing];
  out[5] = (i.triggered ? FLAG.triggered : 0) | (i.keepsStanding ? FLAG.keepsStanding : 0) | (i.onCall ? FLAG.onCall : 0) | (i.device ? FLAG.device : 0);
  setU64(view, 8, i.timeMs);
  setU64(view, 16, i.alertCreatedMs);
  setU64(view, 24, i.device?.expiresAtMs ?? 0);
  setU64(view, 32, i.device?.revokedAtMs ?? 0);
  out.set(i.account, 40);
  if (i.device) out.set(i.device.key, 72);
  return out;
}

export type AuthorizeDecision = { allowed: true } | { allowed: false; reason: string };

/** A contract answered something the layout does not allow. */
export class MalformedOutput extends Error {}

export function decodeAuthorizeOutput(output: Uint8Array): AuthorizeDecision {
  if (output.length === 0) throw new MalformedOutput('the output is empty; expected 1 (allowed) or 0 and a reason (denied)');
  if (output[0] === 1) {
    if (output.length !== 1) throw new MalformedOutput(`"allowed" is one byte; the output has ${output.length}`);
    return { allowed: true };
  }
  if (output[0] !== 0) throw new MalformedOutput(`the first byte is ${output[0]}; expected 1 (allowed) or 0 (denied)`);
  const reason = output.subarray(1);
  if (reason.length === 0 || reason.length > MAX_DENIAL_BYTES) throw new MalformedOutput(`a denial's reason is 1 to ${MAX_DENIAL_BYTES} bytes; it has ${reason.length}`);
  if (!reason.every((b) => b >= 0x20 && b < 0x7f)) throw new MalformedOutput('a denial\'s reason is printable ASCII');
  return { allowed: false, reason: utf8.decode(reason) };
}

export const OLA_TARGETS = { acknowledge: 1, resolve: 2 } as const;
export type OlaTargetName = keyof typeof OLA_TARGETS;
/** Why the target is decided now: the alert was answered (acknowledged or resolved), or the deadline came. */
export const OLA_MOMENTS = { answered: 1, deadline: 2 } as const;
export type OlaMoment = keyof typeof OLA_MOMENTS;

export interface OlaEvaluateInput {
  target: OlaTargetName;
  moment: OlaMoment;
  severity: number;
  timeMs: number;
  dueMs: number;
  alertCreatedMs: number;
}

export const OLA_INPUT_BYTES = 32;

export function encodeOlaInput(i: OlaEvaluateInput): Uint8Array {
  const out = new Uint8Array(OLA_INPUT_BYTES);
  const view = new DataView(out.buffer);
  out[0] = POLICY_LAYOUT_VERSION;
  out[1] = OLA_TARGETS[i.target];
  out[2] = OLA_MOMENTS[i.moment];
  out[3] = i.severity;
  setU64(view, 8, i.timeMs);
  setU64(view, 16, i.dueMs);
  setU64(view, 24, i.alertCreatedMs);
  return out;
}

export interface OlaVerdict {
  met: boolean;
  /** The margin when met, the lateness when breached, in milliseconds. */
  byMs: number;
}

export function decodeOlaOutput(output: Uint8Array): OlaVerdict {
  if (output.length !== 9) throw new MalformedOutput(`the output is ${output.length} bytes; expected 9 (outcome, then a 64-bit amount)`);
  if (output[0] !== 1 && output[0] !== 2) throw new MalformedOutput(`the outcome is ${output[0]}; expected 1 (met) or 2 (breached)`);
  const byMs = getU64(output, 1);
  if (byMs === undefined) throw new MalformedOutput('the amount is above 2^53 - 1 ms');
  return { met: output[0] === 1, byMs };
}

export interface EscalateInput {
  /** The policy's levels in order: each one's delay and its number of targets. */
  levels: { delayMs: number; targets: number }[];
  /** Where the alert stands now (0-based). */
  level: number;
  round: number;
  repeats: number;
  severity: number;
  timeMs: number;
  alertCreatedMs: number;
}

const ESCALATE_HEADER_BYTES = 24;
const ESCALATE_LEVEL_BYTES = 8;

export function encodeEscalateInput(i: EscalateInput): Uint8Array {
  const out = new Uint8Array(ESCALATE_HEADER_BYTES + ESCALATE_LEVEL_BYTES * i.levels.length);
  const view = new DataView(out.buffer);
  out[0] = POLICY_LAYOUT_VERSION;
  out[1] = i.levels.length;
  out[2] = i.level;
  out[3] = i.round;
  out[4] = i.repeats;
  out[5] = i.severity;
  setU64(view, 8, i.timeMs);
  setU64(view, 16, i.alertCreatedMs);
  i.levels.forEach((level, n) => {
    const at = ESCALATE_HEADER_BYTES + ESCALATE_LEVEL_BYTES * n;
    view.setUint32(at, level.delayMs, true);
    out[at + 4] = level.targets;
  });
  return out;
}

export interface EscalationStep {
  level: number;
  round: number;
  /** Bit i: notify target i of the level. */
  targetMask: number;
  /** Until the next step; 0: none. */
  delayMs: number;
}

/** Reads an escalate output; `policy` bounds what a step may name (levels, targets, delays). */
export function decodeEscalateOutput(output: Uint8Array, policy: { levels: { targets: number }[]; minDelayMs: number; maxDelayMs: number }): EscalationStep {
  if (output.length !== 8) throw new MalformedOutput(`the output is ${output.length} bytes; expected 8 (level, round, target mask, delay)`);
  const view = new DataView(output.buffer, output.byteOffset, 8);
  const step = { level: output[0], round: output[1], targetMask: view.getUint16(2, true), delayMs: view.getUint32(4, true) };
  const level = policy.levels[step.level];
  if (level === undefined) throw new MalformedOutput(`level ${step.level} (0-based) is not one of the policy's ${policy.levels.length}`);
  if (step.targetMask >>> level.targets !== 0) throw new MalformedOutput(`the target mask ${step.targetMask.toString(2)} names targets the level's ${level.targets} do not have`);
  if (step.delayMs !== 0 && (step.delayMs < policy.minDelayMs || step.delayMs > policy.maxDelayMs)) {
    throw new MalformedOutput(`the delay is ${step.delayMs} ms; expected 0 (no further step) or ${policy.minDelayMs} to ${policy.maxDelayMs}`);
  }
  return step;
}

function setU64(view: DataView, at: number, value: number): void {
  view.setBigUint64(at, BigInt(value), true);
}

function getU64(bytes: Uint8Array, at: number): number | undefined {
  const value = new DataView(bytes.buffer, bytes.byteOffset + at, 8).getBigUint64(0, true);
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? undefined : Number(value);
}
