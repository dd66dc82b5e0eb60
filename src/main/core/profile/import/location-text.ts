import type { Location } from '../../../../shared/domain/profile';

/**
 * Splits a one-line location such as "Pleasantville, CA 94588", "Berlin, Germany" or
 * "San Francisco" into the profile's location fields. Unknown shapes keep the text as the city.
 */
export function parseLocationLine(line: string | null | undefined): Location {
  const text = (line ?? '').trim();
  if (!text) return {};
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  const out: Location = {};
  const last = parts.length > 1 ? parts[parts.length - 1]! : '';
  const regionZip = /^([A-Z]{2})\s+(\d{5}(?:-\d{4})?)$/.exec(last);
  if (regionZip) {
    out.region = regionZip[1];
    out.postalCode = regionZip[2];
    parts.pop();
  } else if (/^[A-Z]{2}$/.test(last)) {
    out.region = last;
    parts.pop();
  } else if (parts.length > 1) {
    out.region = last;
    parts.pop();
  }
  if (parts.length) out.city = parts.join(', ');
  return out;
}
