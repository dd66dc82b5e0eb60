import type { z } from 'zod';
import type { AtsProvider, BoardRegion } from '../../../../shared/domain/job';
import { formatAddress, normalizeEmploymentType } from '../extract/normalize';
import { decodeEntities } from '../extract/extracted-fields';
import type { AtsPosting } from './ats-posting';
import { Ashby, Greenhouse, greenhouseSalary, Lever, Recruitee, salary, SmartList, Workable } from './ats-responses';

/**
 * The public, documented job-board APIs of six ATSs: where each lives and how its JSON maps onto
 * Jobsmith's fields. Response schemas are lenient (unknown keys pass) but the parts read are checked.
 */

/** Where a board's list lives. `region` picks a vendor's EU data centre, which alone serves EU boards. */
export type BoardEndpoint = (board: string, region: BoardRegion) => string;

export const DEFAULT_ENDPOINTS: Record<AtsProvider, BoardEndpoint> = {
  // Listed without `content=true`: a large board's inline descriptions pass any sane response cap.
  // Descriptions and pay ranges come per job (GREENHOUSE_JOB below).
  greenhouse: (b, r) =>
    `https://boards-api${r === 'eu' ? '.eu' : ''}.greenhouse.io/v1/boards/${encodeURIComponent(b)}/jobs`,
  lever: (b, r) => `https://api${r === 'eu' ? '.eu' : ''}.lever.co/v0/postings/${encodeURIComponent(b)}?mode=json`,
  ashby: (b) => `https://api.ashbyhq.com/posting-api/job-board/${encodeURIComponent(b)}?includeCompensation=true`,
  smartrecruiters: (b) => `https://api.smartrecruiters.com/v1/companies/${encodeURIComponent(b)}/postings?limit=100`,
  workable: (b) => `https://apply.workable.com/api/v1/widget/accounts/${encodeURIComponent(b)}?details=true`,
  recruitee: (b) => `https://${encodeURIComponent(b)}.recruitee.com/api/offers/`,
};

/** One Greenhouse job with its description and, where the employer publishes them, its pay ranges. */
export function greenhouseJobUrl(listUrl: string, id: string): string {
  const [base, query] = listUrl.split('?');
  const params = new URLSearchParams(query ?? '');
  params.delete('content');
  params.set('pay_transparency', 'true');
  return `${base}/${encodeURIComponent(id)}?${params.toString()}`;
}

export const titleCase = (board: string): string =>
  board.replace(/[-_.]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
const remoteOf = (v: string | null | undefined): AtsPosting['remote'] => {
  const t = (v ?? '').toLowerCase().replace(/[^a-z]/g, '');
  return t === 'remote' ? 'remote' : t === 'hybrid' ? 'hybrid' : t === 'onsite' ? 'onsite' : 'unknown';
};
const iso = (v: string | number | null | undefined): string | null => {
  if (v === null || v === undefined || v === '') return null;
  const d = new Date(typeof v === 'string' ? v.replace(/ UTC$/, 'Z').replace(' ', 'T') : v);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
};

/** Each mapper takes parsed JSON and returns postings; SmartRecruiters descriptions come from a second call. */
export const MAPPERS: Record<AtsProvider, { schema: z.ZodType; map: (data: never, board: string) => AtsPosting[] }> = {
  greenhouse: {
    schema: Greenhouse,
    map: (data: z.infer<typeof Greenhouse>, board) =>
      data.jobs.map((j) => {
        const typeMeta = j.metadata?.find((m) => /employment|job type|contract/i.test(m.name ?? ''))?.value;
        return {
          provider: 'greenhouse',
          atsId: String(j.id),
          title: j.title,
          company: j.company_name ?? titleCase(board),
          locations: j.location?.name ? [j.location.name] : [],
          remote: /remote/i.test(j.location?.name ?? '') ? 'remote' : 'unknown',
          employmentType: normalizeEmploymentType(typeof typeMeta === 'string' ? typeMeta : null),
          salary: greenhouseSalary(j.pay_input_ranges),
          descriptionHtml: decodeEntities(j.content ?? ''),
          postedAt: iso(j.first_published ?? j.updated_at),
          url: j.absolute_url ?? null,
        };
      }),
  },
  lever: {
    schema: Lever,
    map: (data: z.infer<typeof Lever>, board) =>
      data.map((j) => ({
        provider: 'lever',
        atsId: j.id,
        title: j.text,
        company: titleCase(board),
        locations: j.categories?.allLocations?.length
          ? j.categories.allLocations
          : j.categories?.location
            ? [j.categories.location]
            : [],
        remote: remoteOf(j.workplaceType),
        employmentType: normalizeEmploymentType(j.categories?.commitment),
        salary: j.salaryRange
          ? salary(
              j.salaryRange.min,
              j.salaryRange.max,
              j.salaryRange.currency,
              /year|annual/i.test(j.salaryRange.interval ?? '')
                ? 'year'
                : /month/i.test(j.salaryRange.interval ?? '')
                  ? 'month'
                  : /hour/i.test(j.salaryRange.interval ?? '')
                    ? 'hour'
                    : null,
            )
          : null,
        descriptionHtml: [
          j.description ?? '',
          ...(j.lists ?? []).map((l) => `<h3>${l.text ?? ''}</h3><ul>${l.content ?? ''}</ul>`),
          j.additional ?? '',
        ].join('\n'),
        postedAt: iso(j.createdAt),
        url: j.hostedUrl ?? null,
      })),
  },
  ashby: {
    schema: Ashby,
    map: (data: z.infer<typeof Ashby>, board) =>
      data.jobs
        .filter((j) => j.isListed !== false)
        .map((j) => {
          // The employer decides whether pay is shown; the API returns it either way.
          const shown = j.shouldDisplayCompensationOnJobPostings !== false;
          const pay = shown
            ? j.compensation?.summaryComponents?.find((c) => /salary/i.test(c.compensationType ?? ''))
            : undefined;
          return {
            provider: 'ashby',
            atsId: j.id,
            title: j.title,
            company: titleCase(board),
            locations: [j.location, ...(j.secondaryLocations ?? []).map((l) => l.location)].filter((l): l is string =>
              Boolean(l),
            ),
            remote: j.workplaceType ? remoteOf(j.workplaceType) : j.isRemote ? 'remote' : 'unknown',
            employmentType: normalizeEmploymentType(j.employmentType?.replace(/([a-z])([A-Z])/g, '$1 $2')),
            salary: pay
              ? salary(
                  pay.minValue,
                  pay.maxValue,
                  pay.currencyCode,
                  /year/i.test(pay.interval ?? '')
                    ? 'year'
                    : /month/i.test(pay.interval ?? '')
                      ? 'month'
                      : /hour/i.test(pay.interval ?? '')
                        ? 'hour'
                        : null,
                )
              : null,
            descriptionHtml: j.descriptionHtml ?? '',
            postedAt: iso(j.publishedAt),
            url: j.jobUrl ?? null,
          };
        }),
  },
  smartrecruiters: {
    schema: SmartList,
    map: (data: z.infer<typeof SmartList>, board) =>
      data.content.map((j) => ({
        provider: 'smartrecruiters',
        atsId: j.id,
        title: j.name,
        company: j.company?.name ?? titleCase(board),
        locations: [
          j.location?.fullLocation ??
            formatAddress({
              addressLocality: j.location?.city ?? '',
              addressRegion: j.location?.region ?? '',
              addressCountry: j.location?.country?.toUpperCase() ?? '',
            }),
        ].filter((l): l is string => Boolean(l)),
        remote: j.location?.remote ? 'remote' : j.location?.hybrid ? 'hybrid' : 'unknown',
        employmentType: normalizeEmploymentType(j.typeOfEmployment?.label),
        salary: null,
        descriptionHtml: '',
        postedAt: iso(j.releasedDate),
        url: `https://jobs.smartrecruiters.com/${board}/${j.id}`,
      })),
  },
  workable: {
    schema: Workable,
    map: (data: z.infer<typeof Workable>, board) =>
      data.jobs.map((j) => ({
        provider: 'workable',
        atsId: j.shortcode,
        title: j.title,
        company: data.name ?? titleCase(board),
        locations: (
          j.locations?.filter((l) => !l.hidden).map((l) => [l.city, l.region, l.country].filter(Boolean).join(', ')) ??
          []
        )
          .filter(Boolean)
          .concat(j.locations?.length ? [] : [[j.city, j.state, j.country].filter(Boolean).join(', ')].filter(Boolean)),
        remote: j.telecommuting ? 'remote' : 'unknown',
        employmentType: normalizeEmploymentType(j.employment_type),
        salary: null,
        descriptionHtml: j.description ?? '',
        postedAt: iso(j.published_on ?? j.created_at),
        url: j.url ?? null,
      })),
  },
  recruitee: {
    schema: Recruitee,
    map: (data: z.infer<typeof Recruitee>, board) =>
      data.offers.map((j) => ({
        provider: 'recruitee',
        atsId: String(j.id),
        title: j.title,
        company: j.company_name ?? titleCase(board),
        locations: j.location
          ? [j.location]
          : [j.city, j.country].filter(Boolean).length
            ? [[j.city, j.country].filter(Boolean).join(', ')]
            : [],
        remote: j.remote ? 'remote' : j.hybrid ? 'hybrid' : j.on_site ? 'onsite' : 'unknown',
        employmentType: normalizeEmploymentType(
          j.employment_type_code
            ?.replace(/_/g, ' ')
            .replace(/fulltime/, 'full time')
            .replace(/parttime/, 'part time'),
        ),
        salary: j.salary ? salary(j.salary.min, j.salary.max, j.salary.currency, j.salary.period) : null,
        descriptionHtml: `${j.description ?? ''}${j.requirements ? `\n<h3>Requirements</h3>${j.requirements}` : ''}`,
        postedAt: iso(j.published_at ?? j.created_at),
        url: j.careers_url ?? null,
      })),
  },
};
