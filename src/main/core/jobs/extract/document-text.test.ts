import { zipSync } from 'fflate';
import { isMainThread } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { textPdf } from '../../profile/import/make-test-pdf';
import { importRunMode } from '../../profile/import/run-import-worker';
import { docxHtml, pdfText, sniffJobFile } from './document-text';

/** A DOCX-shaped zip whose document.xml is 60 MB of zeros (about 60 KB compressed). */
const bombDocx = (): Uint8Array =>
  zipSync(
    { '[Content_Types].xml': new Uint8Array(10), 'word/document.xml': new Uint8Array(60 * 1024 * 1024) },
    { level: 9 },
  );

describe('job description files are read in the guarded worker', () => {
  it('reads a PDF in the worker thread, not the main process', async () => {
    expect(isMainThread).toBe(true);
    expect(importRunMode()).toBe('worker');
    expect(await pdfText(textPdf('Senior Data Engineer at Acme'))).toContain('Senior Data Engineer');
  });

  it('refuses a zip-bomb DOCX with a clear message', async () => {
    const bytes = bombDocx();
    expect(sniffJobFile(bytes, 'job.docx')).toBe('docx');
    await expect(docxHtml(bytes)).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/zip bomb/),
    });
  });

  it('stops a read that overruns its time limit', async () => {
    await expect(pdfText(textPdf('x '.repeat(20_000)), 1)).rejects.toMatchObject({ code: 'TIMEOUT' });
    // The worker was replaced: the next read works.
    expect(await pdfText(textPdf('Product Designer at Kiwi Health'))).toContain('Product Designer');
  });

  it('turns a damaged DOCX into a clear message', async () => {
    await expect(
      docxHtml(zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document><unclosed') })),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});
