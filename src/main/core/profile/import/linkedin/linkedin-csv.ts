import Papa from 'papaparse';

/**
 * Reads one CSV of a LinkedIn data export into rows keyed by header. LinkedIn quotes fields that
 * span several lines, and some files start with a "Notes:" preamble before the header row; the
 * header is found by the column names the caller expects.
 */
export function readLinkedInCsv(text: string, expectedColumns: string[]): Record<string, string>[] {
  const clean = text.replace(/^\uFEFF/, '');
  const result = Papa.parse<string[]>(clean, { skipEmptyLines: 'greedy' });
  const rows = result.data;
  const want = expectedColumns.map((c) => c.toLowerCase());
  const headerAt = rows.findIndex((r) => r.some((cell) => want.includes(cell.trim().toLowerCase())));
  if (headerAt < 0) return [];
  const header = rows[headerAt]!.map((h) => h.trim());
  return rows.slice(headerAt + 1).map((r) => {
    const row: Record<string, string> = {};
    header.forEach((h, i) => {
      row[h] = (r[i] ?? '').replace(/\r\n?/g, '\n').trim();
    });
    return row;
  });
}

/** The first non-empty value among several possible column names (LinkedIn renamed some over the years). */
export function pick(row: Record<string, string>, ...names: string[]): string {
  for (const n of names) {
    const v = row[n];
    if (v) return v;
  }
  return '';
}

/**
 * Profile.csv "Websites" looks like "[PERSONAL:https://a.dev,COMPANY:https://b.com]", and in some
 * exports holds one site per line (with or without the kind): one link per site either way.
 */
export function parseWebsites(raw: string): { kind: string; url: string }[] {
  const inner = raw.trim().replace(/^\[/, '').replace(/\]$/, '');
  if (!inner) return [];
  return inner
    .split(/,\s*(?=[A-Z_]+:)|\s*[\r\n]+\s*|\s+(?=[A-Z_]+:\S|https?:\/\/)/)
    .map((part) => {
      const m = /^([A-Z_]+):(.+)$/.exec(part.trim());
      return m ? { kind: m[1]!, url: m[2]!.trim() } : { kind: 'OTHER', url: part.trim() };
    })
    .filter((w) => w.url);
}
