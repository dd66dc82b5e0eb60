import { z } from 'zod';
import type { Salary } from '../../../../shared/domain/job';
import { normalizePeriod } from '../extract/normalize';

/**
 * The response shapes of the six job-board APIs, as lenient zod schemas (unknown keys pass; the parts
 * read are checked), and the value helpers their mappers share (ats-providers.ts).
 */

const s = z.string().nullish();
const n = z.union([z.number(), z.string()]).nullish();
const bool = z.boolean().nullish();

export const num = (v: string | number | null | undefined): number | null =>
  v === null || v === undefined || v === '' ? null : Number.isFinite(Number(v)) ? Number(v) : null;

export function salary(
  min: unknown,
  max: unknown,
  currency: string | null | undefined,
  period: string | null | undefined,
): Salary | null {
  const lo = num(min as number),
    hi = num(max as number);
  if (lo === null && hi === null) return null;
  return { min: lo, max: hi ?? lo, currency: currency ?? null, period: normalizePeriod(period ?? undefined) };
}

/** `pay_input_ranges` (with `pay_transparency=true`): amounts in cents; the period only in the range's title. */
const GreenhousePay = z.object({ min_cents: n, max_cents: n, currency_type: s, title: s, blurb: s });
export const GreenhouseJob = z.object({ content: s, pay_input_ranges: z.array(GreenhousePay).nullish() });

export function greenhouseSalary(ranges: z.infer<typeof GreenhousePay>[] | null | undefined): Salary | null {
  const range = ranges?.find((r) => num(r.min_cents) !== null || num(r.max_cents) !== null);
  if (!range) return null;
  const cents = (v: string | number | null | undefined): number | null => (num(v) === null ? null : num(v)! / 100);
  const label = `${range.title ?? ''} ${range.blurb ?? ''}`;
  const period = /hour/i.test(label) ? 'hour' : /month/i.test(label) ? 'month' : 'year';
  return salary(cents(range.min_cents), cents(range.max_cents), range.currency_type, period);
}

export const Greenhouse = z.object({
  jobs: z.array(
    z.object({
      id: z.number(),
      title: z.string(),
      absolute_url: s,
      updated_at: s,
      first_published: s,
      company_name: s,
      content: s,
      location: z.object({ name: s }).nullish(),
      metadata: z.array(z.object({ name: s, value: z.unknown() })).nullish(),
      pay_input_ranges: z.array(GreenhousePay).nullish(),
    }),
  ),
});

export const Lever = z.array(
  z.object({
    id: z.string(),
    text: z.string(),
    hostedUrl: s,
    createdAt: n,
    description: s,
    descriptionPlain: s,
    additional: s,
    workplaceType: s,
    categories: z.object({ commitment: s, location: s, allLocations: z.array(z.string()).nullish() }).nullish(),
    lists: z.array(z.object({ text: s, content: s })).nullish(),
    salaryRange: z.object({ min: n, max: n, currency: s, interval: s }).nullish(),
  }),
);

export const Ashby = z.object({
  jobs: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      location: s,
      secondaryLocations: z.array(z.object({ location: s })).nullish(),
      employmentType: s,
      isRemote: bool,
      workplaceType: s,
      publishedAt: s,
      jobUrl: s,
      descriptionHtml: s,
      isListed: bool,
      shouldDisplayCompensationOnJobPostings: bool,
      compensation: z
        .object({
          summaryComponents: z
            .array(z.object({ compensationType: s, interval: s, currencyCode: s, minValue: n, maxValue: n }))
            .nullish(),
        })
        .nullish(),
    }),
  ),
});

export const SmartList = z.object({
  totalFound: z.number().nullish(),
  offset: z.number().nullish(),
  content: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      releasedDate: s,
      ref: s,
      company: z.object({ name: s }).nullish(),
      location: z.object({ city: s, region: s, country: s, remote: bool, hybrid: bool, fullLocation: s }).nullish(),
      typeOfEmployment: z.object({ label: s }).nullish(),
    }),
  ),
});
export const SmartDetail = z.object({
  postingUrl: s,
  jobAd: z.object({ sections: z.record(z.string(), z.object({ title: s, text: s }).nullish()) }).nullish(),
});

export const Workable = z.object({
  name: s,
  jobs: z.array(
    z.object({
      title: z.string(),
      shortcode: z.string(),
      employment_type: s,
      telecommuting: bool,
      url: s,
      published_on: s,
      created_at: s,
      city: s,
      state: s,
      country: s,
      description: s,
      locations: z.array(z.object({ city: s, region: s, country: s, hidden: bool })).nullish(),
    }),
  ),
});

export const Recruitee = z.object({
  offers: z.array(
    z.object({
      id: z.number(),
      title: z.string(),
      description: s,
      requirements: s,
      location: s,
      city: s,
      country: s,
      remote: bool,
      hybrid: bool,
      on_site: bool,
      employment_type_code: s,
      careers_url: s,
      published_at: s,
      created_at: s,
      company_name: s,
      salary: z.object({ min: n, max: n, currency: s, period: s }).nullish(),
    }),
  ),
});
