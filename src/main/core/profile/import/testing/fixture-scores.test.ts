// Every resume in ../shared/fixtures/resumes with ground truth (expected/) goes through importDocument
// and the in-project scorer, and each must hold the score it has today. Skips without ../shared.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingFiles, skipUnless } from '../../../testing/skip-unless';
import { importDocument } from '../index';
import { toJsonResume } from '../../json-resume-export';
import { scoreDocument } from './score-resume';

const resumes = path.resolve(import.meta.dirname, '../../../../../../../shared/fixtures/resumes');
const expectedDir = path.join(resumes, 'expected');
const present = existsSync(expectedDir);

/** Overall score each fixture reaches today (`npm run bench -- parse`); a new fixture must be added here. */
const HOLDS: Record<string, number> = {
  'europass_CV-Europass-20171212-Smith-EN': 1,
  'open-resume_openresume-resume': 1,
  'reactive-resume_azurill': 1,
  'reactive-resume_bronzor': 1,
  'reactive-resume_chikorita': 1,
  'reactive-resume_ditto': 1,
  'reactive-resume_gengar': 1,
  'reactive-resume_glalie': 1,
  rendercv_classic: 1,
  rendercv_engineeringresumes: 1,
  rendercv_moderncv: 1,
  rendercv_sb2nov: 1,
};

function documentFor(name: string, gt: { meta?: { pdf?: string } }): string | null {
  if (gt.meta?.pdf && existsSync(path.join(resumes, gt.meta.pdf))) return path.join(resumes, gt.meta.pdf);
  for (const ext of ['.pdf', '.docx', '.txt', '.md'])
    if (existsSync(path.join(resumes, name + ext))) return path.join(resumes, name + ext);
  return null;
}

const names = present
  ? readdirSync(expectedDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort()
  : [];

describe(
  'shared fixture resumes hold their scores (needs ../shared/fixtures/resumes/expected)',
  skipUnless(missingFiles(expectedDir)),
  () => {
    it('knows every fixture with ground truth', () => {
      expect(names).toEqual(Object.keys(HOLDS).sort());
    });

    it.each(names)('%s', async (name) => {
      const gt = JSON.parse(readFileSync(path.join(expectedDir, `${name}.json`), 'utf8')) as {
        meta?: { pdf?: string };
      };
      const doc = documentFor(name, gt);
      expect(doc, `no document for ${name}`).not.toBeNull();
      const res = await importDocument(new Uint8Array(readFileSync(doc!)), path.basename(doc!), { inProcess: true });
      const s = scoreDocument(gt, toJsonResume(res.profile));
      expect(s.overall ?? 0).toBeGreaterThanOrEqual((HOLDS[name] ?? 1) - 1e-9);
    });
  },
);
