import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { AiSettings, AiStreamEvent, ProviderConfig } from '../../../shared/domain/ai';
import type { AppError } from '../../../shared/ipc/result';
import { createMemorySecretStore } from '../secrets/secret-store';
import { createAiService } from './ai-service';
import { keyName } from './api-keys';
import { createProviderFactory } from './provider-factory';
import { startFakeModelServer, type FakeModelServer, type Reply } from './testing/fake-model-server';
import { createMemoryActivityLog } from './testing/memory-activity-log';
import { anthropic, openai } from './testing/recorded-responses.fixture';
import { aiSettings, providerConfig } from './testing/test-settings';

// The JSON a provider SDK sent, read loosely for assertions.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type WireBody = Record<string, any>;
const Job = z.object({ title: z.string(), skills: z.array(z.string()) });
const value = { title: 'Platform Engineer', skills: ['Kubernetes', 'Go'] };
const servers: FakeModelServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function server(replies: Reply[]): Promise<FakeModelServer> {
  const s = await startFakeModelServer(replies);
  servers.push(s);
  return s;
}

function setup(providers: ProviderConfig[], extra: Partial<AiSettings> = {}) {
  const secrets = createMemorySecretStore();
  for (const p of providers) secrets.set(keyName(p.id), `sk-ant-test-${p.id}`);
  const log = createMemoryActivityLog();
  const events: AiStreamEvent[] = [];
  const service = createAiService({
    settings: () => aiSettings(providers, extra),
    createProvider: createProviderFactory({ secrets, env: {} }),
    log,
    onStream: (e) => events.push(e),
    backoff: { baseMs: 10, maxMs: 50, maxRetryAfterMs: 2000 },
  });
  return { service, log, events };
}

const claudeAt = (url: string, extra: Partial<ProviderConfig> = {}) =>
  providerConfig({ id: 'claude', kind: 'anthropic', baseUrl: url, ...extra });

describe('AiService over the Anthropic protocol', () => {
  it('forces a tool call and returns its input, validated, with usage and cost', async () => {
    const s = await server([{ json: anthropic.message(value) }]);
    const { service, log } = setup([claudeAt(s.url)]);
    const result = await service.generate({
      task: 'job.extract',
      schema: Job,
      system: 'You read job ads.',
      prompt: 'Extract.',
      data: 'K8s, Go',
    });
    expect(result.value).toEqual(value);
    expect(result.usage).toEqual({ inputTokens: 412, outputTokens: 57 });
    expect(result.costUsd).toBeCloseTo((412 * 1 + 57 * 5) / 1e6, 10);
    const req = s.requests[0]!;
    expect(req.path).toBe('/v1/messages');
    // this SDK version sends the key as a bearer token; older ones used x-api-key
    expect(req.headers['x-api-key'] ?? req.headers.authorization).toMatch(/^(Bearer )?sk-ant-test-claude$/);
    const body = req.body as WireBody;
    expect(body.tool_choice).toEqual({ type: 'tool', name: 'job_extract' });
    expect(body.tools[0].input_schema.properties.skills.type).toBe('array');
    expect(body.system).toContain('You read job ads.');
    expect(log.entries[0]).toMatchObject({
      outcome: 'ok',
      providerKind: 'anthropic',
      model: 'claude-haiku-4-5-20251001',
    });
  });

  it('streams input_json_delta pieces as events', async () => {
    const pieces = ['{"title": "Platform', ' Engineer", "skills": ["Kub', 'ernetes", "Go"]}'];
    const s = await server([{ sse: anthropic.stream(pieces), delayMs: 5 }]);
    const { service, events } = setup([claudeAt(s.url)]);
    const result = await service.generate({ task: 't', schema: Job, prompt: 'p', stream: true });
    expect(result.value).toEqual(value);
    expect(result.usage).toEqual({ inputTokens: 412, outputTokens: 57 });
    expect(result.firstTokenMs).not.toBeNull();
    expect(events.filter((e) => !e.done && e.delta).map((e) => e.delta)).toEqual(pieces);
  });

  it('waits out a 429 with Retry-After in seconds, then succeeds', async () => {
    const s = await server([
      {
        status: 429,
        headers: { 'retry-after': '1' },
        json: anthropic.error('rate_limit_error', 'Number of request tokens has exceeded your per-minute rate limit'),
      },
      { json: anthropic.message(value) },
    ]);
    const { service } = setup([claudeAt(s.url)]);
    const started = Date.now();
    const result = await service.generate({ task: 't', schema: Job, prompt: 'p' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(result.value).toEqual(value);
  });

  it('falls back from Anthropic (500) to OpenAI', async () => {
    const failing = await server(
      Array.from({ length: 3 }, () => ({ status: 500, json: anthropic.error('api_error', 'Internal server error') })),
    );
    const backup = await server([{ json: openai.completion(JSON.stringify(value)) }]);
    const { service } = setup([
      claudeAt(failing.url),
      providerConfig({ id: 'openai', kind: 'openai', baseUrl: `${backup.url}/v1` }),
    ]);
    const result = await service.generate({ task: 't', schema: Job, prompt: 'p' });
    expect(result.providerId).toBe('openai');
    expect(failing.requests).toHaveLength(3);
  });

  it('repairs a tool input that does not match the schema', async () => {
    const s = await server([
      { json: anthropic.message({ title: 'Platform Engineer', skills: 'Go' }) },
      { json: anthropic.message(value) },
    ]);
    const { service } = setup([claudeAt(s.url)]);
    const result = await service.generate({ task: 't', schema: Job, prompt: 'p' });
    expect(result.value).toEqual(value);
    const messages = (s.requests[1]!.body as WireBody).messages as { role: string; content: string }[];
    expect(messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(messages[2]!.content).toMatch(/skills/);
  });

  it('times out', async () => {
    const s = await server([{ hang: true }]);
    const { service } = setup([claudeAt(s.url, { timeoutMs: 1000, maxRetries: 0 })]);
    await expect(service.generate({ task: 't', schema: Job, prompt: 'p' })).rejects.toMatchObject({ code: 'TIMEOUT' });
  });

  it('cancels in the middle of a stream through the caller’s AbortSignal', async () => {
    const s = await server([{ sse: anthropic.stream(['{"title":']), delayMs: 5, hang: true }]);
    const { service } = setup([claudeAt(s.url)]);
    const controller = new AbortController();
    const promise = service.generate({
      task: 't',
      schema: Job,
      prompt: 'p',
      stream: true,
      signal: controller.signal,
      onText: () => controller.abort(),
    });
    await expect(promise).rejects.toMatchObject({ code: 'CANCELLED' });
    await expect.poll(() => s.abortedRequests()).toBe(1);
  });

  it('blocks at the budget cap but still lets an unmetered fallback answer', async () => {
    const s = await server([{ json: anthropic.message(value, 'claude-opus-4-1', { input: 20_000, output: 0 }) }]);
    const local = await server([{ json: openai.completion(JSON.stringify(value), 'qwen2.5') }]);
    const { service } = setup(
      [
        claudeAt(s.url, { model: 'claude-opus-4-1' }),
        providerConfig({ id: 'lmstudio', kind: 'openai-compatible', baseUrl: `${local.url}/v1`, model: 'qwen2.5' }),
      ],
      { monthlyBudgetUsd: 0.25 },
    );
    await service.generate({ task: 't', schema: Job, prompt: 'p' }); // $0.30 on Claude
    const second = await service.generate({ task: 't', schema: Job, prompt: 'p' });
    expect(second.providerId).toBe('lmstudio');
    expect(s.requests).toHaveLength(1);
    const onlyClaude = await service
      .generate({ task: 't', schema: Job, prompt: 'p', providerIds: ['claude'] })
      .catch((e: AppError) => e);
    expect((onlyClaude as AppError).code).toBe('BUDGET');
  });
});
