// Regression guard per CV class (issue 14): CVs printed by Typst in the manner of moderncv,
// Awesome-CV, Deedy, the 2002 Europass, a tabular Lebenslauf, a Word CV, and Chinese and Japanese
// CVs, read back through importDocument and scored with the in-project scorer. Each class holds its
// per-field minimum (set just under the scores reached on these seeds); `npm run bench --
// parse-synthetic` reports the classes on seeds never used for tuning.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../index';
import { toJsonResume } from '../../json-resume-export';
import { CV_CLASSES, generateClassCv, type CvClass } from './cv-classes';
import { renderTypstPdf } from './cv-render-typst';
import { scoreDocument } from './score-resume';

/** Seed of the one document per class held here (tuning seeds: 100-199). */
const SEED = 130;
type Floor = Partial<Record<'overall' | 'basics' | 'summary' | 'work' | 'education' | 'projects' | 'skills', number>>;
const MIN: Record<CvClass, Floor> = {
  moderncv: { overall: 0.95, basics: 0.95, work: 0.85, education: 0.95 },
  'awesome-cv': { overall: 0.9, basics: 0.95, work: 0.95, education: 0.85 },
  deedy: { overall: 0.9, basics: 0.95, work: 0.95, skills: 0.95 },
  'europass-2002': { overall: 0.95, basics: 0.95, work: 0.95, education: 0.95 },
  lebenslauf: { overall: 0.9, basics: 0.95, work: 0.95, skills: 0.95 },
  'word-tab': { overall: 0.95, basics: 0.95, work: 0.95, education: 0.95 },
  zh: { overall: 0.98, basics: 0.98, work: 0.98, education: 0.98 },
  ja: { overall: 0.98, basics: 0.98, work: 0.98, education: 0.98 },
};

describe('class generator', () => {
  it('is deterministic and prints what its ground truth says', () => {
    for (const cls of CV_CLASSES) {
      const a = generateClassCv(SEED, cls);
      expect(generateClassCv(SEED, cls)).toEqual(a);
      const work = a.gt.work as { name: string }[];
      const printed = a.doc.sections.find((s) => s.kind === 'work')!.entries.map((e) => e.org);
      expect(printed, cls).toEqual(work.map((w) => w.name));
    }
  });
});

describe('CV classes printed by Typst hold their per-field minimum', () => {
  it.each(CV_CLASSES)('%s', async (cls) => {
    const cv = generateClassCv(SEED + CV_CLASSES.indexOf(cls), cls);
    const pdf = await renderTypstPdf(cv.doc);
    const res = await importDocument(pdf, `${cv.id}.pdf`, { inProcess: true });
    const s = scoreDocument(cv.gt, toJsonResume(res.profile));
    for (const [field, min] of Object.entries(MIN[cls])) {
      const got = field === 'overall' ? s.overall : s.groups[field as 'work']?.score;
      expect(got ?? 0, `${cv.id} ${field}`).toBeGreaterThanOrEqual(min);
    }
  });
});
