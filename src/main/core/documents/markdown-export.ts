import type { DocumentContent } from '../../../shared/domain/document';
import { cvView, letterView } from './cv-view';

/** Escapes what Markdown would read as syntax, so CV text prints as written. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/([\\`*_[\]<>|#])/g, '\\$1')
    .replace(/^(\s*)([-+])(\s)/, '$1\\$2$3')
    .replace(/^(\s*)(\d+)\.(\s)/, '$1$2\\.$3');
}

/** The document as Markdown: headings for sections and entries, bullets as a list. */
export function exportMarkdown(content: DocumentContent): string {
  const e = escapeMarkdown;
  const out: string[] = [];
  if (content.kind === 'letter') {
    const v = letterView(content.letter);
    out.push(`# ${e(v.name || 'Cover letter')}`, '');
    if (v.label) out.push(e(v.label), '');
    if (v.contacts.length) out.push(v.contacts.map(e).join(' | '), '');
    out.push(e(v.date), '', v.recipient.map(e).join('  \n'), '');
    if (v.greeting) out.push(e(v.greeting), '');
    for (const p of v.paragraphs) out.push(e(p), '');
    if (v.closing) out.push(e(v.closing), '');
    out.push(e(v.name));
    return `${out.join('\n').trim()}\n`;
  }
  const v = cvView(content.cv);
  out.push(`# ${e(v.name || 'CV')}`, '');
  if (v.label) out.push(e(v.label), '');
  if (v.contacts.length) out.push(v.contacts.map(e).join(' | '), '');
  if (v.summary) out.push('## Summary', '', e(v.summary), '');
  for (const s of v.sections) {
    out.push(`## ${e(s.title)}`, '');
    for (const x of s.entries) {
      out.push(`### ${e([x.title, x.org].filter(Boolean).join(', '))}`, '');
      const sub = [x.dates, x.location].filter(Boolean).map(e).join(' | ');
      if (sub) out.push(sub, '');
      if (x.summary) out.push(e(x.summary), '');
      if (x.bullets.length) out.push(...x.bullets.map((b) => `- ${e(b)}`), '');
    }
    if (s.lines.length)
      out.push(
        ...s.lines.map((l) => `- ${l.label && l.text ? `**${e(l.label)}:** ${e(l.text)}` : e(l.label || l.text)}`),
        '',
      );
  }
  return `${out.join('\n').trim()}\n`;
}
