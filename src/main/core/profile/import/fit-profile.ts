import { Profile } from '../../../../shared/domain/profile';
import { AppError, describeZodError } from '../../../../shared/ipc/result';

/**
 * Validates a draft built by an importer against the profile model. Text longer than the model
 * allows is shortened (with a warning) rather than refused: a long summary is not a broken file.
 * Anything else that does not fit is a bug in the mapping or a hostile file, reported with its path.
 */
export function fitProfile(draft: unknown, warnings: string[], source: string): Profile {
  let current = draft;
  for (let attempt = 0; attempt < 20; attempt++) {
    const parsed = Profile.safeParse(current);
    if (parsed.success) return parsed.data;
    const tooLong = parsed.error.issues.filter(
      (i) => i.code === 'too_big' && (i as { origin?: string }).origin === 'string',
    );
    if (tooLong.length !== parsed.error.issues.length) {
      throw new AppError(
        'BAD_INPUT',
        `This ${source} has fields Jobsmith cannot use: ${describeZodError(parsed.error)}.`,
        {
          issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
        },
      );
    }
    current = structuredClone(current);
    for (const issue of tooLong) {
      const max = Number((issue as { maximum?: number | bigint }).maximum ?? 0);
      truncateAt(current, issue.path as (string | number)[], max);
      warnings.push(`${issue.path.join('.')} was longer than ${max} characters and was shortened.`);
    }
  }
  throw new AppError('BAD_INPUT', `This ${source} has too many over-long fields to import.`);
}

function truncateAt(root: unknown, path: (string | number)[], max: number): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const value = node[last];
  if (typeof value === 'string')
    node[last] =
      value
        .trim()
        .slice(0, Math.max(0, max - 1))
        .trimEnd() + '…';
}
