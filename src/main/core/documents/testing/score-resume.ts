/**
 * A port of the official resume scorer (../shared/tools/score-resume.mjs, `scoreDocument`) so the
 * round trip can be scored in a clone without ../shared. Same groups, normalisation, alignment and
 * attribute scores; round-trip.test.ts checks that both agree when the shared file is present.
 */
type J = Record<string, unknown>;
type Entry = Record<string, unknown>;

const stripDiacritics = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\p{Co}\p{Cc}\p{Cf}]+/gu, '');
const CJK = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])/gu;
export const normText = (s: unknown): string =>
  stripDiacritics(s)
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/(\d)[.,](?=\d)/g, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(CJK, ' $1 ')
    .replace(/\s+/g, ' ')
    .trim();
const tokens = (s: unknown): string[] => normText(s).split(' ').filter(Boolean);
const normEmail = (s: unknown) =>
  stripDiacritics(s)
    .toLowerCase()
    .replace(/^mailto:/, '')
    .replace(/[^\p{L}\p{N}@.+]+/gu, '');
const normPhone = (s: unknown) => String(s ?? '').replace(/\D+/g, '');
const normUrl = (s: unknown) =>
  stripDiacritics(s)
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
const normSkill = (s: unknown) =>
  stripDiacritics(s)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}+#.]+/gu, ' ')
    .replace(/\.+(\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

function overlap(a: unknown, b: unknown): { A: Set<string>; B: Set<string>; inter: number } {
  const A = new Set(tokens(a)),
    B = new Set(tokens(b));
  let inter = 0;
  for (const t of A) if (B.has(t)) inter++;
  return { A, B, inter };
}
const jaccard = (a: unknown, b: unknown): number => {
  const { A, B, inter } = overlap(a, b);
  return !A.size && !B.size ? 1 : inter / (A.size + B.size - inter);
};
const dice = (a: unknown, b: unknown): number => {
  const { A, B, inter } = overlap(a, b);
  return !A.size || !B.size ? 0 : (2 * inter) / (A.size + B.size);
};
export function tokenF1(gt: unknown, pred: unknown): number {
  const G = tokens(gt),
    P = tokens(pred);
  if (!G.length && !P.length) return 1;
  if (!G.length || !P.length) return 0;
  const cnt = new Map<string, number>();
  for (const t of G) cnt.set(t, (cnt.get(t) ?? 0) + 1);
  let hit = 0;
  for (const t of P) {
    const c = cnt.get(t) ?? 0;
    if (c > 0) {
      hit++;
      cnt.set(t, c - 1);
    }
  }
  if (!hit) return 0;
  const p = hit / P.length,
    r = hit / G.length;
  return (2 * p * r) / (p + r);
}

const str = (v: unknown): string =>
  v === undefined || v === null ? '' : typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
const has = (v: unknown): boolean => str(v) !== '';
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

const BASICS: [string, (b: J) => unknown, (s: unknown) => string][] = [
  ['name', (b) => b.name, normText],
  ['label', (b) => b.label, normText],
  ['email', (b) => b.email, normEmail],
  ['phone', (b) => b.phone, normPhone],
  ['url', (b) => b.url, normUrl],
  ['location.city', (b) => (b.location as J | undefined)?.city, normText],
];
function scoreScalar(gt: unknown, pred: unknown, norm: (s: unknown) => string): number {
  if (!has(pred)) return 0;
  const g = norm(gt),
    p = norm(pred);
  if (g && g === p) return 1;
  return jaccard(gt, pred) >= 0.6 ? 0.5 : 0;
}
const nameMatch = (g: unknown, p: unknown) => (has(p) && (normText(g) === normText(p) || jaccard(g, p) >= 0.6) ? 1 : 0);
function dateMatch(g: unknown, p: unknown): number {
  const G = /^(\d{4})(?:-(\d{2}))?/.exec(str(g)),
    P = /^(\d{4})(?:-(\d{2}))?/.exec(str(p));
  if (!G || !P || G[1] !== P[1]) return 0;
  return G[2] ? (P[2] === G[2] ? 1 : 0) : 1;
}
function textMatch(g: unknown, pe: Entry, field: string): number {
  const hs = arr(pe.highlights).map(str).filter(Boolean);
  const cands = [str(pe[field]), ...hs, hs.join(' '), [str(pe[field]), ...hs].join(' ')].filter(Boolean);
  return cands.length ? Math.max(...cands.map((c) => tokenF1(g, c))) : 0;
}
function highlightsMatch(gl: unknown, pe: Entry, field: string): number | null {
  const G = arr(gl).map(str).filter(Boolean);
  const P = [...arr(pe.highlights).map(str), str(pe[field])].filter(Boolean);
  if (!G.length) return null;
  return G.filter((g) => P.some((p) => tokenF1(g, p) >= 0.7)).length / G.length;
}
const degreeOf = (e: Entry) => [str(e.studyType), str(e.area)].filter(Boolean).join(' ');
function scoreMatch(g: unknown, p: unknown): number {
  if (!has(p)) return 0;
  const a = parseFloat(str(g).replace(',', '.')),
    b = parseFloat(str(p).replace(',', '.'));
  if (!Number.isNaN(a) && !Number.isNaN(b) && /^\s*[\d.,]+/.test(str(g)) && /^\s*[\d.,]+/.test(str(p)))
    return a === b ? 1 : 0;
  return nameMatch(g, p);
}
type Attr = [(e: Entry) => unknown, (g: unknown, pe: Entry) => number | null];
const hl = (e: Entry) => (arr(e.highlights).some(has) ? e.highlights : undefined);
const LISTS: Record<string, { key: (e: Entry) => string; attrs: Attr[] }> = {
  work: {
    key: (e) => `${str(e.name)} ${str(e.position)}`,
    attrs: [
      [(e) => e.name, (g, pe) => nameMatch(g, pe.name)],
      [(e) => e.position, (g, pe) => nameMatch(g, pe.position)],
      [(e) => e.location, (g, pe) => nameMatch(g, pe.location)],
      [(e) => e.startDate, (g, pe) => dateMatch(g, pe.startDate)],
      [(e) => e.endDate, (g, pe) => dateMatch(g, pe.endDate)],
      [(e) => e.summary, (g, pe) => textMatch(g, pe, 'summary')],
      [hl, (g, pe) => highlightsMatch(g, pe, 'summary')],
    ],
  },
  education: {
    key: (e) => `${str(e.institution)} ${degreeOf(e)}`,
    attrs: [
      [(e) => e.institution, (g, pe) => nameMatch(g, pe.institution)],
      [(e) => degreeOf(e) || undefined, (g, pe) => nameMatch(g, degreeOf(pe))],
      [(e) => e.startDate, (g, pe) => dateMatch(g, pe.startDate)],
      [(e) => e.endDate, (g, pe) => dateMatch(g, pe.endDate)],
      [(e) => e.score, (g, pe) => scoreMatch(g, pe.score)],
    ],
  },
  projects: {
    key: (e) => str(e.name) || str(e.description),
    attrs: [
      [(e) => e.name, (g, pe) => nameMatch(g, pe.name)],
      [(e) => e.description, (g, pe) => textMatch(g, pe, 'description')],
      [(e) => e.startDate, (g, pe) => dateMatch(g, pe.startDate)],
      [(e) => e.endDate, (g, pe) => dateMatch(g, pe.endDate)],
      [hl, (g, pe) => highlightsMatch(g, pe, 'description')],
    ],
  },
};
const nonEmpty = (e: unknown): e is Entry =>
  !!e && typeof e === 'object' && Object.values(e).some((v) => (Array.isArray(v) ? v.some(has) : has(v)));

function scoreList(gtList: unknown, predList: unknown, spec: (typeof LISTS)[string]): number | null {
  const G = arr(gtList).filter(nonEmpty),
    P = arr(predList).filter(nonEmpty);
  if (!G.length) return null;
  const pairs: { i: number; j: number; rank: number }[] = [];
  G.forEach((g, i) =>
    P.forEach((p, j) => {
      const sim = dice(spec.key(g), spec.key(p));
      if (sim >= 0.5)
        pairs.push({
          i,
          j,
          rank: sim + (has(g.startDate) && dateMatch(g.startDate, p.startDate) ? 0.01 : 0) - 0.0001 * Math.abs(i - j),
        });
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
  let matched = 0;
  G.forEach((g, i) => {
    const j = gUsed.get(i);
    if (j === undefined) return;
    const scores: number[] = [];
    for (const [get, score] of spec.attrs) {
      const gv = get(g);
      if (gv === undefined || gv === null || (typeof gv === 'string' && !gv.trim())) continue;
      const s = score(gv, P[j]!);
      if (s !== null) scores.push(s);
    }
    matched += mean(scores) ?? 0;
  });
  return (2 * matched) / (G.length + P.length);
}

function flattenSkills(skills: unknown): string[] {
  const out = new Set<string>();
  for (const s of arr(skills)) {
    if (typeof s === 'string') {
      if (normSkill(s)) out.add(normSkill(s));
      continue;
    }
    if (!s || typeof s !== 'object') continue;
    const o = s as Entry;
    if (normSkill(o.name)) out.add(normSkill(o.name));
    for (const k of arr(o.keywords)) if (normSkill(k)) out.add(normSkill(k));
  }
  return [...out];
}
function scoreSkills(gt: unknown, pred: unknown): number | null {
  const G = flattenSkills(gt),
    P = flattenSkills(pred);
  if (!G.length) return null;
  const pLeft = new Set(P);
  let matched = 0;
  const gLeft: string[] = [];
  for (const g of G)
    if (pLeft.has(g)) {
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
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

/** Per-group scores (basics, summary, work, education, projects, skills) and their mean. */
export function scoreResume(gt: J, pred: J): { overall: number | null; groups: Record<string, number> } {
  const groups: Record<string, number> = {};
  const gb = (gt.basics ?? {}) as J,
    pb = (pred.basics ?? {}) as J;
  const fields = BASICS.filter(([, get]) => has(get(gb))).map(([, get, norm]) => scoreScalar(get(gb), get(pb), norm));
  if (fields.length) groups.basics = mean(fields)!;
  if (has(gb.summary)) groups.summary = tokenF1(gb.summary, str(pb.summary));
  for (const g of ['work', 'education', 'projects']) {
    const s = scoreList(gt[g], pred[g], LISTS[g]!);
    if (s !== null) groups[g] = s;
  }
  const sk = scoreSkills(gt.skills, pred.skills);
  if (sk !== null) groups.skills = sk;
  return { overall: mean(Object.values(groups)), groups };
}
