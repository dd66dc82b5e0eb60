import { Readability } from '@mozilla/readability';
import { sanitizeDocument } from '../sanitize/sanitize-document';
import { parsePage } from '../sanitize/page-dom';
import { sanitizeHtmlFragment } from '../sanitize/sanitize-html';
import { emptyReport, type SanitizeReport } from '../sanitize/sanitize-report';
import { mergeFields, type ExtractedFields } from './extracted-fields';
import { mapJobPosting } from './job-posting-mapper';
import { scanJsonLd } from './json-ld';
import { extractMicrodata } from './microdata';
import { detectLanguage, detectRemote } from './normalize';
import { looksLikeScriptShell, readPageMeta } from './page-meta';
import { extractBySite, siteRuleFor } from './site-extractors';

/**
 * Extracts a job from a fetched or saved HTML page, taking each field from the first source that
 * has it: JSON-LD JobPosting, microdata, the site's own layout, then Readability. JSON-LD with a
 * full description is read without building a DOM, which keeps big pages fast; everything else is
 * read from a sanitised DOM, so hidden text never reaches the description.
 */

export interface PageExtraction {
  fields: ExtractedFields & { descriptionHtml: string; descriptionText: string };
  extractedBy: string;
  report: SanitizeReport;
  warnings: string[];
  /** The page seems to be an empty shell filled by JavaScript: render it in a browser and retry. */
  needsRendering: boolean;
}

const ENOUGH_DESCRIPTION = 200;
/** Readability scores every element, several passes over the page: beyond this it takes seconds. */
const READABILITY_MAX_ELEMENTS = 20_000;
/** Markup parsed at most, once scripts and styles are out (real job pages have well under 1 MB left). */
const MAX_PARSED_CHARS = 3_000_000;

export function extractJobFromHtml(html: string, url: string | null): PageExtraction {
  const warnings: string[] = [];
  const meta = readPageMeta(html, url);
  const site = siteRuleFor(url ?? meta.canonicalUrl, html);
  const scan = scanJsonLd(html);
  if (scan.invalidBlocks) warnings.push(`Skipped ${scan.invalidBlocks} JSON-LD block${scan.invalidBlocks > 1 ? 's' : ''} that could not be read as JSON.`);

  let fields: ExtractedFields = {};
  let extractedBy = '';
  const best = scan.postings.find((p) => p.title && p.description) ?? scan.postings[0];
  if (best) {
    fields = mapJobPosting(best);
    extractedBy = 'json-ld';
  }
  const report = emptyReport();

  const complete = (fields.descriptionHtml?.length ?? 0) >= ENOUGH_DESCRIPTION && fields.title && fields.company;
  if (!complete) {
    const css: string[] = [];
    const lean = stripScripts(html).replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style\s*>)/gi, (_m, open: string, body: string, close: string) => {
      css.push(body);
      return `${open}${close}`;
    });
    if (lean.length > MAX_PARSED_CHARS) warnings.push(`The page is very large (${Math.round(lean.length / 1e6)} MB without scripts and styles); only the first ${MAX_PARSED_CHARS / 1e6} MB were read.`);
    // Cut markup closes at the end like any truncated page: hidden content stays inside its hidden parent.
    const doc = parsePage(lean.length > MAX_PARSED_CHARS ? lean.slice(0, MAX_PARSED_CHARS) : lean, url);
    sanitizeDocument(doc, report, css);
    // Lazily, in order: Readability (the costliest) only runs when the others left gaps.
    const sources: [string, () => ExtractedFields | null][] = [
      ['microdata', () => extractMicrodata(doc)],
      [`site:${site ?? ''}`, () => extractBySite(doc, url ?? meta.canonicalUrl, site)?.fields ?? null],
      ['readability', () => readabilityFields(doc)],
    ];
    for (const [name, read] of sources) {
      if (fields.title && (fields.descriptionHtml?.length ?? 0) >= ENOUGH_DESCRIPTION && fields.company) break;
      const found = read();
      if (!found) continue;
      const hadDescription = (fields.descriptionHtml?.length ?? 0) >= ENOUGH_DESCRIPTION;
      fields = mergeFields(fields, found);
      if (!extractedBy || (!hadDescription && (found.descriptionHtml?.length ?? 0) >= ENOUGH_DESCRIPTION)) extractedBy = extractedBy ? `${extractedBy}+${name}` : name;
    }
  } else if (site === 'indeed' && (!fields.remote || fields.remote === 'unknown')) {
    // Indeed shows the work arrangement next to the location, not in its JSON-LD.
    const header = /data-testid="inlineHeader-companyLocation"[\s\S]{0,600}/.exec(html)?.[0].replace(/<[^>]+>/g, ' ');
    fields.remote = detectRemote(header?.replace(/\s+/g, ' ').slice(0, 150));
  }

  const clean = sanitizeHtmlFragment(fields.descriptionHtml ?? '', report);
  const title = fields.title || titleFromMeta(meta.ogTitle ?? meta.title);
  const company = fields.company || meta.siteName || '';
  if (!fields.remote || fields.remote === 'unknown') fields.remote = detectRemote(clean.text.slice(0, 3000).match(/.*\b(hybrid|remote|telecommute|work from home)\b.*/gi)?.join('\n').slice(0, 190));
  return {
    fields: {
      ...fields,
      title: title ?? '',
      company,
      canonicalUrl: fields.canonicalUrl && /^https?:/.test(fields.canonicalUrl) ? fields.canonicalUrl : meta.canonicalUrl,
      language: detectLanguage(clean.text, fields.language ?? meta.lang),
      descriptionHtml: clean.html,
      descriptionText: clean.text,
    },
    extractedBy: extractedBy || 'none',
    report,
    warnings,
    needsRendering: looksLikeScriptShell(html, clean.text.length),
  };
}

/** Drops executable scripts before parsing (they are never run, and parsing them costs time). */
function stripScripts(html: string): string {
  let removed = 0;
  const out = html.replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, () => {
    removed++;
    return '<script></script>';
  });
  return removed ? out : html;
}

/** Readability rewrites the document it reads; it runs last, so it is given the shared one, not a copy. */
function readabilityFields(doc: Document): ExtractedFields | null {
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  // Readability's own maxElemsToParse counts getElementsByTagName('*'), which linkedom does not support.
  if (doc.querySelectorAll('*').length > READABILITY_MAX_ELEMENTS) return null; // too big to score in reasonable time
  const article = new Readability(doc, { charThreshold: 200 }).parse();
  if (!article?.content) return null;
  const title = h1 && h1.length <= 150 ? h1 : titleFromMeta(article.title ?? null);
  return { title: title ?? undefined, descriptionHtml: article.content, company: article.siteName ?? undefined };
}

/** "Senior DevOps Engineer - Camberwell VIC 3124 - Indeed.com" → "Senior DevOps Engineer". */
function titleFromMeta(title: string | null): string | undefined {
  if (!title) return undefined;
  return title.split(/\s+[-|–—]\s+/)[0]?.trim() || undefined;
}
