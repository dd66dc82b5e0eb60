// Export → import round trip: every template, as PDF and as DOCX, read back by our own CV importer
// and scored against the profile it was made from. Targets from issue 11: ATS ≥ 0.95, others ≥ 0.90.
// `npm run bench -- documents` gives the per-group picture and renders the pages to PNG.
import { describe, expect, it } from 'vitest';
import { toJsonResume } from '../../profile/json-resume-export';
import { createDocumentRenderer } from '../document-renderer';
import { createTypstEngine } from '../typst-engine';
import { generatedProfile, janeDoe } from './profiles.fixture';
import { loadSharedScorer, roundTrip } from './round-trip';
import { scoreDocument } from '../../profile/import/testing/score-resume';

const renderer = createDocumentRenderer(createTypstEngine());
const TARGET = { ats: 0.95, modern: 0.9, classic: 0.9 } as const;
const SEEDS = [101, 102, 103, 104, 105];
const cases = () => [
  { id: 'jane-doe', profile: janeDoe(), gt: toJsonResume(janeDoe()) },
  ...SEEDS.map((s) => ({ id: `generated-${s}`, ...generatedProfile(s) })),
];

describe('export → import round trip', () => {
  it.each(Object.entries(TARGET))(
    '%s template reads back as written (PDF and DOCX, mean ≥ %f)',
    async (template, target) => {
      const shared = await loadSharedScorer();
      for (const format of ['pdf', 'docx'] as const) {
        const scores: number[] = [];
        for (const c of cases()) {
          const rt = (await roundTrip(renderer, c.profile, template as keyof typeof TARGET)).find(
            (r) => r.format === format,
          )!;
          const s = scoreDocument(c.gt, rt.readBack);
          scores.push(s.overall ?? 0);
          expect(s.overall ?? 0, `${c.id} ${format}`).toBeGreaterThanOrEqual(target - 0.1);
          // The port scores exactly as the official scorer does, where that is at hand.
          if (shared) expect(s.overall).toBeCloseTo(shared(c.gt, rt.readBack).overall ?? 0, 9);
        }
        expect(scores.reduce((a, b) => a + b, 0) / scores.length, format).toBeGreaterThanOrEqual(target);
      }
    },
    120_000,
  );

  it('the score port tells a faithful copy from a damaged one', () => {
    const gt = toJsonResume(janeDoe());
    expect(scoreDocument(gt, gt).overall).toBe(1);
    const damaged = JSON.parse(JSON.stringify(gt)) as { work: { highlights: string[] }[]; basics: { email: string } };
    damaged.work[0]!.highlights = [];
    damaged.basics.email = 'someone@else.org';
    const s = scoreDocument(gt, damaged);
    // basics: 5 of 6 fields; work: the first role loses its bullets (4 of 5 attributes) → 2·2.8/6.
    expect(s.groups.basics?.score).toBeCloseTo(5 / 6, 9);
    expect(s.groups.work?.score).toBeCloseTo(2.8 / 3, 9);
    expect(s.overall).toBeCloseTo((5 / 6 + 2.8 / 3 + 4) / 6, 9);
  });
});
