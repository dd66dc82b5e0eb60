// `npm run bench -- parse [--direct] [--runs N]`: CV parsing accuracy against ../shared ground truth,
// scored with the port of ../shared/tools/score-resume.mjs (import/testing/score-resume.ts), plus the parse time per PDF.
//   default   every document goes through importDocument (format sniffing, Europass XML, worker)
//   --direct  the text readers are called in-process (readPdfText / readDocx / readPlainText)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { summarize } from './stats';
import { readPdfText } from '../src/main/core/profile/import/pdf/read-pdf';
import { loadPdf } from '../src/main/core/profile/import/pdf/pdf-document';
import { readDocx } from '../src/main/core/profile/import/docx/read-docx';
import { readPlainText } from '../src/main/core/profile/import/text/read-plain-text';
import { toJsonResume, type JsonResume } from '../src/main/core/profile/json-resume-export';
import type { ImportResult } from '../src/main/core/profile/import/types';
import { scoreDocument } from '../src/main/core/profile/import/testing/score-resume';

const root = path.resolve(import.meta.dirname, '..');
const shared = path.resolve(root, '../shared');
const resumes = path.join(shared, 'fixtures/resumes');
const expectedDir = path.join(resumes, 'expected');
const outDir = path.join(root, 'bench-output/parse');
export const GROUPS = ['basics', 'summary', 'work', 'education', 'projects', 'skills'] as const;

export interface Scored {
  overall: number | null;
  groups: Record<
    string,
    { score: number; fields?: Record<string, number>; perAttr?: Record<string, number> } | undefined
  >;
}
export type ScoreFn = (gt: unknown, pred: unknown) => Scored;

/**
 * The scorer: the in-project port of ../shared/tools/score-resume.mjs (import/testing/score-resume.ts,
 * checked against the shared script by its test), so generated CVs are scored without ../shared.
 */
export function loadScorer(): ScoreFn {
  return scoreDocument as ScoreFn;
}

async function readDirect(file: string, bytes: Uint8Array): Promise<ImportResult> {
  if (file.endsWith('.pdf')) return readPdfText(bytes);
  if (file.endsWith('.docx')) return readDocx(bytes);
  return readPlainText(Buffer.from(bytes).toString('utf8'), file.endsWith('.md') ? 'markdown' : 'txt');
}

async function readViaImport(file: string, bytes: Uint8Array): Promise<ImportResult> {
  const mod = (await import('../src/main/core/profile/import/index')) as {
    importDocument(b: Uint8Array, name: string): Promise<ImportResult>;
  };
  return mod.importDocument(bytes, path.basename(file));
}

function documentFor(name: string, gt: { meta?: { pdf?: string } }): string | null {
  const byMeta = gt.meta?.pdf ? path.join(resumes, gt.meta.pdf) : null;
  if (byMeta && existsSync(byMeta)) return byMeta;
  for (const ext of ['.pdf', '.docx', '.txt', '.md'])
    if (existsSync(path.join(resumes, name + ext))) return path.join(resumes, name + ext);
  return null;
}

export const f3 = (x: number | null | undefined, w = 7): string =>
  (x === null || x === undefined ? '-' : x.toFixed(3)).padStart(w);
export const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** Field-level means over documents: basics fields and list attributes. */
export function fieldTable(scores: Scored[]): string[] {
  const acc = new Map<string, number[]>();
  const add = (k: string, v: number): void => void (acc.get(k) ?? acc.set(k, []).get(k)!).push(v);
  for (const s of scores) {
    for (const [f, v] of Object.entries(s.groups.basics?.fields ?? {})) add(`basics.${f}`, v);
    if (s.groups.summary) add('summary', s.groups.summary.score);
    for (const g of ['work', 'education', 'projects'] as const) {
      for (const [a, v] of Object.entries(s.groups[g]?.perAttr ?? {})) add(`${g}.${a}`, v);
      if (s.groups[g]) add(`${g} (entry score)`, s.groups[g].score);
    }
    if (s.groups.skills) add('skills (set F1)', s.groups.skills.score);
  }
  return [...acc].map(([k, v]) => `${k.padEnd(28)} ${f3(mean(v))}   (n=${v.length})`);
}

export async function run(args: string[]): Promise<void> {
  if (!existsSync(expectedDir)) {
    console.log(`skipped: ${expectedDir} is absent (the shared fixtures are not checked out beside the repo)`);
    return;
  }
  const direct = args.includes('--direct');
  const runsArg = args.indexOf('--runs');
  const runs = runsArg >= 0 ? Number(args[runsArg + 1]) || 5 : 5;
  const score = loadScorer();
  mkdirSync(outDir, { recursive: true });
  console.log(
    `mode: ${direct ? 'direct readers' : 'importDocument'}; predictions in ${path.relative(root, outDir)}/\n`,
  );
  const header = ['document'.padEnd(42), ...GROUPS.map((g) => g.slice(0, 7).padStart(7)), 'overall'.padStart(7)].join(
    ' ',
  );
  console.log(header);
  console.log('-'.repeat(header.length));
  const scores: Scored[] = [];
  for (const f of readdirSync(expectedDir)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const name = f.replace(/\.json$/, '');
    const gt = JSON.parse(readFileSync(path.join(expectedDir, f), 'utf8')) as { meta?: { pdf?: string } };
    const doc = documentFor(name, gt);
    let pred: JsonResume = {};
    let note = '';
    if (doc) {
      try {
        const bytes = new Uint8Array(readFileSync(doc));
        const res = direct ? await readDirect(doc, bytes) : await readViaImport(doc, bytes);
        pred = toJsonResume(res.profile);
        note = res.format === 'pdf' || res.format === 'docx' ? '' : ` [${res.format}]`;
      } catch (e) {
        note = ` [error: ${(e as Error).message.slice(0, 40)}]`;
      }
    } else note = ' [no document]';
    writeFileSync(path.join(outDir, f), JSON.stringify(pred, null, 2));
    const s = score(gt, pred);
    scores.push(s);
    console.log(
      [(name + note).slice(0, 42).padEnd(42), ...GROUPS.map((g) => f3(s.groups[g]?.score)), f3(s.overall)].join(' '),
    );
  }
  const macro = GROUPS.map((g) =>
    mean(scores.map((s) => s.groups[g]?.score).filter((x): x is number => x !== undefined)),
  );
  const overall = mean(macro.filter((x): x is number => x !== null));
  const docMean = mean(scores.map((s) => s.overall).filter((x): x is number => x !== null));
  console.log('-'.repeat(header.length));
  console.log(['MACRO (per group over documents)'.padEnd(42), ...macro.map((x) => f3(x)), f3(overall)].join(' '));
  const worst = Math.min(...scores.map((s) => s.overall ?? 0));
  console.log(
    `\nOVERALL ${overall?.toFixed(4)} (mean of per-document overall ${docMean?.toFixed(4)}; lowest document ${worst.toFixed(3)})`,
  );
  console.log('\nper field (mean over documents whose ground truth has it):');
  for (const l of fieldTable(scores)) console.log('  ' + l);
  await twins(direct);
  await timing(runs);
  console.log(
    `\ncross-check: node ${path.resolve(root, '../shared/tools/score-resume.mjs')} ${path.relative(root, outDir)} ${path.relative(root, expectedDir)}`,
  );
}

/** The PDF and DOCX of the same CV must give the same profile. */
async function twins(direct: boolean): Promise<void> {
  const base = path.join(resumes, 'soupboss_01-accountant');
  if (!existsSync(`${base}.pdf`) || !existsSync(`${base}.docx`)) return;
  const read = (p: string): Promise<ImportResult> =>
    direct ? readDirect(p, new Uint8Array(readFileSync(p))) : readViaImport(p, new Uint8Array(readFileSync(p)));
  const a = JSON.stringify(toJsonResume((await read(`${base}.pdf`)).profile));
  const b = JSON.stringify(toJsonResume((await read(`${base}.docx`)).profile));
  console.log(`\ntwins soupboss_01-accountant pdf vs docx: ${a === b ? 'same profile' : 'DIFFERENT profiles'}`);
}

/** Median wall time of readPdfText per PDF (in-process, after one warm-up run). */
async function timing(runs: number): Promise<void> {
  const pdfs = readdirSync(resumes)
    .filter((f) => f.endsWith('.pdf'))
    .sort();
  console.log(`\nparse time per PDF (readPdfText, ${runs} runs after a warm-up):`);
  const medians: number[] = [];
  const twoPage: number[] = [];
  for (const f of pdfs) {
    const bytes = new Uint8Array(readFileSync(path.join(resumes, f)));
    const pages = (await loadPdf(bytes)).pageCount;
    await readPdfText(bytes).catch(() => undefined);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await readPdfText(bytes).catch(() => undefined);
      samples.push(performance.now() - t0);
    }
    const s = summarize(samples);
    medians.push(s.median);
    if (pages <= 2) twoPage.push(s.median);
    console.log(
      `  ${f.padEnd(46)} ${String(pages).padStart(2)} p   median ${s.median.toFixed(1).padStart(7)} ms   p95 ${s.p95.toFixed(1).padStart(7)} ms`,
    );
  }
  console.log(
    `  median over ${pdfs.length} PDFs: ${summarize(medians).median.toFixed(1)} ms; over the ${twoPage.length} PDFs of 1-2 pages: ${summarize(twoPage).median.toFixed(1)} ms (target < 150 ms)`,
  );
}
