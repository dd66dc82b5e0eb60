/**
 * Resume-parsing accuracy scorer: a faithful TypeScript port of the scoring half of
 * ../shared/tools/score-resume.mjs, so a fresh clone without ../shared scores generated CVs on the
 * same scale. `score-resume.test.ts` checks that both agree when ../shared is present.
 * Six field groups: basics, summary, work, education, projects, skills; overall = their mean.
 */
type Rec = Record<string, unknown>;

// ============================================================== normalisation
/** also drops private-use glyphs (icon fonts) and control/format characters */
const stripDiacritics = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\p{Co}\p{Cc}\p{Cf}]+/gu, '');
/** Each ideograph, kana or hangul syllable is its own token. */
const CJK = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])/gu;
/** case-fold, drop apostrophes, every other punctuation -> space, collapse spaces */
export function normText(s: unknown): string {
  return stripDiacritics(s)
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/(\d)[.,](?=\d)/g, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(CJK, ' $1 ')
    .replace(/\s+/g, ' ')
    .trim();
}
export const tokens = (s: unknown): string[] => normText(s).split(' ').filter(Boolean);
const normEmail = (s: unknown): string =>
  stripDiacritics(s)
    .toLowerCase()
    .replace(/^mailto:/, '')
    .replace(/[^\p{L}\p{N}@.+]+/gu, '');
const normPhone = (s: unknown): string => String(s ?? '').replace(/\D+/g, '');
const normUrl = (s: unknown): string =>
  stripDiacritics(s)
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
/** skills: case-fold, keep + # . (C++, C#, Node.js), other punctuation -> space */
const normSkill = (s: unknown): string =>
  stripDiacritics(s)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}+#.]+/gu, ' ')
    .replace(/\.+(\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

export function jaccard(a: unknown, b: unknown): number {
  const A = new Set(tokens(a)),
    B = new Set(tokens(b));
  if (!A.size && !B.size) return 1;
  let inter = 0;
  for (const t of A) if (B.has(t)) inter++;
  return inter / (A.size + B.size - inter);
}
/** set-based Dice coefficient of token sets (used only to align entries) */
function dice(a: string, b: string): number {
  const A = new Set(tokens(a)),
    B = new Set(tokens(b));
  if (!A.size || !B.size) return 0;
  let inter = 0;
  for (const t of A) if (B.has(t)) inter++;
  return (2 * inter) / (A.size + B.size);
}
/** bag-of-words token F1 (multiset overlap) */
export function tokenF1(gt: unknown, pred: unknown): number {
  const G = tokens(gt),
    P = tokens(pred);
  if (!G.length && !P.length) return 1;
  if (!G.length || !P.length) return 0;
  const cnt = new Map<string, number>();
  for (const t of G) cnt.set(t, (cnt.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of P) {
    const c = cnt.get(t) ?? 0;
    if (c > 0) {
      overlap++;
      cnt.set(t, c - 1);
    }
  }
  if (!overlap) return 0;
  const p = overlap / P.length,
    r = overlap / G.length;
  return (2 * p * r) / (p + r);
}

const str = (v: unknown): string =>
  v === undefined || v === null ? '' : typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
const has = (v: unknown): boolean => str(v) !== '';
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const rec = (v: unknown): Rec => (v && typeof v === 'object' ? (v as Rec) : {});

// ============================================================== field definitions
type Norm = (s: unknown) => string;
const BASICS_FIELDS: Record<string, { get: (b: Rec) => unknown; norm: Norm }> = {
  name: { get: (b) => b.name, norm: normText },
  label: { get: (b) => b.label, norm: normText },
  email: { get: (b) => b.email, norm: normEmail },
  phone: { get: (b) => b.phone, norm: normPhone },
  url: { get: (b) => b.url, norm: normUrl },
  'location.city': { get: (b) => rec(b.location).city, norm: normText },
};
/** 1 if normalised equal; else 0.5 if token-Jaccard >= 0.6; else 0 */
function scoreScalar(gt: unknown, pred: unknown, norm: Norm): number {
  if (!has(pred)) return 0;
  const g = norm(gt),
    p = norm(pred);
  if (g && g === p) return 1;
  return jaccard(gt, pred) >= 0.6 ? 0.5 : 0;
}

const nameMatch = (g: unknown, p: unknown): number =>
  has(p) && (normText(g) === normText(p) || jaccard(g, p) >= 0.6) ? 1 : 0;
/** dates equal at the granularity the ground truth has ('YYYY' or 'YYYY-MM') */
function dateMatch(g: unknown, p: unknown): number {
  const G = str(g).match(/^(\d{4})(?:-(\d{2}))?/);
  const P = str(p).match(/^(\d{4})(?:-(\d{2}))?/);
  if (!G || !P) return 0;
  if (G[1] !== P[1]) return 0;
  if (G[2]) return P[2] === G[2] ? 1 : 0;
  return 1;
}
/** best token-F1 against the entry's summary|description, any one highlight, all joined */
function textMatch(g: unknown, pe: Rec, field: string): number {
  const hs = arr(pe.highlights).map(str).filter(Boolean);
  const cands = [str(pe[field]), ...hs, hs.join(' '), [str(pe[field]), ...hs].join(' ')].filter(Boolean);
  return cands.length ? Math.max(...cands.map((c) => tokenF1(g, c))) : 0;
}
/** fraction of ground-truth bullets with a predicted bullet (or the summary) at token-F1 >= 0.7 */
function highlightsMatch(gl: unknown, pe: Rec, field: string): number | null {
  const G = arr(gl).map(str).filter(Boolean);
  const P = [...arr(pe.highlights).map(str), str(pe[field])].filter(Boolean);
  if (!G.length) return null;
  let hit = 0;
  for (const g of G) if (P.some((p) => tokenF1(g, p) >= 0.7)) hit++;
  return hit / G.length;
}
const degreeOf = (e: Rec): string => [str(e.studyType), str(e.area)].filter(Boolean).join(' ');
function scoreMatch(g: unknown, p: unknown): number {
  if (!has(p)) return 0;
  const a = parseFloat(str(g).replace(',', '.')),
    b = parseFloat(str(p).replace(',', '.'));
  if (!Number.isNaN(a) && !Number.isNaN(b) && /^\s*[\d.,]+/.test(str(g)) && /^\s*[\d.,]+/.test(str(p)))
    return a === b ? 1 : 0;
  return nameMatch(g, p);
}

interface Attr {
  get: (e: Rec) => unknown;
  score: (g: unknown, pe: Rec) => number | null;
}
interface ListSpec {
  key: (e: Rec) => string;
  attrs: Record<string, Attr>;
}
const someHighlights = (e: Rec): unknown => (arr(e.highlights).some(has) ? e.highlights : undefined);
const dates = {
  startDate: { get: (e: Rec) => e.startDate, score: (g: unknown, pe: Rec) => dateMatch(g, pe.startDate) },
  endDate: { get: (e: Rec) => e.endDate, score: (g: unknown, pe: Rec) => dateMatch(g, pe.endDate) },
};
const LIST_SPECS: Record<'work' | 'education' | 'projects', ListSpec> = {
  work: {
    key: (e) => `${str(e.name)} ${str(e.position)}`,
    attrs: {
      name: { get: (e) => e.name, score: (g, pe) => nameMatch(g, pe.name) },
      position: { get: (e) => e.position, score: (g, pe) => nameMatch(g, pe.position) },
      location: { get: (e) => e.location, score: (g, pe) => nameMatch(g, pe.location) },
      ...dates,
      summary: { get: (e) => e.summary, score: (g, pe) => textMatch(g, pe, 'summary') },
      highlights: { get: someHighlights, score: (g, pe) => highlightsMatch(g, pe, 'summary') },
    },
  },
  education: {
    key: (e) => `${str(e.institution)} ${degreeOf(e)}`,
    attrs: {
      institution: { get: (e) => e.institution, score: (g, pe) => nameMatch(g, pe.institution) },
      degree: { get: (e) => degreeOf(e) || undefined, score: (g, pe) => nameMatch(g, degreeOf(pe)) },
      ...dates,
      score: { get: (e) => e.score, score: (g, pe) => scoreMatch(g, pe.score) },
    },
  },
  projects: {
    key: (e) => str(e.name) || str(e.description),
    attrs: {
      name: { get: (e) => e.name, score: (g, pe) => nameMatch(g, pe.name) },
      description: { get: (e) => e.description, score: (g, pe) => textMatch(g, pe, 'description') },
      ...dates,
      highlights: { get: someHighlights, score: (g, pe) => highlightsMatch(g, pe, 'description') },
    },
  },
};
/** minimum token-Dice of the alignment keys for a ground-truth/predicted pair */
const ALIGN_MIN_SIM = 0.5;

const nonEmptyEntry = (e: unknown): boolean =>
  !!e && typeof e === 'object' && Object.values(e as Rec).some((v) => (Array.isArray(v) ? v.some(has) : has(v)));

export interface ListScore {
  score: number;
  nGt: number;
  nPred: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  attrAcc?: number | null;
  perAttr?: Record<string, number>;
  fields?: Record<string, number>;
}

function scoreList(gtList: unknown, predList: unknown, spec: ListSpec): ListScore | null {
  const G = arr(gtList).filter(nonEmptyEntry) as Rec[];
  const P = arr(predList).filter(nonEmptyEntry) as Rec[];
  if (!G.length) return null;
  // greedy one-to-one alignment by key similarity (ties: agreeing start date, then order)
  const pairs: { i: number; j: number; rank: number }[] = [];
  G.forEach((g, i) =>
    P.forEach((p, j) => {
      const sim = dice(spec.key(g), spec.key(p));
      if (sim >= ALIGN_MIN_SIM) {
        const tie = (has(g.startDate) && dateMatch(g.startDate, p.startDate) ? 0.01 : 0) - 0.0001 * Math.abs(i - j);
        pairs.push({ i, j, rank: sim + tie });
      }
    }),
  );
  pairs.sort((a, b) => b.rank - a.rank);
  const gUsed = new Map<number, number>(),
    pUsed = new Set<number>();
  for (const pr of pairs)
    if (!gUsed.has(pr.i) && !pUsed.has(pr.j)) {
      gUsed.set(pr.i, pr.j);
      pUsed.add(pr.j);
    }
  const perAttr: Record<string, { sum: number; n: number }> = {};
  let cellSum = 0,
    cellN = 0,
    matchedEntrySum = 0;
  G.forEach((g, i) => {
    const j = gUsed.get(i);
    const pe = j === undefined ? null : P[j]!;
    const attrScores: number[] = [];
    for (const [a, def] of Object.entries(spec.attrs)) {
      const gv = def.get(g);
      if (gv === undefined || gv === null || (typeof gv === 'string' && !gv.trim())) continue;
      const s = pe ? def.score(gv, pe) : 0;
      if (s === null) continue;
      attrScores.push(s);
      perAttr[a] ??= { sum: 0, n: 0 };
      perAttr[a].sum += s;
      perAttr[a].n++;
      cellSum += s;
      cellN++;
    }
    if (pe) matchedEntrySum += mean(attrScores) ?? 0;
  });
  const matched = gUsed.size;
  const precision = P.length ? matched / P.length : 0;
  const recall = matched / G.length;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    // attribute-weighted entry F1 = 2*S/(nGT+nPred), S = sum of matched pairs' mean attribute score
    score: (2 * matchedEntrySum) / (G.length + P.length),
    nGt: G.length,
    nPred: P.length,
    matched,
    precision,
    recall,
    f1,
    attrAcc: cellN ? cellSum / cellN : null,
    perAttr: Object.fromEntries(Object.entries(perAttr).map(([a, v]) => [a, v.sum / v.n])),
  };
}

function flattenSkills(skills: unknown): string[] {
  const out = new Set<string>();
  for (const s of arr(skills)) {
    if (typeof s === 'string') {
      if (normSkill(s)) out.add(normSkill(s));
      continue;
    }
    if (!s || typeof s !== 'object') continue;
    const r = s as Rec;
    if (normSkill(r.name)) out.add(normSkill(r.name));
    for (const k of arr(r.keywords)) if (normSkill(k)) out.add(normSkill(k));
  }
  return [...out];
}
/** set F1 over normalised skill names and keywords; items of >= 4 words may match by token-F1 >= 0.7 */
function scoreSkills(gtSkills: unknown, predSkills: unknown): ListScore | null {
  const G = flattenSkills(gtSkills),
    P = flattenSkills(predSkills);
  if (!G.length) return null;
  const pSet = new Set(P);
  const gLeft: string[] = [],
    pLeft = new Set(P);
  let matched = 0;
  for (const g of G)
    if (pSet.has(g)) {
      matched++;
      pLeft.delete(g);
    } else gLeft.push(g);
  for (const g of gLeft) {
    if (g.split(' ').length < 4) continue;
    let best: string | null = null,
      bestF = 0.7 - 1e-9;
    for (const p of pLeft) {
      const f = tokenF1(g, p);
      if (f >= bestF) {
        best = p;
        bestF = f;
      }
    }
    if (best !== null) {
      matched++;
      pLeft.delete(best);
    }
  }
  const precision = P.length ? matched / P.length : 0,
    recall = matched / G.length;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { score: f1, nGt: G.length, nPred: P.length, matched, precision, recall, f1 };
}

export const GROUPS = ['basics', 'summary', 'work', 'education', 'projects', 'skills'] as const;
export interface DocumentScore {
  overall: number | null;
  groups: Partial<Record<(typeof GROUPS)[number], ListScore | { score: number; fields?: Record<string, number> }>>;
}

/** Scores one predicted JSON Resume against its ground truth. */
export function scoreDocument(gtIn: unknown, predIn: unknown): DocumentScore {
  const gt = rec(gtIn),
    pred = rec(predIn);
  const res: DocumentScore['groups'] = {};
  const gb = rec(gt.basics),
    pb = rec(pred.basics);
  const fields: Record<string, number> = {};
  for (const [f, def] of Object.entries(BASICS_FIELDS)) {
    const gv = def.get(gb);
    if (!has(gv)) continue;
    fields[f] = scoreScalar(gv, def.get(pb), def.norm);
  }
  if (Object.keys(fields).length) res.basics = { score: mean(Object.values(fields))!, fields };
  if (has(gb.summary)) res.summary = { score: tokenF1(gb.summary, str(pb.summary)) };
  for (const g of ['work', 'education', 'projects'] as const) {
    const r = scoreList(gt[g], pred[g], LIST_SPECS[g]);
    if (r) res[g] = r;
  }
  const sk = scoreSkills(gt.skills, pred.skills);
  if (sk) res.skills = sk;
  const overall = mean(GROUPS.filter((g) => res[g]).map((g) => res[g]!.score));
  return { groups: res, overall };
}
