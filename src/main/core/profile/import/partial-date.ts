/**
 * Turns the many ways CVs and exports write dates into the profile's partial ISO form
 * ("2021", "2021-03", "2021-03-14"). Returns undefined for "Present", blanks and anything unreadable.
 */
const MONTHS: Record<string, number> = {
  jan: 1, january: 1, janvier: 1, januar: 1, enero: 1,
  feb: 2, february: 2, fevrier: 2, février: 2, februar: 2, febrero: 2,
  mar: 3, march: 3, mars: 3, märz: 3, marz: 3, marzo: 3,
  apr: 4, april: 4, avril: 4, abril: 4,
  may: 5, mai: 5, mayo: 5,
  jun: 6, june: 6, juin: 6, juni: 6, junio: 6,
  jul: 7, july: 7, juillet: 7, juli: 7, julio: 7,
  aug: 8, august: 8, aout: 8, août: 8, agosto: 8,
  sep: 9, sept: 9, september: 9, septembre: 9, septiembre: 9,
  oct: 10, october: 10, octobre: 10, oktober: 10, octubre: 10,
  nov: 11, november: 11, novembre: 11, noviembre: 11,
  dec: 12, december: 12, decembre: 12, décembre: 12, dezember: 12, diciembre: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');
const validMonth = (m: number) => m >= 1 && m <= 12;
const validYear = (y: number) => y >= 1900 && y <= 2100;

export function toPartialDate(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const s = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!s) return undefined;
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:t.*)?$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    if (!validYear(y)) return undefined;
    if (!m[2]) return String(y);
    const mo = Number(m[2]);
    if (!validMonth(mo)) return String(y);
    if (!m[3]) return `${y}-${pad(mo)}`;
    const d = Number(m[3]);
    return d >= 1 && d <= 31 ? `${y}-${pad(mo)}-${pad(d)}` : `${y}-${pad(mo)}`;
  }
  m = /^(\d{1,2})[/.](\d{4})$/.exec(s);
  if (m) {
    const mo = Number(m[1]);
    const y = Number(m[2]);
    if (!validYear(y)) return undefined;
    return validMonth(mo) ? `${y}-${pad(mo)}` : String(y);
  }
  m = /^([a-zéûä]+)\.? (\d{4})$/.exec(s);
  if (m) {
    const mo = MONTHS[m[1]!];
    const y = Number(m[2]);
    if (!validYear(y)) return undefined;
    return mo ? `${y}-${pad(mo)}` : String(y);
  }
  m = /^(\d{1,2}) ([a-zéûä]+)\.? (\d{4})$/.exec(s);
  if (m) {
    const mo = MONTHS[m[2]!];
    const y = Number(m[3]);
    if (!validYear(y)) return undefined;
    return mo ? `${y}-${pad(mo)}-${pad(Number(m[1]))}` : String(y);
  }
  return undefined;
}

const PRESENT = /^(present|current|now|today|ongoing|heute|actuel|aujourd'hui|actualidad|presente)$/i;

/** Splits a free-text range such as "January 2019 to Present" or "2015 - 2018" into two dates. */
export function toDateRange(raw: string | null | undefined): { startDate?: string; endDate?: string } {
  if (!raw || !raw.trim()) return {};
  const years = /^\s*(\d{4})-(\d{4})\s*$/.exec(raw);
  if (years) return { startDate: years[1]!, endDate: years[2]! };
  const parts = raw.split(/\s+(?:to|until|bis|à|a|hasta)\s+|\s*[–—-]\s+|\s+[–—-]\s*|\s*[–—]\s*/i);
  const start = toPartialDate(parts[0]);
  const endRaw = parts[1]?.trim();
  const end = endRaw && !PRESENT.test(endRaw) ? toPartialDate(endRaw) : undefined;
  const out: { startDate?: string; endDate?: string } = {};
  if (start) out.startDate = start;
  if (end) out.endDate = end;
  return out;
}
