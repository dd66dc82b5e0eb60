import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingFiles, skipUnless } from '../../testing/skip-unless';
import { captureFromFile } from '../capture/capture-sources';
import { buildDocument } from '../testing/document-builder';
import { LANGS } from '../testing/job-languages.fixture';
import { inferFromDocument } from './document-fields';

describe('job documents, built here', () => {
  for (const kind of ['markdown', 'print', 'docx'] as const) {
    it(`reads title${kind === 'docx' ? '' : ', company'} and location from ${kind} postings in ${LANGS.length} languages`, async () => {
      for (const lang of LANGS) {
        const doc = await buildDocument(kind, lang, 1);
        const { draft } = await captureFromFile(doc.bytes, doc.fileName);
        expect(draft.title, doc.id).toBe(doc.expected.title);
        if (doc.expected.company) expect(draft.company, doc.id).toBe(doc.expected.company);
        expect(draft.locations[0], doc.id).toBe(doc.expected.location);
        expect(draft.descriptionText).toContain(doc.expected.descriptionIncludes);
        for (const x of doc.expected.descriptionExcludes) expect(draft.descriptionText, doc.id).not.toContain(x);
      }
    });
  }

  it("takes a printed PDF's title from its print header, and guesses a role named only in the text", () => {
    const printed = inferFromDocument(
      '6/12/26, 10:15 AM Data Engineer – Northwind Analytics – Careers\nWe build pipelines.\nhttps://x.test/j/1 1/2',
      'pdf',
    );
    expect(printed.fields).toMatchObject({ title: 'Data Engineer', company: 'Northwind Analytics' });
    expect(printed.removedLines).toBe(2);
    const role = inferFromDocument(
      'The position holder will build web products.\n\nPHP Developers need a thorough knowledge of MySQL.',
      'docx',
    );
    expect(role.fields.title).toBe('PHP Developer');
    expect(role.uncertain).toContain('title');
    expect(role.evidence.title?.confidence).toBeLessThan(0.7);
  });
});

const PHP_DOCX = path.resolve(
  import.meta.dirname,
  '../../../../../../shared/fixtures/jobs/resume-matcher_jd_web-dev-php.docx',
);
describe('the PHP developer DOCX in ../shared', skipUnless(missingFiles(PHP_DOCX)), () => {
  it('is no longer an "Untitled job"', async () => {
    const { draft, uncertain } = await captureFromFile(new Uint8Array(readFileSync(PHP_DOCX)), 'Web_dev_job.docx');
    expect(draft.title).toBe('PHP Developer');
    expect(uncertain).toContain('title');
  });
});
