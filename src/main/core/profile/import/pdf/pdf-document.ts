import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { AppError } from '../../../../../shared/ipc/result';
import { glyphWords, hasSuspectSplit } from './glyph-words';

/** A run of text as pdf.js reports it, in page coordinates (origin bottom-left). */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size in points (the text matrix scale). */
  size: number;
  font: string;
  page: number;
}

export interface PdfPage {
  page: number;
  width: number;
  height: number;
  items: PdfItem[];
  /** Words as the glyphs draw them, read only when the text shows a suspect split ("DevO ps"). */
  glyphWords?: Set<string>;
}

export interface PdfContent {
  pages: PdfPage[];
  /** Link annotation targets (mailto:, tel:, https:) in page order. */
  links: string[];
  /** Europass and similar PDFs embed the structured CV as an attachment. */
  attachments: string[];
  /** Pages in the file; only the first MAX_PAGES are read. */
  pageCount: number;
}

type PdfJs = typeof PdfJsModule;
let pdfjsPromise: Promise<PdfJs> | null = null;
const loadPdfJs = (): Promise<PdfJs> => (pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

export const MAX_PAGES = 30;

/** Reads the text runs and links of every page. Throws BAD_INPUT for encrypted or broken files. */
export async function loadPdf(bytes: Uint8Array): Promise<PdfContent> {
  if (bytes.length < 8 || !isPdfHeader(bytes)) {
    throw new AppError(
      'BAD_INPUT',
      'This file is not a PDF (it does not start with %PDF). Export your CV as PDF and try again.',
    );
  }
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as { name?: string }).name ?? '';
    if (name === 'PasswordException') {
      throw new AppError(
        'BAD_INPUT',
        'This PDF is password-protected. Remove the password (print it to a new PDF) and import it again.',
      );
    }
    throw new AppError(
      'BAD_INPUT',
      'This PDF is damaged and cannot be read. Export it again from your editor and retry.',
      {
        reason: String((e as Error).message ?? e),
      },
    );
  }
  try {
    const pages: PdfPage[] = [];
    const links: string[] = [];
    const n = Math.min(doc.numPages, MAX_PAGES);
    for (let p = 1; p <= n; p++) {
      const page = await doc.getPage(p);
      const vp = page.getViewport({ scale: 1 });
      const tc = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const it of tc.items) {
        if (!('str' in it) || !it.str) continue;
        const [a, b, , , x, y] = it.transform as number[];
        const size = Math.hypot(a ?? 0, b ?? 0) || it.height;
        if (Math.abs(b ?? 0) > Math.abs(a ?? 0)) continue; // rotated text (margin notes, watermarks)
        items.push({ str: it.str, x: x ?? 0, y: y ?? 0, width: it.width, size, font: it.fontName, page: p });
      }
      const suspect = hasSuspectSplit(items.map((i) => i.str).join(' '));
      const words = suspect ? await glyphWords(page, pdfjs.OPS) : undefined;
      pages.push({ page: p, width: vp.width, height: vp.height, items, ...(words ? { glyphWords: words } : {}) });
      for (const a of await page.getAnnotations()) {
        const url = (a as { url?: string }).url;
        if (typeof url === 'string' && url) links.push(url);
      }
      page.cleanup();
    }
    const attachments = Object.keys((await doc.getAttachments()) ?? {});
    return { pages, links, attachments, pageCount: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

function isPdfHeader(bytes: Uint8Array): boolean {
  // %PDF may follow a little junk (some generators prepend bytes); look in the first 1 KB
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}
