import type { PriceEntry } from '../../../shared/domain/ai';

/**
 * The list prices Jobsmith ships with, in USD per million tokens: ONE data file, one row per model.
 * Every row names the date the price was published and where it is listed; update a row by editing it here.
 * A row matches its exact model id and that id's dated snapshots (`gpt-4.1-2025-04-14`,
 * `claude-haiku-4-5-20251001`), never a longer family name: `gpt-5` does not price `gpt-5.2` or `gpt-5-pro`.
 * A model with no row has an UNKNOWN cost: the budget refuses it unless the user allows unpriced models.
 * Retired models are left out.
 */
const OPENAI = 'https://openai.com/api/pricing/';
const ANTHROPIC = 'https://docs.claude.com/en/docs/about-claude/pricing';

const openai = (model: string, inputPerMTok: number, outputPerMTok: number, asOf: string): PriceEntry => ({
  kind: 'openai',
  model,
  inputPerMTok,
  outputPerMTok,
  asOf,
  source: OPENAI,
});
const anthropic = (model: string, inputPerMTok: number, outputPerMTok: number, asOf: string): PriceEntry => ({
  kind: 'anthropic',
  model,
  inputPerMTok,
  outputPerMTok,
  asOf,
  source: ANTHROPIC,
});

export const PRICE_TABLE: PriceEntry[] = [
  openai('gpt-5.2', 1.75, 14, '2025-12-11'),
  openai('gpt-5.2-pro', 21, 168, '2025-12-11'),
  openai('gpt-5.1', 1.25, 10, '2025-11-13'),
  openai('gpt-5-pro', 15, 120, '2025-10-06'),
  openai('gpt-5', 1.25, 10, '2025-08-07'),
  openai('gpt-5-mini', 0.25, 2, '2025-08-07'),
  openai('gpt-5-nano', 0.05, 0.4, '2025-08-07'),
  openai('o3', 2, 8, '2025-06-10'),
  openai('o3-pro', 20, 80, '2025-06-10'),
  openai('o4-mini', 1.1, 4.4, '2025-04-16'),
  openai('gpt-4.1', 2, 8, '2025-04-14'),
  openai('gpt-4.1-mini', 0.4, 1.6, '2025-04-14'),
  openai('gpt-4.1-nano', 0.1, 0.4, '2025-04-14'),
  openai('gpt-4o', 2.5, 10, '2024-08-06'),
  openai('gpt-4o-mini', 0.15, 0.6, '2024-07-18'),
  anthropic('claude-opus-4-5', 5, 25, '2025-11-24'),
  anthropic('claude-opus-4-1', 15, 75, '2025-08-05'),
  anthropic('claude-sonnet-4-5', 3, 15, '2025-09-29'),
  anthropic('claude-sonnet-4-0', 3, 15, '2025-05-22'),
  anthropic('claude-sonnet-4', 3, 15, '2025-05-22'),
  anthropic('claude-haiku-4-5', 1, 5, '2025-10-15'),
  { kind: 'local', model: '*', inputPerMTok: 0, outputPerMTok: 0, source: 'runs on this computer' },
];

/**
 * Rows of the table shipped before prices were kept per model. Settings saved then still hold them; they are
 * dropped on load, because their wildcards priced newer models wrongly (Opus 4.5 at three times its price).
 */
export const LEGACY_WILDCARD_ROWS = new Set([
  'openai:gpt-4o-mini*',
  'openai:gpt-4o*',
  'openai:gpt-4.1-nano*',
  'openai:gpt-4.1-mini*',
  'openai:gpt-4.1*',
  'openai:gpt-5-nano*',
  'openai:gpt-5-mini*',
  'openai:gpt-5*',
  'anthropic:claude-3-5-haiku*',
  'anthropic:claude-haiku-4*',
  'anthropic:claude-sonnet-4*',
  'anthropic:claude-3-7-sonnet*',
  'anthropic:claude-opus-4*',
]);
