import { describe, expect, it } from 'vitest';
import type { ActivityEntry } from '../../../shared/domain/ai';
import { assertWithinBudget, budgetStatus } from './budget';
import { DEFAULT_PRICES, costOf, findPrice } from './pricing';
import { PRICE_TABLE } from './pricing-table';
import { createMemoryActivityLog } from './testing/memory-activity-log';
import { aiSettings, providerConfig } from './testing/test-settings';

const now = new Date('2026-12-06T12:00:00Z');
const usage = { inputTokens: 1_000_000, outputTokens: 1_000_000 };

describe('the shipped price table', () => {
  it('gives every row a publication date and a source, except on-device', () => {
    for (const row of PRICE_TABLE.filter((r) => r.kind !== 'local')) {
      expect(row.asOf, row.model).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.source, row.model).toMatch(/^https:\/\//);
    }
    const keys = PRICE_TABLE.map((r) => `${r.kind}:${r.model}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('prices each gpt-5.x and pro model by its own row, not as gpt-5', () => {
    expect(costOf(DEFAULT_PRICES, 'openai', 'gpt-5', usage)).toBe(11.25);
    expect(costOf(DEFAULT_PRICES, 'openai', 'gpt-5.2', usage)).toBe(15.75);
    expect(costOf(DEFAULT_PRICES, 'openai', 'gpt-5.2-2025-12-11', usage)).toBe(15.75);
    expect(costOf(DEFAULT_PRICES, 'openai', 'gpt-5-pro', usage)).toBe(135);
    expect(costOf(DEFAULT_PRICES, 'openai', 'gpt-5-mini-2025-08-07', usage)).toBe(2.25);
  });

  it('prices Opus 4.5 at its own price, not the older Opus 4 one', () => {
    expect(costOf(DEFAULT_PRICES, 'anthropic', 'claude-opus-4-5', usage)).toBe(30);
    expect(costOf(DEFAULT_PRICES, 'anthropic', 'claude-opus-4-5-20251101', usage)).toBe(30);
    expect(costOf(DEFAULT_PRICES, 'anthropic', 'claude-opus-4-1', usage)).toBe(90);
  });

  it('knows no price for models it has no row for (the Claude 5 family, newer gpt-5.x)', () => {
    for (const model of ['claude-opus-5', 'claude-sonnet-5', 'claude-opus-4-6'])
      expect(findPrice(DEFAULT_PRICES, 'anthropic', model), model).toBeNull();
    expect(findPrice(DEFAULT_PRICES, 'openai', 'gpt-5.4')).toBeNull();
    expect(findPrice(DEFAULT_PRICES, 'anthropic', 'claude-3-7-sonnet-20250219')).toBeNull(); // retired
  });
});

describe('the monthly budget and models of unknown cost', () => {
  const claude5 = providerConfig({ id: 'claude', kind: 'anthropic', model: 'claude-sonnet-5' });

  it('refuses a model with no price while a budget is set, instead of counting it as $0', () => {
    const log = createMemoryActivityLog();
    const settings = aiSettings([claude5], { monthlyBudgetUsd: 5 });
    expect(() => assertWithinBudget(log, settings, claude5, 100, now)).toThrow(/no price for claude-sonnet-5/);
  });

  it('lets the user allow models of unknown cost, and then counts their calls apart', () => {
    const log = createMemoryActivityLog();
    const settings = aiSettings([claude5], { monthlyBudgetUsd: 5, allowUnpricedModels: true });
    expect(() => assertWithinBudget(log, settings, claude5, 100, now)).not.toThrow();
    log.record({ ...entry(), costUsd: null });
    log.record({ ...entry(), costUsd: 0.25 });
    expect(budgetStatus(log, settings, now)).toMatchObject({ spentUsd: 0.25, calls: 2, unpricedCalls: 1 });
  });

  it('does not ask for a price when no budget is set', () => {
    expect(() => assertWithinBudget(createMemoryActivityLog(), aiSettings([claude5]), claude5, 100, now)).not.toThrow();
  });
});

function entry(): Omit<ActivityEntry, 'id'> {
  return {
    requestId: 'r',
    task: 't',
    providerId: 'claude',
    providerKind: 'anthropic',
    model: 'claude-sonnet-5',
    sent: '',
    received: '',
    inputTokens: 1,
    outputTokens: 1,
    costUsd: 0,
    latencyMs: 1,
    firstTokenMs: null,
    outcome: 'ok',
    errorCode: null,
    errorMessage: null,
    createdAt: now.toISOString(),
  };
}
