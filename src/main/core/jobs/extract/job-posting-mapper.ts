import type { Salary } from '../../../../shared/domain/job';
import { decodeEntities, type ExtractedFields } from './extracted-fields';
import { addressParts, type LocationParts } from './location-format';
import { detectRemote, formatAddress, normalizeEmploymentType, normalizePeriod, parseSalaryText } from './normalize';

/** Maps a schema.org JobPosting object (from JSON-LD or microdata) onto Jobsmith's fields. */

const str = (v: unknown): string | undefined => {
  if (typeof v === 'string') return decodeEntities(v).trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object')
    return str((v as Record<string, unknown>).name ?? (v as Record<string, unknown>)['@value']);
  return undefined;
};

const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

function num(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v.replace(/[,\s]/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

function mapSalary(base: unknown, currencyFallback?: unknown): Salary | null {
  if (base === undefined || base === null) return null;
  if (typeof base === 'string' || typeof base === 'number') {
    return typeof base === 'string'
      ? parseSalaryText(base, str(currencyFallback) ?? null)
      : { min: base, max: base, currency: str(currencyFallback) ?? null, period: null };
  }
  const b = (Array.isArray(base) ? base[0] : base) as Record<string, unknown>;
  const currency = str(b.currency) ?? str(currencyFallback) ?? null;
  const value = b.value;
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    const min = num(v.minValue) ?? num(v.value);
    const max = num(v.maxValue) ?? num(v.value) ?? min;
    if (min === null && max === null) return null;
    return { min, max, currency, period: normalizePeriod(str(v.unitText) ?? str(b.unitText)) };
  }
  const single = num(value) ?? num(b.minValue);
  if (single === null) return null;
  return { min: single, max: num(b.maxValue) ?? single, currency, period: normalizePeriod(str(b.unitText)) };
}

function locations(posting: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const place of asArray(posting.jobLocation)) {
    if (typeof place === 'string') out.push(place.trim());
    else if (place && typeof place === 'object') {
      const p = place as Record<string, unknown>;
      const formatted = formatAddress(p.address) ?? str(p.name);
      if (formatted) out.push(formatted);
    }
  }
  if (!out.length) {
    for (const req of asArray(posting.applicantLocationRequirements)) {
      const name = str(req);
      if (name) out.push(name);
    }
  }
  return [...new Set(out.filter(Boolean))];
}

/** JSON-LD descriptions are HTML, sometimes entity-encoded once more ("&lt;p&gt;"). */
function descriptionHtml(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  let html = value;
  if (!/<[a-z][\s\S]*>/i.test(html) && /&lt;[a-z]/i.test(html)) html = decodeEntities(html);
  return html;
}

export function mapJobPosting(posting: Record<string, unknown>): ExtractedFields {
  const org = posting.hiringOrganization;
  const telecommute = asArray(posting.jobLocationType).some((t) => typeof t === 'string' && /telecommute/i.test(t));
  const locs = locations(posting);
  const identifier = posting.identifier as Record<string, unknown> | string | undefined;
  return {
    title: str(posting.title) ?? str(posting.name),
    company: str(org),
    locations: locs,
    remote: telecommute ? 'remote' : detectRemote(str(posting.workHours), ...locs),
    employmentType: normalizeEmploymentType(posting.employmentType),
    salary: mapSalary(posting.baseSalary ?? posting.estimatedSalary, posting.salaryCurrency),
    descriptionHtml: descriptionHtml(posting.description),
    postedAt: str(posting.datePosted) ?? null,
    language: str(posting.inLanguage) ?? null,
    canonicalUrl: str(posting.url) ?? null,
    identifier:
      typeof identifier === 'object' && identifier ? (str(identifier.value) ?? null) : (str(identifier) ?? null),
  };
}

/** The structured parts of each JobPosting location, kept beside the printed form. */
export function postingLocationParts(posting: Record<string, unknown>): LocationParts[] {
  return asArray(posting.jobLocation)
    .map((place) =>
      place && typeof place === 'object' ? addressParts((place as Record<string, unknown>).address ?? place) : null,
    )
    .filter((p): p is LocationParts => p !== null);
}
