import {
  baseExpected,
  descriptionHtml,
  employmentWord,
  esc,
  makeSpec,
  printedPlace,
  remoteWord,
  salaryText,
  shownPlace,
  type Expected,
  type JobSpec,
} from './job-spec';
import { type Lang } from './job-languages.fixture';
import { buildSitePage, SITE_CLASSES } from './site-page-builder';

/**
 * Job pages the tests and the benchmark build, one builder per class of page seen in the wild:
 * JSON-LD (clean, encoded, wrapped, contradicting the page), embedded page-state JSON (Next.js,
 * window state, LinkedIn-like voyager payloads), microdata, each site rule, job boards with rails
 * of other jobs, logged-in views with the user's profile, and pages with no structured data.
 */

export const PAGE_CLASSES = [
  'json-ld',
  'json-ld-wrapped',
  'json-ld-conflict',
  'embedded-next',
  'embedded-state',
  'embedded-voyager',
  'microdata',
  'aggregator',
  'plain',
  'logged-in',
  ...SITE_CLASSES,
] as const;
export type PageClass = (typeof PAGE_CLASSES)[number];

export interface BuiltPage {
  id: string;
  cls: PageClass;
  lang: Lang;
  seed: number;
  url: string;
  html: string;
  expected: Expected;
}

const OTHER = {
  title: 'Night Shift Warehouse Lead',
  salary: 'USD 9,999,999 – 9,999,999',
  date: '2019-01-01',
  place: 'Reykjavík, Iceland',
};
const PROFILE = { name: 'Jordan Saver', line: 'Jordan Saver · Staff Accountant at Ledgerline' };

export function labelLine(
  s: JobSpec,
  label: string,
  value: string,
  style = s.pick(['colon', 'dl', 'table'] as const),
): string {
  if (style === 'dl') return `<dl><dt>${esc(label)}</dt><dd>${esc(value)}</dd></dl>`;
  if (style === 'table') return `<table><tr><th>${esc(label)}</th><td>${esc(value)}</td></tr></table>`;
  return `<p><span class="label">${esc(label)}:</span> ${esc(value)}</p>`;
}

/** Labelled facts under the heading, in the page's language and in a seeded order and style. */
function factLines(s: JobSpec, opts: { salary?: boolean; date?: boolean; location?: boolean } = {}): string {
  const l = s.v.labels;
  const lines = [
    opts.location === false ? '' : labelLine(s, s.pick(l.location), shownPlace(s)),
    labelLine(s, s.pick(l.type), employmentWord(s)),
    labelLine(s, s.pick(l.mode), remoteWord(s)),
    opts.salary === false ? '' : labelLine(s, s.pick(l.salary), salaryText(s)),
    opts.date === false ? '' : labelLine(s, s.pick(l.date), s.postedAt),
  ].filter(Boolean);
  return lines.sort(() => (s.chance(0.5) ? 1 : -1)).join('\n');
}

/** A "more jobs" rail: other postings with their own salaries, dates, places and work modes. */
function rail(s: JobSpec): string {
  const heading = s.pick(s.v.moreJobs);
  const item = `<li><a href="/jobs/999">${OTHER.title}</a><span>${OTHER.place}</span><span>${s.v.remote[0]}</span><span>${OTHER.salary}</span><time datetime="${OTHER.date}">${OTHER.date}</time></li>`;
  return s.chance(0.5)
    ? `<section><h2>${heading}</h2><ul>${item}${item}</ul></section>`
    : `<aside class="similar-jobs"><h3>${heading}</h3><ul>${item}</ul></aside>`;
}

function page(s: JobSpec, head: string, body: string, lang = s.lang): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

function jobPostingLd(s: JobSpec, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: s.title,
    description: descriptionHtml(s),
    datePosted: s.postedAt,
    hiringOrganization: { '@type': 'Organization', name: s.company },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: s.city,
        addressRegion: s.region,
        postalCode: s.postalCode,
        addressCountry: s.countryCode,
      },
    },
    employmentType: s.employmentType.toUpperCase(),
    ...(s.remote === 'remote' ? { jobLocationType: 'TELECOMMUTE' } : {}),
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: s.salary.currency,
      value: {
        '@type': 'QuantitativeValue',
        minValue: s.salary.min,
        maxValue: s.salary.max,
        unitText: s.salary.period!.toUpperCase(),
      },
    },
    ...over,
  };
}

function visibleBody(s: JobSpec, opts: { salary?: boolean; rails?: boolean; heading?: string } = {}): string {
  return `<header><nav><a href="/">${s.pick(s.v.careers)}</a></nav></header><main><h1>${esc(opts.heading ?? s.title)}</h1><p class="company">${esc(s.company)}</p>
${factLines(s, { salary: opts.salary })}
<article class="description">${descriptionHtml(s)}</article></main>${opts.rails === false ? '' : rail(s)}`;
}

const ldScript = (json: unknown, type = 'application/ld+json'): string =>
  `<script type="${type}">${JSON.stringify(json)}</script>`;

const BUILDERS: Record<
  Exclude<PageClass, (typeof SITE_CLASSES)[number]>,
  (s: JobSpec) => { html: string; expected: Expected; path?: string }
> = {
  'json-ld': (s) => ({
    html: page(s, `<title>${esc(s.title)} | ${esc(s.company)}</title>${ldScript(jobPostingLd(s))}`, visibleBody(s)),
    expected: baseExpected(s),
  }),

  'json-ld-wrapped': (s) => {
    const other = jobPostingLd({ ...s, title: OTHER.title, marker: 'other posting' }, { datePosted: OTHER.date });
    const mine = jobPostingLd(s);
    const wrapped = s.pick([
      { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: s.title }, mine] },
      [{ '@type': 'BreadcrumbList', itemListElement: [] }, mine],
      {
        '@type': 'ItemList',
        itemListElement: [
          { '@type': 'ListItem', item: other },
          { '@type': 'ListItem', item: mine },
        ],
      },
    ]);
    const type = s.pick(['application/ld&#x2B;json', 'application/ld&#43;json', 'application/ld+json']);
    return {
      html: page(
        s,
        `<title>${esc(s.title)} - ${esc(s.company)}</title>${ldScript(other)}${ldScript(wrapped, type)}`,
        visibleBody(s),
      ),
      expected: baseExpected(s),
    };
  },

  'json-ld-conflict': (s) => {
    // the data says remote, the page says hybrid; the title carries the employer; the salary is impossible or a word
    const hybrid: JobSpec = { ...s, remote: 'hybrid' };
    const impossible = s.seed % 2 === 1;
    const baseSalary = impossible
      ? {
          '@type': 'MonetaryAmount',
          currency: s.salary.currency,
          value: {
            '@type': 'QuantitativeValue',
            minValue: s.salary.max,
            maxValue: (s.salary.min ?? 0) / 10,
            unitText: s.salary.period!.toUpperCase(),
          },
        }
      : {
          '@type': 'MonetaryAmount',
          currency: s.salary.currency,
          value: { '@type': 'QuantitativeValue', value: s.pick(['Competitive', 'DOE', 'Negotiable']) },
        };
    const ld = jobPostingLd(s, { title: `${s.title} - ${s.company}`, jobLocationType: 'TELECOMMUTE', baseSalary });
    return {
      html: page(s, `<title>${esc(s.title)}</title>${ldScript(ld)}`, visibleBody(hybrid, { salary: impossible })),
      expected: { ...baseExpected(s), remote: 'hybrid', salary: impossible ? s.salary : null },
    };
  },

  'embedded-next': (s) => {
    const job = s.chance(0.5)
      ? {
          jobTitle: s.title,
          companyName: s.company,
          descriptionHtml: descriptionHtml(s),
          location: { city: s.city, region: s.region, postalCode: s.postalCode, country: s.countryCode },
          workplaceType: s.remote.toUpperCase(),
          employmentType: s.employmentType.toUpperCase(),
          compensation: {
            min: s.salary.min,
            max: s.salary.max,
            currency: s.salary.currency,
            interval: s.salary.period,
          },
          publishedAt: `${s.postedAt}T09:00:00Z`,
        }
      : {
          title: s.title,
          company: { name: s.company, slug: 'x' },
          description: descriptionHtml(s),
          address: {
            addressLocality: s.city,
            addressRegion: s.region,
            postalCode: s.postalCode,
            addressCountry: s.countryCode,
          },
          remoteType: s.remote,
          jobType: employmentWordEn(s),
          salaryRange: {
            minValue: s.salary.min,
            maxValue: s.salary.max,
            currency: s.salary.currency,
            unitText: s.salary.period,
          },
          datePosted: s.postedAt,
        };
    const data = {
      props: {
        pageProps: { job, similarJobs: [{ title: OTHER.title, companyName: 'Other Co', location: OTHER.place }] },
      },
      page: '/jobs/[id]',
      buildId: 'b1',
    };
    const html = page(
      s,
      `<title>${esc(s.title)}</title>`,
      `<div id="__next"></div><script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script><script src="/_next/static/chunks/main.js"></script>`,
    );
    return { html, expected: baseExpected(s) };
  },

  'embedded-state': (s) => {
    const state = {
      user: { name: PROFILE.name },
      jobs: {
        current: {
          id: 42,
          position: s.title,
          employer: { displayName: s.company },
          jobDescription: descriptionHtml(s).replace(/<[^>]+>/g, '\n'),
          city: printedPlace(s),
          workMode: s.remote,
          contractType: s.employmentType,
          salary: { from: s.salary.min, to: s.salary.max, currencyCode: s.salary.currency, period: s.salary.period },
          createdAt: `${s.postedAt}T08:00:00.000Z`,
        },
        recommended: [{ position: OTHER.title, employer: { displayName: 'Other Co' } }],
      },
    };
    const html = page(
      s,
      `<title>${esc(s.pick(s.v.careers))}</title>`,
      `<div id="app"></div><script>window.__INITIAL_STATE__ = ${JSON.stringify(state)};window.dataLayer=[];</script>`,
    );
    return { html, expected: baseExpected(s) };
  },

  'embedded-voyager': (s) => {
    const urn = `urn:li:fsd_company:${1000 + s.seed}`;
    const workplace = { onsite: 1, remote: 2, hybrid: 3 }[s.remote];
    const payload = {
      data: { '*elements': ['urn:li:fsd_jobPosting:1'] },
      included: [
        { $type: 'com.linkedin.voyager.dash.organization.Company', entityUrn: urn, name: s.company },
        {
          $type: 'com.linkedin.voyager.dash.jobs.JobPosting',
          entityUrn: 'urn:li:fsd_jobPosting:1',
          title: s.title,
          companyDetails: { company: urn },
          description: { text: descriptionHtml(s).replace(/<[^>]+>/g, '\n') },
          formattedLocation: `${s.city}, ${s.region}, ${s.country}`,
          workplaceTypes: [`urn:li:fs_workplaceType:${workplace}`],
          formattedEmploymentStatus: employmentWord(s),
          listedAt: Date.parse(`${s.postedAt}T12:00:00Z`),
        },
        {
          $type: 'com.linkedin.voyager.dash.jobs.JobPostingCard',
          title: OTHER.title,
          primaryDescription: { text: 'Other Co' },
        },
      ],
    };
    const html = page(
      s,
      `<title>${esc(s.title)} | LinkedIn</title><meta property="og:site_name" content="LinkedIn">`,
      `<div id="root"></div><code style="display: none" id="bpr-guid-17">${esc(JSON.stringify(payload))}</code><code id="datalet-bpr-guid-17" style="display: none">{"request":"/voyager/api/jobs","status":200}</code>`,
    );
    const place = s.region === s.city ? `${s.city}, ${s.country}` : `${s.city}, ${s.region}, ${s.country}`;
    return { html, expected: { ...baseExpected(s), location: place, salary: null } };
  },

  microdata: (s) => {
    const html = page(
      s,
      `<title>${esc(s.pick(s.v.careers))}</title>`,
      `<div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">${esc(s.title)}</h1>
<div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">${esc(s.company)}</span></div>
<div itemprop="jobLocation" itemscope itemtype="https://schema.org/Place"><div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="addressLocality">${esc(s.city)}</span> <span itemprop="addressRegion">${esc(s.region)}</span> <span itemprop="postalCode">${esc(s.postalCode)}</span> <meta itemprop="addressCountry" content="${s.countryCode}"></div></div>
<meta itemprop="employmentType" content="${s.employmentType.toUpperCase()}"><time itemprop="datePosted" datetime="${s.postedAt}">${s.postedAt}</time>
<p>${esc(s.pick(s.v.labels.mode))}: ${esc(remoteWord(s))}</p><p>${esc(s.pick(s.v.labels.salary))}: ${esc(salaryText(s))}</p>
<div itemprop="description">${descriptionHtml(s)}</div></div>${rail(s)}`,
    );
    return { html, expected: baseExpected(s) };
  },

  aggregator: (s) => {
    const board = s.pick(["Y Combinator's Work at a Startup", 'Wellfound', 'Welcome to the Jungle']);
    const withLd = s.chance(0.5);
    const ld = withLd
      ? ldScript(jobPostingLd(s, { hiringOrganization: { '@type': 'Organization', name: board } }))
      : '';
    const html = page(
      s,
      `<title>${esc(s.title)} at ${esc(s.company)} | ${esc(board)}</title><meta property="og:site_name" content="${esc(board)}">${ld}`,
      `<header><a href="/">${esc(board)}</a></header><main><h1>${esc(s.title)}</h1>
<div class="meta">${factLines(s)}</div><div class="job-description">${descriptionHtml(s)}</div></main>${rail(s)}`,
    );
    return { html, expected: { ...baseExpected(s), location: withLd ? printedPlace(s) : shownPlace(s) } };
  },

  plain: (s) => {
    const sep = s.pick([' – ', ' | ', ' - ']);
    const html = page(
      s,
      `<title>${esc(s.title)}${sep}${esc(s.company)}${sep}${esc(s.pick(s.v.careers))}</title>`,
      `<header><nav><a href="/">${esc(s.pick(s.v.careers))}</a></nav></header><main><h1>${esc(s.title)}</h1>
${factLines(s)}<div class="content">${descriptionHtml(s)}<p>${s.paragraphs.join(' ')}</p></div></main><footer>© ${esc(s.company)}</footer>`,
    );
    return { html, expected: { ...baseExpected(s), location: shownPlace(s) } };
  },

  'logged-in': (s) => {
    const html = page(
      s,
      `<title>${esc(s.title)} | ${esc(s.company)} | LinkedIn</title>`,
      `<header class="global-nav"><div class="global-nav__me">${PROFILE.name}</div></header><main>
<div class="job-details-top-card"><h1>${esc(s.title)}</h1><div><a href="/company/x">${esc(s.company)}</a></div>
<div>${esc(shownPlace(s))} · 2 weeks ago · 40 applicants</div><ul class="job-insights"><li><span>${esc(remoteWord(s))}</span></li><li><span>${esc(employmentWord(s))}</span></li></ul></div>
<div class="jobs-description"><h2>About the job</h2>${descriptionHtml(s)}<p>${s.paragraphs.join(' ')}</p></div>
<section><h2>How you match</h2><p>${PROFILE.line}</p><p>Skills: double-entry bookkeeping, SAP</p></section></main>${rail(s)}`,
    );
    return {
      html,
      expected: {
        ...baseExpected(s),
        location: shownPlace(s),
        salary: null,
        postedAt: null,
        descriptionExcludes: [PROFILE.name, 'Ledgerline', OTHER.title],
      },
    };
  },
};

function employmentWordEn(s: JobSpec): string {
  return { full_time: 'Full-time', part_time: 'Part-time', contract: 'Contract' }[s.employmentType];
}

export function buildPage(cls: PageClass, lang: Lang, seed: number): BuiltPage {
  const s = makeSpec(lang, seed);
  const built = (SITE_CLASSES as readonly string[]).includes(cls)
    ? buildSitePage(cls as (typeof SITE_CLASSES)[number], s)
    : BUILDERS[cls as keyof typeof BUILDERS](s);
  const expected = {
    ...built.expected,
    descriptionExcludes: [...new Set([...built.expected.descriptionExcludes, OTHER.title, OTHER.salary])],
  };
  // noise every page may carry: an unfilled placeholder and an invisible watermark in the description
  const html = built.html.replace(`${s.marker}.`, `${s.marker}. {contract_type}\u200B\u200C`);
  return {
    id: `${cls}/${lang}/${seed}`,
    cls,
    lang,
    seed,
    url: built.path ?? `https://jobs.example.test/${cls}/${lang}/${seed}`,
    html,
    expected: { ...expected, descriptionExcludes: [...expected.descriptionExcludes, '{contract_type}'] },
  };
}
