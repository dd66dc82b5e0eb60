import { AppError } from '../../../../shared/ipc/result';
import { docxHtml, decodeTextFile, pdfText, sniffJobFile } from '../extract/document-text';
import { extractJobFromHtml } from '../extract/extract-page';
import { inferFromDocument, type DocumentKind } from '../extract/document-fields';
import { inferFromText } from '../extract/paste-inference';
import { sanitizeHtmlFragment, sanitizePlainText, textToHtml } from '../sanitize/sanitize-html';
import { emptyReport } from '../sanitize/sanitize-report';
import { buildDraft, type Capture, type CaptureLog, createCaptureLog } from './build-draft';

/** Capture from pasted text or HTML, from a file, or from an HTML page already in hand. */

export const MAX_PASTE_CHARS = 2_000_000;
export const MAX_JOB_FILE_BYTES = 20 * 1024 * 1024;

export function captureFromHtml(
  html: string,
  url: string | null,
  source: 'url' | 'file' | 'paste',
  log = createCaptureLog(),
  contentType: string | null = 'text/html',
): Capture & { needsRendering: boolean } {
  const page = extractJobFromHtml(html, url);
  log.info(`Extracted with ${page.extractedBy}.`);
  for (const w of page.warnings) log.warn(w);
  log.report(page.report);
  const draft = buildDraft(page.fields, { source, sourceUrl: url, extractedBy: page.extractedBy }, log);
  return {
    draft,
    raw: { text: html, contentType, url },
    report: page.report,
    uncertain: page.review,
    evidence: page.evidence,
    locationParts: page.locationParts,
    needsRendering: page.needsRendering,
  };
}

function captureFromText(
  text: string,
  source: 'paste' | 'file',
  sourceUrl: string | null,
  log: CaptureLog,
  contentType: string,
  extractedBy: string,
  kind: DocumentKind = 'txt',
): Capture {
  const { text: clean, report } = sanitizePlainText(text);
  log.report(report);
  const inferred = inferFromDocument(clean, kind);
  if (inferred.removedLines)
    log.info(
      `Left out ${inferred.removedLines} line${inferred.removedLines > 1 ? 's' : ''} the browser's print or the page's ads for other jobs added.`,
    );
  if (inferred.uncertain.length)
    log.info(
      `Guessed ${inferred.uncertain.join(', ')} from the text; check ${inferred.uncertain.length > 1 ? 'them' : 'it'}.`,
    );
  const draft = buildDraft(
    { ...inferred.fields, descriptionText: inferred.text, descriptionHtml: textToHtml(inferred.text) },
    { source, sourceUrl, extractedBy },
    log,
  );
  return {
    draft,
    raw: { text, contentType, url: sourceUrl },
    report,
    uncertain: inferred.uncertain,
    evidence: inferred.evidence,
  };
}

const looksLikeHtml = (s: string): boolean =>
  /<(html|body|div|p|ul|li|h[1-6]|span|br|table|script|article|section)\b[^>]*>/i.test(s.slice(0, 20_000));

export function captureFromPaste(input: string): Capture {
  if (!input.trim())
    throw new AppError('BAD_INPUT', 'Nothing was pasted. Copy the job ad text (or the page) and paste it again.');
  if (input.length > MAX_PASTE_CHARS)
    throw new AppError(
      'BAD_INPUT',
      `The pasted text is too long (${Math.round(input.length / 1000)}k characters; the limit is ${MAX_PASTE_CHARS / 1000}k). Paste only the job ad.`,
    );
  const log = createCaptureLog();
  log.info(`Pasted ${input.length.toLocaleString('en')} characters.`);
  if (!looksLikeHtml(input))
    return captureFromText(
      input,
      'paste',
      null,
      log,
      'text/plain',
      'paste',
      /^#\s+\S/m.test(input.slice(0, 2000)) ? 'markdown' : 'txt',
    );
  // Pasted HTML: structured data if the snippet has it, else the sanitised text with guesses.
  const page = captureFromHtml(input, null, 'paste', log);
  if (page.draft.extractedBy.startsWith('json-ld') || page.draft.extractedBy.startsWith('microdata')) return page;
  const clean = sanitizeHtmlFragment(input, emptyReport());
  const inferred = inferFromText(clean.text);
  const fallbackLog = createCaptureLog();
  fallbackLog.info(`Pasted ${input.length.toLocaleString('en')} characters of HTML.`);
  fallbackLog.report(clean.report);
  const draft = buildDraft(
    { ...inferred.fields, descriptionText: clean.text, descriptionHtml: clean.html },
    { source: 'paste', sourceUrl: null, extractedBy: 'paste-html' },
    fallbackLog,
  );
  return {
    draft,
    raw: { text: input, contentType: 'text/html', url: null },
    report: clean.report,
    uncertain: inferred.uncertain,
  };
}

export async function captureFromFile(bytes: Uint8Array, fileName: string): Promise<Capture> {
  if (bytes.byteLength === 0) throw new AppError('BAD_INPUT', `${fileName} is empty.`);
  if (bytes.byteLength > MAX_JOB_FILE_BYTES)
    throw new AppError(
      'BAD_INPUT',
      `${fileName} is larger than ${MAX_JOB_FILE_BYTES / 1024 / 1024} MB, too big for a job description.`,
    );
  const kind = sniffJobFile(bytes, fileName);
  const log = createCaptureLog();
  log.info(`Read ${fileName} (${kind.toUpperCase()}, ${Math.ceil(bytes.byteLength / 1024)} KB).`);
  if (kind === 'html') return captureFromHtml(decodeTextFile(bytes), savedPageUrl(decodeTextFile(bytes)), 'file', log);
  if (kind === 'txt') {
    const text = decodeTextFile(bytes);
    const markdown = /\.(md|markdown)$/i.test(fileName) || /^#\s+\S/m.test(text.slice(0, 2000));
    return captureFromText(
      text,
      'file',
      null,
      log,
      markdown ? 'text/markdown' : 'text/plain',
      markdown ? 'file:markdown' : 'file:txt',
      markdown ? 'markdown' : 'txt',
    );
  }
  if (kind === 'pdf')
    return captureFromText(await pdfText(bytes), 'file', null, log, 'application/pdf', 'file:pdf', 'pdf');
  const html = await docxHtml(bytes);
  const clean = sanitizeHtmlFragment(html);
  log.report(clean.report);
  const inferred = inferFromDocument(clean.text, 'docx', docxHeadings(html));
  const draft = buildDraft(
    { ...inferred.fields, descriptionText: clean.text, descriptionHtml: clean.html },
    { source: 'file', sourceUrl: null, extractedBy: 'file:docx' },
    log,
  );
  return {
    draft,
    raw: {
      text: clean.text,
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      url: null,
    },
    report: clean.report,
    uncertain: inferred.uncertain,
    evidence: inferred.evidence,
  };
}

/** A DOCX's headings and bold-only paragraphs, where its title usually is. */
function docxHeadings(html: string): string[] {
  return [...html.matchAll(/<h[1-3][^>]*>([\s\S]*?)<\/h[1-3]>|<p>\s*<strong>([^<]{3,120})<\/strong>\s*<\/p>/gi)]
    .map((m) =>
      (m[1] ?? m[2] ?? '')
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .slice(0, 5);
}

/** A page saved from a browser remembers its address (canonical link, og:url, or Chrome's "saved from" comment). */
function savedPageUrl(html: string): string | null {
  const head = html.slice(0, 300_000);
  const m =
    /<link\b[^>]*rel=["']?canonical["']?[^>]*href=["']([^"']+)["']/i.exec(head) ??
    /<link\b[^>]*href=["']([^"']+)["'][^>]*rel=["']?canonical/i.exec(head) ??
    /<meta\b[^>]*content=["']([^"']+)["'][^>]*property=["']og:url["']/i.exec(head) ??
    /<meta\b[^>]*property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(head) ??
    /<!-- saved from url=\(\d+\)(\S+) -->/i.exec(head);
  const url = m?.[1]?.replace(/&amp;/g, '&');
  return url && /^https?:\/\//.test(url) ? url : null;
}
