import type { ImportResult } from '../types';
import { AppError } from '../../../../../shared/ipc/result';
import { makeLine, type DocLine } from './lines';
import { parseProfileLines } from './parse-profile';

/** Plain text and Markdown into lines: Markdown headings, emphasis and links become cues, not noise. */
export function textToLines(text: string, format: 'txt' | 'markdown'): { lines: DocLine[]; links: string[] } {
  const links: string[] = [];
  const lines: DocLine[] = [];
  let src = text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  src = src.replace(/<!--[\s\S]*?-->/g, '');
  const md = format === 'markdown' || /^#{1,6}\s|\n#{1,6}\s|\*\*[^*]+\*\*/.test(src);
  let blank = false;
  for (let raw of src.split('\n')) {
    const prev = lines[lines.length - 1];
    if (prev && !blank && isUnderline(raw, prev)) {
      // "Work" over "----": the line above is a heading (Markdown's setext headings, and plain text CVs)
      prev.heading = raw.includes('=') ? 1 : 2;
      blank = true;
      continue;
    }
    if (!raw.trim() || /^\s*(?:[-*_]\s*){3,}$/.test(raw) || /^\s*[=-]{3,}\s*$/.test(raw)) {
      blank = true;
      continue;
    }
    const indent = raw.match(/^\s*/)![0].replace(/\t/g, '  ').length;
    raw = raw.trim();
    let heading: number | undefined;
    let bold = false;
    if (md) {
      const h = raw.match(/^(#{1,6})\s+(.*)$/);
      if (h) {
        heading = h[1]!.length;
        raw = h[2]!.replace(/\s+#+\s*$/, '');
      }
      raw = raw.replace(/^>\s?/, '');
      raw = raw.replace(/!\[[^\]]*\]\([^)]*\)/g, '');
      raw = raw.replace(/\[([^\]]*)\]\(([^)]+)\)/g, (_m, label: string, url: string) => {
        links.push(url);
        return /^mailto:|^tel:/i.test(url) || label.includes('.') || !/^https?:/i.test(url) ? label : `${label} ${url}`;
      });
      if (/^\*\*[^*]+\*\*:?$|^__[^_]+__:?$/.test(raw)) bold = true;
      raw = raw
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|\W)[*_]([^*_]+)[*_](?=\W|$)/g, '$1$2')
        .replace(/`([^`]+)`/g, '$1');
      raw = raw.replace(/\s{2,}$/, '').replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
    }
    raw = raw.trim();
    if (!raw) continue;
    const bulletM = raw.match(/^(?:[-*+•●▪◦➢►–]|\d{1,2}[.)])\s+/u);
    const bullet = Boolean(bulletM);
    if (bulletM) raw = raw.slice(bulletM[0].length);
    const cells =
      raw.startsWith('|') && raw.endsWith('|')
        ? raw
            .slice(1, -1)
            .split('|')
            .map((c) => c.trim())
            .filter(Boolean)
        : null;
    if (cells && cells.every((c) => /^:?-+:?$/.test(c))) continue;
    const textLine = cells ? cells.join(' | ') : raw;
    lines.push(
      makeLine(textLine, { segments: cells ?? [textLine], x: indent, heading, bold, bullet, gapBefore: blank ? 1 : 0 }),
    );
    blank = false;
  }
  return { lines, links };
}

/** A rule of = or - about as long as the short line above it underlines that line. */
function isUnderline(raw: string, above: DocLine): boolean {
  const t = raw.trim();
  if (!/^(?:=+|-+)$/.test(t) || t.length < 3 || above.bullet || above.segments.length > 1) return false;
  const n = above.text.length;
  return above.text.split(/\s+/).length <= 6 && t.length >= n * 0.5 && t.length <= n * 1.5 + 2;
}

/** Reads a plain-text or Markdown CV into a profile. */
export function readPlainText(text: string, format: 'txt' | 'markdown'): ImportResult {
  if (!text.trim()) throw new AppError('BAD_INPUT', 'The file is empty: there is no text to import.');
  if (text.includes('\u0000')) {
    throw new AppError(
      'BAD_INPUT',
      'This does not look like a text file (it contains binary data). Choose a .txt or .md CV.',
    );
  }
  const { lines, links } = textToLines(text, format);
  const parsed = parseProfileLines(lines, { links });
  return {
    format,
    profile: parsed.profile,
    text: text.replace(/\r\n?/g, '\n'),
    uncertain: parsed.uncertain,
    warnings: parsed.warnings,
  };
}
