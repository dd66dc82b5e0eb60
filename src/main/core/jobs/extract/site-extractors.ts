import type { ExtractedFields } from './extracted-fields';
import { detectRemote, normalizeEmploymentType, parseSalaryText } from './normalize';
import { currencyHintFor } from './page-meta';

/**
 * Per-site fallbacks for pages without structured data: the public job pages of LinkedIn, Indeed,
 * SEEK, Greenhouse, Lever, Workday and Ashby, by their stable attributes and class names.
 */

interface SiteRule {
  name: string;
  host: RegExp;
  /** Recognises a saved copy of the page when its address is unknown. */
  marker: RegExp;
  title: string[];
  company: string[];
  location: string[];
  description: string[];
  salary?: string[];
  employment?: string[];
  remote?: string[];
}

const RULES: SiteRule[] = [
  {
    name: 'linkedin',
    marker: /top-card-layout__title|topcard__title/,
    host: /(^|\.)linkedin\.com$/,
    title: ['.top-card-layout__title', 'h1.topcard__title', 'h1'],
    company: ['.topcard__org-name-link', '.top-card-layout__second-subline a', '.topcard__flavor a'],
    location: ['.topcard__flavor--bullet', '.top-card-layout__second-subline .topcard__flavor--bullet'],
    description: ['.show-more-less-html__markup', '.description__text'],
    employment: ['.description__job-criteria-list li:nth-child(2) .description__job-criteria-text'],
  },
  {
    name: 'indeed',
    marker: /jobsearch-JobInfoHeader|jobDescriptionText/,
    host: /(^|\.)indeed\.[a-z.]+$/,
    title: ['[data-testid="jobsearch-JobInfoHeader-title"]', 'h1.jobsearch-JobInfoHeader-title', 'h1'],
    company: [
      '[data-testid="inlineHeader-companyName"]',
      '[data-company-name="true"]',
      '.jobsearch-InlineCompanyRating div',
    ],
    location: [
      '[data-testid="inlineHeader-companyLocation"] > div:first-child',
      '[data-testid="inlineHeader-companyLocation"]',
      '[data-testid="job-location"]',
    ],
    description: ['#jobDescriptionText', '.jobsearch-jobDescriptionText'],
    salary: ['#salaryInfoAndJobType'],
    employment: ['#salaryInfoAndJobType'],
    remote: ['[data-testid="inlineHeader-companyLocation"]'],
  },
  {
    name: 'seek',
    marker: /data-automation="job-detail-title"/,
    host: /(^|\.)seek\.(com\.au|co\.nz)$/,
    title: ['[data-automation="job-detail-title"]', 'h1'],
    company: ['[data-automation="advertiser-name"]'],
    location: ['[data-automation="job-detail-location"]'],
    description: ['[data-automation="jobAdDetails"]'],
    salary: ['[data-automation="job-detail-salary"]'],
    employment: ['[data-automation="job-detail-work-type"]'],
    remote: ['[data-automation="job-detail-work-type"]', '[data-automation="job-detail-location"]'],
  },
  {
    name: 'greenhouse',
    marker: /job__title|app-title|boards\.greenhouse\.io/,
    host: /(^|\.)greenhouse\.io$/,
    title: ['.job__title h1', 'h1.app-title', 'h1.section-header', 'h1'],
    company: ['.company-name', 'meta[property="og:site_name"]'],
    location: ['.job__location', '.location'],
    description: ['.job__description', '#content', '.job-post-content'],
  },
  {
    name: 'lever',
    marker: /posting-headline/,
    host: /(^|\.)lever\.co$/,
    title: ['.posting-headline h2', 'h2'],
    company: ['meta[property="og:site_name"]', '.main-header-logo img[alt]'],
    location: ['.posting-categories .location', '.sort-by-time.posting-category'],
    description: ['[data-qa="job-description"]', '.section-wrapper.page-full-width .content', '.posting-page .content'],
    employment: ['.posting-categories .commitment'],
    remote: ['.posting-categories .workplaceTypes'],
  },
  {
    name: 'workday',
    marker: /data-automation-id="jobPostingHeader"/,
    host: /(^|\.)(myworkdayjobs|workday)\.com$/,
    title: ['[data-automation-id="jobPostingHeader"]', 'h2', 'h1'],
    company: ['meta[property="og:site_name"]'],
    location: ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]'],
    description: ['[data-automation-id="jobPostingDescription"]'],
    employment: ['[data-automation-id="time"] dd', '[data-automation-id="time"]'],
    remote: ['[data-automation-id="remoteType"] dd', '[data-automation-id="remoteType"]'],
  },
  {
    name: 'ashby',
    marker: /ashby-job-posting-heading/,
    host: /(^|\.)ashbyhq\.com$/,
    title: ['h1.ashby-job-posting-heading', 'h1'],
    company: ['meta[property="og:site_name"]', 'img[class*="navLogoWordmarkImage"][alt]'],
    location: ['[class*="_location_"]', '[class*="locationText"]'],
    description: ['[class*="_descriptionText_"]', '.ashby-job-posting-right-pane'],
    employment: ['[class*="employmentType"]'],
  },
];

/** textContent with a space between elements, so "3124</div><div>Hybrid" stays two words. */
function spacedText(el: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  const parts: string[] = [];
  while (walker.nextNode()) parts.push(walker.currentNode.textContent ?? '');
  return parts.join(' ');
}

function pick(doc: Document, selectors: string[] | undefined, html = false): string | undefined {
  for (const selector of selectors ?? []) {
    let el: Element | null = null;
    try {
      el = doc.querySelector(selector);
    } catch {
      continue;
    }
    if (!el) continue;
    const value =
      el.tagName === 'META'
        ? el.getAttribute('content')
        : el.tagName === 'IMG'
          ? el.getAttribute('alt')
          : html
            ? el.innerHTML
            : spacedText(el);
    const trimmed = html ? value?.trim() : value?.replace(/\s+/g, ' ').trim();
    if (trimmed) return trimmed;
  }
  return undefined;
}

/** The site a page comes from: by its address, else by a layout marker in the HTML. */
export function siteRuleFor(url: string | null, html?: string): string | null {
  if (url) {
    try {
      const host = new URL(url).hostname;
      const byHost = RULES.find((r) => r.host.test(host));
      if (byHost) return byHost.name;
    } catch {
      /* fall through to markers */
    }
  }
  if (!html) return null;
  const sample = html.length > 600_000 ? html.slice(0, 600_000) : html;
  return RULES.find((r) => r.marker.test(sample))?.name ?? null;
}

export function extractBySite(
  doc: Document,
  url: string | null,
  site: string | null,
): { site: string; fields: ExtractedFields } | null {
  const rule = RULES.find((r) => r.name === site);
  if (!rule) return null;
  const salaryText = pick(doc, rule.salary);
  const location = pick(doc, rule.location);
  const fields: ExtractedFields = {
    title: pick(doc, rule.title),
    company: pick(doc, rule.company)?.replace(/^(?:at|bei|chez|presso|bij|@)\s+/i, ''),
    locations: location ? [location] : [],
    descriptionHtml: pick(doc, rule.description, true),
    salary: salaryText ? parseSalaryText(salaryText, currencyHintFor(url)) : null,
    employmentType: normalizeEmploymentType(pick(doc, rule.employment)),
    remote: detectRemote(pick(doc, rule.remote)),
  };
  return { site: rule.name, fields };
}
