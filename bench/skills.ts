// `npm run bench -- skills [--final] [--data file.conll] [--errors out.txt] [--no-speed] [--jobs N]`: skill
// extraction accuracy on a labelled CoNLL file (default: the SkillSpan tech DEVELOPMENT split, the one to
// tune on; `--final` scores the held-out test split instead, for the final figure only; any SkillSpan or
// Green-format file works with `--data`), scored with ../shared/tools/score-skills.mjs (strict and lenient), and the
// speed of job analysis and of scoring one profile against 10,000 stored jobs. `--errors` writes every
// false positive and false negative (strict) with its sentence, for error analysis on development data.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { getTaxonomy } from '../src/main/core/skills/taxonomy/taxonomy';
import { analyzeJob } from '../src/main/core/match/analyze-job';
import { analyzeProfile } from '../src/main/core/match/analyze-profile';
import { scoreMatch } from '../src/main/core/match/score-match';
import { createMatchRepo } from '../src/main/core/match/match-repo';
import { createMatchService } from '../src/main/core/match/match-service';
import { insertTestJob } from '../src/main/core/match/testing';
import { SAMPLE_PROFILE } from '../src/main/core/match/testing/sample-match.fixture';
import { openDatabase } from '../src/main/core/db/client';
import { summarize } from './stats';

const root = path.resolve(import.meta.dirname, '..');
const shared = path.resolve(root, '../shared');
const labeled = path.join(shared, 'fixtures/jobs/skills-labeled');
/** Development split: tune and analyse errors here. */
const devConll = path.join(labeled, 'skillspan_tech_dev.conll.txt');
/** Held-out test split: only for the final figure (`--final`), never for tuning. */
const testConll = path.join(labeled, 'skillspan_tech_test.conll.txt');
const scorer = path.join(shared, 'tools/score-skills.mjs');
const outDir = path.join(root, 'bench-output/skills');

interface Sentence {
  id: number;
  text: string;
  spans?: { type: string; start: number; end: number }[];
}
interface Row {
  P: number;
  R: number;
  F1: number;
  tpPred: number;
  nPred: number;
  tpGold: number;
  nGold: number;
}
interface ScoreModule {
  parseConll(file: string): { format: string; sentences: Sentence[] };
  score(
    parsed: unknown,
    byId: Map<number, { start: number; end: number; type: null }[]>,
  ): { results: Record<string, Record<'strict' | 'lenient', Row>> };
}

const f3 = (x: number) => x.toFixed(3);

/** Strict errors per sentence: predictions with no gold span of the same offsets, and missed gold spans. */
function errorReport(sentences: Sentence[], byId: Map<number, { start: number; end: number }[]>): string {
  const trim = (t: string, s: number, e: number): [number, number] => {
    const punct = /[\s.,;:!?()[\]{}"'`«»“”‘’\-–—/\\*•·…|_~<>=]/u;
    while (s < e && punct.test(t[s]!)) s++;
    while (e > s && punct.test(t[e - 1]!)) e--;
    return [s, e];
  };
  const out: string[] = [];
  let fp = 0;
  let fn = 0;
  for (const s of sentences) {
    const gold = (s.spans ?? []).map((g) => ({ type: g.type, span: trim(s.text, g.start, g.end) }));
    const preds = (byId.get(s.id) ?? []).map((p) => trim(s.text, p.start, p.end));
    const same = (a: [number, number], b: [number, number]) => a[0] === b[0] && a[1] === b[1];
    const lines: string[] = [];
    for (const p of preds)
      if (!gold.some((g) => same(g.span, p))) {
        fp++;
        lines.push(`  FP  ${s.text.slice(p[0], p[1])}`);
      }
    for (const g of gold)
      if (!preds.some((p) => same(g.span, p))) {
        fn++;
        lines.push(`  FN  [${g.type}] ${s.text.slice(g.span[0], g.span[1])}`);
      }
    if (lines.length) out.push(`#${s.id} ${s.text}`, ...lines);
  }
  return `false positives ${fp}, false negatives ${fn} (strict)\n${out.join('\n')}\n`;
}

async function accuracy(conll: string, errorsFile: string | null): Promise<Sentence[]> {
  if (!existsSync(conll) || !existsSync(scorer)) {
    console.log(`(skipped accuracy: ${conll} or the scorer is missing)`);
    return [];
  }
  const mod = (await import(pathToFileURL(scorer).href)) as ScoreModule;
  const parsed = mod.parseConll(conll);
  const byId = new Map<number, { start: number; end: number; type: null }[]>();
  const lines: string[] = [];
  for (const s of parsed.sentences) {
    // Exactly the spans `cli analyze --json` prints: analyzeJob's skills (taxonomy skills and task phrases).
    const spans = analyzeJob({ title: '', text: s.text }).skills.map((m) => ({
      start: m.start,
      end: m.end,
      type: null,
    }));
    byId.set(s.id, spans);
    lines.push(JSON.stringify({ id: s.id, skills: spans.map(({ start, end }) => ({ start, end })) }));
  }
  const { results } = mod.score(parsed, byId);
  console.log(
    `Skill extraction on ${path.basename(conll)} (${parsed.sentences.length} sentences; taxonomy: ${getTaxonomy().skills.length} skills, ${getTaxonomy().aliases.length} aliases)`,
  );
  console.log('target            mode      P      R      F1     TP/pred     found/gold');
  for (const [target, modes] of Object.entries(results)) {
    for (const mode of ['strict', 'lenient'] as const) {
      const r = modes[mode];
      console.log(
        `${target.padEnd(17)} ${mode.padEnd(8)} ${f3(r.P)}  ${f3(r.R)}  ${f3(r.F1)}  ${`${r.tpPred}/${r.nPred}`.padEnd(11)} ${r.tpGold}/${r.nGold}`,
      );
    }
  }
  // Cross-check with the scorer's own command line on the prediction file.
  mkdirSync(outDir, { recursive: true });
  const predFile = path.join(outDir, `${path.basename(conll).replace(/\.(conll)?(\.txt)?$/, '')}_pred.jsonl`);
  writeFileSync(predFile, `${lines.join('\n')}\n`);
  const cli = execFileSync(process.execPath, [scorer, 'score', conll, predFile, '--quiet'], {
    encoding: 'utf8',
  }).trim();
  console.log(`score-skills.mjs score (cross-check): ${cli}`);
  if (errorsFile) {
    writeFileSync(errorsFile, errorReport(parsed.sentences, byId));
    console.log(`errors written to ${errorsFile}`);
  }
  return parsed.sentences;
}

/** N synthetic job descriptions: runs of real SkillSpan sentences plus the text fixtures. */
function corpus(sentences: Sentence[], n: number): { title: string; text: string }[] {
  const texts: string[] = [];
  const jobsDir = path.join(shared, 'fixtures/jobs');
  if (existsSync(jobsDir))
    for (const f of readdirSync(jobsDir))
      if (f.endsWith('.txt')) texts.push(readFileSync(path.join(jobsDir, f), 'utf8'));
  const pool = sentences.map((s) => s.text);
  if (pool.length === 0)
    pool.push(
      ...readFileSync(path.join(root, 'src/main/core/match/testing/sample-match.fixture.ts'), 'utf8').split('\n'),
    );
  const out: { title: string; text: string }[] = [];
  for (let i = 0; out.length < n; i++) {
    if (texts.length && i % 10 === 0) {
      const t = texts[(i / 10) % texts.length]!;
      out.push({ title: t.split('\n')[0]!.slice(0, 80), text: t });
      continue;
    }
    const start = (i * 37) % Math.max(1, pool.length - 45);
    const chunk = pool.slice(start, start + 45);
    out.push({ title: chunk[0]!.slice(0, 60), text: chunk.join('\n') });
  }
  return out;
}

function time<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

export async function run(args: string[]): Promise<void> {
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? (args[i + 1] ?? null) : null;
  };
  const nStored = Number(opt('--jobs')) || 10_000;
  const data = opt('--data');
  const final = args.includes('--final');
  if (final && data) throw new Error('--final scores the test split; it cannot be combined with --data.');
  const conll = data ? path.resolve(data) : final ? testConll : devConll;
  const split = data
    ? 'given file'
    : final
      ? 'FINAL FIGURE: held-out test split, not for tuning'
      : 'development split (tune here; `--final` for the test split)';
  console.log(`Data: ${path.basename(conll)}: ${split}`);
  const sentences = await accuracy(conll, opt('--errors'));
  if (args.includes('--no-speed')) return;

  const docs = corpus(sentences, 1000);
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  analyzeJob(docs[0]!); // warm the taxonomy and trie
  const analyse = time(() => docs.map((d) => analyzeJob(d)));
  console.log(
    `\nSpeed (${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}, Node ${process.version})`,
  );
  console.log('measure                                          time        per item');
  console.log(
    `analyse 1,000 job descriptions (${Math.round(chars / 1000)}k chars)      ${analyse.ms.toFixed(0).padStart(6)} ms   ${(analyse.ms / 1000).toFixed(2)} ms`,
  );

  const profile = analyzeProfile(SAMPLE_PROFILE, '2025-01');
  const analyses = analyse.value;
  const scoreAll = () => {
    let best = 0;
    for (let i = 0; i < nStored; i++) best = Math.max(best, scoreMatch(analyses[i % analyses.length]!, profile).score);
    return best;
  };
  scoreAll(); // JIT warm-up
  const pure = summarize([0, 1, 2].map(() => time(scoreAll).ms));
  console.log(
    `score 1 profile vs ${nStored.toLocaleString('en')} analyses (in memory)   ${pure.median.toFixed(0).padStart(6)} ms   ${((pure.median / nStored) * 1000).toFixed(1)} µs  (median of 3, min ${pure.min.toFixed(0)} ms)`,
  );

  const dir = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-bench-skills-'));
  try {
    const database = openDatabase({ file: path.join(dir, 'bench.sqlite') });
    database.sqlite.transaction(() => {
      for (let i = 0; i < nStored; i++) {
        const d = docs[i % docs.length]!;
        insertTestJob(database.db, { id: `job-${i}`, title: d.title, text: d.text });
      }
    })();
    let current = SAMPLE_PROFILE;
    const service = createMatchService({
      repo: createMatchRepo(database.db),
      profile: { get: () => ({ profile: current }) },
      clock: () => new Date('2025-01-15'),
    });
    const n = nStored.toLocaleString('en');
    const cold = time(() => service.rankAll(50));
    console.log(
      `rank ${n} stored jobs, first run (analyse, cache, score, store)  ${cold.ms.toFixed(0).padStart(6)} ms`,
    );
    const edits = ['Terraform', 'Kafka', 'Rust'].map((kw, i) => () => {
      current = {
        ...SAMPLE_PROFILE,
        skills: [...SAMPLE_PROFILE.skills, { id: `s-bench-${i}`, name: 'Tools', keywords: [kw] }],
      };
      return time(() => service.rankAll(50)).ms;
    });
    const changed = summarize(edits.map((edit) => edit()));
    console.log(
      `rank ${n} stored jobs after a profile edit (rescore + store all)  ${changed.median.toFixed(0).padStart(6)} ms   (median of 3, min ${changed.min.toFixed(0)} ms)   target < 1000 ms: ${changed.median < 1000 ? 'met' : 'NOT met'}`,
    );
    const warm = time(() => service.rankAll(50));
    console.log(
      `rank ${n} stored jobs, nothing changed (hash check only)         ${warm.ms.toFixed(0).padStart(6)} ms   (scored ${warm.value.scored})`,
    );
    database.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
