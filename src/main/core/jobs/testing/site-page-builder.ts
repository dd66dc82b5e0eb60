import {
  descriptionHtml,
  employmentWord,
  esc,
  remoteWord,
  salaryText,
  shownPlace,
  type Expected,
  type JobSpec,
} from './job-spec';

/**
 * Pages in the layouts of the sites with their own rule (extract/site-extractors.ts), without
 * structured data, so the rule itself is what reads them. Each shows what that site shows.
 */
export const SITE_CLASSES = [
  'site:linkedin',
  'site:indeed',
  'site:seek',
  'site:greenhouse',
  'site:lever',
  'site:workday',
  'site:ashby',
] as const;
export type SiteClass = (typeof SITE_CLASSES)[number];

const doc = (s: JobSpec, head: string, body: string): string =>
  `<!DOCTYPE html><html lang="${s.lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

export function buildSitePage(cls: SiteClass, s: JobSpec): { html: string; expected: Expected; path: string } {
  const t = esc(s.title);
  const c = esc(s.company);
  const place = esc(shownPlace(s));
  const desc = `${descriptionHtml(s)}<p>${s.paragraphs.join(' ')}</p>`;
  const base: Expected = {
    title: s.title,
    company: s.company,
    location: shownPlace(s),
    remote: s.remote,
    employmentType: s.employmentType,
    salary: null,
    postedAt: null,
    descriptionIncludes: s.marker,
    descriptionExcludes: [],
  };
  const id = `${s.lang}-${s.seed}`;
  switch (cls) {
    case 'site:linkedin':
      return {
        path: `https://www.linkedin.com/jobs/view/${1000 + s.seed}`,
        html: doc(
          s,
          `<title>${c} hiring ${t} in ${place} | LinkedIn</title>`,
          `<section class="top-card-layout"><h1 class="top-card-layout__title">${t}</h1>
<h4 class="top-card-layout__second-subline"><span class="topcard__flavor"><a class="topcard__org-name-link" href="/company/x">${c}</a></span><span class="topcard__flavor topcard__flavor--bullet">${place} (${esc(remoteWord(s))})</span></h4></section>
<div class="description__text"><div class="show-more-less-html__markup">${desc}</div></div>
<ul class="description__job-criteria-list"><li><h3>Seniority level</h3><span class="description__job-criteria-text">Mid-Senior level</span></li><li><h3>Employment type</h3><span class="description__job-criteria-text">${esc(employmentWord(s))}</span></li></ul>`,
        ),
        expected: base,
      };
    case 'site:indeed':
      return {
        path: `https://www.indeed.com/viewjob?jk=${id}`,
        html: doc(
          s,
          `<title>${t} - ${place} - Indeed.com</title>`,
          `<div class="jobsearch-JobInfoHeader-title-container"><h1 data-testid="jobsearch-JobInfoHeader-title">${t}</h1></div>
<div data-testid="inlineHeader-companyName"><a href="/cmp/x">${c}</a></div><div data-testid="inlineHeader-companyLocation"><div>${place}</div><div>•</div><div>${esc(remoteWord(s))}</div></div>
<div id="salaryInfoAndJobType"><span>${esc(salaryText(s))}</span><span> - ${esc(employmentWord(s))}</span></div><div id="jobDescriptionText">${desc}</div>`,
        ),
        expected: { ...base, salary: s.salary },
      };
    case 'site:seek':
      return {
        path: `https://www.seek.com.au/job/${80000000 + s.seed}`,
        html: doc(
          s,
          `<title>${t} Job in ${place} - SEEK</title>`,
          `<h1 data-automation="job-detail-title">${t}</h1><span data-automation="advertiser-name">${c}</span>
<span data-automation="job-detail-location">${place}</span><span data-automation="job-detail-work-type">${esc(employmentWord(s))}</span><span data-automation="job-detail-salary">${esc(salaryText(s))}</span>
<p>${esc(remoteWord(s))}</p><div data-automation="jobAdDetails">${desc}</div>`,
        ),
        expected: {
          ...base,
          salary: { ...s.salary, currency: s.salary.currency === 'USD' ? 'AUD' : s.salary.currency },
        },
      };
    case 'site:greenhouse':
      return {
        path: `https://job-boards.greenhouse.io/${s.company.replace(/\W+/g, '').toLowerCase()}/jobs/${4000000 + s.seed}`,
        html: doc(
          s,
          `<title>Job Application for ${t} at ${c}</title>`,
          `<div class="job__title"><h1>${t}</h1><span class="company-name">at ${c}</span></div><div class="job__location">${place}</div>
<div class="job__tags"><span>${esc(remoteWord(s))}</span><span>${esc(employmentWord(s))}</span></div><div class="job__description">${desc}</div>`,
        ),
        expected: base,
      };
    case 'site:lever':
      return {
        path: `https://jobs.lever.co/${s.company.replace(/\W+/g, '').toLowerCase()}/5d3c1a2b-9f8e-4c1d-8a7b-${String(s.seed).padStart(12, '0')}`,
        html: doc(
          s,
          `<title>${c} - ${t}</title><meta property="og:site_name" content="${c}"><meta property="og:title" content="${c} - ${t}">`,
          `<div class="posting-page"><div class="posting-headline"><h2>${t}</h2>
<div class="posting-categories"><div class="sort-by-time posting-category medium-category-label location">${place}</div><div class="sort-by-commitment posting-category medium-category-label commitment">${esc(employmentWord(s))}</div><div class="posting-category medium-category-label workplaceTypes">${esc(remoteWord(s))}</div></div></div>
<div class="section-wrapper page-full-width"><div class="section page-centered" data-qa="job-description">${desc}</div></div></div>`,
        ),
        expected: base,
      };
    case 'site:workday':
      return {
        path: `https://${s.company.replace(/\W+/g, '').toLowerCase()}.wd3.myworkdayjobs.com/en-US/careers/job/${id}`,
        html: doc(
          s,
          `<title>${t}</title><meta property="og:site_name" content="${c}">`,
          `<div data-automation-id="jobPostingHeader">${t}</div>
<div data-automation-id="locations"><dl><dt>locations</dt><dd>${place}</dd></dl></div><div data-automation-id="remoteType"><dl><dt>remote type</dt><dd>${esc(remoteWord(s))}</dd></dl></div>
<div data-automation-id="time"><dl><dt>time type</dt><dd>${esc(employmentWord(s))}</dd></dl></div><div data-automation-id="jobPostingDescription">${desc}</div>`,
        ),
        expected: base,
      };
    case 'site:ashby':
      return {
        path: `https://jobs.ashbyhq.com/${s.company.replace(/\W+/g, '').toLowerCase()}/5d3c1a2b-9f8e-4c1d-8a7b-${String(s.seed).padStart(12, '0')}`,
        html: doc(
          s,
          `<title>${t} @ ${c}</title><meta property="og:site_name" content="${c}">`,
          `<h1 class="ashby-job-posting-heading">${t}</h1><div class="_details_x"><div class="_location_abc">${place}</div>
<div class="_employmentType_abc">${esc(employmentWord(s))}</div><div class="_workplace_abc">${esc(remoteWord(s))}</div></div><div class="_descriptionText_abc">${desc}</div>`,
        ),
        expected: base,
      };
  }
}
