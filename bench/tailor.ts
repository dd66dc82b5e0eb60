// `npm run bench -- tailor`: tailoring overhead without the model, for a 2-page CV.
// - pipeline overhead: job + profile analysis, match before/after, selection, CV + template letter,
//   truth check, ATS checks (target < 100 ms), and the same plus rendering both to PDF
// - truth check per document (a CV whose every bullet and summary sentence is checked)
import { createDocumentRenderer } from '../src/main/core/documents/document-renderer';
import { createTypstEngine } from '../src/main/core/documents/typst-engine';
import { analyzeJob } from '../src/main/core/match/analyze-job';
import { analyzeProfile } from '../src/main/core/match/analyze-profile';
import { scoreMatch } from '../src/main/core/match/score-match';
import { atsChecks } from '../src/main/core/tailor/ats-checks';
import { buildCv } from '../src/main/core/tailor/build-cv';
import { selectForJob } from '../src/main/core/tailor/select';
import { SAMPLE_JOB, sampleProfile } from '../src/main/core/tailor/testing/sample-profile.fixture';
import { createTruthChecker } from '../src/main/core/tailor/truth/check-document';
import { templateLetter } from '../src/main/core/tailor/write-template-letter';
import { measure, ms } from './stats';

/** The sample profile grown to two pages: six jobs of five bullets. */
function twoPageProfile() {
  const p = sampleProfile();
  const extra = Array.from({ length: 4 }, (_, i) => ({
    ...p.work[1]!,
    id: `bw${i}`,
    name: `Company ${i + 1}`,
    startDate: `${2008 + i * 2}-01`,
    endDate: `${2009 + i * 2}-12`,
    highlights: [...p.work[0]!.highlights, ...p.work[1]!.highlights]
      .slice(0, 5)
      .map((h, j) => ({ id: `bw${i}h${j}`, text: h.text })),
  }));
  return { ...p, work: [...p.work, ...extra] };
}

function overhead(profile: ReturnType<typeof twoPageProfile>) {
  const asOf = '2025-01';
  const analysis = analyzeJob({ title: SAMPLE_JOB.title, text: SAMPLE_JOB.text });
  const pa = analyzeProfile(profile, asOf);
  scoreMatch(analysis, pa);
  const selection = selectForJob(profile, analysis, new Set(pa.skills.map((s) => s.name)));
  const cv = buildCv(profile, selection);
  const letter = templateLetter({
    profile,
    selection,
    company: SAMPLE_JOB.company,
    role: SAMPLE_JOB.title,
    tone: 'professional',
    length: 'medium',
    keyPoints: [],
    skillEvidence: new Map(pa.skills.map((s) => [s.name, s.evidence.map((e) => e.factId)])),
    date: '2025-01-01',
  });
  const checker = createTruthChecker(
    profile,
    { company: SAMPLE_JOB.company, role: SAMPLE_JOB.title },
    new Date('2025-01-01'),
  );
  const flags = [...checker.check(cv), ...checker.check(letter)];
  atsChecks(cv, selection, 'ats');
  scoreMatch(analysis, analyzeProfile(cv.cv, asOf));
  return { cv, letter, flags };
}

export async function run(): Promise<void> {
  const profile = twoPageProfile();
  const first = overhead(profile);
  const bullets = first.cv.cv.work.reduce((n, w) => n + w.highlights.length, 0);
  console.log(`2-page CV: ${profile.work.length} jobs, ${bullets} bullets selected; flags ${first.flags.length}`);

  const pipeline = await measure(50, async () => overhead(profile), 5);
  console.log(
    `pipeline overhead without model or rendering: median ${ms(pipeline.median)}, p95 ${ms(pipeline.p95)}  (target < 100 ms)`,
  );

  const renderer = createDocumentRenderer(createTypstEngine());
  await renderer.render(first.cv, { template: 'ats', paper: 'a4', maxPages: 2, format: 'pdf' });
  const withRender = await measure(
    20,
    async () => {
      const out = overhead(profile);
      await renderer.render(out.cv, { template: 'ats', paper: 'a4', maxPages: 2, format: 'pdf' });
      await renderer.render(out.letter, { template: 'ats', paper: 'a4', maxPages: 2, format: 'pdf' });
    },
    3,
  );
  console.log(
    `pipeline overhead with CV + letter rendered to PDF (warm): median ${ms(withRender.median)}, p95 ${ms(withRender.p95)}  (target < 100 ms)`,
  );

  const checker = createTruthChecker(
    profile,
    { company: SAMPLE_JOB.company, role: SAMPLE_JOB.title },
    new Date('2025-01-01'),
  );
  const cold = performance.now();
  checker.check(first.cv);
  console.log(`truth check, first document with a fresh checker (facts read once): ${ms(performance.now() - cold)}`);
  const perDoc = await measure(
    100,
    async () =>
      createTruthChecker(
        profile,
        { company: SAMPLE_JOB.company, role: SAMPLE_JOB.title },
        new Date('2025-01-01'),
      ).check(first.cv),
    10,
  );
  console.log(
    `truth check per 2-page CV (${bullets + 1} blocks, new checker each time): median ${ms(perDoc.median)}, p95 ${ms(perDoc.p95)}`,
  );
}
