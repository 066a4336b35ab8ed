// Options shared by the commands that talk to a node or sign txs.
import { Command, Option } from 'commander';

export const DEFAULT_RPC = 'http://127.0.0.1:4601';

export function rpcCommand(name: string, description: string): Command {
  return new Command(name)
    .description(description)
    .option('--rpc <url>', 'the node\'s JSON-RPC address', process.env.ACKCHAIN_RPC ?? DEFAULT_RPC)
    .option('--json', 'print JSON instead of text');
}

export function txCommand(name: string, description: string): Command {
  return rpcCommand(name, description)
    .requiredOption('--key <file>', 'key file that signs the tx')
    .option('--memo <text>', 'free text stored with the tx')
    .addOption(new Option('--ttl <ms>', 'how long the signed tx stays valid').default('300000'));
}

/** Runs an action, printing a failure as one line on stderr with exit code 1. */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (e) {
      process.stderr.write(`error: ${(e as Error).message}\n`);
      process.exitCode = 1;
    }
  };
}
