// `npm run bench -- parse-synthetic [count] [seed] [--classes N] [--keep]`: CV parsing accuracy on generated CVs the
// parser was never tuned on (src/main/core/profile/import/testing/). Each CV is printed to PDF by
// headless Chromium (or written as DOCX/TXT/Markdown), read back through importDocument, exported as
// JSON Resume and scored with the same scorer as `bench parse` (import/testing/score-resume.ts, a port of
// ../shared/tools/score-resume.mjs), so it runs without ../shared.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GROUPS, f3, fieldTable, loadScorer, mean, type Scored } from './parse';
import { importDocument } from '../src/main/core/profile/import/index';
import { toJsonResume } from '../src/main/core/profile/json-resume-export';
import { hasChromium, planCorpus, writeCorpus } from '../src/main/core/profile/import/testing/synthetic-corpus';
import { CV_CLASSES, planClassCorpus } from '../src/main/core/profile/import/testing/cv-classes';
import { renderTypstPdf } from '../src/main/core/profile/import/testing/cv-render-typst';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'bench-output/parse-synthetic');

function byKey(rows: { key: string; s: Scored }[], title: string): void {
  const keys = [...new Set(rows.map((r) => r.key))].sort();
  const header = [
    title.padEnd(24),
    'n'.padStart(3),
    ...GROUPS.map((g) => g.slice(0, 7).padStart(7)),
    'overall'.padStart(7),
  ].join(' ');
  console.log(`\n${header}\n${'-'.repeat(header.length)}`);
  for (const k of keys) {
    const ss = rows.filter((r) => r.key === k).map((r) => r.s);
    const cols = GROUPS.map((g) =>
      f3(mean(ss.map((s) => s.groups[g]?.score).filter((x): x is number => x !== undefined))),
    );
    console.log(
      [k.padEnd(24), String(ss.length).padStart(3), ...cols, f3(mean(ss.map((s) => s.overall ?? 0)))].join(' '),
    );
  }
}

export async function run(args: string[]): Promise<void> {
  const pos = args.filter((a) => !a.startsWith('--'));
  const count = Number(pos[0]) || 42;
  const seed = Number(pos[1]) || 1;
  const scoreDocument = loadScorer();
  const cvs = planCorpus(count, seed);
  if (!hasChromium()) console.log('note: /usr/bin/chromium is absent; PDF CVs are left out');
  const tmp = mkdtempSync(path.join(tmpdir(), 'jobsmith-synth-'));
  const docs = await writeCorpus(hasChromium() ? cvs : cvs.filter((c) => c.format !== 'pdf'), tmp);
  rmSync(outDir, { recursive: true, force: true });
  for (const d of ['pred', 'gt']) mkdirSync(path.join(outDir, d), { recursive: true });
  const rows: { id: string; template: string; format: string; lang: string; s: Scored }[] = [];
  const header = ['document'.padEnd(34), ...GROUPS.map((g) => g.slice(0, 7).padStart(7)), 'overall'.padStart(7)].join(
    ' ',
  );
  console.log(
    `${count} CVs from seed ${seed}; documents in ${tmp}; predictions in ${path.relative(root, outDir)}/\n\n${header}\n${'-'.repeat(header.length)}`,
  );
  for (const { cv, file } of docs) {
    let pred: Record<string, unknown> = {};
    let note = '';
    try {
      const res = await importDocument(new Uint8Array(readFileSync(file)), path.basename(file), { inProcess: true });
      pred = toJsonResume(res.profile);
    } catch (e) {
      note = ` [error: ${(e as Error).message.slice(0, 30)}]`;
    }
    writeFileSync(path.join(outDir, 'pred', `${cv.id}.json`), JSON.stringify(pred, null, 2));
    writeFileSync(path.join(outDir, 'gt', `${cv.id}.json`), JSON.stringify(cv.gt, null, 2));
    const s = scoreDocument(cv.gt, pred);
    rows.push({ id: cv.id, template: cv.template, format: cv.format, lang: cv.view.lang, s });
    console.log(
      [
        (cv.id.replace(/^syn-/, '') + ` ${cv.view.lang}` + note).slice(0, 34).padEnd(34),
        ...GROUPS.map((g) => f3(s.groups[g]?.score)),
        f3(s.overall),
      ].join(' '),
    );
  }
  // the CV classes of issue 14, printed by Typst: `--classes N` per class (default 4; 0 leaves them out)
  const perClass = args.includes('--classes') ? Number(args[args.indexOf('--classes') + 1]) : 4;
  const classCvs = planClassCorpus(perClass * CV_CLASSES.length, seed);
  if (classCvs.length) console.log(`\n${classCvs.length} class CVs (Typst) from seed ${seed}:`);
  const typstMs: number[] = [];
  for (const cv of classCvs) {
    let pred: Record<string, unknown> = {};
    let note = '';
    try {
      const pdf = await renderTypstPdf(cv.doc);
      writeFileSync(path.join(tmp, `${cv.id}.pdf`), pdf);
      const t0 = performance.now();
      const res = await importDocument(pdf, `${cv.id}.pdf`, { inProcess: true });
      typstMs.push(performance.now() - t0);
      pred = toJsonResume(res.profile);
    } catch (e) {
      note = ` [error: ${(e as Error).message.slice(0, 30)}]`;
    }
    writeFileSync(path.join(outDir, 'pred', `${cv.id}.json`), JSON.stringify(pred, null, 2));
    writeFileSync(path.join(outDir, 'gt', `${cv.id}.json`), JSON.stringify(cv.gt, null, 2));
    const s = scoreDocument(cv.gt, pred);
    rows.push({ id: cv.id, template: cv.cls, format: 'typst', lang: cv.lang, s });
    console.log(
      [
        (cv.id.replace(/^cls-/, '') + note).slice(0, 34).padEnd(34),
        ...GROUPS.map((g) => f3(s.groups[g]?.score)),
        f3(s.overall),
      ].join(' '),
    );
  }
  if (typstMs.length)
    console.log(
      `import time of the class PDFs (importDocument, in-process): median ${typstMs.sort((a, b) => a - b)[Math.floor(typstMs.length / 2)]!.toFixed(1)} ms`,
    );
  byKey(
    rows.map((r) => ({
      key: r.format === 'pdf' ? `pdf/${r.template}` : r.format === 'typst' ? `class/${r.template}` : r.format,
      s: r.s,
    })),
    'template / format',
  );
  byKey(
    rows.map((r) => ({ key: r.lang, s: r.s })),
    'language',
  );
  const macro = GROUPS.map((g) =>
    mean(rows.map((r) => r.s.groups[g]?.score).filter((x): x is number => x !== undefined)),
  );
  const docMean = mean(rows.map((r) => r.s.overall ?? 0));
  console.log(`\nMACRO per group: ${GROUPS.map((g, i) => `${g} ${f3(macro[i], 5)}`).join(', ')}`);
  console.log(
    `OVERALL (mean of per-document overall) ${docMean?.toFixed(4)}; lowest ${Math.min(...rows.map((r) => r.s.overall ?? 0)).toFixed(3)}`,
  );
  console.log('\nper field (mean over documents whose ground truth has it):');
  for (const l of fieldTable(rows.map((r) => r.s))) console.log('  ' + l);
  console.log(
    `\ncross-check: node ${path.resolve(root, '../shared/tools/score-resume.mjs')} ${path.relative(root, outDir)}/pred ${path.relative(root, outDir)}/gt`,
  );
  if (!args.includes('--keep')) rmSync(tmp, { recursive: true, force: true });
}
