import DOMPurify from 'dompurify';
import { marked } from 'marked';

/** Markdown notes to HTML that is safe to insert: marked, then DOMPurify (no scripts, styles, forms or remote images). */
export function renderMarkdown(text: string): string {
  const html = marked.parse(text, { async: false, gfm: true, breaks: true });
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'img', 'form', 'input', 'iframe'],
    FORBID_ATTR: ['style'],
  });
}
