import { findDateRange } from './dates';
import { institutionScore, isDegree, titleScore } from './lexicon';
import { dropIcons } from './lines';

/** Contact details found in a CV's header: email, phone, links, location. */

export const EMAIL_RE = /[\p{L}0-9._%+-]+@[\p{L}0-9.-]+\.[\p{L}]{2,}/u;
const URL_RE =
  /(?:https?:\/\/|www\.)[^\s|,;<>()]+|\b(?:[a-z0-9-]+\.)+(?:com|io|me|dev|org|net|de|fr|es|uk|co|ai|app|info|eu|ch|at|nl|be|it|us|ca|page|site|tech|xyz|blog|inc)(?![a-z0-9-])(?:\/[^\s|,;<>()]*)?/i;
const PHONE_RE = /(?:\+|\(\+?)?\d[\d\s().\-/]{5,}\d/;
const LABEL_RE =
  /^(?:e-?mail|mail|courriel|correo(?: electr[oó]nico)?|phone|tel(?:ephone|efon|éfono|éphone)?|t[eé]l|mobile?|cell|handy|m[oó]vil|portable|fax|address|adresse|anschrift|direcci[oó]n|location|ort|wohnort|ubicaci[oó]n|lieu|website|web|homepage|url|linkedin|github|portfolio|site)\s*:\s*|^(?:tel|t[eé]l|mob)\.\s*/i;

export interface ProfileLinkInfo {
  network: string;
  username: string;
  url: string;
}

export interface LocationInfo {
  city?: string;
  region?: string;
  postalCode?: string;
  countryCode?: string;
  address?: string;
}

const NETWORKS: [RegExp, string][] = [
  [/linkedin\.com/i, 'LinkedIn'],
  [/github\.com/i, 'GitHub'],
  [/gitlab\.com/i, 'GitLab'],
  [/stackoverflow\.com/i, 'StackOverflow'],
  [/(?:twitter|x)\.com/i, 'Twitter'],
  [/xing\.com/i, 'Xing'],
  [/medium\.com/i, 'Medium'],
  [/behance\.net/i, 'Behance'],
  [/dribbble\.com/i, 'Dribbble'],
  [/kaggle\.com/i, 'Kaggle'],
  [/scholar\.google/i, 'Google Scholar'],
  [/orcid\.org/i, 'ORCID'],
];

export function networkOf(url: string): string | undefined {
  return NETWORKS.find(([re]) => re.test(url))?.[1];
}

export function profileFromUrl(url: string): ProfileLinkInfo | null {
  const network = networkOf(url);
  if (!network) return null;
  const path = url
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/^www\./i, '')
    .split('/')
    .slice(1)
    .filter(Boolean);
  const username = (path[0] === 'in' || path[0] === 'u' || path[0] === 'users' ? path[path.length - 1] : path[0]) ?? '';
  return { network, username, url: /^[a-z]+:\/\//i.test(url) ? url : `https://${url}` };
}

export const stripLabel = (s: string): string => s.replace(LABEL_RE, '').trim();

export function findEmail(s: string): string | undefined {
  return s.match(EMAIL_RE)?.[0];
}

export function findUrl(s: string): string | undefined {
  const noMail = s.replace(EMAIL_RE, ' ');
  const m = noMail.match(URL_RE)?.[0];
  return m?.replace(/[.)\]]+$/, '');
}

/** A lone web address in a contact row, whatever its top-level domain ("mariakeller.design"). */
export function isBareDomain(s: string): boolean {
  return (
    !EMAIL_RE.test(s) &&
    /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12}(?:\/\S*)?$/i.test(s.trim()) &&
    !/\.(js|ts|net|py|rb|go)$/i.test(s.trim())
  );
}

export function findPhone(s: string): string | undefined {
  const noMail = s.replace(EMAIL_RE, ' ').replace(URL_RE, ' ');
  const m = noMail.match(PHONE_RE);
  if (!m) return undefined;
  const digits = m[0].replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return undefined;
  const range = findDateRange(m[0]);
  if (range && range.length >= m[0].trim().length - 2) return undefined;
  if (/^\d{1,2}[./]\d{4}/.test(m[0].trim())) return undefined;
  return m[0].trim();
}

const US_STATE = /^[A-Z]{2}$/;

/** "San Francisco, CA", "Pleasantville, CA 94588", "Denver, Colorado", "10115 Berlin", "Paris, France". */
export function parseLocation(raw: string): LocationInfo | null {
  const s = stripLabel(raw).replace(/\s+/g, ' ').trim();
  if (!s || s.length > 60 || EMAIL_RE.test(s) || /https?:|www\./i.test(s)) return null;
  let m = s.match(
    /^([\p{Lu}][\p{L}.'’ -]{1,40}),\s*([\p{L}.'’ -]{2,30}?)(?:\s+(\d{4,6}(?:-\d{4})?))?(?:,\s*([\p{L} ]{2,30}))?$/u,
  );
  if (m) {
    const [, city, region, postal, country] = m;
    if (!/^[\p{Lu}]/u.test(region!.trim())) return null;
    const words = `${city} ${region}`.split(' ').length;
    if (words > 6) return null;
    // "Boston, MA": a state code is no degree (MA, MS, BA are both)
    const degreeLike = US_STATE.test(region!.trim()) ? isDegree(city!) : isDegree(s);
    if (titleScore(s) > 0 || titleScore(s) < -0.5 || institutionScore(s) > 0 || degreeLike) return null;
    return clean({ city: city!.trim(), region: region!.trim(), postalCode: postal, countryCode: country?.trim() });
  }
  // Chinese and Japanese: a city, prefecture or province by its suffix, or one of the large cities
  m = s.match(
    /^(?:[\p{Script=Han}]{1,4}(?:省|県))?([\p{Script=Han}]{1,4}(?:市|都|府|区|県|省)|北京|上海|广州|深圳|杭州|成都|南京|武汉|西安|天津|重庆|苏州|香港|台北|東京|大阪|京都|横浜|名古屋|福岡|札幌|神戸)$/u,
  );
  if (m) return { city: m[1]! };
  m = s.match(/^(\d{4,5})\s+([\p{Lu}][\p{L}.'’ -]{1,40})(?:,\s*([\p{L} ]{2,30}))?$/u);
  if (m) return clean({ postalCode: m[1], city: m[2]!.trim(), countryCode: m[3]?.trim() });
  return null;
}

/**
 * A location field of a structured export ("Pleasantville, CA 94588", "Berlin, Germany", "Remote"):
 * read with parseLocation when it is a place, else kept whole as the city.
 */
export function parseLocationField(line: string | null | undefined): LocationInfo {
  const text = (line ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (!text) return {};
  return parseLocation(text) ?? { city: text };
}

function clean(l: LocationInfo): LocationInfo {
  const out: LocationInfo = {};
  for (const [k, v] of Object.entries(l)) if (v) out[k as keyof LocationInfo] = v;
  return out;
}

/** True when the location's region looks like a place ("CA", "Colorado") rather than a sentence. */
export function looksLikePlace(l: LocationInfo): boolean {
  return Boolean(l.city) && (!l.region || US_STATE.test(l.region) || l.region.split(' ').length <= 3);
}

/** Splits a header line into its pieces: "Seattle, WA | 206-555-0149 | a@b.com". */
export function splitContactPieces(text: string): string[] {
  return dropIcons(text)
    .split(/\s+[|•·◦▪‧∙⋅/]\s+|\s*[|•·◦▪]\s*(?=\S)|\s{3,}|\t/u)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Is this piece contact detail rather than prose? */
export function isContactPiece(p: string): boolean {
  return Boolean(findEmail(p) || findUrl(p) || findPhone(p) || parseLocation(p) || LABEL_RE.test(p));
}
