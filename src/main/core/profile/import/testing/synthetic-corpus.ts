/**
 * Writes synthetic CVs to a folder: each as PDF (HTML printed by headless Chromium), DOCX, TXT or
 * Markdown, beside its ground truth (<id>.json, JSON Resume). Needs /usr/bin/chromium for PDFs.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateCv, TEMPLATES, type Format, type SyntheticCv } from './cv-generate';
import { renderHtml } from './cv-render-html';
import { renderDocx, renderText } from './cv-render-text';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = (): boolean => existsSync(CHROMIUM);

export interface CorpusDoc {
  cv: SyntheticCv;
  file: string;
}

const EXT: Record<Format, string> = { pdf: 'pdf', docx: 'docx', txt: 'txt', md: 'md' };

/**
 * `count` CVs from `seed` on: templates take turns so every layout is represented; about one in
 * four is a DOCX, TXT or Markdown file instead of a PDF.
 */
export function planCorpus(count: number, seed: number): SyntheticCv[] {
  const out: SyntheticCv[] = [];
  const others: Format[] = ['docx', 'txt', 'md'];
  for (let i = 0; i < count; i++) {
    const s = seed * 1000 + i;
    const format: Format = i % 4 === 3 ? others[Math.floor(i / 4) % 3]! : 'pdf';
    out.push(generateCv(s, TEMPLATES[i % TEMPLATES.length]!, format));
  }
  return out;
}

export async function writeCorpus(cvs: SyntheticCv[], dir: string): Promise<CorpusDoc[]> {
  mkdirSync(dir, { recursive: true });
  const docs: CorpusDoc[] = [];
  const pdfs = cvs.filter((c) => c.format === 'pdf');
  if (pdfs.length) {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
    try {
      const page = await browser.newPage();
      for (const cv of pdfs) {
        await page.setContent(renderHtml(cv.view, cv.template), { waitUntil: 'load' });
        const furniture = cv.view.pageFurniture
          ? {
              displayHeaderFooter: true,
              headerTemplate: `<div style="font-size:8px;width:100%;text-align:right;padding-right:36px">${cv.view.name.replace(/[<&]/g, '')}</div>`,
              footerTemplate:
                '<div style="font-size:8px;width:100%;text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
            }
          : {};
        const m = cv.view.pageFurniture ? '36px' : '0';
        const bytes = await page.pdf({
          format: 'A4',
          printBackground: true,
          margin: { top: m, bottom: m, left: '0', right: '0' },
          ...furniture,
        });
        const file = path.join(dir, `${cv.id}.pdf`);
        writeFileSync(file, bytes);
        docs.push({ cv, file });
      }
    } finally {
      await browser.close();
    }
  }
  for (const cv of cvs.filter((c) => c.format !== 'pdf')) {
    const file = path.join(dir, `${cv.id}.${EXT[cv.format]}`);
    if (cv.format === 'docx') writeFileSync(file, await renderDocx(cv.view, cv.seed));
    else writeFileSync(file, renderText(cv.view, cv.format === 'md', cv.seed));
    docs.push({ cv, file });
  }
  for (const d of docs) writeFileSync(path.join(dir, `${d.cv.id}.json`), JSON.stringify(d.cv.gt, null, 2));
  const order = new Map(cvs.map((c, i) => [c.id, i]));
  return docs.sort((a, b) => order.get(a.cv.id)! - order.get(b.cv.id)!);
}
