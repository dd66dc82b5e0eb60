// Generated CVs (one per layout template, plus DOCX and TXT) read back through importDocument and
// scored with the in-project scorer (a port of the shared one): a regression guard for documents the parser was not tuned on.
// Thresholds sit just under the scores reached when they were set; `npm run bench -- parse-synthetic`
// gives the full picture.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingFiles, skipUnless } from '../../../testing/skip-unless';
import { importDocument } from '../index';
import { toJsonResume } from '../../json-resume-export';
import { generateCv } from './cv-generate';
import { CHROMIUM, planCorpus, writeCorpus, type CorpusDoc } from './synthetic-corpus';
import { scoreDocument } from './score-resume';

const SEED = 7;
/** Minimum overall score per document of planCorpus(8, SEED), in order. */
const MIN = [0.98, 0.98, 0.98, 0.98, 0.93, 0.91, 0.98, 0.98];

describe('generator', () => {
  it('is deterministic and gives ground truth that matches what it prints', () => {
    const a = generateCv(42);
    expect(generateCv(42)).toEqual(a);
    expect(generateCv(43)).not.toEqual(a);
    const work = (a.gt as { work: { name: string }[] }).work;
    expect(work.length).toBeGreaterThanOrEqual(1);
    const printed = a.view.sections.find((s) => s.kind === 'work');
    expect(printed && printed.kind === 'work' ? printed.entries.map((e) => e.company) : []).toEqual(
      work.map((w) => w.name),
    );
  });
});

describe('generator breadth', () => {
  it('draws the features real CVs carry: icons, bullet characters, one-line headers, extra sections, headless summaries, long CVs', () => {
    const views = Array.from({ length: 80 }, (_, i) => generateCv(500 + i).view);
    expect(views.some((v) => v.icons?.length)).toBe(true);
    expect(new Set(views.map((v) => v.bullet).filter(Boolean)).size).toBeGreaterThanOrEqual(3);
    expect(
      views.some((v) => v.sections.some((s) => s.kind === 'work' && s.entries.some((e) => e.order === 'sep'))),
    ).toBe(true);
    expect(views.some((v) => v.sections.some((s) => s.kind === 'list'))).toBe(true);
    expect(views.some((v) => v.sections.some((s) => s.kind === 'summary' && !s.heading))).toBe(true);
    expect(views.some((v) => v.long) && views.some((v) => v.pageFurniture)).toBe(true);
  });
});

describe('synthetic CVs (needs /usr/bin/chromium)', skipUnless(missingFiles(CHROMIUM)), () => {
  let dir = '';
  let docs: CorpusDoc[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'jobsmith-synth-test-'));
    docs = await writeCorpus(planCorpus(MIN.length, SEED), dir);
  }, 60_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(MIN.map((min, i) => [i, min] as const))('document %i scores at least %f', async (i, min) => {
    const { cv, file } = docs[i]!;
    const res = await importDocument(new Uint8Array(readFileSync(file)), path.basename(file), { inProcess: true });
    const s = scoreDocument(cv.gt, toJsonResume(res.profile));
    expect(s.overall ?? 0, `${cv.id}`).toBeGreaterThanOrEqual(min);
  });
});

describe(
  'sidebar CVs, long, with typed bullet glyphs (needs /usr/bin/chromium)',
  skipUnless(missingFiles(CHROMIUM)),
  () => {
    it('keep every wrapped work bullet whole', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'jobsmith-sidebar-test-'));
      try {
        const docs = await writeCorpus(
          [generateCv(300, 'sidebar-right', 'pdf'), generateCv(319, 'sidebar-left', 'pdf')],
          dir,
        );
        for (const { cv, file } of docs) {
          expect(cv.view.long).toBe(true);
          const res = await importDocument(new Uint8Array(readFileSync(file)), path.basename(file), {
            inProcess: true,
          });
          expect(scoreDocument(cv.gt, toJsonResume(res.profile)).groups.work?.score ?? 0, cv.id).toBeGreaterThanOrEqual(
            0.95,
          );
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 60_000);
  },
);
