import type { Db } from '../db/client';
import { createTailorRunsRepo } from './tailor-runs-repo';
import { createTailorService, type TailorServiceDeps } from './tailor-service';

export interface TailorModuleDeps extends Omit<TailorServiceDeps, 'repo'> {
  db: Db;
}

/** Tailoring: the CV and letter written for one job, every claim checked against the profile. */
export function createTailorModule(deps: TailorModuleDeps) {
  const { db, ...rest } = deps;
  const repo = createTailorRunsRepo(db);
  repo.failInterrupted(new Date().toISOString());
  const tailor = createTailorService({ ...rest, repo });
  return { tailor, dispose: () => tailor.dispose() };
}
export type TailorModule = ReturnType<typeof createTailorModule>;
