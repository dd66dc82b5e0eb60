import type { JobDraft, Salary } from '../../../../shared/domain/job';
import type { Expected } from './job-spec';

/** Field-by-field comparison of a captured draft with what its built page holds. */
export const SCORED_FIELDS = [
  'title',
  'company',
  'location',
  'remote',
  'employmentType',
  'salary',
  'postedAt',
  'description',
] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

const sameSalary = (a: Salary | null, b: Salary | null): boolean =>
  a === null || b === null
    ? a === b
    : a.min === b.min && a.max === b.max && a.currency === b.currency && a.period === b.period;

export function scoreDraft(
  draft: JobDraft,
  e: Expected,
): Record<ScoredField, { ok: boolean; got: unknown; want: unknown }> {
  const description =
    draft.descriptionText.includes(e.descriptionIncludes) &&
    e.descriptionExcludes.every((x) => !draft.descriptionText.includes(x));
  const row = <T>(ok: boolean, got: T, want: unknown) => ({ ok, got, want });
  return {
    title: row(draft.title === e.title, draft.title, e.title),
    company: row(draft.company === e.company, draft.company, e.company),
    location: row((draft.locations[0] ?? null) === e.location, draft.locations[0] ?? null, e.location),
    remote: row(draft.remote === e.remote, draft.remote, e.remote),
    employmentType: row(draft.employmentType === e.employmentType, draft.employmentType, e.employmentType),
    salary: row(sameSalary(draft.salary, e.salary), draft.salary, e.salary),
    postedAt: row((draft.postedAt?.slice(0, 10) ?? null) === e.postedAt, draft.postedAt, e.postedAt),
    description: row(
      description,
      draft.descriptionText.slice(0, 80),
      `includes "${e.descriptionIncludes}", none of ${e.descriptionExcludes.length} foreign texts`,
    ),
  };
}
