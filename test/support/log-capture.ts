// A pino logger whose lines a test can read.
import { pino } from 'pino';
import type { Logger } from '../../src/node/logger.ts';

export function captureLogger(): { log: Logger; lines: { level: number; msg: string; [k: string]: unknown }[] } {
  const lines: { level: number; msg: string }[] = [];
  const log = pino({ level: 'debug' }, { write: (line: string) => { lines.push(JSON.parse(line)); } });
  return { log, lines };
}
