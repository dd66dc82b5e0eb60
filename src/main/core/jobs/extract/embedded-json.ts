import type { Salary } from '../../../../shared/domain/job';
import { decodeEntities, type ExtractedFields } from './extracted-fields';
import { parseLenient } from './json-ld';
import { addressParts, printLocation, tidyLocationText, type LocationParts } from './location-format';
import { normalizeEmploymentType } from './normalize';
import { parseSalary, periodOf } from './salary-text';
import { workModeOfValue } from './work-mode';

/**
 * The posting inside a page's own state JSON (`__NEXT_DATA__`, `window.__INITIAL_STATE__ = …`,
 * LinkedIn's entity-encoded voyager payloads in `<code>`, any `application/json` script), found
 * by its shape, not by one site's key names: an object with a title, a long description and,
 * ideally, a company. References such as "urn:li:fsd_company:1" are resolved through the payload.
 */

const MAX_BLOB_CHARS = 4_000_000;
const MAX_NODES = 150_000;
const LONG_TEXT = 200;

const TITLE_KEYS = ['title', 'jobtitle', 'positiontitle', 'positionname', 'jobname', 'position', 'name'];
const DESCRIPTION_KEYS = [
  'description',
  'jobdescription',
  'descriptionhtml',
  'descriptiontext',
  'jobdetails',
  'content',
  'body',
  'details',
  'text',
];
const COMPANY_KEYS = [
  'companyname',
  'company',
  'hiringorganization',
  'employer',
  'employername',
  'organization',
  'organizationname',
  'hiringcompany',
  'companydetails',
  'companyresolutionresult',
];
const LOCATION_KEYS = [
  'formattedlocation',
  'locationname',
  'location',
  'joblocation',
  'locations',
  'worklocation',
  'address',
  'city',
  'place',
];
const REMOTE_KEYS = [
  'workplacetypes',
  'workplacetype',
  'workmode',
  'remotetype',
  'isremote',
  'remote',
  'workplace',
  'locationtype',
  'workremoteallowed',
  'telecommute',
];
const EMPLOYMENT_KEYS = [
  'employmenttype',
  'formattedemploymentstatus',
  'employmentstatus',
  'jobtype',
  'contracttype',
  'commitment',
  'worktype',
  'employment',
];
const SALARY_KEYS = ['salary', 'basesalary', 'compensation', 'salaryrange', 'payrange', 'salaryinfo', 'pay'];
const DATE_KEYS = [
  'dateposted',
  'postedat',
  'publishedat',
  'listedat',
  'originallistedat',
  'posteddate',
  'publicationdate',
  'published',
  'createdat',
];

type Obj = Record<string, unknown>;

/** The JSON blobs a page carries outside JSON-LD. */
export function embeddedJsonBlobs(html: string): unknown[] {
  const out: unknown[] = [];
  let budget = MAX_BLOB_CHARS;
  const take = (raw: string): void => {
    if (raw.length < 50 || raw.length > budget) return;
    budget -= raw.length;
    const parsed = parseLenient(raw);
    if (parsed && typeof parsed === 'object') out.push(parsed);
  };
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1] ?? '';
    const body = m[2] ?? '';
    if (/ld(\+|&#x2B;|&#43;|%2B)json/i.test(attrs)) continue;
    if (/type\s*=\s*["']?application\/(json|[\w.+-]*\+json)/i.test(attrs)) take(body.trim());
    else if (!/type\s*=/i.test(attrs) || /javascript|module/i.test(attrs)) {
      for (const assign of body.matchAll(
        /(?:window|self|globalThis)\s*(?:\.\s*[\w$]+|\[\s*["'][\w$]+["']\s*\])\s*=\s*(?=[{[])/g,
      )) {
        const json = balanced(body, (assign.index ?? 0) + assign[0].length);
        if (json) take(json);
      }
    }
  }
  for (const m of html.matchAll(/<code\b[^>]*>\s*(\{&quot;[\s\S]*?)<\/code>/gi))
    take(decodeEntities(m[1] ?? '').replace(/^<!--|-->$/g, ''));
  return out;
}

/** The JSON value that starts at `from`: braces counted outside strings. */
function balanced(text: string, from: number): string | null {
  let depth = 0;
  let inString: string | null = null;
  const end = Math.min(text.length, from + MAX_BLOB_CHARS);
  for (let i = from; i < end; i++) {
    const ch = text[i]!;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === inString) inString = null;
      continue;
    }
    if (ch === '"' || ch === "'") inString = ch;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return text.slice(from, i + 1);
    }
  }
  return null;
}

const keyOf = (k: string): string => k.replace(/^\*/, '').replace(/[_-]/g, '').toLowerCase();

function lookup(obj: Obj, keys: string[]): unknown {
  const entries = Object.entries(obj);
  for (const key of keys) {
    const hit = entries.find(([k]) => keyOf(k) === key);
    if (hit && hit[1] !== null && hit[1] !== undefined && hit[1] !== '') return hit[1];
  }
  return undefined;
}

interface Index {
  byUrn: Map<string, Obj>;
  objects: Obj[];
}

function indexOf(roots: unknown[]): Index {
  const byUrn = new Map<string, Obj>();
  const objects: Obj[] = [];
  const stack: [unknown, number][] = roots.map((r) => [r, 0]);
  let seen = 0;
  while (stack.length && seen < MAX_NODES) {
    const [node, depth] = stack.pop()!;
    seen++;
    if (!node || typeof node !== 'object' || depth > 40) continue;
    if (Array.isArray(node)) {
      for (const item of node) stack.push([item, depth + 1]);
      continue;
    }
    const obj = node as Obj;
    objects.push(obj);
    for (const idKey of ['entityUrn', '$id', 'urn', 'id']) {
      const id = obj[idKey];
      if (typeof id === 'string' && id.includes(':')) byUrn.set(id, obj);
    }
    for (const value of Object.values(obj)) if (value && typeof value === 'object') stack.push([value, depth + 1]);
  }
  return { byUrn, objects };
}

function textOf(value: unknown, index: Index, depth = 0): string | undefined {
  if (depth > 4 || value === null || value === undefined) return undefined;
  if (typeof value === 'string') {
    if (/^urn:[\w:.-]+$/i.test(value)) return textOf(index.byUrn.get(value), index, depth + 1);
    return value.trim() || undefined;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return textOf(value[0], index, depth + 1);
  if (typeof value === 'object') {
    const o = value as Obj;
    const direct = lookup(o, [
      'name',
      'companyname',
      'displayname',
      'text',
      'html',
      'value',
      'label',
      'localizedname',
      'formattedlocation',
      'title',
    ]);
    if (direct !== undefined) return textOf(direct, index, depth + 1);
    const nested = lookup(o, ['company', 'companyresolutionresult', 'organization', 'employer']);
    return nested !== undefined ? textOf(nested, index, depth + 1) : undefined;
  }
  return undefined;
}

function descriptionOf(obj: Obj, index: Index): string | undefined {
  for (const key of DESCRIPTION_KEYS) {
    const text = textOf(lookup(obj, [key]), index);
    if (text && text.length >= LONG_TEXT) return text;
  }
  return undefined;
}

function titleOf(obj: Obj, index: Index): string | undefined {
  const t = textOf(lookup(obj, TITLE_KEYS), index);
  return t && t.length >= 2 && t.length <= 200 && !t.includes('\n') ? t : undefined;
}

function salaryOf(value: unknown, index: Index): Salary | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return parseSalary(value);
  if (typeof value !== 'object' || Array.isArray(value)) return null;
  const o = value as Obj;
  const inner = lookup(o, ['value', 'range', 'baserange']);
  const src = inner && typeof inner === 'object' ? { ...o, ...(inner as Obj) } : o;
  const num = (keys: string[]): number | null => {
    const v = lookup(src, keys);
    const n =
      typeof v === 'number'
        ? v
        : typeof v === 'string' && /^\s*[\d.,]+\s*$/.test(v)
          ? Number(v.replace(/,/g, ''))
          : typeof v === 'object' && v
            ? Number(lookup(v as Obj, ['amount', 'value']))
            : NaN;
    return Number.isFinite(n) && n > 0 ? n : null;
  };
  const min = num(['minvalue', 'min', 'minimum', 'minsalary', 'from', 'start', 'low']);
  const max = num(['maxvalue', 'max', 'maximum', 'maxsalary', 'to', 'end', 'high']) ?? min;
  const currency = textOf(lookup(src, ['currency', 'currencycode', 'salarycurrency']), index) ?? null;
  if (min === null) {
    const text = textOf(src, index);
    return text ? parseSalary(text, currency) : null;
  }
  const period = textOf(lookup(src, ['unittext', 'period', 'interval', 'unit', 'payperiod', 'frequency']), index);
  return {
    min,
    max,
    currency: currency && /^[A-Z]{3}$/i.test(currency) ? currency.toUpperCase() : null,
    period: period ? periodOf(period.toLowerCase()) : null,
  };
}

function dateOf(value: unknown): string | null {
  if (typeof value === 'number' && value > 1e9)
    return new Date(value > 1e12 ? value : value * 1000).toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value;
  return null;
}

function locationOf(value: unknown, index: Index): { text: string; parts: LocationParts | null } | null {
  if (Array.isArray(value)) return value.length ? locationOf(value[0], index) : null;
  if (value && typeof value === 'object') {
    const o = value as Obj;
    const parts = addressParts(lookup(o, ['address']) ?? o);
    const printed = parts ? printLocation(parts) : null;
    if (printed) return { text: printed, parts };
  }
  const text = textOf(value, index);
  return text && text.length <= 150 ? { text: tidyLocationText(text), parts: null } : null;
}

export interface EmbeddedPosting {
  fields: ExtractedFields;
  locationParts: LocationParts | null;
}

/** The best posting-shaped object in the page's embedded JSON; `titleHint` is the page's own title. */
export function findEmbeddedPosting(html: string, titleHint = ''): EmbeddedPosting | null {
  const blobs = embeddedJsonBlobs(html);
  if (!blobs.length) return null;
  const index = indexOf(blobs);
  let best: { obj: Obj; score: number; title: string; description: string } | null = null;
  const hint = titleHint.toLowerCase();
  for (const obj of index.objects) {
    const title = titleOf(obj, index);
    if (!title) continue;
    const description = descriptionOf(obj, index);
    if (!description) continue;
    let score = 2;
    if (textOf(lookup(obj, COMPANY_KEYS), index)) score += 2;
    for (const keys of [LOCATION_KEYS, EMPLOYMENT_KEYS, SALARY_KEYS, DATE_KEYS, REMOTE_KEYS])
      if (lookup(obj, keys) !== undefined) score += 0.5;
    if (hint && hint.includes(title.toLowerCase())) score += 2;
    if (!best || score > best.score || (score === best.score && description.length > best.description.length))
      best = { obj, score, title, description };
  }
  if (!best || best.score < 3) return null;
  const { obj } = best;
  const location = locationOf(lookup(obj, LOCATION_KEYS), index);
  const html_ = /<[a-z][\s\S]*>/i.test(best.description) ? best.description : plainToHtml(best.description);
  return {
    fields: {
      title: decodeEntities(best.title),
      company: textOf(lookup(obj, COMPANY_KEYS), index),
      locations: location ? [location.text] : [],
      remote: workModeOfValue(lookup(obj, REMOTE_KEYS)),
      employmentType: normalizeEmploymentType(textOf(lookup(obj, EMPLOYMENT_KEYS), index)),
      salary: salaryOf(lookup(obj, SALARY_KEYS), index),
      postedAt: dateOf(lookup(obj, DATE_KEYS)),
      descriptionHtml: html_,
    },
    locationParts: location?.parts ?? null,
  };
}

function plainToHtml(text: string): string {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}
