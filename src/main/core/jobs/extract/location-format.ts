import { workModeOfStatement } from './work-mode';

/**
 * Locations as a person writes them ("Coimbra, Portugal", not "Coimbra Coimbra 3000-001, Portugal"),
 * with the structured parts kept beside the printed form.
 */

export interface LocationParts {
  locality: string | null;
  region: string | null;
  postalCode: string | null;
  country: string | null;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const text = (v: unknown): string =>
  typeof v === 'string' || typeof v === 'number' ? String(v).replace(/\s+/g, ' ').trim() : '';
const same = (a: string, b: string): boolean => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

function countryName(value: unknown): string {
  const raw = text(
    value && typeof value === 'object'
      ? ((value as Record<string, unknown>).name ?? (value as Record<string, unknown>).addressCountry)
      : value,
  );
  if (/^[A-Z]{2}$/.test(raw)) {
    try {
      return regionNames.of(raw) ?? raw;
    } catch {
      return raw;
    }
  }
  return raw;
}

export function addressParts(address: unknown): LocationParts | null {
  if (!address || typeof address !== 'object') return null;
  const a = address as Record<string, unknown>;
  const parts: LocationParts = {
    locality: text(a.addressLocality ?? a.city ?? a.locality) || null,
    region: text(a.addressRegion ?? a.region ?? a.state) || null,
    postalCode: text(a.postalCode ?? a.zip ?? a.postcode) || null,
    country: countryName(a.addressCountry ?? a.country) || null,
  };
  return parts.locality || parts.region || parts.country
    ? parts
    : text(a.streetAddress)
      ? { ...parts, locality: text(a.streetAddress) }
      : null;
}

/**
 * The printed form. A region that repeats the city or the country is dropped, and so is the
 * postcode, except after a state abbreviation, where people write it ("Camberwell VIC 3124").
 */
export function printLocation(p: LocationParts): string | null {
  const locality = p.locality ?? '';
  const country = p.country ?? '';
  let region = p.region ?? '';
  if (
    region &&
    ((locality &&
      (same(region, locality) || (region.length > 3 && locality.toLowerCase().includes(region.toLowerCase())))) ||
      (country && same(region, country)))
  )
    region = '';
  const abbreviated = /^[A-Z]{2,3}$/.test(region);
  const postal = abbreviated && p.postalCode ? p.postalCode : '';
  const local = abbreviated
    ? [locality, region, postal].filter(Boolean).join(' ')
    : [locality, region].filter(Boolean).join(', ');
  const out = [local, country && !same(country, locality) ? country : ''].filter(Boolean).join(', ');
  return out || null;
}

/** "Lisboa Lisboa, Portugal", "Coimbra, Coimbra, Portugal" or "3000-001 Coimbra": tidied without losing a place. */
export function tidyLocationText(raw: string): string {
  let s = raw
    .replace(/\s+/g, ' ')
    .replace(/\s*\((?:[^()]{1,30})\)\s*$/, (m) => (workModeOfStatement(m) === 'unknown' ? m : ''))
    .trim()
    .replace(/^[,·•|\s]+|[,·•|\s]+$/g, '');
  // postcodes that are not after a state abbreviation: "3000-001", "10115", "75008", "1012 AB"
  s = s
    .replace(/(^|[\s,])(?<![A-Z]{2,3} )\d{4,5}(?:-\d{3,4})?(?: [A-Z]{2})?(?=[\s,]|$)/g, '$1')
    .replace(/\s+,/g, ',')
    .replace(/\s{2,}/g, ' ')
    .trim();
  const segments = s.split(/\s*,\s*/).filter(Boolean);
  const out: string[] = [];
  for (const seg of segments) {
    // "Lisboa Lisboa" → "Lisboa"
    const words = seg.split(' ');
    const half = words.length / 2;
    const dedup =
      Number.isInteger(half) && half > 0 && same(words.slice(0, half).join(' '), words.slice(half).join(' '))
        ? words.slice(0, half).join(' ')
        : seg;
    if (!out.some((o) => same(o, dedup))) out.push(dedup);
  }
  return out.join(', ').replace(/^[,\s]+|[,\s]+$/g, '');
}
