import { Readability } from '@mozilla/readability';
import type { LocationParts } from '../../../../shared/domain/job';
import { sanitizeDocument } from '../sanitize/sanitize-document';
import { parsePage } from '../sanitize/page-dom';
import { sanitizeHtmlFragment } from '../sanitize/sanitize-html';
import { emptyReport, type SanitizeReport } from '../sanitize/sanitize-report';
import { findEmbeddedPosting } from './embedded-json';
import type { ExtractedFields } from './extracted-fields';
import {
  fieldsToReview,
  mergeWithEvidence,
  type EvidenceField,
  type EvidenceMap,
  type EvidenceSource,
} from './field-evidence';
import { mapJobPosting, postingLocationParts } from './job-posting-mapper';
import { scanJsonLd } from './json-ld';
import { extractMicrodata } from './microdata';
import { detectLanguage } from './normalize';
import { currencyHintFor, looksLikeScriptShell, readPageMeta } from './page-meta';
import { cutRailElements, pageLines } from './page-lines';
import { reconcile } from './reconcile';
import { extractBySite, siteRuleFor } from './site-extractors';
import { readVisibleFacts } from './visible-facts';

/**
 * Extracts a job from a fetched or saved HTML page in one pipeline with evidence: each field is
 * taken from the most trusted source that has it (JSON-LD, microdata, embedded page-state JSON, the
 * site's layout, the visible page), recorded with its source and confidence, and then checked
 * against what the page visibly says (reconcile.ts). JSON-LD and embedded JSON are read without a
 * DOM, which keeps big pages fast; everything else is read from a sanitised DOM, so hidden text
 * never reaches the description.
 */

export interface PageExtraction {
  fields: ExtractedFields & { descriptionHtml: string; descriptionText: string };
  extractedBy: string;
  evidence: EvidenceMap;
  locationParts: LocationParts[];
  /** Fields below the confidence threshold, or missing: the preview highlights them. */
  review: EvidenceField[];
  report: SanitizeReport;
  warnings: string[];
  /** The page seems to be an empty shell filled by JavaScript: render it in a browser and retry. */
  needsRendering: boolean;
}

const ENOUGH_DESCRIPTION = 200;
/** Readability scores every element, several passes over the page: beyond this it takes too long, and the page's own main region is read instead. */
const READABILITY_MAX_ELEMENTS = 3_000;
/** Markup parsed at most, once scripts and styles are out (real job pages have well under 1 MB left; more only costs time). */
const MAX_PARSED_CHARS = 1_500_000;

const complete = (f: ExtractedFields): boolean =>
  Boolean(f.title && f.company && (f.descriptionHtml?.length ?? 0) >= ENOUGH_DESCRIPTION);
const norm = (s: unknown): string => (typeof s === 'string' ? s.toLowerCase().replace(/\s+/g, ' ').trim() : '');

/** Of several JobPosting blocks, the one this page is about: its title is the page's heading. */
function choosePosting(postings: Record<string, unknown>[], heading: string): Record<string, unknown> | undefined {
  const h = norm(heading);
  const withText = postings.filter((p) => typeof p.description === 'string' && p.description.length > 0);
  return (
    (h
      ? (withText.find((p) => norm(p.title) === h) ?? withText.find((p) => h.includes(norm(p.title)) && norm(p.title)))
      : undefined) ??
    withText[0] ??
    postings[0]
  );
}

export function extractJobFromHtml(html: string, url: string | null): PageExtraction {
  const warnings: string[] = [];
  const report = emptyReport();
  const meta = readPageMeta(html, url);
  const pageUrl = url ?? meta.canonicalUrl;
  const site = siteRuleFor(pageUrl, html);
  const rails = cutRailElements(html);
  report.foreignSections += rails.removed;
  const facts = readVisibleFacts(pageLines(rails.html), currencyHintFor(pageUrl));
  const scan = scanJsonLd(html);
  if (scan.invalidBlocks)
    warnings.push(
      `Skipped ${scan.invalidBlocks} JSON-LD block${scan.invalidBlocks > 1 ? 's' : ''} that could not be read as JSON.`,
    );

  const evidence: EvidenceMap = {};
  const used: string[] = [];
  let fields: ExtractedFields = {};
  let locationParts: LocationParts[] = [];
  const take = (found: ExtractedFields | null, source: EvidenceSource, name: string = source): void => {
    if (!found) return;
    const before = JSON.stringify(evidence);
    fields = mergeWithEvidence(fields, evidence, found, source);
    if (JSON.stringify(evidence) !== before) used.push(name);
  };

  const posting = choosePosting(scan.postings, facts.heading ?? meta.ogTitle ?? meta.title ?? '');
  if (posting) {
    take(mapJobPosting(posting), 'json-ld');
    locationParts = postingLocationParts(posting);
  }
  // A known site's layout is read before embedded JSON (its rule knows the page); otherwise the
  // embedded JSON comes first, as it needs no DOM.
  let doc: Document | null = null;
  const dom = (): Document => (doc ??= parseLean(rails.html, url, report, warnings));
  if (!complete(fields) && site) {
    take(extractMicrodata(dom()), 'microdata');
    take(extractBySite(dom(), pageUrl, site)?.fields ?? null, 'site-rule', `site:${site}`);
  }
  if (!complete(fields)) {
    const embedded = findEmbeddedPosting(html, `${meta.title ?? ''} ${facts.heading ?? ''}`);
    if (embedded) {
      take(embedded.fields, 'embedded-json');
      if (!locationParts.length && embedded.locationParts) locationParts = [embedded.locationParts];
    }
  }
  if (!complete(fields)) {
    if (!site) take(extractMicrodata(dom()), 'microdata');
    if ((fields.descriptionHtml?.length ?? 0) < ENOUGH_DESCRIPTION)
      take(readabilityFields(dom()), 'visible-text', 'readability');
  }
  fields = reconcile(fields, evidence, facts, meta);
  if (!fields.remote) fields.remote = 'unknown';
  if (locationParts.length && fields.locations?.length !== locationParts.length) locationParts = [];

  const clean = sanitizeHtmlFragment(fields.descriptionHtml ?? '', report);
  return {
    fields: {
      ...fields,
      title: fields.title ?? '',
      company: fields.company ?? '',
      canonicalUrl:
        fields.canonicalUrl && /^https?:/.test(fields.canonicalUrl) ? fields.canonicalUrl : meta.canonicalUrl,
      language: detectLanguage(clean.text, fields.language ?? meta.lang),
      descriptionHtml: clean.html,
      descriptionText: clean.text,
    },
    extractedBy: [...new Set(used)].join('+') || 'none',
    evidence,
    locationParts,
    review: fieldsToReview(evidence, fields),
    report,
    warnings,
    needsRendering: looksLikeScriptShell(html, clean.text.length),
  };
}

/** The page without scripts, parsed and sanitised (hidden passages out) into a DOM. */
function parseLean(html: string, url: string | null, report: SanitizeReport, warnings: string[]): Document {
  const css: string[] = [];
  // icons and hidden JSON payloads (LinkedIn's <code>{&quot;…) carry no visible text, only parsing cost
  const lean = stripScripts(html)
    .replace(/<svg\b[^>]*>[\s\S]*?<\/svg\s*>/gi, '<svg></svg>')
    .replace(/<code\b[^>]*>\s*\{&quot;[\s\S]*?<\/code\s*>/gi, '<code></code>')
    .replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style\s*>)/gi, (_m, open: string, body: string, close: string) => {
      css.push(body);
      return `${open}${close}`;
    });
  if (lean.length > MAX_PARSED_CHARS)
    warnings.push(
      `The page is very large (${Math.round(lean.length / 1e6)} MB without scripts and styles); only the first ${MAX_PARSED_CHARS / 1e6} MB were read.`,
    );
  // Cut markup closes at the end like any truncated page: hidden content stays inside its hidden parent.
  const doc = parsePage(lean.length > MAX_PARSED_CHARS ? lean.slice(0, MAX_PARSED_CHARS) : lean, url);
  sanitizeDocument(doc, report, css);
  return doc;
}

/** Drops executable scripts before parsing (they are never run, and parsing them costs time). */
function stripScripts(html: string): string {
  let removed = 0;
  const out = html.replace(
    /<script\b(?![^>]*application\/ld(?:\+|&#x0*2B;|&#0*43;)json)[^>]*>[\s\S]*?<\/script\s*>/gi,
    () => {
      removed++;
      return '<script></script>';
    },
  );
  return removed ? out : html;
}

/** Readability rewrites the document it reads; it runs last, so it is given the shared one, not a copy. */
function readabilityFields(doc: Document): ExtractedFields | null {
  // Readability's own maxElemsToParse counts getElementsByTagName('*'), which linkedom does not support.
  if (doc.querySelectorAll('*').length > READABILITY_MAX_ELEMENTS) return mainRegion(doc);
  const article = new Readability(doc, { charThreshold: 200 }).parse();
  if (!article?.content) return null;
  // Readability's siteName is often the job board; reconcile.ts decides the employer instead.
  return { descriptionHtml: article.content };
}

/** On a big page, the description is the first main-looking region with enough text. */
function mainRegion(doc: Document): ExtractedFields | null {
  for (const selector of [
    '[class*="description" i]',
    '[id*="description" i]',
    'article',
    'main',
    '[role="main"]',
    '[class*="content" i]',
  ]) {
    for (const el of Array.from(doc.querySelectorAll(selector)).slice(0, 20)) {
      if ((el.textContent ?? '').trim().length >= ENOUGH_DESCRIPTION) return { descriptionHtml: el.innerHTML };
    }
  }
  return null;
}
