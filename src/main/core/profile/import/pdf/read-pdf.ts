import { AppError } from '../../../../../shared/ipc/result';
import type { ImportResult } from '../types';
import { parseProfileLines } from '../text/parse-profile';
import type { DocLine } from '../text/lines';
import { loadPdf, MAX_PAGES } from './pdf-document';
import { pageLines } from './pdf-lines';

const PAGE_NUMBER = /(?:^|\s)(?:page|seite|página|pagina)?\s*\d{1,2}\s*(?:\/|of|von|de|sur)\s*\d{1,2}$|^[-–—\s]*\d{1,2}[-–—\s]*$/i;
const shape = (s: string): string => s.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/**
 * Running headers and footers (page numbers, "Name – 2/3", "Last updated ...") are not CV content:
 * lines in the top or bottom margin that carry a page number or repeat on several pages are dropped.
 */
export function dropPageMargins(pages: DocLine[][], heights: number[]): DocLine[] {
  const inMargin = (l: DocLine, h: number): boolean => l.y !== undefined && (l.y > h * 0.93 || l.y < h * 0.06);
  const count = new Map<string, number>();
  pages.forEach((pl, i) => {
    const seen = new Set(pl.filter((l) => inMargin(l, heights[i]!)).map((l) => shape(l.text)));
    for (const s of seen) count.set(s, (count.get(s) ?? 0) + 1);
  });
  return pages.flatMap((pl, i) =>
    // a running header is dropped after page 1; on page 1 it may be the name itself
    pl.filter((l) => !(inMargin(l, heights[i]!) && (PAGE_NUMBER.test(l.text.trim()) || (i > 0 && (count.get(shape(l.text)) ?? 0) > 1)))),
  );
}

/** Reads a CV from a PDF's text layer, rebuilding reading order from text positions. */
export async function readPdfText(bytes: Uint8Array): Promise<ImportResult> {
  const content = await loadPdf(bytes);
  const warnings: string[] = [];
  const perPage = content.pages.map((page) => pageLines(page));
  perPage.forEach((pl, i) => {
    if (!pl.length && content.pages.length > 1) warnings.push(`Page ${i + 1} has no text layer (a scan?); its content was not imported.`);
  });
  if (content.pageCount > MAX_PAGES) {
    warnings.push(`Only the first ${MAX_PAGES} of ${content.pageCount} pages were read; a CV is rarely longer.`);
  }
  const lines = dropPageMargins(perPage, content.pages.map((p) => p.height));
  const text = lines.map((l) => l.text).join('\n');
  if (text.replace(/\W/g, '').length < 20) {
    throw new AppError(
      'BAD_INPUT',
      content.pages.length === 0
        ? 'This PDF has no pages.'
        : 'This PDF has no text layer (it looks like a scanned image). Export the CV from your editor as a text PDF, or run it through OCR first.',
    );
  }
  const parsed = parseProfileLines(lines, { links: content.links });
  return { format: 'pdf', profile: parsed.profile, text, uncertain: parsed.uncertain, warnings: [...warnings, ...parsed.warnings] };
}
