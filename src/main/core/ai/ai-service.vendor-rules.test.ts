import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { AiSettings, ProviderConfig } from '../../../shared/domain/ai';
import { type AppError } from '../../../shared/ipc/result';
import { createMemorySecretStore } from '../secrets/secret-store';
import { createAiService } from './ai-service';
import { keyName } from './api-keys';
import { createProviderFactory } from './provider-factory';
import { classifyProviderError } from './resilience/provider-error';
import {
  startFakeModelServer,
  type FakeModelServer,
  type RecordedRequest,
  type Reply,
} from './testing/fake-model-server';
import { createMemoryActivityLog } from './testing/memory-activity-log';
import { anthropic, openai } from './testing/recorded-responses.fixture';
import { aiSettings, providerConfig } from './testing/test-settings';

/**
 * What the vendors really do, as their documentation and captured responses show, and what a real user
 * would otherwise hit: reasoning models' parameters, strict structured output, errors that are not what
 * they first look like. Each test failed before the fix it guards.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type WireBody = Record<string, any>;
const servers: FakeModelServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function server(replies: Reply[] | ((r: RecordedRequest) => Reply)): Promise<FakeModelServer> {
  const s = await startFakeModelServer(replies);
  servers.push(s);
  return s;
}
function setup(providers: ProviderConfig[], extra: Partial<AiSettings> = {}) {
  const secrets = createMemorySecretStore();
  for (const p of providers) secrets.set(keyName(p.id), `sk-test-${p.id}`);
  const log = createMemoryActivityLog();
  const service = createAiService({
    settings: () => aiSettings(providers, extra),
    createProvider: createProviderFactory({ secrets, env: {} }),
    log,
    backoff: { baseMs: 10, maxMs: 50, maxRetryAfterMs: 2000 },
  });
  return { service, log };
}
const Ping = z.object({ ok: z.boolean(), word: z.string() });
const Extract = z.object({
  title: z.string().max(80),
  company: z.string().optional(),
  years: z.number().min(0).optional(),
});

describe('OpenAI reasoning models (gpt-5, o-series)', () => {
  it('tests a gpt-5 connection without a temperature, with room to reason before answering', async () => {
    // The real API answers 400 "Only the default (1) value is supported" to temperature 0.
    const s = await server((req) =>
      (req.body as WireBody).temperature !== undefined
        ? { status: 400, json: { error: openai.unsupportedTemperature } }
        : { json: openai.completion('{"ok":true,"word":"pong"}', 'gpt-5-2025-08-07') },
    );
    const { service } = setup([
      providerConfig({ id: 'openai', kind: 'openai', model: 'gpt-5', baseUrl: `${s.url}/v1` }),
    ]);
    const result = await service.generate({
      task: 'ai.ping',
      schema: Ping,
      prompt: 'ping',
      maxTokens: 64,
      temperature: 0,
      bypassBreaker: true,
    });
    expect(result.value).toEqual({ ok: true, word: 'pong' });
    const body = s.requests[0]!.body as WireBody;
    expect(body.temperature).toBeUndefined();
    expect(body.max_completion_tokens).toBeGreaterThanOrEqual(64 + 1024);
  });

  it('still sends temperature and the plain budget to models that take them', async () => {
    const s = await server([{ json: openai.completion('{"ok":true,"word":"pong"}') }]);
    const { service } = setup([
      providerConfig({ id: 'openai', kind: 'openai', model: 'gpt-4o-mini', baseUrl: `${s.url}/v1` }),
    ]);
    await service.generate({ task: 'ai.ping', schema: Ping, prompt: 'ping', maxTokens: 64, temperature: 0 });
    expect(s.requests[0]!.body).toMatchObject({ temperature: 0, max_completion_tokens: 64 });
  });
});

describe('structured output', () => {
  it('calls OpenAI in strict mode, with every property required, optional ones nullable, no others allowed', async () => {
    const s = await server([{ json: openai.completion('{"title":"Data Engineer","company":null,"years":null}') }]);
    const { service } = setup([providerConfig({ id: 'openai', kind: 'openai', baseUrl: `${s.url}/v1` })]);
    const result = await service.generate({ task: 'job.extract', schema: Extract, prompt: 'p' });
    const format = (s.requests[0]!.body as WireBody).response_format;
    expect(format.json_schema.strict).toBe(true);
    expect(format.json_schema.schema.required.sort()).toEqual(['company', 'title', 'years']);
    expect(format.json_schema.schema.additionalProperties).toBe(false);
    expect(format.json_schema.schema.properties.company.type).toEqual(['string', 'null']);
    // Strict mode's null for "absent" becomes absent again before the zod check.
    expect(result.value).toEqual({ title: 'Data Engineer' });
  });

  it("strips the constraints Anthropic's json_schema format rejects, and still enforces them locally", async () => {
    const s = await server([
      { json: anthropic.message({ title: 'x'.repeat(81) }) },
      { json: anthropic.message({ title: 'Data Engineer', years: 4 }) },
    ]);
    const claude = providerConfig({ id: 'claude', kind: 'anthropic', structuredMode: 'json_schema', baseUrl: s.url });
    const { service } = setup([claude]);
    const result = await service.generate({ task: 'job.extract', schema: Extract, prompt: 'p' });
    const schema = JSON.stringify((s.requests[0]!.body as WireBody).output_config.format.schema);
    expect(schema).not.toMatch(/maxLength|minimum/);
    expect(s.requests).toHaveLength(2); // the 81-character title failed the local check and was repaired
    expect(result.value).toEqual({ title: 'Data Engineer', years: 4 });
  });
});

describe('errors that are not what they look like', () => {
  it('does not retry a 429 insufficient_quota: it says the key has no credit left', async () => {
    const s = await server(
      Array.from({ length: 3 }, () => ({ status: 429, json: { error: openai.insufficientQuota } })),
    );
    const { service } = setup([providerConfig({ id: 'openai', kind: 'openai', baseUrl: `${s.url}/v1` })]);
    const error = (await service
      .generate({ task: 't', schema: Ping, prompt: 'p' })
      .catch((e: unknown) => e)) as AppError;
    expect(error.code).toBe('QUOTA');
    expect(error.message).toMatch(/no credit left on this key/);
    expect(s.requests).toHaveLength(1);
  });

  it('classifies an Anthropic error event in the middle of a stream by its type, and retries an overload', async () => {
    const pieces = ['{"ok": true, ', '"word": "pong"}'];
    const s = await server([
      { sse: anthropic.streamError('overloaded_error', 'Overloaded') },
      { sse: anthropic.stream(pieces) },
    ]);
    const { service, log } = setup([providerConfig({ id: 'claude', kind: 'anthropic', baseUrl: s.url })]);
    const result = await service.generate({ task: 't', schema: Ping, prompt: 'p', stream: true });
    expect(result.value).toEqual({ ok: true, word: 'pong' });
    expect(log.entries[0]).toMatchObject({
      outcome: 'error',
      errorCode: 'PROVIDER',
      errorMessage: expect.stringMatching(/overloaded/),
    });
  });

  it('says "refused" when nothing listens at the address', async () => {
    const closed = await server([]);
    const url = closed.url;
    await closed.close();
    servers.splice(servers.indexOf(closed), 1);
    const { service } = setup([
      providerConfig({ id: 'ollama', kind: 'openai-compatible', baseUrl: `${url}/v1`, maxRetries: 0 }),
    ]);
    const error = (await service
      .generate({ task: 't', schema: Ping, prompt: 'p' })
      .catch((e: unknown) => e)) as AppError;
    expect(error.message).toMatch(/connection was refused/);
  });

  it.each([
    ['ENOTFOUND', /address could not be found \(DNS\)/],
    ['ECONNREFUSED', /connection was refused/],
    ['ETIMEDOUT', /connection timed out/],
    ['CERT_HAS_EXPIRED', /TLS certificate could not be verified/],
  ])('names a %s failure in words', (code, message) => {
    const sdkError = Object.assign(new Error('Connection error.'), {
      name: 'APIConnectionError',
      cause: Object.assign(new TypeError('fetch failed'), { cause: { code } }),
    });
    expect(classifyProviderError(sdkError, 'p', 'My server').message).toMatch(message);
  });

  it('names a 401 and an unknown model', () => {
    expect(classifyProviderError({ status: 401, message: 'invalid x-api-key' }, 'p', 'Anthropic').message).toMatch(
      /refused the API key/,
    );
    const missing = { status: 404, code: 'model_not_found', message: 'The model `gpt-9` does not exist' };
    expect(classifyProviderError(missing, 'p', 'OpenAI').message).toMatch(/does not know this model/);
  });
});

describe('the circuit breaker and the user', () => {
  it('lets an explicit connection test through a paused provider, and settings changes reset it', async () => {
    const s = await server((req) =>
      String(req.path).includes('/good/')
        ? { json: openai.completion('{"ok":true,"word":"pong"}') }
        : { status: 503, json: { error: openai.serverError } },
    );
    const bad = providerConfig({ id: 'srv', kind: 'openai-compatible', baseUrl: `${s.url}/bad/v1`, maxRetries: 0 });
    const { service } = setup([bad]);
    for (let i = 0; i < 3; i++) await service.generate({ task: 't', schema: Ping, prompt: 'p' }).catch(() => undefined);
    await expect(service.generate({ task: 't', schema: Ping, prompt: 'p' })).rejects.toThrow(/paused for \d+ s/);
    const fixed = { ...bad, baseUrl: `${s.url}/good/v1` };
    const tested = await service.generate({
      task: 'ai.ping',
      schema: Ping,
      prompt: 'p',
      providers: [fixed],
      bypassBreaker: true,
    });
    expect(tested.value.word).toBe('pong');
    service.breakers.for('srv').recordFailure();
    service.breakers.reset('srv');
    expect(service.breakers.for('srv').state).toBe('closed');
  });
});
