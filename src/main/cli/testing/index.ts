import { vi } from 'vitest';
import { main } from '../program';

export interface CliRun {
  code: number;
  /** Everything written to stdout (process.stdout.write and console.log). */
  out: string;
  /** Everything written to stderr (process.stderr.write and console.error). */
  err: string;
}

/** Runs the real CLI in-process, capturing what it prints. `env` is set for this run only. */
export async function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  let out = '';
  let err = '';
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true)),
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true)),
    vi.spyOn(console, 'log').mockImplementation((...a) => void (out += `${a.join(' ')}\n`)),
    vi.spyOn(console, 'error').mockImplementation((...a) => void (err += `${a.join(' ')}\n`)),
  ];
  try {
    const code = await main(['node', 'jobsmith', ...args]);
    return { code, out, err };
  } finally {
    for (const spy of spies) spy.mockRestore();
    vi.unstubAllEnvs();
  }
}
