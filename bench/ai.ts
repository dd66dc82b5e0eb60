// AI benchmarks. (1) The provider interface's own overhead per call: AiService.generate (schema →
// JSON schema, budget check from SQLite, gateway fetch, parse + zod validation, activity-log insert)
// against the bare OpenAI SDK call, both on a 127.0.0.1 server that answers at once. Target < 5 ms.
// (2) On-device: model load time and tokens/s on ../shared/models/stories260K.gguf (1 thread, CPU).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import OpenAI from 'openai';
import { z } from 'zod';
import { createCore } from '../src/main/core/app-core';
import { keyName } from '../src/main/core/ai/api-keys';
import { createModelRuntime } from '../src/main/core/ai/local/model-runtime';
import { startFakeModelServer } from '../src/main/core/ai/testing/fake-model-server';
import { openai } from '../src/main/core/ai/testing/recorded-responses.fixture';
import { createMemorySecretStore } from '../src/main/core/secrets/secret-store';
import { measure, ms, summarize } from './stats';

const Job = z.object({ title: z.string(), skills: z.array(z.string()) });
const body = openai.completion(JSON.stringify({ title: 'Data Engineer', skills: ['SQL', 'Python'] }));

async function overhead(iterations: number): Promise<void> {
  const server = await startFakeModelServer(() => ({ json: body }));
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-bench-ai-'));
  const secrets = createMemorySecretStore();
  secrets.set(keyName('openai'), 'sk-bench');
  const core = createCore({ dataDir, secrets });
  const s = core.ai.settings.get();
  core.ai.settings.update({
    ...s,
    monthlyBudgetUsd: 100_000, // a cap, so the budget check runs on every call
    providers: [
      {
        id: 'openai',
        kind: 'openai',
        label: 'OpenAI',
        enabled: true,
        baseUrl: `${server.url}/v1`,
        model: 'gpt-4o-mini',
        timeoutMs: 10_000,
        maxRetries: 0,
      },
    ],
  });
  const sdk = new OpenAI({ apiKey: 'sk-bench', baseURL: `${server.url}/v1`, maxRetries: 0 });
  const bare = await measure(iterations, () =>
    sdk.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Extract the job.' }] }),
  );
  const full = await measure(iterations, () =>
    core.ai.service.generate({
      task: 'bench',
      schema: Job,
      prompt: 'Extract the job.',
      data: 'We need SQL and Python.',
    }),
  );
  console.log(`\n(1) interface overhead, ${iterations} calls each, server on 127.0.0.1 answering at once`);
  console.log('path                                  median      p95         max');
  console.log(
    `${'bare OpenAI SDK call'.padEnd(37)} ${ms(bare.median).padEnd(11)} ${ms(bare.p95).padEnd(11)} ${ms(bare.max)}`,
  );
  console.log(
    `${'AiService.generate (all of it)'.padEnd(37)} ${ms(full.median).padEnd(11)} ${ms(full.p95).padEnd(11)} ${ms(full.max)}`,
  );
  const extra = full.median - bare.median;
  console.log(`overhead per call (median difference): ${ms(extra)}  target < 5 ms: ${extra < 5 ? 'MET' : 'NOT MET'}`);
  console.log(`activity-log rows written: ${core.ai.activity.spentSince('1970-01-01T00:00:00.000Z').calls}`);
  await core.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}

async function onDevice(): Promise<void> {
  const model = path.resolve(import.meta.dirname, '../../shared/models/stories260K.gguf');
  if (!existsSync(model)) {
    console.log('\n(2) on-device: skipped, ../shared/models/stories260K.gguf is not there');
    return;
  }
  const runtime = createModelRuntime({ gpu: false, maxThreads: 1, contextSize: 512, idleUnloadMs: 60_000 });
  const t0 = performance.now();
  await runtime.llama();
  const engineMs = performance.now() - t0;
  const rows: string[] = [];
  const t1 = performance.now();
  await runtime.use(model, undefined, async () => undefined);
  const loadMs = performance.now() - t1;
  const { LlamaCompletion } = await import('node-llama-cpp');
  for (const [label, grammarJson] of [
    ['free text', null],
    ['JSON grammar', { type: 'object', properties: { story: { type: 'string' } }, required: ['story'] }],
  ] as const) {
    const samples: number[] = [];
    let tokens = 0;
    for (let i = 0; i < 5; i++) {
      await runtime.use(model, undefined, async ({ context, llama }) => {
        const sequence = context.getSequence();
        const completion = new LlamaCompletion({ contextSequence: sequence });
        const grammar = grammarJson ? await llama.createGrammarForJsonSchema(grammarJson as never) : undefined;
        const before = sequence.tokenMeter.getState();
        const start = performance.now();
        await completion.generateCompletion('Once upon a time', { maxTokens: 200, ...(grammar ? { grammar } : {}) });
        const elapsed = performance.now() - start;
        const used = sequence.tokenMeter.diff(before).usedOutputTokens;
        tokens += used;
        samples.push((used / elapsed) * 1000);
        completion.dispose();
        sequence.dispose();
      });
    }
    const s = summarize(samples);
    rows.push(
      `${label.padEnd(14)} ${s.median.toFixed(0).padStart(8)} tok/s  (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)}; ${tokens} tokens over 5 runs)`,
    );
  }
  console.log('\n(2) on-device, stories260K.gguf, CPU, 1 thread, context 512');
  console.log(`engine start (getLlama): ${ms(engineMs)}`);
  console.log(`model load:              ${ms(loadMs)}`);
  for (const row of rows) console.log(row);
  await runtime.dispose();
}

export async function run(args: string[]): Promise<void> {
  await overhead(Number(args[0] ?? 500));
  await onDevice();
}
