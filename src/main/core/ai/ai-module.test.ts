import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createCore, type Core } from '../app-core';
import { createMemorySecretStore } from '../secrets/secret-store';
import { startFakeModelServer } from './testing/fake-model-server';
import { openai } from './testing/recorded-responses.fixture';
import { missingFiles, skipUnless } from '../testing/skip-unless';

const dirs: string[] = [];
const cores: Core[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});
function open(dataDir = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-ai-module-'))) {
  if (!dirs.includes(dataDir)) dirs.push(dataDir);
  const core = createCore({ dataDir, secrets: createMemorySecretStore(), llama: { gpu: false, maxThreads: 1 } });
  cores.push(core);
  return { core, dataDir };
}
const tinyModel = path.resolve(import.meta.dirname, '../../../../../shared/models/stories260K.gguf');

describe('AI module in the core', () => {
  it('sends nothing until a provider is enabled, and says so', async () => {
    const { core } = open();
    expect(core.ai.settings.get().providers.every((p) => !p.enabled)).toBe(true);
    await expect(core.ai.service.generate({ task: 't', schema: z.object({}), prompt: 'p' })).rejects.toMatchObject({
      code: 'PROVIDER',
      message: expect.stringMatching(/No AI provider is set up/),
    });
  });

  it('keeps AI settings across a restart and refuses duplicate provider ids', async () => {
    const { core, dataDir } = open();
    const s = core.ai.settings.get();
    core.ai.settings.update({ ...s, monthlyBudgetUsd: 12.5, providers: [...s.providers].reverse() });
    await core.close();
    cores.splice(0);
    const { core: again } = open(dataDir);
    expect(again.ai.settings.get().monthlyBudgetUsd).toBe(12.5);
    expect(again.ai.settings.get().providers[0]!.id).toBe('ollama');
    const dup = again.ai.settings.get();
    expect(() => again.ai.settings.update({ ...dup, providers: [dup.providers[0]!, dup.providers[0]!] })).toThrow(
      /unique/,
    );
  });

  it('offline mode stops HTTP providers before any request', async () => {
    const server = await startFakeModelServer([{ json: openai.completion('{}') }]);
    try {
      const { core } = open();
      const s = core.ai.settings.get();
      core.ai.settings.update({
        ...s,
        providers: s.providers.map((p) =>
          p.id === 'ollama' ? { ...p, enabled: true, baseUrl: `${server.url}/v1` } : p,
        ),
      });
      // The fake server is on 127.0.0.1: offline mode blocks it only when loopback servers are not allowed.
      core.settings.update({ offlineMode: true, offlineAllowsLoopback: false });
      await expect(core.ai.service.generate({ task: 't', schema: z.object({}), prompt: 'p' })).rejects.toMatchObject({
        code: 'OFFLINE',
      });
      expect(server.requests).toHaveLength(0);
      expect(() => core.ai.local.downloads.start('hf:user/repo:Q4_K_M')).not.toThrow();
      await expect.poll(() => core.ai.local.downloads.list()[0]?.state).toBe('failed');
      expect(core.ai.local.downloads.list()[0]?.error).toMatch(/offline mode/);
      // Allowed (the default): a model server on this computer still answers in offline mode.
      core.settings.update({ offlineAllowsLoopback: true });
      await expect(core.ai.service.generate({ task: 't', schema: z.object({}), prompt: 'p' })).resolves.toBeDefined();
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('a provider corrected after repeated failures works at once: changing its settings resets its breaker', async () => {
    const server = await startFakeModelServer((req) =>
      String(req.path).startsWith('/good/')
        ? { json: openai.completion('{}') }
        : { status: 503, json: { error: openai.serverError } },
    );
    try {
      const { core } = open();
      const s = core.ai.settings.get();
      const withUrl = (url: string) => ({
        ...s,
        monthlyBudgetUsd: null,
        providers: s.providers.map((p) =>
          p.id === 'ollama' ? { ...p, enabled: true, maxRetries: 0, baseUrl: url } : p,
        ),
      });
      core.ai.settings.update(withUrl(`${server.url}/bad/v1`));
      for (let i = 0; i < 3; i++)
        await core.ai.service.generate({ task: 't', schema: z.object({}), prompt: 'p' }).catch(() => undefined);
      await expect(core.ai.service.generate({ task: 't', schema: z.object({}), prompt: 'p' })).rejects.toThrow(
        /paused/,
      );
      core.ai.settings.update(withUrl(`${server.url}/good/v1`));
      await expect(core.ai.service.generate({ task: 't', schema: z.object({}), prompt: 'p' })).resolves.toMatchObject({
        providerId: 'ollama',
      });
    } finally {
      await server.close();
    }
  });

  it(
    'uses a picked .gguf as the on-device provider and refuses files that are not models',
    skipUnless(missingFiles(tinyModel)),
    async () => {
      const { core, dataDir } = open();
      // Models load only from the models folder: a path anywhere else is refused, even a real model.
      expect(() => core.ai.useLocalModel(tinyModel)).toThrow(/models folder/);
      const inFolder = path.join(dataDir, 'models', 'stories260K.gguf');
      mkdirSync(path.dirname(inFolder), { recursive: true });
      copyFileSync(tinyModel, inFolder);
      const settings = core.ai.useLocalModel(inFolder);
      expect(settings.providers.find((p) => p.kind === 'local')).toMatchObject({ enabled: true, model: inFolder });
      const pong = await core.ai.ping('local');
      expect(pong.providerKind).toBe('local');
      const notModel = path.join(dataDir, 'models', 'notes.gguf');
      writeFileSync(notModel, 'not a model');
      expect(() => core.ai.useLocalModel(notModel)).toThrow(/not a GGUF model/);
      expect(core.ai.budget()).toMatchObject({ spentUsd: 0, calls: 1, capUsd: 5 });
    },
  );
});
