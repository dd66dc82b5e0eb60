/**
 * Skill phrases anchored on a taxonomy mention: in "Analyse business requirements", "managing
 * multi-million dollar budgets", "define a product roadmap" the skill is the verb phrase, not the bare
 * noun. Only an action verb from this list, at most three plain words before the mention and with no
 * preposition, conjunction or punctuation in between, widens the span; prose verbs ("is", "have",
 * "offer") never do. Applied to business, soft-skill, method and data mentions only: a technology
 * ("building RESTful services") stays the technology.
 */
const BASES = `analyse analyze manage develop build design define implement lead drive deliver support provide
ensure identify influence mentor coach coordinate plan create maintain improve optimize optimise write
document present communicate translate gather conduct perform evaluate assess review troubleshoot solve
meet achieve promote establish own oversee facilitate negotiate prioritize prioritise execute monitor
automate integrate apply prepare produce deploy operate track report research investigate estimate
drive shape elicit specify gather run organise organize handle resolve mitigate measure forecast
streamline scale architect model refactor debug configure administer recruit hire train articulate
enhance enforce introduce select share remediate validate profile test`
  .split(/\s+/)
  .filter(Boolean);

function formsOf(base: string): string[] {
  const stem = base.endsWith('e') && !base.endsWith('ee') ? base.slice(0, -1) : base;
  const third = /(?:s|sh|ch|x|z|o)$/.test(base)
    ? `${base}es`
    : /[^aeiou]y$/.test(base)
      ? `${base.slice(0, -1)}ies`
      : `${base}s`;
  const ing = /^(?:plan|run|shape)$/.test(base)
    ? base === 'shape'
      ? 'shaping'
      : `${base}${base.at(-1)}ing`
    : `${stem}ing`;
  return [base, third, ing];
}

export const VERBS: ReadonlySet<string> = new Set(BASES.flatMap(formsOf));

/** Words that end a verb phrase's object: prepositions, conjunctions, pronouns, auxiliaries. */
export const BREAKS: ReadonlySet<string> = new Set(
  `in of for with to on at by from into through as and or but nor while whilst when where which that who
you we they it he she i is are be was were will would can could should must may might have has had do
does did not no than then so such etc including throughout using across within like via per against between
around without among toward towards over under e.g. i.e.`.split(/\s+/),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*$/u;

/** The start of "<verb> [up to 3 words] <mention>", or `start` when there is none. */
export function verbPhraseStart(text: string, start: number): number {
  // A mention that is itself an activity ("coaching", "hosting", "mentor") is not an object.
  const own = /^[\p{L}]+/u.exec(text.slice(start, start + 40))?.[0].toLowerCase() ?? '';
  if (VERBS.has(own) || /ing$/.test(own)) return start;
  let at = start;
  for (let words = 0; words < 4; words++) {
    let i = at;
    while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
    if (i === at && at !== start) return start;
    const m = WORD.exec(text.slice(Math.max(0, i - 40), i));
    if (!m) return start;
    const word = m[0].toLowerCase();
    const wordStart = i - m[0].length;
    if (VERBS.has(word)) return wordStart;
    if (BREAKS.has(word)) return start;
    at = wordStart;
  }
  return start;
}
