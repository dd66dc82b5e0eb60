import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TemplateId } from '../../../../shared/domain/document';
import type { Profile } from '../../../../shared/domain/profile';
import { importDocument } from '../../profile/import/index';
import { toJsonResume } from '../../profile/json-resume-export';
import type { DocumentRenderer } from '../document-renderer';

export type ScoreDocument = (
  gt: unknown,
  pred: unknown,
) => { overall: number | null; groups: Record<string, { score: number } | undefined> };

/** The official resume scorer (../shared/tools/score-resume.mjs), or null in a clone without ../shared. */
export async function loadSharedScorer(): Promise<ScoreDocument | null> {
  const file = path.resolve(import.meta.dirname, '../../../../../../shared/tools/score-resume.mjs');
  if (!existsSync(file)) return null;
  return ((await import(pathToFileURL(file).href)) as { scoreDocument: ScoreDocument }).scoreDocument;
}

export interface RoundTrip {
  template: TemplateId;
  format: 'pdf' | 'docx';
  /** The profile as our importer read it back from the exported file, as JSON Resume. */
  readBack: Record<string, unknown>;
}

/** Exports `profile` with `template` as PDF and DOCX and reads each file back with our own CV importer. */
export async function roundTrip(
  renderer: DocumentRenderer,
  profile: Profile,
  template: TemplateId,
): Promise<RoundTrip[]> {
  const out: RoundTrip[] = [];
  for (const format of ['pdf', 'docx'] as const) {
    const file = await renderer.render(
      { kind: 'cv', cv: profile, citations: {} },
      { template, paper: 'a4', maxPages: 2, format },
    );
    const res = await importDocument(file.bytes, file.fileName, { inProcess: true });
    out.push({ template, format, readBack: toJsonResume(res.profile) });
  }
  return out;
}
