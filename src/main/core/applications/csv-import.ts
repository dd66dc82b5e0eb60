import Papa from 'papaparse';
import { format } from 'date-fns';
import {
  IsoDate,
  type ApplicationStatus,
  type ImportPreviewResult,
  type ImportRow,
  type Money,
} from '../../../shared/domain/application';

/**
 * Reads tracker exports (Huntr, Teal, a plain spreadsheet) into application rows without storing anything.
 * Columns are matched by name (case, spaces and punctuation ignored); every row that cannot be read is
 * reported with its line and the reason, and the others are kept.
 */

export const MAX_IMPORT_CSV_CHARS = 20_000_000;
const MAX_ROWS = 20_000;

type Field =
  | 'title'
  | 'company'
  | 'status'
  | 'appliedOn'
  | 'url'
  | 'location'
  | 'notes'
  | 'source'
  | 'salary'
  | 'currency'
  | 'description';

const ALIASES: Record<Field, string[]> = {
  title: ['title', 'jobtitle', 'position', 'jobposition', 'role', 'job'],
  company: ['company', 'companyname', 'employer', 'organization', 'organisation'],
  status: ['status', 'list', 'stage', 'listname'],
  appliedOn: ['dateapplied', 'appliedon', 'applieddate', 'appliedat', 'applied', 'applicationdate'],
  url: ['url', 'joburl', 'link', 'joblink', 'postingurl', 'jobpostingurl'],
  location: ['location', 'joblocation', 'city'],
  notes: ['notes', 'note', 'comments', 'comment'],
  source: ['source', 'jobsource', 'channel', 'via'],
  salary: ['salary', 'salaryexpectation', 'minsalary', 'salarymin', 'expectedsalary', 'compensation'],
  currency: ['currency', 'salarycurrency'],
  description: ['description', 'jobdescription'],
};

const STATUS_WORDS: [ApplicationStatus, string[]][] = [
  ['saved', ['saved', 'wishlist', 'bookmarked', 'interested', 'todo', 'toapply', 'wish list']],
  ['applying', ['applying', 'inprogress', 'preparing']],
  ['applied', ['applied', 'submitted', 'sent']],
  ['screening', ['screening', 'phonescreen', 'screen', 'recruitercall']],
  ['interviewing', ['interviewing', 'interview', 'interviews', 'onsite']],
  ['offer', ['offer', 'negotiating', 'offerreceived', 'offered']],
  ['accepted', ['accepted', 'hired', 'offeraccepted']],
  ['rejected', ['rejected', 'notselected', 'declined', 'rejection', 'nooffer', 'turneddown']],
  ['withdrawn', ['withdrawn', 'iwithdrew', 'withdrew', 'archived']],
  ['ghosted', ['ghosted', 'noresponse', 'noreply']],
];
const STATUS_BY_WORD = new Map(
  STATUS_WORDS.flatMap(([status, words]) => words.map((w) => [w.replace(/\s/g, ''), status] as const)),
);

const key = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '');

export function readStatus(value: string): ApplicationStatus | null {
  return STATUS_BY_WORD.get(key(value)) ?? null;
}

/** Which tracker wrote the file, from its header. */
export function detectShape(headers: string[]): ImportPreviewResult['shape'] {
  const keys = new Set(headers.map(key));
  if (keys.has('list') || keys.has('listname') || keys.has('board') || keys.has('huntrid')) return 'huntr';
  if (keys.has('jobposition') || keys.has('excitement') || keys.has('datesaved') || keys.has('followup')) return 'teal';
  return 'plain';
}

/** A calendar day from YYYY-MM-DD, ISO date-times, M/D/YYYY (D/M/YYYY when the first number is over 12) or "Mar 5, 2026". */
export function readDay(value: string): string | null {
  const s = value.trim();
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/.exec(s);
  const slash = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  let day: string | null = null;
  if (iso) day = `${iso[1]}-${iso[2]!.padStart(2, '0')}-${iso[3]!.padStart(2, '0')}`;
  else if (slash) {
    const [a, b] = [Number(slash[1]), Number(slash[2])];
    const [month, dayOfMonth] = a > 12 ? [b, a] : [a, b];
    day = `${slash[3]}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
  } else if (/[a-z]/i.test(s) && /\d{4}/.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) day = format(new Date(t), 'yyyy-MM-dd');
  }
  return day && IsoDate.safeParse(day).success ? day : null;
}

const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' };

/** "$120,000", "120k", "EUR 95000", "100-120k" (the first number). Null amount when there is no number. */
export function readMoney(value: string, currencyColumn: string): { amount: number | null; currency: string | null } {
  const s = value.trim();
  const number = /(\d[\d,. ]*)(\s*[kK])?/.exec(s);
  if (!number) return { amount: null, currency: null };
  let amount = Number(number[1]!.replace(/[ ,]/g, ''));
  if (number[2]) amount *= 1000;
  const code = /\b([A-Z]{3})\b/.exec(currencyColumn.trim().toUpperCase() || s.toUpperCase())?.[1];
  const symbol = Object.keys(SYMBOLS).find((c) => s.includes(c));
  return { amount: Number.isFinite(amount) ? amount : null, currency: code ?? (symbol ? SYMBOLS[symbol]! : null) };
}

/** The header and every non-empty record with the file line it starts on (quoted cells may span lines). */
function readRecords(text: string): { headers: string[]; records: { cells: string[]; line: number }[] } {
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines.push(i);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  const all: { cells: string[]; line: number }[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    header: false,
    step: (result) => {
      const cells = result.data;
      if (cells.some((c) => c.trim() !== '')) all.push({ cells, line: lineAt(start) });
      start = result.meta.cursor;
    },
  });
  const [head, ...records] = all;
  return { headers: (head?.cells ?? []).map((h) => h.trim()), records };
}

export function previewCsv(text: string): ImportPreviewResult & { descriptions: Map<number, string> } {
  if (text.length > MAX_IMPORT_CSV_CHARS)
    throw new Error(`The file is too large to import (${Math.round(text.length / 1e6)} MB; the limit is 20 MB).`);
  const { headers, records } = readRecords(text.replace(/^\uFEFF/, ''));
  const columns: Record<string, string> = {};
  const columnOf: Partial<Record<Field, string>> = {};
  for (const field of Object.keys(ALIASES) as Field[]) {
    for (const alias of ALIASES[field]) {
      const header = headers.find((h) => key(h) === alias && !columns[h]);
      if (header) {
        columns[header] = field;
        columnOf[field] = header;
        break;
      }
    }
  }
  const problems: ImportPreviewResult['problems'] = [];
  if (!columnOf.title || !columnOf.company) {
    problems.push({
      line: 1,
      message: `No ${!columnOf.title ? 'job title' : 'company'} column: the header has ${headers.map((h) => `"${h}"`).join(', ') || 'no columns'}.`,
    });
    return { shape: detectShape(headers), columns, rows: [], problems, descriptions: new Map() };
  }
  const rows: ImportRow[] = [];
  const descriptions = new Map<number, string>();
  const index = new Map(headers.map((h, i) => [h, i]));
  records.slice(0, MAX_ROWS).forEach(({ cells, line }) => {
    const cell = (field: Field): string =>
      columnOf[field] ? String(cells[index.get(columnOf[field]!)!] ?? '').trim() : '';
    const why: string[] = [];
    if (cells.length !== headers.length)
      why.push(`the row could not be read: it has ${cells.length} cells where the header has ${headers.length}`);
    const title = cell('title');
    const company = cell('company');
    if (!title) why.push('no job title');
    if (!company) why.push('no company');
    const appliedRaw = cell('appliedOn');
    const appliedOn = appliedRaw ? readDay(appliedRaw) : null;
    if (appliedRaw && !appliedOn) why.push(`"${appliedRaw}" is not a date`);
    const statusRaw = cell('status');
    const status = statusRaw ? readStatus(statusRaw) : appliedOn ? 'applied' : 'saved';
    if (!status) why.push(`"${statusRaw}" is not a status this import knows`);
    let notes = cell('notes');
    let salary: Money | null = null;
    const salaryRaw = cell('salary');
    if (salaryRaw) {
      const money = readMoney(salaryRaw, cell('currency'));
      if (money.amount === null) why.push(`"${salaryRaw}" is not an amount`);
      else if (money.currency) salary = { amount: money.amount, currency: money.currency };
      else notes = [notes, `Salary (no currency given): ${salaryRaw}`].filter(Boolean).join('\n\n');
    }
    if (why.length) return void problems.push({ line, message: why.join('; ') });
    const url = cell('url');
    rows.push({
      line,
      title: title.slice(0, 300),
      company: company.slice(0, 300),
      status: status!,
      appliedOn,
      url: /^https?:\/\//i.test(url) ? url : null,
      location: cell('location').slice(0, 300),
      notes,
      source: cell('source').slice(0, 200),
      salary,
    });
    const description = cell('description');
    if (description) descriptions.set(line, description.slice(0, 200_000));
  });
  if (records.length > MAX_ROWS)
    problems.push({
      line: MAX_ROWS + 2,
      message: `Only the first ${MAX_ROWS.toLocaleString('en')} rows are imported.`,
    });
  return { shape: detectShape(headers), columns, rows, problems, descriptions };
}
