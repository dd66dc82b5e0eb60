import createDOMPurify, { type DOMPurify } from 'dompurify';
import { createRequire } from 'node:module';
import type { JSDOM } from 'jsdom';
import { allowListedHtml } from './description-html';
import { removeForeignContent } from './foreign-content';
import { htmlNodeToText, tidyText } from './html-to-text';
import { parsePage } from './page-dom';
import { emptyInvisibleCounts, stripInvisibleChars } from './invisible-chars';
import { sanitizeDocument } from './sanitize-document';
import { emptyReport, type SanitizeReport } from './sanitize-report';

/** Tags kept in a stored description: text structure only, no media, forms or styling. */
export const DESCRIPTION_TAGS = [
  'p',
  'br',
  'hr',
  'ul',
  'ol',
  'li',
  'b',
  'strong',
  'i',
  'em',
  'u',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'code',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'dl',
  'dt',
  'dd',
  'div',
  'span',
  'section',
];
export const DESCRIPTION_ATTRS = ['href', 'title', 'colspan', 'rowspan'];
const ALLOWED_TAGS = new Set(DESCRIPTION_TAGS);

// One jsdom window per process, for DOMPurify (pages are parsed into linkedom instead: page-dom.ts).
// jsdom is large: it loads on the first description that needs cleaning, not when the app starts.
let sharedWindow: JSDOM['window'] | undefined;
function shared(): JSDOM['window'] {
  if (!sharedWindow) {
    const { JSDOM: Dom } = createRequire(import.meta.url)('jsdom') as { JSDOM: typeof JSDOM };
    sharedWindow = new Dom('<!doctype html><html><body></body></html>').window;
  }
  return sharedWindow;
}

let purifier: DOMPurify | undefined;
function purify(): DOMPurify {
  if (!purifier) {
    purifier = createDOMPurify(shared() as unknown as Parameters<typeof createDOMPurify>[0]);
    // Links open outside the app and never carry javascript:/data: targets (DOMPurify drops those).
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A') node.setAttribute('rel', 'noopener noreferrer nofollow');
    });
  }
  return purifier;
}

/** C0 control characters other than tab and newlines, and DEL. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** DOMPurify with the description allow-list. The renderer runs DOMPurify again before showing. */
export function purifyDescriptionHtml(html: string): string {
  return purify().sanitize(html, { ALLOWED_TAGS: DESCRIPTION_TAGS, ALLOWED_ATTR: DESCRIPTION_ATTRS });
}

export interface CleanHtml {
  html: string;
  text: string;
  report: SanitizeReport;
}

/**
 * Sanitises an HTML fragment (e.g. a JSON-LD description): parsed like a browser would, hidden
 * passages out, then written back allow-listed (description-html.ts) and passed through DOMPurify.
 */
export function sanitizeHtmlFragment(html: string, report: SanitizeReport = emptyReport()): CleanHtml {
  const doc = parsePage(`<!doctype html><html><head></head><body>${html}</body></html>`);
  sanitizeDocument(doc, report);
  removeForeignContent(doc.body, report);
  const text = htmlNodeToText(doc.body);
  // Written back allow-listed without a second parse, then through DOMPurify as well: the stored HTML
  // has passed the well-kept sanitiser before anything (the renderer runs it once more) shows it.
  return { html: purifyDescriptionHtml(allowListedHtml(doc.body, ALLOWED_TAGS, DESCRIPTION_ATTRS)), text, report };
}

/** Escapes plain text into paragraphs of HTML (for pasted or file text). */
export function textToHtml(text: string): string {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\n{2,}/)
    .map((para) => `<p>${esc(para).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** Cleans plain text: invisible characters out, whitespace tidied. */
export function sanitizePlainText(
  text: string,
  report: SanitizeReport = emptyReport(),
): { text: string; report: SanitizeReport } {
  const counts = emptyInvisibleCounts();
  // Control characters (other than tab and newline) never belong in a job ad.
  const cleaned = tidyText(stripInvisibleChars(text, counts).replace(CONTROL_CHARS, ''));
  report.zeroWidthChars += counts.zeroWidth;
  report.bidiChars += counts.bidi;
  report.tagChars += counts.tags;
  report.variationSelectors += counts.variationSelectors;
  return { text: cleaned, report };
}
