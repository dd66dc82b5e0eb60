import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { AiSettings, AiStreamEvent, ProviderConfig } from '../../../shared/domain/ai';
import { AppError } from '../../../shared/ipc/result';
import { createMemorySecretStore } from '../secrets/secret-store';
import { createAiService } from './ai-service';
import { keyName } from './api-keys';
import { createProviderFactory } from './provider-factory';
import { startFakeModelServer, type FakeModelServer, type Reply } from './testing/fake-model-server';
import { createMemoryActivityLog } from './testing/memory-activity-log';
import { openai } from './testing/recorded-responses.fixture';
import { aiSettings, providerConfig } from './testing/test-settings';

// The JSON a provider SDK sent, read loosely for assertions.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type WireBody = Record<string, any>;
const Job = z.object({ title: z.string(), skills: z.array(z.string()) });
const answer = JSON.stringify({ title: 'Data Engineer', skills: ['SQL', 'Python'] });
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
  for (const p of providers) secrets.set(keyName(p.id), `sk-test-${p.id}`);
  const log = createMemoryActivityLog();
  const events: AiStreamEvent[] = [];
  const settings = aiSettings(providers, extra);
  const service = createAiService({
    settings: () => settings,
    createProvider: createProviderFactory({ secrets, env: {} }),
    log,
    onStream: (e) => events.push(e),
    backoff: { baseMs: 10, maxMs: 50, maxRetryAfterMs: 2000 },
  });
  return { service, log, events, settings };
}

const openaiAt = (url: string, extra: Partial<ProviderConfig> = {}) =>
  providerConfig({ id: 'openai', kind: 'openai', baseUrl: `${url}/v1`, ...extra });

describe('AiService over the OpenAI protocol', () => {
  it('returns parsed, validated output with tokens, cost and an activity-log row', async () => {
    const s = await server([{ json: openai.completion(answer) }]);
    const { service, log } = setup([openaiAt(s.url)]);
    const result = await service.generate({
      task: 'job.extract',
      schema: Job,
      prompt: 'Extract the job.',
      data: 'We need SQL.',
    });
    expect(result.value).toEqual({ title: 'Data Engineer', skills: ['SQL', 'Python'] });
    expect(result.usage).toEqual({ inputTokens: 61, outputTokens: 14 });
    expect(result.costUsd).toBeCloseTo((61 * 0.15 + 14 * 0.6) / 1e6, 10);
    const body = s.requests[0]!.body as WireBody;
    expect(s.requests[0]!.path).toBe('/v1/chat/completions');
    expect(s.requests[0]!.headers.authorization).toBe('Bearer sk-test-openai');
    expect(body.response_format.type).toBe('json_schema');
    expect(body.response_format.json_schema.schema.required).toEqual(['title', 'skills']);
    expect(body.messages.at(-1).content).toContain('We need SQL.');
    expect(log.entries).toHaveLength(1);
    expect(log.entries[0]).toMatchObject({
      outcome: 'ok',
      providerId: 'openai',
      inputTokens: 61,
      outputTokens: 14,
      task: 'job.extract',
    });
    expect(log.entries[0]!.sent).toContain('We need SQL.');
    expect(log.entries[0]!.received).toBe(answer);
  });

  it('streams partial output as events and reports time to first token', async () => {
    const pieces = ['{"title":"Data', ' Engineer","skills":', '["SQL","Python"]}'];
    const s = await server([{ sse: openai.stream(pieces), delayMs: 5 }]);
    const { service, events } = setup([openaiAt(s.url)]);
    const result = await service.generate({ task: 't', schema: Job, prompt: 'p', stream: true, requestId: 'r1' });
    expect(result.value.title).toBe('Data Engineer');
    expect(result.firstTokenMs).not.toBeNull();
    expect(result.usage.outputTokens).toBe(14);
    const deltas = events.filter((e) => !e.done).map((e) => e.delta);
    expect(deltas).toEqual(pieces);
    expect(events[0]!.restart).toBe(true);
    expect(events.at(-1)).toMatchObject({ done: true, requestId: 'r1' });
    expect((s.requests[0]!.body as WireBody).stream_options).toEqual({ include_usage: true });
  });

  it('retries after a 429, honouring retry-after-ms', async () => {
    const s = await server([
      { status: 429, headers: { 'retry-after-ms': '300' }, json: { error: openai.rateLimited } },
      { json: openai.completion(answer) },
    ]);
    const { service, log } = setup([openaiAt(s.url)]);
    const started = Date.now();
    const result = await service.generate({ task: 't', schema: Job, prompt: 'p' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    expect(result.value.skills).toContain('SQL');
    expect(s.requests).toHaveLength(2);
    expect(log.entries.map((e) => [e.outcome, e.errorCode])).toEqual([
      ['error', 'RATE_LIMITED'],
      ['ok', null],
    ]);
  });

  it('falls back to the next provider in the chain when one keeps failing with 500', async () => {
    const failing = await server([500, 500, 500].map(() => ({ status: 500, json: { error: openai.serverError } })));
    const backup = await server([{ json: openai.completion(answer, 'llama3.1:8b') }]);
    const { service, log } = setup([
      openaiAt(failing.url),
      providerConfig({ id: 'ollama', kind: 'openai-compatible', baseUrl: `${backup.url}/v1`, model: 'llama3.1:8b' }),
    ]);
    const result = await service.generate({ task: 't', schema: Job, prompt: 'p' });
    expect(result.providerId).toBe('ollama');
    expect(failing.requests).toHaveLength(3); // first try + 2 retries
    expect(log.entries.map((e) => e.outcome)).toEqual(['error', 'error', 'error', 'ok']);
    expect(result.costUsd).toBeNull(); // no price for an unpriced compatible server
  });

  it('opens the circuit breaker after repeated failures and skips the provider', async () => {
    const failing = await server(
      Array.from({ length: 9 }, () => ({ status: 503, json: { error: openai.serverError } })),
    );
    const { service } = setup([openaiAt(failing.url, { maxRetries: 0 })]);
    for (let i = 0; i < 3; i++) {
      await expect(service.generate({ task: 't', schema: Job, prompt: 'p' })).rejects.toMatchObject({
        code: 'PROVIDER',
      });
    }
    await expect(service.generate({ task: 't', schema: Job, prompt: 'p' })).rejects.toThrow(
      /paused .* after repeated failures/,
    );
    expect(failing.requests).toHaveLength(3);
  });

  it('asks the model to repair malformed JSON and never passes it on', async () => {
    const s = await server([
      { json: openai.completion('Sure! {"title": "Data Engineer", "skills": ["SQL",') },
      { json: openai.completion(answer) },
    ]);
    const { service, log } = setup([openaiAt(s.url)]);
    const result = await service.generate({ task: 't', schema: Job, prompt: 'p' });
    expect(result.value).toEqual({ title: 'Data Engineer', skills: ['SQL', 'Python'] });
    expect(result.calls).toBe(2);
    const repair = (s.requests[1]!.body as WireBody).messages.at(-1).content as string;
    expect(repair).toMatch(/could not be used/);
    expect(log.entries.map((e) => e.outcome)).toEqual(['invalid_output', 'ok']);
  });

  it('fails with a clear error when the output stays unusable', async () => {
    const s = await server([
      { json: openai.completion('{"title": 42}') },
      { json: openai.completion('not json at all') },
    ]);
    const { service } = setup([openaiAt(s.url)]);
    const error = (await service.generate({ task: 't', schema: Job, prompt: 'p' }).catch((e) => e)) as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('PROVIDER');
    expect(error.message).toMatch(/could not be used/);
  });

  it('times out a provider that does not answer', async () => {
    const s = await server([{ hang: true }]);
    const { service, log } = setup([openaiAt(s.url, { timeoutMs: 1000, maxRetries: 0 })]);
    await expect(service.generate({ task: 't', schema: Job, prompt: 'p' })).rejects.toMatchObject({
      code: 'TIMEOUT',
      message: expect.stringMatching(/did not answer within 1 s/),
    });
    expect(log.entries[0]).toMatchObject({ outcome: 'error', errorCode: 'TIMEOUT' });
  });

  it('cancels mid-stream: the abort reaches the server and nothing is returned', async () => {
    const s = await server([{ sse: openai.stream(['{"title":', '"x"']), delayMs: 5, hang: true }]);
    const { service, log } = setup([openaiAt(s.url)]);
    const promise = service.generate({
      task: 't',
      schema: Job,
      prompt: 'p',
      stream: true,
      requestId: 'cancel-me',
      onText: () => service.cancel('cancel-me'),
    });
    await expect(promise).rejects.toMatchObject({ code: 'CANCELLED' });
    await expect.poll(() => s.abortedRequests()).toBe(1);
    expect(log.entries.at(-1)?.outcome).toBe('cancelled');
  });

  it('stops calls once the monthly budget is reached, with a clear message', async () => {
    const s = await server([{ json: openai.completion(answer, 'gpt-4o', { prompt: 100_000, completion: 0 }) }]);
    const { service, log } = setup([openaiAt(s.url, { model: 'gpt-4o' })], { monthlyBudgetUsd: 0.2 });
    await service.generate({ task: 't', schema: Job, prompt: 'p' }); // costs $0.25
    expect(log.entries[0]!.costUsd).toBeCloseTo(0.25, 6);
    const error = (await service.generate({ task: 't', schema: Job, prompt: 'p' }).catch((e) => e)) as AppError;
    expect(error.code).toBe('BUDGET');
    expect(error.message).toMatch(/monthly AI budget of \$0\.20 is reached/);
    expect(s.requests).toHaveLength(1);
  });
});
