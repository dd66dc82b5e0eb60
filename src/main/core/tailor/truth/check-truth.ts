import { createHash } from 'node:crypto';
import type { ClaimKind, TruthFlag } from '../../../../shared/domain/document';
import { findDates } from './dates';
import { findEntities, nameTokens } from './entities';
import { CHECKED_SKILL_CATEGORIES, evidenceFor, skillMentions, type Evidence, type FactEvidence } from './evidence';
import { findQuantities, type Quantity } from './quantities';

/**
 * The truth check. Deterministic, no model: every employer, title, date, degree, school,
 * certification, skill, number, percentage, money amount, duration and team size in a sentence
 * must trace to the facts THAT SENTENCE cites. Aliases (taxonomy) and formats (dates, thousands,
 * "40 percent") are normalised; values must match exactly.
 */

export interface CheckBlock {
  blockId: string;
  text: string;
  /** Facts the whole block cites. */
  factIds: readonly string[];
  /** Facts each sentence cites, when the writer cited sentence by sentence (same count as sentences). */
  sentenceFactIds?: readonly (readonly string[])[];
}

export interface CheckContext {
  index: Map<string, FactEvidence>;
  knownOrgs: readonly string[];
  /** The job's company and role: naming them (in a letter) is not a claim about the candidate. */
  company: string;
  role: string;
}

export interface Claim {
  kind: ClaimKind;
  start: number;
  end: number;
  text: string;
  quantity?: Quantity;
  date?: { year: number; month: number | null };
  skill?: string;
  level?: string;
}

/** Sentence boundaries of a block: [start, end) pairs. */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let from = 0;
  const boundary = /(?<=[.!?])\s+(?=[A-Z0-9"“(])/g;
  for (const m of text.matchAll(boundary)) {
    spans.push([from, m.index]);
    from = m.index + m[0].length;
  }
  if (from < text.length) spans.push([from, text.length]);
  return spans.filter(([s, e]) => text.slice(s, e).trim().length > 0);
}

/** Every checkable claim in one sentence, each span claimed once (the most specific reading wins). */
export function findClaims(sentence: string, knownOrgs: readonly string[]): Claim[] {
  const claims: Claim[] = [];
  const dates = findDates(sentence);
  for (const d of dates)
    claims.push({ kind: 'date', start: d.start, end: d.end, text: d.text, date: { year: d.year, month: d.month } });
  const quantities = findQuantities(sentence, dates);
  for (const q of quantities)
    claims.push({ kind: q.kind === 'date' ? 'number' : q.kind, start: q.start, end: q.end, text: q.text, quantity: q });
  const skills = skillMentions(sentence, false);
  const entities = findEntities(sentence, { knownOrgs, skillSpans: skills });
  const taken = [...claims];
  for (const e of entities) {
    if (taken.some((c) => e.start < c.end && e.end > c.start && e.kind !== 'degree')) continue;
    claims.push({ kind: e.kind, start: e.start, end: e.end, text: e.text, ...(e.level ? { level: e.level } : {}) });
  }
  for (const s of skills) {
    if (!CHECKED_SKILL_CATEGORIES.has(s.category)) continue;
    if (
      claims.some(
        (c) =>
          s.start < c.end &&
          s.end > c.start &&
          (c.kind === 'certification' || c.kind === 'school' || c.kind === 'employer' || c.kind === 'degree'),
      )
    )
      continue;
    claims.push({ kind: 'skill', start: s.start, end: s.end, text: sentence.slice(s.start, s.end), skill: s.name });
  }
  return claims.sort((a, b) => a.start - b.start);
}

const subset = (tokens: string[], of: Set<string>) => tokens.length > 0 && tokens.every((t) => of.has(t));

/** Why a claim is not supported by the evidence, or null when it is. */
export function unsupported(claim: Claim, ev: Evidence, ctx: Pick<CheckContext, 'company' | 'role'>): string | null {
  switch (claim.kind) {
    case 'date': {
      const d = claim.date!;
      const ok = ev.dates.some((e) => e.year === d.year && (d.month === null || e.month === d.month));
      return ok ? null : `${claim.text} is not a date of the facts this sentence cites`;
    }
    case 'percent':
    case 'money': {
      const q = claim.quantity!;
      const ok = ev.quantities.some(
        (e) => e.kind === q.kind && e.value === q.value && (!q.unit || !e.unit || e.unit === q.unit),
      );
      return ok ? null : `${claim.text} does not appear in the facts this sentence cites${sameValueElsewhere(q, ev)}`;
    }
    case 'team-size':
    case 'number': {
      const q = claim.quantity!;
      return ev.quantities.some((e) => e.value === q.value && e.kind !== 'percent')
        ? null
        : `the number ${q.value} is not in the facts this sentence cites`;
    }
    case 'duration': {
      const q = claim.quantity!;
      if (
        ev.quantities.some(
          (e) =>
            e.kind === 'duration' && e.unit === q.unit && (e.value === q.value || (q.atLeast && q.value <= e.value)),
        )
      )
        return null;
      const months = ev.entryMonths;
      const total = months.reduce((a, b) => a + b, 0);
      const spans =
        q.unit === 'years'
          ? [...months, total].flatMap((m) => [Math.floor(m / 12), Math.round(m / 12)])
          : q.unit === 'months'
            ? [...months, total]
            : [];
      if (spans.includes(q.value) || (q.atLeast && spans.some((v) => q.value <= v))) return null;
      return `${claim.text} does not follow from the dates or text of the facts this sentence cites`;
    }
    case 'skill':
      return ev.skills.has(claim.skill!) ? null : `${claim.skill} is not in the facts this sentence cites`;
    case 'degree':
      return ev.degreeLevels.has(claim.level!) ? null : `no ${claim.level} degree in the facts this sentence cites`;
    case 'employer':
    case 'school':
    case 'certification':
    case 'title': {
      const tokens = nameTokens(claim.text);
      if (tokens.length === 0) return null;
      if (subset(tokens, ev.tokens)) return null;
      const context = new Set([...nameTokens(ctx.company), ...nameTokens(ctx.role)]);
      if (subset(tokens, context)) return null;
      return `"${claim.text}" (${claim.kind}) is not named in the facts this sentence cites`;
    }
    default:
      return null;
  }
}

function sameValueElsewhere(q: Quantity, ev: Evidence): string {
  const near = ev.quantities.filter((e) => e.kind === q.kind).map((e) => e.text);
  return near.length ? ` (they say ${near.slice(0, 3).join(', ')})` : '';
}

export function flagId(blockId: string, start: number, end: number, kind: string, text: string): string {
  return `flag_${createHash('sha1').update(`${blockId}|${start}|${end}|${kind}|${text}`).digest('hex').slice(0, 20)}`;
}

/** Checks one block; returns a flag per unsupported claim, with spans into the block's text. */
export function checkBlock(block: CheckBlock, ctx: CheckContext): TruthFlag[] {
  const spans = sentenceSpans(block.text);
  const perSentence =
    block.sentenceFactIds && block.sentenceFactIds.length === spans.length ? block.sentenceFactIds : null;
  const flags: TruthFlag[] = [];
  spans.forEach(([s, e], i) => {
    const sentence = block.text.slice(s, e);
    const cites = perSentence ? perSentence[i]! : block.factIds;
    const ev = evidenceFor(ctx.index, cites);
    const cited = cites.filter((id) => ctx.index.has(id)).length > 0;
    for (const claim of findClaims(sentence, ctx.knownOrgs)) {
      const why = unsupported(claim, ev, ctx);
      if (!why) continue;
      const start = s + claim.start;
      const end = s + claim.end;
      flags.push({
        id: flagId(block.blockId, start, end, claim.kind, claim.text),
        blockId: block.blockId,
        start,
        end,
        text: claim.text,
        kind: claim.kind,
        reason: cited ? why : `this sentence cites no facts from your profile, so "${claim.text}" cannot be traced`,
        status: 'open',
      });
    }
  });
  return flags;
}
