import { createHash, randomUUID } from 'node:crypto';
import type { Snapshot } from '../../../shared/domain/application';
import type { Job } from '../../../shared/domain/job';
import { AppError } from '../../../shared/ipc/result';
import type { ApplicationsRepo } from './applications-repo';
import type { SnapshotsRepo } from './snapshots-repo';

/**
 * Snapshots of exactly what was sent: a copy of the job as stored now, the exported files the caller
 * passes (CV, cover letter: bytes kept whole, with sha256), and the job's match score with its formula
 * version. Stored write-once; later edits to the profile, the job or a template cannot reach them.
 */

export interface ExportedFile {
  name: string;
  mime: string;
  bytes: Uint8Array;
}

export const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

export const MAX_SNAPSHOT_FILE_BYTES = 20 * 1024 * 1024;

export interface SnapshotServiceDeps {
  repo: SnapshotsRepo;
  applications: ApplicationsRepo;
  job: (id: string) => Job;
  clock: () => Date;
}

export function createSnapshotService(deps: SnapshotServiceDeps) {
  function take(applicationId: string, files: ExportedFile[]): Snapshot {
    const app = deps.applications.get(applicationId);
    if (!app) throw new AppError('NOT_FOUND', `There is no application with id ${applicationId}.`);
    const names = new Set<string>();
    for (const f of files) {
      if (f.bytes.length > MAX_SNAPSHOT_FILE_BYTES)
        throw new AppError(
          'BAD_INPUT',
          `${f.name} is larger than 20 MB; snapshots keep exported CVs and letters only.`,
        );
      if (names.has(f.name))
        throw new AppError('BAD_INPUT', `Two files are named ${f.name}; each file of a snapshot needs its own name.`);
      names.add(f.name);
    }
    const job = deps.job(app.jobId);
    const jobJson = JSON.stringify(job);
    const stored = files.map((f) => ({
      name: f.name,
      mime: f.mime,
      bytes: new Uint8Array(f.bytes),
      sha256: sha256(f.bytes),
    }));
    const snapshot = {
      id: randomUUID(),
      applicationId,
      jobJson,
      jobSha256: sha256(jobJson),
      match: deps.applications.matchOf(app.jobId),
      createdAt: deps.clock().toISOString(),
    };
    deps.repo.insert(snapshot, stored);
    return {
      ...snapshot,
      job: structuredClone(job),
      files: stored.map((f) => ({ name: f.name, mime: f.mime, size: f.bytes.length, sha256: f.sha256 })),
    };
  }
  return {
    take,
    /** The same, with files as they cross IPC (base64). */
    takeEncoded: (applicationId: string, files: { name: string; mime: string; dataBase64: string }[]): Snapshot =>
      take(
        applicationId,
        files.map((f) => ({ name: f.name, mime: f.mime, bytes: new Uint8Array(Buffer.from(f.dataBase64, 'base64')) })),
      ),
    list: (applicationId: string) => deps.repo.list(applicationId),
    /** The bytes of one file of a snapshot, exactly as sent. */
    file(snapshotId: string, name: string): Uint8Array {
      const bytes = deps.repo.file(snapshotId, name);
      if (!bytes) throw new AppError('NOT_FOUND', `Snapshot ${snapshotId} has no file named ${name}.`);
      return bytes;
    },
  };
}
export type SnapshotService = ReturnType<typeof createSnapshotService>;
