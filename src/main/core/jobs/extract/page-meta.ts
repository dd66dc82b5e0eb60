import { decodeEntities } from './extracted-fields';

/** Cheap, regex-only reads of a page's head: canonical URL, language, title, Open Graph tags. */

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[2] ?? m[3] ?? m[4] ?? null) : null;
}

export interface PageMeta {
  canonicalUrl: string | null;
  lang: string | null;
  title: string | null;
  ogTitle: string | null;
  siteName: string | null;
}

export function readPageMeta(html: string, baseUrl: string | null): PageMeta {
  const head = html.slice(0, 400_000);
  let canonicalUrl: string | null = null;
  for (const tag of head.match(/<link\b[^>]*>/gi) ?? []) {
    if (/\brel\s*=\s*["']?canonical\b/i.test(tag)) {
      canonicalUrl = absolute(attr(tag, 'href'), baseUrl);
      break;
    }
  }
  const meta = (prop: string): string | null => {
    for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
      if ((attr(tag, 'property') ?? attr(tag, 'name'))?.toLowerCase() === prop) return attr(tag, 'content');
    }
    return null;
  };
  const htmlTag = /<html\b[^>]*>/i.exec(head)?.[0] ?? '';
  const title = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(head)?.[1]?.replace(/\s+/g, ' ').trim() ?? null;
  return {
    canonicalUrl: canonicalUrl ?? absolute(meta('og:url'), baseUrl),
    lang: attr(htmlTag, 'lang'),
    title: title ? decodeEntities(title) : null,
    ogTitle: decoded(meta('og:title')),
    siteName: decoded(meta('og:site_name')),
  };
}

const decoded = (v: string | null): string | null => (v ? decodeEntities(v).trim() || null : null);

function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.replace(/&amp;/g, '&'), base ?? undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The currency a bare "$" means on a country's job site (au.indeed.com → AUD). */
export function currencyHintFor(url: string | null): string | null {
  if (!url) return null;
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  if (/\.au$|^au\./.test(host)) return 'AUD';
  if (/\.nz$|^nz\./.test(host)) return 'NZD';
  if (/\.ca$|^ca\./.test(host)) return 'CAD';
  if (/\.uk$|^uk\./.test(host)) return 'GBP';
  if (/\.sg$|^sg\./.test(host)) return 'SGD';
  return null;
}

/** Whether a page is an empty shell that only JavaScript fills in. */
export function looksLikeScriptShell(html: string, extractedTextLength: number): boolean {
  if (extractedTextLength >= 300) return false;
  const scripts = (html.match(/<script\b/gi) ?? []).length;
  const noscriptAsksForJs = /<noscript\b[^>]*>[\s\S]{0,2000}?javascript/i.test(html);
  const emptyMount = /<div\b[^>]*\bid=["'](root|app|__next|__nuxt)["'][^>]*>\s*<\/div>/i.test(html);
  return noscriptAsksForJs || emptyMount || scripts >= 5;
}
