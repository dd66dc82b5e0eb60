import type { Command } from 'commander';
import type { Core, CoreOptions } from '../core/app-core';
import { resolveDataDir } from '../core/data-dir';

/** What every command group gets: the data folder and a lazily opened core. */
export interface CliContext {
  dataDir(): string;
  /** The core, opened on first use. Its code is loaded before each action (see `withoutCore`). */
  core(): Core;
  /** Loads the core's code (the database, every domain and their libraries): slow, so only when needed. */
  loadCore(): Promise<void>;
  /**
   * Marks a command whose action may not need the core, so it starts without loading it; the action
   * calls `await ctx.loadCore()` before `ctx.core()` on the paths that do.
   */
  withoutCore(command: Command): Command;
  /** Whether a command was marked with `withoutCore`. */
  runsWithoutCore(command: Command): boolean;
  /** Prints a value as JSON on stdout (the machine-readable channel). */
  printJson(value: unknown): void;
  close(): Promise<void>;
}

export function createCliContext(program: Command): CliContext {
  let core: Core | undefined;
  let createCore: ((options: CoreOptions) => Core) | undefined;
  const coreFree = new WeakSet<Command>();
  const dataDir = () => resolveDataDir(program.opts<{ dataDir?: string }>().dataDir);
  return {
    dataDir,
    core() {
      if (!createCore)
        throw new Error('The core was not loaded before this command ran (call `await ctx.loadCore()` first).');
      const allowPrivateHosts = program.opts<{ allowPrivateHost?: string[] }>().allowPrivateHost;
      core ??= createCore({ dataDir: dataDir(), ...(allowPrivateHosts ? { allowPrivateHosts } : {}) });
      return core;
    },
    async loadCore() {
      createCore ??= (await import('../core/app-core')).createCore;
    },
    withoutCore(command) {
      coreFree.add(command);
      return command;
    },
    runsWithoutCore: (command) => coreFree.has(command),
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
