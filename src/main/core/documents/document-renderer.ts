import type { DocumentContent, ExportFormat, RenderOptions } from '../../../shared/domain/document';
import { AppError } from '../../../shared/ipc/result';
import { toJsonResume } from '../profile/json-resume-export';
import { documentFileName, MIME } from './file-name';
import { exportMarkdown } from './markdown-export';
import type { TypstEngine } from './typst-engine';
import { defaultMeta, renderTypst, type DocumentMeta } from './typst-render';

export interface RenderRequest extends RenderOptions {
  format: ExportFormat;
  /** PDF/DOCX metadata; default: the person's name, the CV's label and its skills. */
  meta?: DocumentMeta;
  /** For the file name: the job's company and role. */
  company?: string;
  role?: string;
  /** The web page's QR code target (format html); default: the profile's url. */
  pageUrl?: string;
}

export interface RenderedFile {
  bytes: Uint8Array;
  fileName: string;
  mime: string;
  /** PDF only: page count. */
  pages?: number;
  /** What a person should know: content that did not fit, characters without a font... */
  warnings: string[];
}

export interface DocumentRenderer {
  render(content: DocumentContent, req: RenderRequest): Promise<RenderedFile>;
  /** The SVG pages (one SVG) of exactly what the PDF export prints. */
  preview(content: DocumentContent, opts: RenderOptions): Promise<{ svg: string; pages: number; warnings: string[] }>;
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

export function createDocumentRenderer(engine: TypstEngine): DocumentRenderer {
  return {
    async render(content, req) {
      const meta = req.meta ?? defaultMeta(content);
      const name = content.kind === 'cv' ? content.cv.basics.name : content.letter.sender.name;
      const company = req.company ?? (content.kind === 'letter' ? content.letter.recipient.company : undefined);
      const role = req.role ?? (content.kind === 'letter' ? content.letter.recipient.role : undefined);
      const fileName = documentFileName({ name, kind: content.kind, company, role, format: req.format });
      const file = (bytes: Uint8Array, warnings: string[] = [], pages?: number): RenderedFile => ({
        bytes,
        fileName,
        mime: MIME[req.format],
        warnings,
        ...(pages !== undefined ? { pages } : {}),
      });
      switch (req.format) {
        case 'pdf': {
          const r = await renderTypst(engine, content, req, meta);
          return file(r.output.pdf(), r.warnings, r.output.pages);
        }
        case 'docx':
          // docx and qrcode load on first use, so the CLI and app start without them.
          return file(await (await import('./docx-export')).exportDocx(content, req.template, req.paper, meta));
        case 'md':
          return file(utf8(exportMarkdown(content)));
        case 'json':
          return file(
            utf8(`${JSON.stringify(content.kind === 'cv' ? toJsonResume(content.cv) : content.letter, null, 2)}\n`),
          );
        case 'html': {
          if (content.kind !== 'cv')
            throw new AppError(
              'BAD_INPUT',
              'A personal web page is made from a CV or the profile, not from a cover letter.',
            );
          const page = await (await import('./html-page')).exportHtmlPage(content.cv, req.pageUrl);
          return file(utf8(page.html), page.warnings);
        }
      }
    },
    async preview(content, opts) {
      const r = await renderTypst(engine, content, opts);
      return { svg: r.output.svg(), pages: r.output.pages, warnings: r.warnings };
    },
  };
}
