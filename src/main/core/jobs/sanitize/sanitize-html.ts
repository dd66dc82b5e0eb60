import createDOMPurify, { type DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';
import { htmlNodeToText, tidyText } from './html-to-text';
import { stripInvisibleChars } from './invisible-chars';
import { sanitizeDocument } from './sanitize-document';
import { emptyReport, type SanitizeReport } from './sanitize-report';

/** Tags kept in a stored description: text structure only, no media, forms or styling. */
export const DESCRIPTION_TAGS = [
  'p', 'br', 'hr', 'ul', 'ol', 'li', 'b', 'strong', 'i', 'em', 'u', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'pre', 'code', 'a', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'div', 'span', 'section',
];
export const DESCRIPTION_ATTRS = ['href', 'title', 'colspan', 'rowspan'];

// One window per process: building a jsdom window costs tens of milliseconds, a document in it almost nothing.
let sharedWindow: JSDOM['window'] | undefined;
function shared(): JSDOM['window'] {
  sharedWindow ??= new JSDOM('<!doctype html><html><body></body></html>').window;
  return sharedWindow;
}

/** Parses a whole page into a document of the shared window (no new window: ~1 ms instead of ~10+). */
export function parseHtmlDocument(html: string, baseUrl: string | null): Document {
  const doc = new (shared().DOMParser)().parseFromString(html, 'text/html');
  if (baseUrl) {
    const base = doc.createElement('base');
    base.setAttribute('href', baseUrl);
    doc.head.prepend(base);
  }
  return doc;
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

/** DOMPurify with the description allow-list. The renderer runs DOMPurify again before showing. */
export function purifyDescriptionHtml(html: string): string {
  return purify().sanitize(html, { ALLOWED_TAGS: DESCRIPTION_TAGS, ALLOWED_ATTR: DESCRIPTION_ATTRS });
}

export interface CleanHtml {
  html: string;
  text: string;
  report: SanitizeReport;
}

/** Sanitises an HTML fragment (e.g. a JSON-LD description): hidden passages out, then allow-listed. */
export function sanitizeHtmlFragment(html: string, report: SanitizeReport = emptyReport()): CleanHtml {
  const doc = new (shared().DOMParser)().parseFromString(`<!doctype html><html><head></head><body>${html}</body></html>`, 'text/html');
  sanitizeDocument(doc, report);
  const text = htmlNodeToText(doc.body);
  return { html: purifyDescriptionHtml(doc.body.innerHTML), text, report };
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
export function sanitizePlainText(text: string, report: SanitizeReport = emptyReport()): { text: string; report: SanitizeReport } {
  const counts = { zeroWidth: 0, bidi: 0 };
  // Control characters (other than tab and newline) never belong in a job ad.
  // eslint-disable-next-line no-control-regex
  const cleaned = tidyText(stripInvisibleChars(text, counts).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ''));
  report.zeroWidthChars += counts.zeroWidth;
  report.bidiChars += counts.bidi;
  return { text: cleaned, report };
}
