import type { EmploymentType, RemoteType, Salary } from '../../../../shared/domain/job';

/** What one extractor found. `descriptionHtml` is raw here: the page pipeline sanitises it. */
export interface ExtractedFields {
  title?: string;
  company?: string;
  locations?: string[];
  remote?: RemoteType;
  employmentType?: EmploymentType | null;
  salary?: Salary | null;
  descriptionHtml?: string;
  descriptionText?: string;
  postedAt?: string | null;
  language?: string | null;
  canonicalUrl?: string | null;
  identifier?: string | null;
}

/** Fills the gaps of `base` with `extra`; never overwrites a value base already has. */
export function mergeFields(base: ExtractedFields, extra: ExtractedFields): ExtractedFields {
  const out: ExtractedFields = { ...base };
  for (const [key, value] of Object.entries(extra) as [keyof ExtractedFields, unknown][]) {
    const current = out[key];
    const empty =
      current === undefined ||
      current === null ||
      current === '' ||
      current === 'unknown' ||
      (Array.isArray(current) && current.length === 0);
    if (empty && value !== undefined && value !== null && value !== '') (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

/** Decodes the HTML entities a JSON-LD description or a meta tag may carry (one layer). */
export function decodeEntities(text: string): string {
  const named: Record<string, string> = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: '\u00A0',
    ndash: '–',
    mdash: '—',
    hellip: '…',
    bull: '•',
    rsquo: '’',
    lsquo: '‘',
    rdquo: '”',
    ldquo: '“',
    middot: '·',
    eacute: 'é',
    egrave: 'è',
    uuml: 'ü',
    ouml: 'ö',
    auml: 'ä',
    szlig: 'ß',
    euro: '€',
    pound: '£',
    copy: '©',
    reg: '®',
    trade: '™',
  };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
    }
    return named[code.toLowerCase()] ?? whole;
  });
}
