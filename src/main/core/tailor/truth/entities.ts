import type { ClaimKind } from '../../../../shared/domain/document';

/**
 * Named claims in a sentence: employers, job titles, degrees, schools and certifications. Found by
 * their shapes ("at <Name>", "<X> University", "Senior ... Engineer", "PhD", "... Certified ...")
 * and by the profile's own names (an employer of another job, said in this sentence, is a claim).
 */
export interface EntityClaim {
  kind: Extract<ClaimKind, 'employer' | 'title' | 'degree' | 'school' | 'certification'>;
  start: number;
  end: number;
  text: string;
  /** degree: the level (bachelor, master, doctorate, associate). */
  level?: string;
}

const CAP = "[A-Z][\\w&'.+-]*";
const CAP_SEQ = `${CAP}(?:\\s+(?:&\\s+|of\\s+|de\\s+|and\\s+)?${CAP})*`;

const DEGREES: [string, RegExp][] = [
  ['doctorate', /\b(?:ph\.?\s?d\.?|doctorate|doctoral degree|d\.?phil)(?![\w])/gi],
  ['master', /\b(?:master'?s?(?: degree)?|m\.sc\.?|msc|m\.s\.|meng|m\.eng\.?|mba|m\.a\.)(?![\w])/gi],
  ['master', /\b(?:MS|MA)\b(?= in\b)/g],
  ['bachelor', /\b(?:bachelor'?s?(?: degree)?|b\.sc\.?|bsc|b\.s\.|b\.a\.|beng|b\.eng\.?)(?![\w])/gi],
  ['bachelor', /\b(?:BS|BA)\b(?= in\b)/g],
  ['associate', /\bassociate'?s? degree\b/gi],
];

const SCHOOL = new RegExp(
  `\\b(?:(?:University|College|Institute|Polytechnic|Academy|School)\\s+of\\s+${CAP_SEQ}|${CAP_SEQ}\\s+(?:University|College|Polytechnic|Institute of Technology|Institute|Business School))\\b|\\b(?:MIT|ETH(?: Zurich)?|EPFL|UCLA|UCL|LSE|Caltech|Stanford|Harvard|Oxford|Cambridge|Berkeley|Princeton|Yale|Imperial College)\\b`,
  'g',
);

const CERT = new RegExp(
  `\\b(?:${CAP}\\s+){0,4}(?:Certified|Certification|Certificate)(?:\\s+(?:in\\s+|of\\s+)?${CAP}){0,5}|\\b(?:PMP|CISSP|CISA|CISM|CKA|CKAD|CKS|CCNA|CCNP|CCIE|CPA|CFA|PSM\\s?I{0,3}|CSM|CSPO|ITIL(?:\\s?v?4)?|PRINCE2|OSCP|CEH|Security\\+|Network\\+|A\\+|TOGAF|Six Sigma(?: \\w+ Belt)?)(?![\\w+])`,
  'g',
);

const SENIORITY =
  '(?:Senior|Sr\\.?|Junior|Jr\\.?|Lead|Staff|Principal|Chief|Head|Associate|Assistant|Vice|Executive|Managing|Founding|Deputy)';
const HEADS =
  'Engineer|Developer|Manager|Director|Architect|Scientist|Analyst|Designer|Consultant|Administrator|Officer|Specialist|President|VP|CTO|CEO|CFO|COO|CIO|Intern|Programmer|Researcher|Coordinator|Owner|Technician|Strategist|Editor|Writer|Recruiter|Accountant|Partner|Founder|Co-founder|Team Lead|Tech Lead';
const TITLE = new RegExp(
  `\\b(?:Head|Director|VP|Vice President|Chief)\\s+of\\s+${CAP}(?:\\s+${CAP})*|\\b(?:${SENIORITY}\\s+)*(?:(?:[A-Z][\\w+#./-]*|[a-z]+(?=\\s+(?:${HEADS.toLowerCase()})\\b))\\s+){0,3}(?:${HEADS}|${HEADS.toLowerCase()})(?![\\w-])`,
  'g',
);
const EMPLOYER_CUE = new RegExp(`\\b(?:[Aa]t|[Ff]or|[Ww]ith|[Jj]oin(?:ed|ing|s)?|[Ff]rom)\\s+(${CAP_SEQ})`, 'g');
const ORG_SUFFIX = new RegExp(
  `\\b${CAP_SEQ}\\s+(?:Inc|Ltd|LLC|GmbH|Corp|Corporation|Group|Technologies|Labs|Systems|Bank|AG|SA|plc|Co)\\b\\.?`,
  'g',
);

/** Words that start a cue phrase but are not names ("at the", "for Q3", "with AWS" is a skill). */
const NOT_NAMES =
  /^(?:The|A|An|This|That|These|Our|My|Your|Their|Its|Each|Every|All|Q[1-4]|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Friday|Present|Now)\b/;

export interface EntityOptions {
  /** Organisation names known from the whole profile (employers, schools, issuers). */
  knownOrgs: readonly string[];
  /** Spans that are skills (a skill after "with" is not an employer). */
  skillSpans: readonly { start: number; end: number }[];
}

export function findEntities(text: string, options: EntityOptions): EntityClaim[] {
  const out: EntityClaim[] = [];
  const add = (claim: EntityClaim) => {
    if (out.some((c) => claim.start < c.end && claim.end > c.start)) return;
    out.push(claim);
  };
  for (const [level, re] of DEGREES)
    for (const m of text.matchAll(re))
      add({ kind: 'degree', start: m.index, end: m.index + m[0].length, text: m[0], level });
  for (const m of text.matchAll(SCHOOL))
    add({ kind: 'school', start: m.index, end: m.index + m[0].length, text: m[0] });
  for (const m of text.matchAll(CERT))
    add({ kind: 'certification', start: m.index, end: m.index + m[0].length, text: m[0].trim() });
  const lower = text.toLowerCase();
  for (const org of options.knownOrgs) {
    const name = org.trim();
    if (name.length < 2) continue;
    for (let i = lower.indexOf(name.toLowerCase()); i >= 0; i = lower.indexOf(name.toLowerCase(), i + 1)) {
      const end = i + name.length;
      if (/\w/.test(text[i - 1] ?? '') || /\w/.test(text[end] ?? '')) continue;
      if (options.skillSpans.some((s) => s.start <= i && s.end >= end)) continue;
      add({ kind: 'employer', start: i, end, text: text.slice(i, end) });
    }
  }
  for (const m of text.matchAll(ORG_SUFFIX))
    add({ kind: 'employer', start: m.index, end: m.index + m[0].length, text: m[0] });
  for (const m of text.matchAll(EMPLOYER_CUE)) {
    const name = trimName(m[1]!);
    if (!name || NOT_NAMES.test(name)) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    const end = start + name.length;
    if (options.skillSpans.some((s) => s.start <= start && s.end >= end)) continue;
    if (new RegExp(`^(?:${SENIORITY}\\s+)*\\S*\\s*(?:${HEADS})$`).test(name)) continue;
    add({ kind: 'employer', start, end, text: name });
  }
  for (const m of text.matchAll(TITLE)) {
    const lead = /^(?:(?:As|A|An|The|Our|My|Their|Was|Is|Served as|Worked as)\s+)+/.exec(m[0])?.[0].length ?? 0;
    const start = m.index + lead;
    const end = m.index + m[0].length;
    if (options.skillSpans.some((s) => start < s.end && end > s.start && !/\s/.test(m[0]))) continue;
    add({ kind: 'title', start, end, text: text.slice(start, end) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "Acme Corp In" -> "Acme Corp"; drops a trailing "In"/"And" a sentence joined on. */
function trimName(raw: string): string {
  return raw
    .replace(/\s+(?:In|And|Of|On|To|As|By)$/, '')
    .replace(/[.'-]+$/, '')
    .trim();
}

/** Lower-cased words, with common abbreviations spelled out, for comparing names and titles. */
export function nameTokens(text: string): string[] {
  const SPELL: Record<string, string> = {
    sr: 'senior',
    jr: 'junior',
    mgr: 'manager',
    eng: 'engineer',
    dev: 'developer',
    vp: 'vice president',
    '&': 'and',
  };
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&+#\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((t) => (SPELL[t] ?? t).split(' '))
    .filter(
      (t) =>
        ![
          'inc',
          'ltd',
          'llc',
          'gmbh',
          'corp',
          'co',
          'plc',
          'the',
          'of',
          'and',
          'a',
          'an',
          'in',
          'certified',
          'certification',
          'certificate',
        ].includes(t),
    );
}
