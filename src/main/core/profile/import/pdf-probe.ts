import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { AppError } from '../../../../shared/ipc/result';

/** What the pipeline learns from opening a PDF before any text is extracted. */
export interface PdfProbe {
  pageCount: number;
  /** Embedded files by file name (only small XML/JSON ones are kept). */
  attachments: Map<string, Uint8Array>;
}

const MAX_ATTACHMENT = 5 * 1024 * 1024;

/**
 * Opens a PDF with pdfjs to learn whether it can be read at all: encrypted and corrupt files are
 * refused here with a message a person can act on, and embedded files (Europass XML) are collected.
 */
export async function probePdf(bytes: Uint8Array): Promise<PdfProbe> {
  const task = getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, stopAtErrors: false });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    throw pdfOpenError(error);
  }
  try {
    const attachments = new Map<string, Uint8Array>();
    const raw = (await doc.getAttachments().catch(() => null)) as Record<
      string,
      { filename?: string; content?: Uint8Array }
    > | null;
    for (const [key, value] of Object.entries(raw ?? {})) {
      if (value?.content && value.content.length <= MAX_ATTACHMENT)
        attachments.set(value.filename ?? key, value.content);
    }
    return { pageCount: doc.numPages, attachments };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

/** Maps pdfjs's exceptions (by name: they are not exported as classes we can rely on) to AppErrors. */
export function pdfOpenError(error: unknown): AppError {
  const name = (error as { name?: string })?.name ?? '';
  if (name === 'PasswordException') {
    return new AppError(
      'BAD_INPUT',
      'This PDF is password-protected, so Jobsmith cannot read it. Open it in a PDF viewer, save or print a copy without a password, and import that copy.',
      { reason: 'encrypted' },
    );
  }
  if (
    name === 'InvalidPDFException' ||
    name === 'FormatError' ||
    name === 'UnknownErrorException' ||
    name === 'MissingPDFException'
  ) {
    return new AppError(
      'BAD_INPUT',
      'This PDF is damaged and cannot be read. Download or export it again, then import the new copy.',
      { reason: 'corrupt', cause: String((error as Error)?.message ?? error) },
    );
  }
  return new AppError(
    'BAD_INPUT',
    'This PDF could not be opened. Download or export it again, or save it as a new PDF, then import it.',
    { reason: 'unreadable', cause: String((error as Error)?.message ?? error) },
  );
}
