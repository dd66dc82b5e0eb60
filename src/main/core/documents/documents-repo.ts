import { and, desc, eq, type SQL } from 'drizzle-orm';
import { DocumentContent, type DocumentVersion, RenderOptions, TruthFlag } from '../../../shared/domain/document';
import type { Db } from '../db/client';
import { documentVersions } from '../db/schema';

type Row = typeof documentVersions.$inferSelect;
export type NewVersion = Omit<DocumentVersion, 'id' | 'documentId'> & { documentId: number | null };

const toVersion = (row: Row): DocumentVersion => ({
  id: row.id,
  documentId: row.documentId,
  jobId: row.jobId,
  kind: row.kind as DocumentVersion['kind'],
  title: row.title,
  source: row.source as DocumentVersion['source'],
  content: DocumentContent.parse(row.content),
  flags: TruthFlag.array().parse(row.flags),
  matchBefore: row.matchBefore,
  matchAfter: row.matchAfter,
  options: RenderOptions.parse(row.options),
  createdAt: row.createdAt,
});

/** Stores document versions: insert and read only (versions are immutable). */
export function createDocumentsRepo(db: Db) {
  return {
    insert(v: NewVersion): DocumentVersion {
      return db.transaction((tx) => {
        const { documentId, ...rest } = v;
        const row = tx
          .insert(documentVersions)
          .values({ ...rest, documentId: documentId ?? 0 })
          .returning()
          .get();
        if (documentId !== null) return toVersion(row);
        // A new document: its id is its first version's id.
        return toVersion(
          tx
            .update(documentVersions)
            .set({ documentId: row.id })
            .where(eq(documentVersions.id, row.id))
            .returning()
            .get(),
        );
      });
    },
    get(id: number): DocumentVersion | null {
      const row = db.select().from(documentVersions).where(eq(documentVersions.id, id)).get();
      return row ? toVersion(row) : null;
    },
    /** Newest first; filtered by job and/or document. */
    list(filter: { jobId?: string; documentId?: number; limit?: number } = {}): DocumentVersion[] {
      const where: SQL[] = [];
      if (filter.jobId !== undefined) where.push(eq(documentVersions.jobId, filter.jobId));
      if (filter.documentId !== undefined) where.push(eq(documentVersions.documentId, filter.documentId));
      return db
        .select()
        .from(documentVersions)
        .where(where.length ? and(...where) : undefined)
        .orderBy(desc(documentVersions.id))
        .limit(filter.limit ?? 500)
        .all()
        .map(toVersion);
    },
  };
}
export type DocumentsRepo = ReturnType<typeof createDocumentsRepo>;
