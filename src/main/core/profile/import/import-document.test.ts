import { strToU8, zipSync } from 'fflate';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { missingFiles, skipUnless } from '../../testing/skip-unless';
import { importDocument, importFile } from './index';
import { encryptedPdf, imageOnlyPdf, noPagesPdf, textPdf } from './make-test-pdf';
import { importRunMode } from './run-import-worker';
import { RESUME_FIXTURES, fixture } from './structured-fixtures';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-import-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const reject = (bytes: Uint8Array, name: string) =>
  importDocument(bytes, name).then(
    () => {
      throw new Error('expected the import to fail');
    },
    (error: { code: string; message: string; details?: { reason?: string } }) => error,
  );

describe('importDocument: bad input gets a clear message', () => {
  it('parses in a worker thread when run from source', () => {
    expect(importRunMode()).toBe('worker');
  });

  it('an .exe renamed to .pdf', async () => {
    const exe = new Uint8Array(4096);
    exe.set(strToU8('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xffThis program cannot be run in DOS mode.'));
    const error = await reject(exe, 'my-cv.pdf');
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toMatch(/Windows program/);
  });

  it('an encrypted PDF', async () => {
    const error = await reject(encryptedPdf(), 'locked.pdf');
    expect(error).toMatchObject({ code: 'BAD_INPUT', details: { reason: 'encrypted' } });
    expect(error.message).toMatch(/password-protected.*without a password/);
  });

  it('a corrupt PDF', async () => {
    const bytes = textPdf('Jane Doe, engineer').slice(0, 120);
    const error = await reject(bytes, 'broken.pdf');
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toMatch(/damaged|could not be opened|no pages/);
  });

  it('an empty file and a PDF without pages', async () => {
    expect((await reject(new Uint8Array(0), 'cv.pdf')).message).toMatch(/is empty/);
    expect((await reject(noPagesPdf(), 'cv.pdf')).message).toMatch(/no pages/);
  });

  it('an image-only (scanned) PDF', async () => {
    const error = await reject(imageOnlyPdf(), 'scan.pdf');
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toMatch(/scanned/);
  });

  it('a DOCX that is a zip bomb', async () => {
    const bomb = zipSync(
      { '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': new Uint8Array(120 * 1024 * 1024) },
      { level: 9 },
    );
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const error = await reject(bomb, 'cv.docx');
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toMatch(/zip bomb/);
  });

  it('a damaged Word document', async () => {
    const broken = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8('<w:document><w:body><w:p>'),
    });
    const error = await reject(broken, 'cv.docx');
    expect(error.code).toBe('BAD_INPUT');
  });

  it('a 200 MB file is refused before it is read', async () => {
    const big = path.join(tmp, 'huge.pdf');
    writeFileSync(big, '%PDF-1.4\n');
    truncateSync(big, 200 * 1024 * 1024); // sparse: takes no disk space
    const before = process.memoryUsage().rss;
    await expect(importFile(big)).rejects.toMatchObject({ code: 'BAD_INPUT', details: { reason: 'too-large' } });
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
    await expect(importDocument(new Uint8Array(21 * 1024 * 1024), 'big.pdf')).rejects.toThrow(/up to 20 MB/);
  });

  it('JSON that is not a CV, and a broken JSON Resume', async () => {
    expect((await reject(strToU8('{"hello": 1}'), 'x.json')).message).toMatch(
      /neither a JSON Resume nor a Reactive Resume/,
    );
    expect((await reject(strToU8('{"basics": {"name": 3}}'), 'x.json')).message).toMatch(/basics\.name/);
    expect((await reject(strToU8('{"basics": '), 'x.json')).message).toMatch(/not valid JSON/);
  });

  it('gives up after the timeout', async () => {
    await expect(importDocument(textPdf('Jane Doe'), 'cv.pdf', { timeoutMs: 1 })).rejects.toMatchObject({
      code: 'TIMEOUT',
    });
  });
});

describe('importDocument: good input', () => {
  it('sniffs the format from the bytes, not the name, and reports progress', async () => {
    const steps: string[] = [];
    const zip = zipSync({
      'Profile.csv': strToU8('First Name,Last Name,Headline\nAl,Bo,Chef\n'),
      'Skills.csv': strToU8('Name\nCooking\n'),
    });
    const result = await importDocument(zip, 'export.pdf', { onProgress: (s) => steps.push(s.label) });
    expect(result.format).toBe('linkedin-zip');
    expect(result.profile.basics.name).toBe('Al Bo');
    expect(steps.length).toBeGreaterThan(0);
  });

  it('reads a small text PDF', async () => {
    const result = await importDocument(
      textPdf('Jane Doe  jane@example.org  Senior engineer with ten years of experience'),
      'cv.pdf',
    );
    expect(result.format).toBe('pdf');
    expect(result.text).toContain('Jane Doe');
  });
});

describe('importDocument on real documents (../shared)', skipUnless(missingFiles(RESUME_FIXTURES)), () => {
  it('reads a Europass PDF from its embedded XML', async () => {
    const result = await importFile(fixture('europass_CV-Europass-20171212-Smith-EN.pdf'));
    expect(result.format).toBe('europass-pdf');
    expect(result.profile.basics.name).toBe('Betty Smith');
    expect(result.text).toContain('Smith');
  });

  it('reads a DOCX, a PDF, a text CV, a JSON Resume and a Reactive Resume export', async () => {
    const docx = await importFile(fixture('soupboss_01-accountant.docx'));
    expect(docx.format).toBe('docx');
    expect(docx.text.length).toBeGreaterThan(100);
    const pdf = await importFile(fixture('rendercv_classic.pdf'));
    expect(pdf.format).toBe('pdf');
    expect(pdf.text).toContain('John Doe');
    expect((await importFile(fixture('soupboss_sample_resume.txt'))).format).toBe('txt');
    expect((await importFile(fixture('jsonresume_sample.resume.json'))).profile.basics.name).toBe('Richard Hendriks');
    const rr = readFileSync(fixture('reactive-resume_gengar.groundtruth.json'));
    expect((await importDocument(new Uint8Array(rr), 'resume.json')).format).toBe('reactive-resume');
  });
});
