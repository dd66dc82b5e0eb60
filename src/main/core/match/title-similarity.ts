/** How close two job titles are: Dice overlap of their normalised words (0..1). */

const SYNONYMS: Record<string, string> = {
  dev: 'developer',
  devs: 'developer',
  developers: 'developer',
  programmer: 'developer',
  coder: 'developer',
  eng: 'engineer',
  engineers: 'engineer',
  engineering: 'engineer',
  swe: 'software engineer',
  sr: '',
  senior: '',
  jr: '',
  junior: '',
  mid: '',
  lead: '',
  staff: '',
  principal: '',
  head: '',
  chief: '',
  frontend: 'front end',
  'front-end': 'front end',
  backend: 'back end',
  'back-end': 'back end',
  fullstack: 'full stack',
  'full-stack': 'full stack',
  mgr: 'manager',
  pm: 'product manager',
  ux: 'ux',
  ui: 'ui',
  qa: 'quality',
  tester: 'quality',
  test: 'quality',
  sde: 'software engineer',
  ml: 'machine learning',
  ai: 'machine learning',
  devops: 'devops',
  sre: 'reliability',
  analyst: 'analyst',
  analytics: 'analyst',
  scientist: 'scientist',
  science: 'scientist',
};
const STOP = new Set([
  'a',
  'an',
  'the',
  'and',
  'of',
  'for',
  'to',
  'in',
  'at',
  'with',
  'm',
  'f',
  'd',
  'w',
  'x',
  'remote',
  'hybrid',
  'i',
  'ii',
  'iii',
  'iv',
  '1',
  '2',
  '3',
]);

const tokenCache = new Map<string, Set<string>>();

/** Normalised words of a title (memoised: ranking compares the same titles 10,000 times). */
export function titleTokens(title: string): Set<string> {
  let cached = tokenCache.get(title);
  if (!cached) {
    if (tokenCache.size > 50_000) tokenCache.clear();
    cached = computeTokens(title);
    tokenCache.set(title, cached);
  }
  return cached;
}

function computeTokens(title: string): Set<string> {
  const out = new Set<string>();
  for (const raw of title
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^a-z0-9+#.]+/)) {
    if (!raw || STOP.has(raw)) continue;
    const mapped = SYNONYMS[raw] ?? raw;
    for (const word of mapped.split(' ')) if (word) out.add(word);
  }
  return out;
}

export function titleSimilarity(a: string, b: string): number {
  const x = titleTokens(a);
  const y = titleTokens(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const t of x) if (y.has(t)) common++;
  return (2 * common) / (x.size + y.size);
}
