import { AppError } from '../../../../../shared/ipc/result';
import { BOTTOM_MARGIN_ZONE, CONTINUATION_EDGE_PT, OTHER_COLUMN_MIN_PT, TOP_MARGIN_ZONE } from './layout-thresholds';
import type { ImportResult } from '../types';
import { matchHeading } from '../text/headings';
import { parseProfileLines } from '../text/parse-profile';
import type { DocLine } from '../text/lines';
import { loadPdf, MAX_PAGES } from './pdf-document';
import { pageLines } from './pdf-lines';

const PAGE_NUMBER =
  /(?:^|\s)(?:page|seite|página|pagina)?\s*\d{1,2}\s*(?:\/|of|von|de|sur)\s*\d{1,2}$|^[-–—\s]*\d{1,2}[-–—\s]*$/i;
const shape = (s: string): string => s.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/**
 * Running headers and footers (page numbers, "Name – 2/3", "Last updated ...") are not CV content:
 * lines in the top or bottom margin that carry a page number or repeat on several pages are dropped.
 */
export function dropPageMargins(pages: DocLine[][], heights: number[]): DocLine[] {
  return pageContent(pages, heights).flat();
}

function pageContent(pages: DocLine[][], heights: number[]): DocLine[][] {
  const inMargin = (l: DocLine, h: number): boolean =>
    l.y !== undefined && (l.y > h * TOP_MARGIN_ZONE || l.y < h * BOTTOM_MARGIN_ZONE);
  const count = new Map<string, number>();
  pages.forEach((pl, i) => {
    const seen = new Set(pl.filter((l) => inMargin(l, heights[i]!)).map((l) => shape(l.text)));
    for (const s of seen) count.set(s, (count.get(s) ?? 0) + 1);
  });
  return pages.map((pl, i) =>
    // a running header is dropped after page 1; on page 1 it may be the name itself
    pl.filter(
      (l) =>
        !(
          inMargin(l, heights[i]!) &&
          (PAGE_NUMBER.test(l.text.trim()) || (i > 0 && (count.get(shape(l.text)) ?? 0) > 1))
        ),
    ),
  );
}

/**
 * A column that runs on to the next page: page 1 read as left column then right column, page 2
 * opening with more of the left column (the rest of a job) before any heading. Those opening lines
 * move up to follow the page-1 column they continue, so they do not land in the right column's
 * last section.
 */
export function carryColumnOverflow(pages: DocLine[][]): DocLine[][] {
  const out = pages.map((p) => [...p]);
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1]!.filter((l) => l.block !== undefined && !l.footer);
    const order = [...new Set(prev.map((l) => l.block!))];
    if (order.length < 2) continue;
    const of = (b: number): DocLine[] => prev.filter((l) => l.block === b);
    const minX = (b: number): number => Math.min(...of(b).map((l) => l.x));
    const ys = (b: number): number[] => of(b).map((l) => l.y ?? 0);
    // columns side by side: their lines share a height band (label bands and table rows do not)
    const beside = (a: number, b: number): boolean =>
      Math.min(...ys(a)) < Math.max(...ys(b)) && Math.min(...ys(b)) < Math.max(...ys(a));
    const cont: DocLine[] = [];
    for (const l of out[i]!) {
      if (l.footer) continue;
      if (l.segments.length === 1 && matchHeading(l.text)?.strong) break;
      cont.push(l);
    }
    if (!cont.length) continue;
    const x = Math.min(...cont.map((l) => l.x));
    const last = order[order.length - 1]!;
    if (Math.abs(minX(last) - x) <= OTHER_COLUMN_MIN_PT) continue;
    const target = order
      .slice(0, -1)
      .reverse()
      .find((b) => Math.abs(minX(b) - x) <= CONTINUATION_EDGE_PT && beside(b, last));
    if (target === undefined) continue;
    const after = out[i - 1]!.findLastIndex((l) => l.block === target);
    // the column keeps its width on the next page, where no sidebar stands beside it to show it:
    // its lines wrap at the page-1 column's right edge
    const right = of(target).find((l) => l.columnRight !== undefined)?.columnRight;
    out[i - 1]!.splice(
      after + 1,
      0,
      ...cont.map((l) => ({ ...l, block: target, columnRight: right ?? l.columnRight })),
    );
    out[i] = out[i]!.filter((l) => !cont.includes(l));
  }
  return out;
}

/** Reads a CV from a PDF's text layer, rebuilding reading order from text positions. */
export async function readPdfText(bytes: Uint8Array): Promise<ImportResult> {
  const content = await loadPdf(bytes);
  const warnings: string[] = [];
  const perPage = content.pages.map((page) => pageLines(page));
  perPage.forEach((pl, i) => {
    if (!pl.length && content.pages.length > 1)
      warnings.push(`Page ${i + 1} has no text layer (a scan?); its content was not imported.`);
  });
  if (content.pageCount > MAX_PAGES) {
    warnings.push(`Only the first ${MAX_PAGES} of ${content.pageCount} pages were read; a CV is rarely longer.`);
  }
  const heights = content.pages.map((p) => p.height);
  const lines = carryColumnOverflow(pageContent(perPage, heights)).flat();
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
  return {
    format: 'pdf',
    profile: parsed.profile,
    text,
    uncertain: parsed.uncertain,
    warnings: [...warnings, ...parsed.warnings],
  };
}
