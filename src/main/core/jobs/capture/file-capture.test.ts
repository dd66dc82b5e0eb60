import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AppError } from '../../../../shared/ipc/result';
import { captureFromFile } from './capture-sources';
import { missingFiles, skipUnless } from '../../testing/skip-unless';

const JOBS = path.resolve(import.meta.dirname, '../../../../../../shared/fixtures/jobs');
const read = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(JOBS, name)));

describe('file capture of the ../shared job descriptions', skipUnless(missingFiles(JOBS)), () => {
  it("reads the PDF through the CV importer's reader and infers title and company", async () => {
    const { draft } = await captureFromFile(
      read('resume-matcher_job_desc_java_developer.pdf'),
      'job_desc_java_developer.pdf',
    );
    expect(draft).toMatchObject({
      title: 'Java Developer',
      company: 'Tech Solutions',
      source: 'file',
      extractedBy: 'file:pdf',
    });
    expect(draft.descriptionText).toMatch(/Spring/);
  });

  it('reads the DOCX with its structure kept as HTML', async () => {
    const { draft } = await captureFromFile(read('resume-matcher_jd_web-dev-php.docx'), 'Web_dev_job.docx');
    expect(draft.descriptionText).toContain('PHP, JavaScript, MySQL and AJAX');
    expect(draft.descriptionHtml).toMatch(/<p>/);
    expect(draft.extractedBy).toBe('file:docx');
  });

  it('reads the TXT and finds the title in "We are looking for a …"', async () => {
    const { draft } = await captureFromFile(read('resume-matcher_e2e_backend-eng.txt'), 'backend-eng.txt');
    expect(draft.title).toBe('Senior Backend Engineer');
    expect(draft.seniority).toBe('senior');
  });

  it('treats a saved .html page as a page, with its address from the canonical link', async () => {
    const { draft } = await captureFromFile(read('coverletterer_indeed_job.html'), 'indeed_job.html');
    expect(draft).toMatchObject({
      title: 'Senior DevOps Engineer',
      company: 'PaperCut Software',
      sourceUrl: 'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2',
      extractedBy: 'json-ld',
    });
  });
});

describe('bad files', () => {
  const fails = async (bytes: Uint8Array, name: string): Promise<AppError> =>
    (await captureFromFile(bytes, name).catch((e: unknown) => e)) as AppError;

  it('refuses an empty file', async () => {
    expect((await fails(new Uint8Array(0), 'empty.txt')).message).toMatch(/empty/);
  });
  it('refuses a binary file', async () => {
    const error = await fails(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]), 'program.bin');
    expect(error.code).toBe('BAD_INPUT');
  });
  it('refuses a ZIP that is not a DOCX', async () => {
    const error = await fails(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]), 'photos.zip');
    expect(error.message).toMatch(/ZIP archive/);
  });
  it('reports a damaged DOCX and a damaged PDF as BAD_INPUT', async () => {
    expect((await fails(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9]), 'broken.docx')).code).toBe('BAD_INPUT');
    expect((await fails(new TextEncoder().encode('%PDF-1.7\n garbage garbage'), 'broken.pdf')).code).toBe('BAD_INPUT');
  });
  it('refuses a file over the size limit', async () => {
    expect((await fails(new Uint8Array(21 * 1024 * 1024), 'huge.txt')).message).toMatch(/larger than 20 MB/);
  });
});
