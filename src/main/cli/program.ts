import { Command, CommanderError } from 'commander';
import { APP_VERSION } from '../../shared/app';
import { AppError } from '../../shared/ipc/result';
import { registerAiCommands } from './ai';
import { registerApplicationCommands } from './applications';
import { createCliContext, type CommandGroup } from './context';
import { registerDbCommands } from './db';
import { registerDocumentsCommands } from './documents';
import { registerImportCommands } from './import';
import { registerJobsCommands } from './jobs';
import { registerMatchCommands } from './match';
import { registerProfileCommands } from './profile';
import { registerServeCommand } from './serve';
import { registerTailorCommands } from './tailor';

/** Every command group, in the order `--help` lists them. */
const groups: CommandGroup[] = [
  registerProfileCommands,
  registerImportCommands,
  registerAiCommands,
  registerServeCommand,
  registerDbCommands,
  registerMatchCommands,
  registerJobsCommands,
  registerDocumentsCommands,
  registerTailorCommands,
  registerApplicationCommands,
];

export function buildProgram(): { program: Command; close(): Promise<void> } {
  const program = new Command('jobsmith')
    .description(
      'Jobsmith: your CV, job postings and applications, on your machine. The same core as the app, headless.',
    )
    .version(APP_VERSION)
    .option('--data-dir <dir>', "data folder (default: $JOBSMITH_DATA_DIR, else the app's user-data folder)")
    .option(
      '--allow-private-host <host>',
      'let page capture reach this loopback/LAN host (repeatable; e.g. a local test site)',
      (v: string, all: string[] = []) => [...all, v],
    )
    .showHelpAfterError()
    .exitOverride();
  const ctx = createCliContext(program);
  for (const register of groups) register(program, ctx);
  // Commands load heavy code only when they run (never for --help): the core, unless marked withoutCore.
  program.hook('preAction', async (_program, action) => {
    if (!ctx.runsWithoutCore(action)) await ctx.loadCore();
  });
  return { program, close: () => ctx.close() };
}

export async function main(argv: string[]): Promise<number> {
  const { program, close } = buildProgram();
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof AppError) {
      console.error(`Error: ${error.message}`);
      return 1;
    }
    console.error(`Error: ${(error as Error).message ?? String(error)}`);
    return 1;
  } finally {
    await close();
  }
}
