import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Reads a PDF back with pdf.js: its text in content order (lines joined by newlines) and its metadata. */
export async function readPdf(
  bytes: Uint8Array,
): Promise<{ text: string; pages: number; info: Record<string, unknown> }> {
  const doc = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const parts: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      for (const item of content.items) if ('str' in item) parts.push(item.str + (item.hasEOL ? '\n' : ''));
    }
    const meta = await doc.getMetadata();
    return { text: parts.join(''), pages: doc.numPages, info: meta.info as Record<string, unknown> };
  } finally {
    await doc.destroy();
  }
}
