import { AppError } from '../../../../shared/ipc/result';
import { findEuropassXml, readEuropassXml } from './europass';
import type { ProgressStep } from './import-worker-protocol';
import { readJsonResume, looksLikeJsonResume } from './json-resume';
import { readLinkedInExport } from './linkedin';
import { pdfOpenError, probePdf } from './pdf-probe';
import { looksLikeReactiveResume, readReactiveResume } from './reactive-resume';
import { decodeText, sniffFormat } from './sniff-format';
import { readPlainText } from './text/read-plain-text';
import type { ImportResult } from './types';
import { readPdfDocument, readWordDocument } from './unstructured-readers';
import { unzipGuarded } from './zip-guard';

/** Fewer visible characters than this across the whole PDF means there is no usable text layer. */
const MIN_TEXT_CHARS = 40;

/**
 * Parses one document, whatever its format (decided from its bytes). Runs inside the import
 * worker; throws AppError with a message a person can act on for every file it cannot use.
 */
export async function parseDocument(
  bytes: Uint8Array,
  fileName: string,
  onProgress: (step: ProgressStep) => void = () => undefined,
): Promise<ImportResult> {
  onProgress({ label: 'Checking the file', fraction: 0.05 });
  const format = sniffFormat(bytes, fileName);
  switch (format) {
    case 'pdf':
      return parsePdf(bytes, onProgress);
    case 'docx': {
      onProgress({ label: 'Checking the Word document', fraction: 0.2 });
      unzipGuarded(bytes, () => true); // counts real inflated bytes before mammoth inflates anything
      onProgress({ label: 'Reading the Word document', fraction: 0.4 });
      const result = await readWordDocument(bytes).catch((error: unknown) => {
        if (error instanceof AppError) throw error;
        throw new AppError(
          'BAD_INPUT',
          'This Word document is damaged and cannot be read. Open it in Word or LibreOffice, save it again (or export it as PDF), and import that copy.',
          { reason: 'corrupt', cause: String((error as Error)?.message ?? error) },
        );
      });
      if (!result.text.trim())
        throw new AppError('BAD_INPUT', 'This Word document has no text. Check that you chose the right file.', {
          reason: 'empty',
        });
      return result;
    }
    case 'linkedin-zip':
      onProgress({ label: 'Reading the LinkedIn export', fraction: 0.4 });
      return readLinkedInExport(bytes);
    case 'json':
      return parseJson(decodeText(bytes));
    case 'markdown':
    case 'txt':
      onProgress({ label: 'Reading the text', fraction: 0.4 });
      return readPlainText(decodeText(bytes), format);
  }
}

async function parsePdf(bytes: Uint8Array, onProgress: (step: ProgressStep) => void): Promise<ImportResult> {
  onProgress({ label: 'Opening the PDF', fraction: 0.1 });
  const probe = await probePdf(bytes);
  if (probe.pageCount === 0)
    throw new AppError('BAD_INPUT', 'This PDF has no pages. Export your CV to PDF again.', { reason: 'empty' });
  onProgress({ label: `Reading ${probe.pageCount} page${probe.pageCount === 1 ? '' : 's'}`, fraction: 0.3 });
  const europass = findEuropassXml(probe.attachments);
  const visible = await readPdfDocument(bytes).catch((error: unknown) => {
    if (europass) return null; // the embedded data is enough
    throw error instanceof AppError ? error : pdfOpenError(error);
  });
  if (europass) {
    onProgress({ label: 'Reading the embedded Europass data', fraction: 0.8 });
    return readEuropassXml(europass, visible?.text ?? '');
  }
  const result = visible!;
  const chars = result.text.replace(/\s+/g, '').length;
  if (chars < MIN_TEXT_CHARS) {
    throw new AppError(
      'BAD_INPUT',
      chars === 0
        ? 'This PDF has no text layer: it looks like a scanned image. Export your CV to PDF from Word or Google Docs, or import the .docx, so Jobsmith can read the text.'
        : 'This PDF has almost no text: it looks like a scanned image. Export your CV to PDF from your editor, or import the .docx instead.',
      { reason: 'image-only', pages: probe.pageCount },
    );
  }
  return result;
}

function parseJson(text: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new AppError(
      'BAD_INPUT',
      `This JSON file is not valid JSON (${(error as Error).message}). Export it again from the app that made it.`,
      { reason: 'corrupt' },
    );
  }
  if (looksLikeReactiveResume(value)) return readReactiveResume(value, text);
  if (looksLikeJsonResume(value)) return readJsonResume(value, text);
  throw new AppError(
    'BAD_INPUT',
    'This JSON file is neither a JSON Resume nor a Reactive Resume export. Export your CV as JSON Resume (jsonresume.org) or from Reactive Resume.',
    { reason: 'unsupported' },
  );
}
