import type { Db } from '../../db/client';
import { jobs } from '../../db/schema';

/** Inserts a minimal job row for match tests and benchmarks (the jobs area owns real capture). */
export function insertTestJob(
  db: Db,
  job: { id: string; title: string; company?: string; text: string; updatedAt?: string; remote?: string },
): void {
  const at = job.updatedAt ?? '2025-01-01T00:00:00.000Z';
  db.insert(jobs)
    .values({
      id: job.id,
      title: job.title,
      company: job.company ?? 'Example Co',
      locations: [],
      remote: job.remote ?? 'unknown',
      descriptionText: job.text,
      descriptionHtml: '',
      source: 'paste',
      extractedBy: 'test',
      captureLog: [],
      status: 'saved',
      contentHash: `hash-${job.id}`,
      createdAt: at,
      updatedAt: at,
    })
    .run();
}
