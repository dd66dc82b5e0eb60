import { asc, eq } from 'drizzle-orm';
import { Job } from '../../../shared/domain/job';
import type { Snapshot } from '../../../shared/domain/application';
import type { Db } from '../db/client';
import { applicationSnapshotFiles, applicationSnapshots } from '../db/schema';

/** Write-once storage of snapshots: rows are inserted together and never updated (triggers refuse it). */

export interface SnapshotFileBytes {
  name: string;
  mime: string;
  bytes: Uint8Array;
  sha256: string;
}

export function createSnapshotsRepo(db: Db) {
  return {
    insert(
      s: {
        id: string;
        applicationId: string;
        jobJson: string;
        jobSha256: string;
        match: Snapshot['match'];
        createdAt: string;
      },
      files: SnapshotFileBytes[],
    ): void {
      db.transaction((tx) => {
        tx.insert(applicationSnapshots)
          .values({
            id: s.id,
            applicationId: s.applicationId,
            jobJson: s.jobJson,
            jobSha256: s.jobSha256,
            matchScore: s.match?.score ?? null,
            matchFormulaVersion: s.match?.formulaVersion ?? null,
            createdAt: s.createdAt,
          })
          .run();
        for (const f of files)
          tx.insert(applicationSnapshotFiles)
            .values({ snapshotId: s.id, name: f.name, mime: f.mime, bytes: Buffer.from(f.bytes), sha256: f.sha256 })
            .run();
      });
    },
    list(applicationId: string): (Snapshot & { jobJson: string })[] {
      const rows = db
        .select()
        .from(applicationSnapshots)
        .where(eq(applicationSnapshots.applicationId, applicationId))
        .orderBy(asc(applicationSnapshots.createdAt))
        .all();
      return rows.map((r) => {
        const files = db
          .select({
            name: applicationSnapshotFiles.name,
            mime: applicationSnapshotFiles.mime,
            bytes: applicationSnapshotFiles.bytes,
            sha256: applicationSnapshotFiles.sha256,
          })
          .from(applicationSnapshotFiles)
          .where(eq(applicationSnapshotFiles.snapshotId, r.id))
          .orderBy(asc(applicationSnapshotFiles.id))
          .all();
        return {
          id: r.id,
          applicationId: r.applicationId,
          createdAt: r.createdAt,
          jobJson: r.jobJson,
          job: Job.parse(JSON.parse(r.jobJson)),
          jobSha256: r.jobSha256,
          files: files.map((f) => ({ name: f.name, mime: f.mime, size: f.bytes.length, sha256: f.sha256 })),
          match:
            r.matchScore === null || !r.matchFormulaVersion
              ? null
              : { score: r.matchScore, formulaVersion: r.matchFormulaVersion },
        };
      });
    },
    file(snapshotId: string, name: string): Uint8Array | undefined {
      const rows = db
        .select({ name: applicationSnapshotFiles.name, bytes: applicationSnapshotFiles.bytes })
        .from(applicationSnapshotFiles)
        .where(eq(applicationSnapshotFiles.snapshotId, snapshotId))
        .all();
      const hit = rows.find((r) => r.name === name);
      return hit ? new Uint8Array(hit.bytes) : undefined;
    },
  };
}
export type SnapshotsRepo = ReturnType<typeof createSnapshotsRepo>;
