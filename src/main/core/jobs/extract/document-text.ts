import mammoth from 'mammoth';
import { AppError } from '../../../../shared/ipc/result';
import { IMPORT_TIMEOUT_MS } from '../../profile/import/import-limits';
import { readPdfText } from '../../profile/import/pdf/read-pdf';
import { readJobDocumentInWorker } from '../../profile/import/run-import-worker';
import { unzipGuarded } from '../../profile/import/zip-guard';

/**
 * The text of a job description file. PDFs go through the CV importer's layout-aware reader;
 * DOCX through mammoth as HTML, so headings and bullet lists survive into the description. Both
 * run in the CV importer's worker thread (resource limits, a hard timeout, the zip guard), never in
 * the main process: a captured file is as untrusted as any download.
 */
export type JobFileKind = 'pdf' | 'docx' | 'html' | 'txt';

export function sniffJobFile(bytes: Uint8Array, fileName: string): JobFileKind {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1');
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004')) {
    if (/\.docx$/i.test(fileName) || head.includes('[Content_Types].xml') || head.includes('word/')) return 'docx';
    throw new AppError(
      'BAD_INPUT',
      `${fileName} is a ZIP archive, not a job description. Use a PDF, DOCX, TXT or saved HTML page.`,
    );
  }
  if (/\.html?$/i.test(fileName) || /^\s*(<!doctype html|<html|<head|<body)/i.test(head)) return 'html';
  if (bytes.subarray(0, 4096).includes(0)) {
    throw new AppError(
      'BAD_INPUT',
      `${fileName} is not a text, PDF, DOCX or HTML file, so it cannot be read as a job description.`,
    );
  }
  return 'txt';
}

export function pdfText(bytes: Uint8Array, timeoutMs = IMPORT_TIMEOUT_MS): Promise<string> {
  return readJobDocumentInWorker('job-pdf-text', bytes, { timeoutMs });
}

export function docxHtml(bytes: Uint8Array, timeoutMs = IMPORT_TIMEOUT_MS): Promise<string> {
  return readJobDocumentInWorker('job-docx-html', bytes, { timeoutMs });
}

/** Worker side (import-worker.ts). */
export async function pdfTextInProcess(bytes: Uint8Array): Promise<string> {
  try {
    return (await readPdfText(bytes)).text;
  } catch (error) {
    if (error instanceof AppError)
      throw new AppError(error.code, error.message.replace(/\bthe CV\b/g, 'the job description'), error.details);
    throw new AppError(
      'BAD_INPUT',
      'This PDF could not be read (it may be damaged or encrypted). Open it and paste the text instead.',
      { cause: String(error) },
    );
  }
}

/** Worker side (import-worker.ts): the zip guard counts real inflated bytes before mammoth inflates anything. */
export async function docxHtmlInProcess(bytes: Uint8Array): Promise<string> {
  unzipGuarded(bytes, () => true);
  try {
    const { value } = await mammoth.convertToHtml({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    });
    return value;
  } catch (error) {
    throw new AppError(
      'BAD_INPUT',
      'This DOCX file could not be read (it may be damaged). Open it in Word and save it again, or paste the text.',
      { cause: String(error) },
    );
  }
}

export function decodeTextFile(bytes: Uint8Array): string {
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  // Many replacement characters mean the file was not UTF-8: fall back to Windows-1252.
  const bad = (utf8.match(/\uFFFD/g) ?? []).length;
  return bad > 3 && bad > utf8.length / 500
    ? new TextDecoder('windows-1252').decode(bytes)
    : utf8.replace(/^\uFEFF/, '');
}
