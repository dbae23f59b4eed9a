import { StancegraphError } from '../errors.js';

/**
 * Runs a command-line entry point: a known error prints its code and message (no stack),
 * anything else its stack; either way the exit code is non-zero.
 */
export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (e) {
    if (e instanceof StancegraphError) console.error(`stancegraph: ${e.code}: ${e.message}`);
    else console.error('stancegraph: unexpected error:', e);
    process.exitCode = 1;
  }
}
