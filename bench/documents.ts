// `npm run bench -- documents [count]`: document rendering speed and the export → import round trip.
// - first render after start (compiler created, fonts loaded) reported apart from warm renders
// - warm: a 2-page CV to PDF (target < 2 ms), its SVG preview, DOCX export (target < 5 ms)
// - round trip: each template to PDF and DOCX, read back by our CV importer, scored against the
//   source profile (../shared/tools/score-resume.mjs when present, else the in-repo port)
// - the first page of each template (CV and letter) as PNG in e2e-output/documents/ (pdftoppm)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createDocumentRenderer } from '../src/main/core/documents/document-renderer';
import {
  cvContent,
  generatedProfile,
  janeDoe,
  letterContent,
} from '../src/main/core/documents/testing/profiles.fixture';
import { loadSharedScorer, roundTrip } from '../src/main/core/documents/testing/round-trip';
import { scoreDocument } from '../src/main/core/profile/import/testing/score-resume';
import { createTypstEngine } from '../src/main/core/documents/typst-engine';
import { toJsonResume } from '../src/main/core/profile/json-resume-export';
import { loadavg } from 'node:os';
import { measure, ms } from './stats';

/** Mean CPU time (user + system, all threads) per call: less distorted than wall time on a loaded machine. */
async function cpuPerCall(iterations: number, fn: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  for (let i = 0; i < iterations; i++) await fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / iterations;
}

const root = path.resolve(import.meta.dirname, '..');
const TEMPLATES = ['ats', 'modern', 'classic'] as const;
const TARGET = { ats: 0.95, modern: 0.9, classic: 0.9 };

/** Jane Doe with enough roles for two pages. */
function twoPageCv() {
  const p = janeDoe();
  const extra = Array.from({ length: 5 }, (_, i) => ({
    ...p.work[1]!,
    id: `bw${i}`,
    name: `Company ${i + 1}`,
    highlights: p.work[1]!.highlights.map((h, j) => ({ id: `bh${i}${j}`, text: h.text })),
  }));
  return cvContent({ ...p, work: [...p.work, ...extra] });
}

function pngs(renderer: ReturnType<typeof createDocumentRenderer>): Promise<void> {
  const dir = path.join(root, 'e2e-output/documents');
  mkdirSync(dir, { recursive: true });
  return (async () => {
    for (const template of TEMPLATES) {
      for (const [kind, content] of [
        ['cv', twoPageCv()],
        ['letter', letterContent()],
      ] as const) {
        for (const paper of ['a4', 'letter'] as const) {
          const file = await renderer.render(content, { template, paper, maxPages: 2, format: 'pdf' });
          const pdf = path.join(dir, `${kind}-${template}-${paper}.pdf`);
          writeFileSync(pdf, file.bytes);
          try {
            execFileSync('pdftoppm', [
              '-png',
              '-r',
              '80',
              '-f',
              '1',
              '-l',
              '1',
              '-singlefile',
              pdf,
              pdf.replace(/\.pdf$/, ''),
            ]);
          } catch {
            console.log('note: pdftoppm (poppler-utils) is absent; PDFs written without PNG previews');
            return;
          }
        }
      }
    }
    console.log(`first pages as PNG in ${path.relative(root, dir)}/`);
  })();
}

export async function run(args: string[]): Promise<void> {
  const count = Number(args.find((a) => /^\d+$/.test(a))) || 12;
  console.log(
    `load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} (wall times grow with it; CPU time per call is given beside them)`,
  );
  const t0 = performance.now();
  const engine = createTypstEngine();
  const renderer = createDocumentRenderer(engine);
  const cv = twoPageCv();
  const opts = { template: 'ats', paper: 'a4', maxPages: 2 } as const;
  const first = await renderer.render(cv, { ...opts, format: 'pdf' });
  const cold = performance.now() - t0;
  console.log(`first render after start (compiler + fonts + 2-page PDF): ${ms(cold)} (${first.pages} pages)`);

  for (const template of TEMPLATES) {
    const pdf = await measure(200, () => renderer.render(cv, { ...opts, template, format: 'pdf' }), 20);
    const svg = await measure(200, () => renderer.preview(cv, { ...opts, template }), 20);
    const cpu = await cpuPerCall(100, () => renderer.render(cv, { ...opts, template, format: 'pdf' }));
    console.log(
      `${template.padEnd(8)} PDF (2 pages) median ${ms(pdf.median)} p95 ${ms(pdf.p95)} cpu ${ms(cpu)} | SVG preview median ${ms(svg.median)}   target PDF < 2 ms`,
    );
  }
  // Typst memoises unchanged input; an edit per render (as in the review screen) is the honest warm case.
  let n = 0;
  const edited = () => {
    const c = structuredClone(cv);
    if (c.kind === 'cv') c.cv.basics.summary = `${c.cv.basics.summary} Edit ${n++}.`;
    return c;
  };
  const pdfEdited = await measure(200, () => renderer.render(edited(), { ...opts, format: 'pdf' }), 20);
  const editedCpu = await cpuPerCall(100, () => renderer.render(edited(), { ...opts, format: 'pdf' }));
  console.log(
    `ats      PDF (2 pages), one edit per render: median ${ms(pdfEdited.median)} p95 ${ms(pdfEdited.p95)} cpu ${ms(editedCpu)}`,
  );
  const docx = await measure(200, () => renderer.render(cv, { ...opts, format: 'docx' }), 20);
  const docxCpu = await cpuPerCall(100, () => renderer.render(cv, { ...opts, format: 'docx' }));
  console.log(`DOCX export median ${ms(docx.median)} p95 ${ms(docx.p95)} cpu ${ms(docxCpu)}   target < 5 ms`);
  const md = await measure(200, () => renderer.render(cv, { ...opts, format: 'md' }), 20);
  console.log(`Markdown export median ${ms(md.median)}`);

  await pngs(renderer);

  const shared = await loadSharedScorer();
  const score = (gt: Record<string, unknown>, pred: Record<string, unknown>) =>
    (shared ? shared(gt, pred).overall : scoreDocument(gt, pred).overall) ?? 0;
  console.log(
    `\nround trip on Jane Doe + ${count} generated profiles, scored with ${shared ? '../shared/tools/score-resume.mjs' : 'the in-repo port (../shared absent)'}`,
  );
  const cases = [
    { profile: janeDoe(), gt: toJsonResume(janeDoe()) },
    ...Array.from({ length: count }, (_, i) => generatedProfile(1000 + i)),
  ];
  for (const template of TEMPLATES) {
    const by: Record<string, number[]> = { pdf: [], docx: [] };
    for (const c of cases)
      for (const rt of await roundTrip(renderer, c.profile, template)) by[rt.format]!.push(score(c.gt, rt.readBack));
    const line = Object.entries(by)
      .map(
        ([f, xs]) =>
          `${f} mean ${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(3)} min ${Math.min(...xs).toFixed(3)}`,
      )
      .join(' | ');
    console.log(`${template.padEnd(8)} ${line}   target ≥ ${TARGET[template]}`);
  }
}
