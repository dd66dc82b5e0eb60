import type { Profile } from '../../../shared/domain/profile';
import type { Db } from '../db/client';
import { createDocumentRenderer } from './document-renderer';
import { createDocumentsRepo } from './documents-repo';
import { createDocumentsService, type ClaimReview, type DocumentsService } from './documents-service';
import { createTypstEngine } from './typst-engine';

export interface DocumentsModuleDeps {
  db: Db;
  profile: () => Profile;
  /** Jobs, for the company and role in titles and file names (get throws NOT_FOUND for a deleted job). */
  jobs: { get(id: string): { company: string; title: string } };
  /** Truth flags: resolution and re-checking of edits (core/tailor's `createFlagReview`). */
  claims: ClaimReview;
}

/** Documents (src/main/core/documents): templates, rendering with Typst, versions and export. */
export function createDocumentsModule(deps: DocumentsModuleDeps): { documents: DocumentsService; dispose(): void } {
  const documents = createDocumentsService({
    repo: createDocumentsRepo(deps.db),
    renderer: createDocumentRenderer(createTypstEngine()),
    profile: deps.profile,
    claims: deps.claims,
    describeJob: (id) => {
      try {
        const job = deps.jobs.get(id);
        return { company: job.company, role: job.title };
      } catch {
        return null;
      }
    },
  });
  return { documents, dispose: () => undefined };
}
