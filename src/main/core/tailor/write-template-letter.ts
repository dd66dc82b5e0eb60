import type { DocumentContent, LetterParagraph } from '../../../shared/domain/document';
import type { Profile } from '../../../shared/domain/profile';
import type { LetterLength, LetterTone, Selection } from '../../../shared/domain/tailor';

/**
 * The no-model cover letter: a template filled with the user's own facts, quoted as written and
 * citing what they quote, so it has zero truth flags by construction.
 */

const OPENINGS: Record<LetterTone, (role: string, company: string) => string> = {
  professional: (role, company) => `I am writing to apply for the ${role} position${company ? ` at ${company}` : ''}.`,
  enthusiastic: (role, company) =>
    `I was excited to see the ${role} opening${company ? ` at ${company}` : ''}, and I would love to bring my experience to it.`,
  concise: (role, company) => `Please consider me for the ${role} role${company ? ` at ${company}` : ''}.`,
};
const CLOSINGS: Record<LetterTone, (company: string) => string> = {
  professional: (company) =>
    `Thank you for your time and consideration. I would welcome the opportunity to discuss how I could contribute${company ? ` to ${company}` : ''}.`,
  enthusiastic: (company) =>
    `Thank you for reading. I would be delighted to talk about what I could build${company ? ` with ${company}` : ''}.`,
  concise: () => 'Thank you for your consideration.',
};
const POINTS: Record<LetterLength, number> = { short: 2, medium: 3, long: 4 };

const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);
const sentence = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

export interface TemplateLetterInput {
  profile: Profile;
  selection: Selection;
  company: string;
  role: string;
  tone: LetterTone;
  length: LetterLength;
  /** Fact ids the user picked to stress (bullets); default: the best-scoring bullets. */
  keyPoints: string[];
  /** For each covered skill, the profile facts that prove it. */
  skillEvidence: Map<string, string[]>;
  date: string;
}

export function templateLetter(input: TemplateLetterInput): Extract<DocumentContent, { kind: 'letter' }> {
  const { profile, selection, company, role, tone } = input;
  const paragraphs: LetterParagraph[] = [];
  const label = profile.basics.label.trim();
  paragraphs.push({
    id: 'p-open',
    text: `${OPENINGS[tone](role || 'advertised', company)}${label ? ` I work as ${label}.` : ''}`,
    factIds: label ? ['basics.label'] : [],
  });

  const bullets = selection.entries.flatMap((e) => e.bullets.map((b) => ({ ...b, entryId: e.entryId })));
  // Without picks: the best bullet of each entry first (breadth), then the next best overall.
  const ranked = [...bullets].sort((a, b) => b.score - a.score);
  const firsts = ranked.filter((b, i) => ranked.findIndex((x) => x.entryId === b.entryId) === i);
  const picked = input.keyPoints.length
    ? input.keyPoints.flatMap((id) => bullets.filter((b) => b.factId === id))
    : [...firsts, ...ranked.filter((b) => !firsts.includes(b))];
  const entryName = (entryId: string) =>
    profile.work.find((w) => w.id === entryId)?.name || profile.projects.find((p) => p.id === entryId)?.name || '';
  picked.slice(0, POINTS[input.length]).forEach((b, i) => {
    const where = entryName(b.entryId);
    const text = where ? `At ${where}, I ${lowerFirst(sentence(b.text))}` : sentence(b.text);
    paragraphs.push({ id: `p-point-${i}`, text, factIds: [b.entryId, b.factId] });
  });

  const covered = selection.covered.filter((s) => input.skillEvidence.has(s)).slice(0, 6);
  if (covered.length && tone !== 'concise') {
    const factIds = [...new Set(covered.flatMap((s) => input.skillEvidence.get(s)!.slice(0, 2)))];
    paragraphs.push({
      id: 'p-skills',
      text: `The role asks for ${covered.join(', ')}, all of which I have used in my work.`,
      factIds,
    });
  }
  paragraphs.push({ id: 'p-close', text: CLOSINGS[tone](company), factIds: [] });

  const b = profile.basics;
  return {
    kind: 'letter',
    letter: {
      sender: { name: b.name, label: b.label, email: b.email, phone: b.phone, url: b.url, location: b.location },
      recipient: { company, role },
      date: input.date,
      greeting: company ? `Dear ${company} hiring team,` : 'Dear hiring team,',
      paragraphs,
      closing: `Kind regards,\n${b.name}`,
    },
  };
}
