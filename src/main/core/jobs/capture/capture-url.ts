import { AppError } from '../../../../shared/ipc/result';
import type { Gateway } from '../../net/gateway';
import { docxHtml, pdfText } from '../extract/document-text';
import { inferFromText } from '../extract/paste-inference';
import { sanitizeHtmlFragment, sanitizePlainText, textToHtml } from '../sanitize/sanitize-html';
import { buildDraft, type Capture, type CaptureLog, createCaptureLog } from './build-draft';
import { atsCapture, atsPostingOf, fetchAtsPosting, type AtsPostingEndpoints } from './capture-ats-url';
import { captureFromHtml } from './capture-sources';

/** Fetches a job page through the gateway and extracts it; renders it in a browser when it needs JavaScript. */

export interface UrlCaptureDeps {
  gateway: Gateway;
  /** Where the ATS APIs live (tests point them at 127.0.0.1). */
  atsEndpoints?: AtsPostingEndpoints;
  /** Renders a JavaScript page and returns its HTML; absent when no browser is available. */
  render?: (url: string) => Promise<{ html: string; url: string }>;
}

export function parseJobUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new AppError(
      'BAD_INPUT',
      `"${input.slice(0, 200)}" is not a web address. Copy the full address from your browser (it starts with https://).`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new AppError('BAD_INPUT', `Only http and https pages can be captured, not ${url.protocol} addresses.`);
  return url;
}

const kb = (n: number): string => `${Math.max(1, Math.round(n / 1024)).toLocaleString('en')} KB`;

export async function captureFromUrl(input: string, deps: UrlCaptureDeps): Promise<Capture> {
  const parsedUrl = parseJobUrl(input);
  const url = parsedUrl.href;
  const log = createCaptureLog();
  const ats = atsPostingOf(parsedUrl);
  if (ats) {
    try {
      const posting = await fetchAtsPosting(deps.gateway, ats, deps.atsEndpoints);
      if (posting) return atsCapture(posting, url);
      log.warn(`The ${ats.provider} API does not list this posting; reading the page instead.`);
    } catch (error) {
      if (error instanceof AppError && error.code === 'OFFLINE') throw error;
      log.warn(
        `The ${ats.provider} API could not be read (${error instanceof Error ? error.message : String(error)}); reading the page instead.`,
      );
    }
  }
  const page = await deps.gateway.getBytes(url);
  const type = (page.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  log.info(`Fetched ${page.url} (HTTP ${page.status}, ${type || 'no content type'}, ${kb(page.bytes.byteLength)}).`);
  if (page.url !== url) log.info(`Redirected from ${url}.`);

  if (type === 'application/pdf') return fromText(await pdfText(page.bytes), page.url, log, type, 'url:pdf');
  if (type.includes('wordprocessingml')) {
    const clean = sanitizeHtmlFragment(await docxHtml(page.bytes));
    log.report(clean.report);
    const inferred = inferFromText(clean.text);
    return {
      draft: buildDraft(
        { ...inferred.fields, descriptionText: clean.text, descriptionHtml: clean.html },
        { source: 'url', sourceUrl: page.url, extractedBy: 'url:docx' },
        log,
      ),
      raw: { text: clean.text, contentType: type, url: page.url },
      report: clean.report,
      uncertain: inferred.uncertain,
    };
  }
  const text = new TextDecoder(/charset=([\w-]+)/i.exec(page.contentType ?? '')?.[1] ?? 'utf-8').decode(page.bytes);
  if (type === 'text/plain') return fromText(text, page.url, log, type, 'url:text');
  if (type && type !== 'text/html' && type !== 'application/xhtml+xml') {
    throw new AppError(
      'BAD_INPUT',
      `${page.url} is not a web page but ${type}. Capture job pages, PDFs or Word files; for anything else paste the text.`,
      { url: page.url, contentType: type },
    );
  }

  const first = captureFromHtml(text, page.url, 'url', log, page.contentType);
  if (!first.needsRendering) return first;
  if (!deps.render) {
    log.warn(
      'The page seems to need JavaScript, and no Chrome or Chromium was found to render it. Set a browser in Settings, or paste the text.',
    );
    return first;
  }
  log.info('The page needs JavaScript; rendering it in your browser (headless).');
  const rendered = await deps.render(page.url);
  const renderedLog = createCaptureLog();
  for (const e of log.entries) renderedLog.entries.push(e);
  const second = captureFromHtml(rendered.html, rendered.url, 'url', renderedLog, 'text/html');
  second.draft.extractedBy = `rendered+${second.draft.extractedBy}`.slice(0, 60);
  second.raw = { text: rendered.html, contentType: 'text/html (rendered)', url: rendered.url };
  return second.draft.descriptionText.length >= first.draft.descriptionText.length ? second : first;
}

function fromText(text: string, url: string, log: CaptureLog, contentType: string, extractedBy: string): Capture {
  const { text: clean, report } = sanitizePlainText(text);
  log.report(report);
  const inferred = inferFromText(clean);
  const draft = buildDraft(
    { ...inferred.fields, descriptionText: clean, descriptionHtml: textToHtml(clean) },
    { source: 'url', sourceUrl: url, extractedBy },
    log,
  );
  return { draft, raw: { text, contentType, url }, report, uncertain: inferred.uncertain };
}
