// The in-project scorer: known values by hand, and agreement with ../shared/tools/score-resume.mjs
// (when ../shared is present) on generated ground truth against damaged predictions.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { missingFiles, skipUnless } from '../../../testing/skip-unless';
import { generateCv, rng } from './cv-generate';
import { normText, scoreDocument, tokenF1 } from './score-resume';

const sharedScorer = path.resolve(import.meta.dirname, '../../../../../../../shared/tools/score-resume.mjs');
type Scored = { overall: number | null; groups: Record<string, { score: number } | undefined> };

/** A prediction damaged the way parsers fail: dropped entries, swapped fields, shifted dates, lost bullets. */
function damage(gt: Record<string, unknown>, seed: number): Record<string, unknown> {
  const r = rng(seed);
  const p = JSON.parse(JSON.stringify(gt)) as Record<string, Record<string, unknown>[] & Record<string, unknown>>;
  const list = (k: string): Record<string, unknown>[] =>
    Array.isArray(p[k]) ? (p[k] as Record<string, unknown>[]) : [];
  if (r() < 0.5) (p.basics as Record<string, unknown>).name = 'Europass';
  if (r() < 0.3) delete (p.basics as Record<string, unknown>).email;
  for (const w of list('work')) {
    if (r() < 0.3) [w.name, w.position] = [w.position, w.name];
    if (r() < 0.3) w.startDate = String(w.startDate ?? '2001').slice(0, 4);
    if (r() < 0.3 && Array.isArray(w.highlights)) w.highlights = (w.highlights as string[]).slice(1);
    if (r() < 0.2) w.summary = 'Other words entirely';
  }
  if (r() < 0.4) p.work = list('work').slice(0, -1) as never;
  if (r() < 0.3) p.education = [...list('education'), { institution: 'Invented College', studyType: 'BSc' }] as never;
  if (r() < 0.3)
    p.skills = [{ name: 'Misc', keywords: ['C++', 'Node.js', 'a long sentence like skill item'] }] as never;
  return p;
}

describe('scoreDocument (in-project port)', () => {
  it('scores a perfect prediction 1 and an empty one 0', () => {
    const gt = generateCv(11).gt;
    expect(scoreDocument(gt, gt).overall).toBe(1);
    expect(scoreDocument(gt, {}).overall).toBe(0);
  });

  it('gives the scale the shared scorer defines on hand-made cases', () => {
    expect(normText('Zürich, Ça-va 3.8')).toBe('zurich ca va 38');
    expect(normText('李维天')).toBe('李 维 天');
    expect(tokenF1('built a data pipeline', 'built a pipeline')).toBeCloseTo(0.857, 3);
    const gt = {
      basics: { name: 'Ana Ruiz', phone: '(909) 555-5555' },
      work: [{ name: 'Acme', position: 'Engineer', startDate: '2019-03' }],
    };
    const s = scoreDocument(gt, {
      basics: { name: 'Ana  Ruiz Gómez', phone: '909.555.5555' },
      work: [{ name: 'Acme', position: 'Engineer', startDate: '2019' }],
    });
    expect(s.groups.basics?.score).toBe(0.75); // name half (Jaccard 2/3), phone full
    expect(s.groups.work?.score).toBeCloseTo(2 / 3, 6); // one pair, start month wrong
  });
});

describe(
  'agrees with ../shared/tools/score-resume.mjs (needs ../shared)',
  skipUnless(missingFiles(sharedScorer)),
  () => {
    it('on 60 generated ground truths against damaged predictions', async () => {
      const shared = (
        (await import(pathToFileURL(sharedScorer).href)) as { scoreDocument: (g: unknown, p: unknown) => Scored }
      ).scoreDocument;
      const overalls: number[] = [];
      for (let i = 0; i < 60; i++) {
        const gt = generateCv(900 + i).gt;
        const pred = damage(gt, 77 + i);
        const a = shared(gt, pred),
          b = scoreDocument(gt, pred);
        expect(b.overall, `seed ${900 + i}`).toBeCloseTo(a.overall ?? NaN, 12);
        overalls.push(a.overall ?? 0);
        for (const g of Object.keys(a.groups)) expect(b.groups[g as 'work']?.score).toBeCloseTo(a.groups[g]!.score, 12);
      }
      // the damage must reach the scores, or agreement would say nothing
      expect(Math.min(...overalls)).toBeLessThan(0.8);
      expect(new Set(overalls.map((x) => x.toFixed(3))).size).toBeGreaterThan(20);
    });
  },
);
