// Structured logging with pino: JSON lines that operators ship to their log pipeline.
import { pino, type Logger as PinoLogger } from 'pino';

export type Logger = PinoLogger;

export function createLogger(level: string, name = 'ackchain'): Logger {
  return pino({ name, level }, pino.destination({ dest: 2, sync: true }));
}
