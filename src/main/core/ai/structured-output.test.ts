import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEFAULT_PRICES, costOf, findPrice } from './pricing';
import { extractJson, jsonSchemaFor, parseStructured } from './structured-output';

describe('structured output', () => {
  const Schema = z.object({ a: z.number(), tags: z.array(z.string()) });
  it('finds JSON in fences and prose, fixes trailing commas, and validates', () => {
    expect(parseStructured('```json\n{"a": 1, "tags": ["x",],}\n```', Schema)).toEqual({
      ok: true,
      value: { a: 1, tags: ['x'] },
    });
    expect(parseStructured('Here you go: {"a": 2, "tags": []} Hope it helps!', Schema)).toEqual({
      ok: true,
      value: { a: 2, tags: [] },
    });
  });
  it('never passes on output that does not parse or validate', () => {
    expect(parseStructured('{"a": 1, "tags": [', Schema)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not valid JSON/),
    });
    expect(parseStructured('{"a": "1", "tags": []}', Schema)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^does not match the schema: a:/),
    });
    expect(extractJson('')).toMatchObject({ ok: false });
  });
  it('turns a zod schema into a named JSON schema', () => {
    const spec = jsonSchemaFor('job.extract', Schema);
    expect(spec.name).toBe('job_extract');
    expect(spec.schema).toMatchObject({ type: 'object', required: ['a', 'tags'] });
    expect(spec.schema.$schema).toBeUndefined();
  });
});

describe('price table', () => {
  it('prefers the exact row, then the longest prefix', () => {
    const prices = [
      ...DEFAULT_PRICES,
      { kind: 'openai' as const, model: 'gpt-4o-mini-2024-07-18', inputPerMTok: 1, outputPerMTok: 1 },
    ];
    expect(findPrice(prices, 'openai', 'gpt-4o-mini-2024-07-18')?.inputPerMTok).toBe(1);
    expect(findPrice(prices, 'openai', 'gpt-4o-mini-2025')).toBeNull();
    expect(findPrice(prices, 'openai', 'gpt-4o-2024-08-06')?.inputPerMTok).toBe(2.5);
    expect(costOf(prices, 'anthropic', 'claude-sonnet-4-5', { inputTokens: 1_000_000, outputTokens: 100_000 })).toBe(
      4.5,
    );
    expect(costOf(prices, 'openai-compatible', 'llama3.2', { inputTokens: 10, outputTokens: 10 })).toBeNull();
    expect(costOf(prices, 'local', '/m.gguf', { inputTokens: 10, outputTokens: 10 })).toBe(0);
  });
});
