import type { Command } from 'commander';
import { ProviderConfig, ProviderKind } from '../../shared/domain/ai';
import { AppError } from '../../shared/ipc/result';
import type { CliContext, CommandGroup } from './context';

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function threadsOption(cmd: Command): Command {
  return cmd.option('--threads <n>', 'CPU threads for on-device models (default: all cores)', (v) =>
    Number.parseInt(v, 10),
  );
}

function configureLocal(ctx: CliContext, opts: { threads?: number; gpu?: boolean }): void {
  ctx.core().ai.local.configureRuntime({
    ...(opts.threads ? { maxThreads: opts.threads } : {}),
    ...(opts.gpu === false ? { gpu: false as const } : {}),
  });
}

/** The provider to ping: the stored one of that kind, with the flags laid over it. */
function pingTarget(
  ctx: CliContext,
  opts: { provider: string; baseUrl?: string; model?: string; timeout?: number },
): ProviderConfig {
  const kind = ProviderKind.safeParse(opts.provider);
  if (!kind.success) throw new AppError('VALIDATION', `--provider must be one of ${ProviderKind.options.join(', ')}.`);
  const core = ctx.core();
  const stored = core.ai.settings.get().providers.find((p) => p.kind === kind.data);
  let model = opts.model ?? stored?.model ?? '';
  if (kind.data === 'local' && model && !model.includes('/') && !model.includes('\\')) {
    model = core.ai.local.library.resolve(model); // the file name of an installed model
  }
  if (kind.data === 'local' && !model)
    throw new AppError('VALIDATION', 'Give the model with --model <file.gguf> (see `models list`).');
  return ProviderConfig.parse({
    ...(stored ?? { id: kind.data, label: kind.data }),
    kind: kind.data,
    enabled: true,
    model,
    ...(opts.baseUrl ? { baseUrl: opts.baseUrl } : {}),
    ...(opts.timeout ? { timeoutMs: opts.timeout * 1000 } : {}),
  });
}

export const registerAiCommands: CommandGroup = (program, ctx) => {
  const ai = program.command('ai').description('model providers: test them, see what was sent');
  threadsOption(
    ai
      .command('ping')
      .description(
        'run one small structured generation and print provider, model, tokens, latency, time to first token and the parsed result as JSON',
      )
      .requiredOption('--provider <kind>', 'anthropic | openai | openai-compatible | local')
      .option(
        '--base-url <url>',
        'server address (OpenAI-compatible servers: Ollama, LM Studio, OpenRouter, Groq, vLLM)',
      )
      .option('--model <model>', 'model name, or for local a .gguf path or installed file name')
      .option('--timeout <seconds>', 'give up after this long', (v) => Number.parseInt(v, 10))
      .option('--no-gpu', 'on-device: run on the CPU only'),
  ).action(
    async (opts: {
      provider: string;
      baseUrl?: string;
      model?: string;
      timeout?: number;
      threads?: number;
      gpu?: boolean;
    }) => {
      configureLocal(ctx, opts);
      const result = await ctx.core().ai.ping(pingTarget(ctx, opts));
      ctx.printJson(result);
    },
  );
  ai.command('budget')
    .description("this month's spend against the budget")
    .action(() => ctx.printJson(ctx.core().ai.budget()));
  ai.command('log')
    .description('the activity log: every call, what was sent, tokens, cost, outcome')
    .option('--search <text>', 'only calls whose prompt, data, reply, task or model contain this')
    .option('--limit <n>', 'how many (newest first)', (v) => Number.parseInt(v, 10), 20)
    .option('--export <format>', 'print everything that matches as csv or json')
    .action((opts: { search?: string; limit: number; export?: string }) => {
      const core = ctx.core();
      if (opts.export) {
        if (opts.export !== 'csv' && opts.export !== 'json')
          throw new AppError('VALIDATION', '--export must be csv or json.');
        process.stdout.write(core.ai.exportActivity(opts.export, opts.search ? { search: opts.search } : {}).content);
        return;
      }
      ctx.printJson(
        core.ai.activity.list({ limit: opts.limit, offset: 0, ...(opts.search ? { search: opts.search } : {}) }),
      );
    });

  const models = program.command('models').description('on-device models (GGUF)');
  threadsOption(
    models
      .command('list')
      .description('installed models, and which catalog models fit this machine')
      .option('--json', 'print JSON'),
  ).action(async (opts: { json?: boolean; threads?: number }) => {
    configureLocal(ctx, opts);
    const local = ctx.core().ai.local;
    const installed = local.installed();
    const { hardware, recommendations } = await local.hardware();
    if (opts.json) return ctx.printJson({ modelsDir: local.library.dir, installed, hardware, recommendations });
    console.log(`Models folder: ${local.library.dir}`);
    if (installed.length === 0) console.log('No models installed.');
    for (const m of installed)
      console.log(
        `  ${m.fileName.padEnd(48)} ${mb(m.sizeBytes).padStart(10)}  sha256 ${m.sha256 ?? '(not recorded)'}${m.checksumVerified ? ' (matches the published one)' : ''}`,
      );
    console.log(
      `\nThis machine: ${mb(hardware.totalRamBytes)} RAM, ${hardware.gpu ? `${hardware.gpu}, ${mb(hardware.freeVramBytes)} free VRAM` : 'no GPU'}`,
    );
    for (const r of recommendations)
      console.log(`  ${r.recommended ? '*' : r.fits ? '+' : '-'} ${r.label.padEnd(36)} ${r.uri}  (${r.reason})`);
  });
  models
    .command('pull <uri>')
    .description(
      'download a model: hf:<user>/<repo>:<quant>, hf:<user>/<repo>/<file>.gguf or an https URL (resumes if interrupted)',
    )
    .option('--sha256 <hex>', 'the published checksum the file must match')
    .action(async (uri: string, opts: { sha256?: string }) => {
      let last = -1;
      const file = await ctx.core().ai.local.library.pull(uri, {
        ...(opts.sha256 ? { expectedSha256: opts.sha256 } : {}),
        onProgress: (p) => {
          const pct = p.totalBytes ? Math.floor((p.downloadedBytes / p.totalBytes) * 100) : 0;
          if (pct !== last) process.stderr.write(`\r${p.fileName ?? uri}: ${pct}% of ${mb(p.totalBytes)}`);
          last = pct;
        },
      });
      process.stderr.write('\n');
      ctx.printJson(file);
    });
  models
    .command('rm <file>')
    .description('delete an installed model (its file name, see `models list`)')
    .action(async (file: string) => {
      await ctx.core().ai.local.library.remove(file);
      console.log(`Deleted ${file}.`);
    });
};
