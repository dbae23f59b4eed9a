import { spawn } from 'node:child_process';
import { ROOT } from '../../src/config.js';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run seed` (its entry point, under node) with extra environment, and collects its output. */
export function runSeedCli(args: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  return runEntryPoint('src/cli/seed.ts', args, env);
}

/** Runs `npm run synth` (its entry point, under node) with extra environment, and collects its output. */
export function runSynthCli(args: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  return runEntryPoint('src/cli/synth.ts', args, env);
}

function runEntryPoint(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
