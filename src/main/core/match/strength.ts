import type { SkillStrength } from '../../../shared/domain/match';

/**
 * Reads how strongly a job asks for something: from the section heading it sits under
 * ("Requirements", "Nice to have", "Benefits") and from phrases in its own sentence
 * ("must have", "is a plus", "preferably").
 */

export type SectionKind = 'required' | 'preferred' | 'duties' | 'about' | 'benefits' | 'neutral';

const HEADINGS: [SectionKind, RegExp][] = [
  [
    'preferred',
    /\b(nice[\s-]+to[\s-]+haves?|bonus(?: points)?|pluses|a plus|preferred|desirable|desired|good to have|nice if|extra credit|would be great|ideally|not required|optional)\b/i,
  ],
  [
    'required',
    /\b(requirements?|required|must[\s-]+haves?|qualifications?|what you(?:'ll)? (?:need|bring)|what we(?:'re| are) looking for|who you are|you have|you bring|about you|your profile|your skills|skills|experience|competenc(?:e|ies)|essential|minimum|basic qualifications|we expect|ideal candidate|what you should have|knowledge)\b/i,
  ],
  [
    'benefits',
    /\b(benefits?|perks?|we offer|what we offer|compensation|salary|why join|why you'll love|what's in it for you)\b/i,
  ],
  [
    'duties',
    /\b(responsibilit(?:y|ies)|what you(?:'ll| will) do|duties|the role|your role|your mission|day to day|tasks|job description|about the (?:role|job|position))\b/i,
  ],
  [
    'about',
    /\b(about us|about the company|who we are|our company|company description|the company|our team|our culture|equal opportunit|diversity)\b/i,
  ],
];

/** A heading line: short, no sentence ending, and usually a colon or a known heading word. */
export function headingKind(line: string): SectionKind | null {
  if (/^\s*(?:[-*•·▪◦‣–]|\d{1,2}[.)])\s+/.test(line)) return null; // a bullet is never a heading
  const trimmed = line.trim().replace(/^[#*\s]+|[*\s]+$/g, '');
  if (!trimmed || trimmed.length > 70) return null;
  const colon = /:$/.test(trimmed);
  if (!colon && /[.!?,;]$/.test(trimmed)) return null;
  const words = trimmed.split(/\s+/).length;
  if (words > 8) return null;
  for (const [kind, re] of HEADINGS) {
    const m = re.exec(trimmed);
    if (!m) continue;
    if (colon) return kind;
    // Without a colon the line must be little more than the heading words ("Required skills").
    const rest = trimmed
      .replace(m[0], ' ')
      .split(/[^\p{L}']+/u)
      .filter((w) => w && !HEADING_FILLER.has(w.toLowerCase()));
    if (rest.length <= 2) return kind;
  }
  return colon && words <= 5 ? 'neutral' : null;
}

const HEADING_FILLER = new Set([
  'and',
  'our',
  'your',
  'the',
  'we',
  'you',
  'what',
  'to',
  'of',
  'for',
  'a',
  'an',
  'my',
  'key',
  'main',
  'job',
  'role',
]);

const PREFERRED_PHRASES =
  /\b(nice[\s-]+to[\s-]+have|(?:is|are|would be|as) an? (?:big |huge |strong |clear |definite )?(?:plus|bonus|advantage|asset)|a plus|bonus|preferred|preferably|preferable|ideally|desirable|desired|advantageous|an advantage|beneficial|good to have|helpful|not required|not mandatory|optional|extra points|pluses|appreciated|welcome)\b/gi;
const REQUIRED_PHRASES =
  /\b(must(?:[\s-]+have)?|required|requires?|requirement|mandatory|essential|need to have|you(?:'ll)? need|you have|you bring|minimum of|at least|proven|strong|solid|extensive|deep|expert(?:ise)?|proficien(?:t|cy)|\d+\+?\s*(?:years?|yrs))\b/gi;

export interface Cue {
  at: number;
  strength: SkillStrength;
}

export function cuesIn(sentence: string): Cue[] {
  const cues: Cue[] = [];
  for (const m of sentence.matchAll(PREFERRED_PHRASES)) cues.push({ at: m.index, strength: 'preferred' });
  for (const m of sentence.matchAll(REQUIRED_PHRASES)) {
    // "not required" was already read as preferred
    if (cues.some((c) => c.strength === 'preferred' && Math.abs(c.at - m.index) < 6)) continue;
    cues.push({ at: m.index, strength: 'required' });
  }
  return cues;
}

/**
 * The strength of a skill at `offset` inside `sentence` (offsets relative to the sentence), under
 * a section of kind `section`. The nearest phrase cue in the sentence decides; then the heading.
 */
export function strengthAt(
  sentence: string,
  offset: number,
  section: SectionKind,
  cues: Cue[] = cuesIn(sentence),
): SkillStrength {
  if (cues.length > 0) {
    let best = cues[0]!;
    for (const cue of cues) if (Math.abs(cue.at - offset) < Math.abs(best.at - offset)) best = cue;
    // Under a "Nice to have" heading only an explicit "must"/"required" lifts a skill to required.
    if (
      section === 'preferred' &&
      best.strength === 'required' &&
      !/^(must|required|mandatory|essential)/i.test(sentence.slice(best.at))
    ) {
      return 'preferred';
    }
    return best.strength;
  }
  if (section === 'required') return 'required';
  if (section === 'preferred') return 'preferred';
  return 'mentioned';
}
