import type { DocumentKind, ExportFormat } from '../../../shared/domain/document';

const EXTENSION: Record<ExportFormat, string> = { pdf: 'pdf', docx: 'docx', md: 'md', json: 'json', html: 'html' };
export const MIME: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json',
  html: 'text/html; charset=utf-8',
};

/** "Müller & Søn GmbH" -> "Muller-Son-GmbH": letters and digits of any script, joined by hyphens. */
function part(s: string | undefined): string {
  return (s ?? '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (/^\p{Ll}/u.test(w) ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join('-')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * `Jane-Doe-CV-Acme-Senior-Engineer.pdf`: who, what, for which company and role. Safe on every
 * file system (no separators, no reserved characters), never empty.
 */
export function documentFileName(args: {
  name?: string;
  kind: DocumentKind;
  company?: string;
  role?: string;
  format: ExportFormat;
}): string {
  const what =
    args.format === 'json' ? 'Resume' : args.format === 'html' ? 'Page' : args.kind === 'cv' ? 'CV' : 'Cover-Letter';
  const stem = [part(args.name), what, part(args.company), part(args.role)].filter(Boolean).join('-');
  return `${stem}.${EXTENSION[args.format]}`;
}
