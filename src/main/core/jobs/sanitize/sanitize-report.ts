/** What the sanitiser took out of a page, so the capture log can say it plainly. */
export interface SanitizeReport {
  scripts: number;
  styles: number;
  comments: number;
  hiddenPassages: number;
  /** Up to 30 hidden passages with why they counted as hidden, for the audit view. */
  hiddenSamples: { reason: string; text: string }[];
  zeroWidthChars: number;
  bidiChars: number;
  /** Sections about other jobs or the saving user's profile, removed from the description. */
  foreignSections: number;
  /** Template placeholders nobody filled in ("{contract_type}"). */
  placeholders: number;
  /** Up to 30 samples of those removals, with why. */
  removedSamples: { reason: string; text: string }[];
  /** Unicode tag characters (U+E0000–E007F, "ASCII smuggling") removed. */
  tagChars: number;
  variationSelectors: number;
}

export function emptyReport(): SanitizeReport {
  return {
    scripts: 0,
    styles: 0,
    comments: 0,
    hiddenPassages: 0,
    hiddenSamples: [],
    zeroWidthChars: 0,
    bidiChars: 0,
    foreignSections: 0,
    placeholders: 0,
    removedSamples: [],
    tagChars: 0,
    variationSelectors: 0,
  };
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Sentences for the capture log, e.g. "Removed 3 hidden passages (display:none ×2, same colour as background ×1)." */
export function describeReport(r: SanitizeReport): { level: 'info' | 'warning'; message: string }[] {
  const out: { level: 'info' | 'warning'; message: string }[] = [];
  if (r.hiddenPassages > 0) {
    const reasons = new Map<string, number>();
    for (const s of r.hiddenSamples) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
    const why = [...reasons].map(([reason, n]) => `${reason} ×${n}`).join(', ');
    out.push({
      level: 'warning',
      message: `Removed ${plural(r.hiddenPassages, 'hidden passage')}${why ? ` (${why})` : ''}. Hidden text can carry instructions meant for AI models.`,
    });
  }
  const chars = [
    r.zeroWidthChars ? plural(r.zeroWidthChars, 'zero-width character') : '',
    r.bidiChars ? plural(r.bidiChars, 'bidi-control character') : '',
    r.tagChars ? plural(r.tagChars, 'invisible tag character') : '',
    r.variationSelectors ? plural(r.variationSelectors, 'variation selector') : '',
  ].filter(Boolean);
  if (chars.length) out.push({ level: 'warning', message: `Removed ${chars.join(' and ')}.` });
  if (r.foreignSections > 0) {
    const kinds = [
      ...new Set(r.removedSamples.filter((s) => s.reason !== 'unfilled placeholder').map((s) => s.reason)),
    ].join(', ');
    out.push({
      level: 'info',
      message: `Removed ${plural(r.foreignSections, 'section')} that did not belong to this posting${kinds ? ` (${kinds})` : ''}.`,
    });
  }
  if (r.placeholders > 0) {
    const names = [...new Set(r.removedSamples.filter((s) => s.reason === 'unfilled placeholder').map((s) => s.text))]
      .slice(0, 5)
      .join(', ');
    out.push({
      level: 'warning',
      message: `Removed ${plural(r.placeholders, 'unfilled template placeholder')} (${names}); the employer's page left ${r.placeholders === 1 ? 'it' : 'them'} blank.`,
    });
  }
  const code = [
    r.scripts ? plural(r.scripts, 'script') : '',
    r.styles ? plural(r.styles, 'style block') : '',
    r.comments ? plural(r.comments, 'comment') : '',
  ].filter(Boolean);
  if (code.length) out.push({ level: 'info', message: `Removed ${code.join(', ')}.` });
  return out;
}
