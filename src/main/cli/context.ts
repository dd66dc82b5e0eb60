import type { Command } from 'commander';
import { createCore, type Core } from '../core/app-core';
import { resolveDataDir } from '../core/data-dir';

/** What every command group gets: the data folder and a lazily opened core. */
export interface CliContext {
  dataDir(): string;
  core(): Core;
  /** Prints a value as JSON on stdout (the machine-readable channel). */
  printJson(value: unknown): void;
  close(): Promise<void>;
}

export function createCliContext(program: Command): CliContext {
  let core: Core | undefined;
  const dataDir = () => resolveDataDir(program.opts<{ dataDir?: string }>().dataDir);
  return {
    dataDir,
    core() {
      const allowPrivateHosts = program.opts<{ allowPrivateHost?: string[] }>().allowPrivateHost;
      core ??= createCore({ dataDir: dataDir(), ...(allowPrivateHosts ? { allowPrivateHosts } : {}) });
      return core;
    },
    printJson(value) {
      process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    },
    async close() {
      await core?.close();
      core = undefined;
    },
  };
}

/** A command group: `register(program, ctx)` adds its commands. */
export type CommandGroup = (program: Command, ctx: CliContext) => void;
