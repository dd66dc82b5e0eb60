import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { AiStreamEvent } from '../../../../shared/domain/ai';
import { createAiService, type AiService } from '../ai-service';
import { createMemoryActivityLog } from '../testing/memory-activity-log';
import { aiSettings, providerConfig } from '../testing/test-settings';
import { createLocalProvider } from './local-provider';
import { createModelRuntime, type ModelRuntime } from './model-runtime';
import { missingFiles, skipUnless } from '../../testing/skip-unless';

const repoRoot = path.resolve(import.meta.dirname, '../../../../..');
const modelPath = path.resolve(repoRoot, '../shared/models/stories260K.gguf');

// Only constraints a GBNF grammar enforces (structure, types, enums, string length); numeric ranges
// are checked by zod afterwards and would go to a repair round.
const Story = z.object({
  hero: z.string().max(60),
  age: z.number().int(),
  mood: z.enum(['happy', 'sad']),
  happy: z.boolean(),
});

describe(
  'on-device generation on the tiny model (../shared/models/stories260K.gguf)',
  skipUnless(missingFiles(modelPath)),
  () => {
    let runtime: ModelRuntime;
    const log = createMemoryActivityLog();
    const events: AiStreamEvent[] = [];
    let service: AiService;
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-local-'));

    beforeAll(() => {
      runtime = createModelRuntime({ gpu: false, maxThreads: 1, contextSize: 512, idleUnloadMs: 60_000 });
      const local = providerConfig({ id: 'local', kind: 'local', model: modelPath, timeoutMs: 60_000, maxRetries: 0 });
      service = createAiService({
        settings: () => aiSettings([local]),
        createProvider: async (config) => createLocalProvider(config.id, runtime),
        log,
        onStream: (e) => events.push(e),
      });
    });
    afterAll(async () => {
      await runtime.dispose();
      rmSync(tmp, { recursive: true, force: true });
    });

    it('loads the model and produces grammar-constrained JSON that validates', async () => {
      const result = await service.generate({
        task: 'story',
        schema: Story,
        prompt: 'Tell me about a hero.',
        maxTokens: 120,
      });
      expect(Story.safeParse(result.value).success).toBe(true);
      expect(result.providerKind).toBe('local');
      expect(result.usage.inputTokens).toBeGreaterThan(0);
      expect(result.usage.outputTokens).toBeGreaterThan(0);
      expect(result.costUsd).toBe(0);
      expect(runtime.status().modelPath).toBe(modelPath);
      expect(log.entries.at(-1)).toMatchObject({ outcome: 'ok', providerKind: 'local', costUsd: 0 });
    });

    it('streams partial output as events', async () => {
      events.length = 0;
      const result = await service.generate({
        task: 'story',
        schema: Story,
        prompt: 'Once upon a time',
        maxTokens: 120,
        stream: true,
      });
      const streamed = events
        .filter((e) => !e.done)
        .map((e) => e.delta)
        .join('');
      expect(streamed.length).toBeGreaterThan(5);
      expect(streamed.trimStart().startsWith('{')).toBe(true);
      expect(result.firstTokenMs).not.toBeNull();
      expect(events.at(-1)?.done).toBe(true);
    });

    it('cancels generation through the AbortSignal', async () => {
      const controller = new AbortController();
      let chunks = 0;
      const promise = service.generate({
        task: 'story',
        schema: z.object({ text: z.string() }),
        prompt: 'A long story',
        maxTokens: 400,
        stream: true,
        signal: controller.signal,
        onText: () => {
          if (++chunks === 3) controller.abort();
        },
      });
      await expect(promise).rejects.toMatchObject({ code: 'CANCELLED' });
      expect(chunks).toBeLessThan(20);
      // the runtime is still usable afterwards
      const again = await service.generate({ task: 'story', schema: Story, prompt: 'Hi', maxTokens: 120 });
      expect(Story.safeParse(again.value).success).toBe(true);
    });

    it('computes embeddings', async () => {
      const [a, b] = await runtime.embed(modelPath, ['a cat', 'a dog']);
      expect(a).toHaveLength(64);
      expect(b).toHaveLength(64);
      expect(a!.every(Number.isFinite)).toBe(true);
    });

    it('unloads and reloads', async () => {
      await runtime.unload();
      expect(runtime.status().modelPath).toBeNull();
      const [v] = await runtime.embed(modelPath, ['again']);
      expect(v).toHaveLength(64);
    });

    it('refuses a corrupt model file with a clear error', async () => {
      const broken = path.join(tmp, 'broken.gguf');
      writeFileSync(broken, 'this is not a model');
      const provider = createLocalProvider('local', runtime);
      await expect(
        provider.generate({
          model: broken,
          messages: [{ role: 'user', content: 'x' }],
          maxTokens: 5,
          stream: false,
          signal: new AbortController().signal,
        }),
      ).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/not a GGUF model/) });
      const truncated = path.join(tmp, 'truncated.gguf');
      writeFileSync(truncated, Buffer.concat([Buffer.from('GGUF'), Buffer.alloc(64)]));
      await expect(
        provider.generate({
          model: truncated,
          messages: [{ role: 'user', content: 'x' }],
          maxTokens: 5,
          stream: false,
          signal: new AbortController().signal,
        }),
      ).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/could not be loaded/) });
    });
  },
);

describe('on-device model lifecycle', skipUnless(missingFiles(modelPath)), () => {
  it('unloads the model after it has been idle, and loads it again when needed', async () => {
    const runtime = createModelRuntime({ gpu: false, maxThreads: 1, contextSize: 512, idleUnloadMs: 150 });
    try {
      await runtime.embed(modelPath, ['hello']);
      expect(runtime.status().modelPath).toBe(modelPath);
      await expect.poll(() => runtime.status().modelPath, { timeout: 3000 }).toBeNull();
      expect((await runtime.embed(modelPath, ['again']))[0]).toHaveLength(64);
    } finally {
      await runtime.dispose();
    }
    await expect(runtime.embed(modelPath, ['x'])).rejects.toThrow(/shut down/);
  });
});
