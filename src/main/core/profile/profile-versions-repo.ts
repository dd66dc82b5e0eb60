import { desc, eq } from 'drizzle-orm';
import { Profile } from '../../../shared/domain/profile';
import type { VersionKind } from '../../../shared/domain/profile-import';
import type { Db } from '../db/client';
import { profileVersions } from '../db/schema';

export interface StoredVersion {
  id: number;
  kind: VersionKind;
  label: string;
  createdAt: string;
  updatedAt: string;
  profile: Profile;
}

type Row = typeof profileVersions.$inferSelect;
const toVersion = (row: Row): StoredVersion => ({
  id: row.id,
  kind: row.kind as VersionKind,
  label: row.label,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  profile: Profile.parse(row.data),
});

/** Reads and writes the profile's version history (whole documents, newest last). */
export function createProfileVersionsRepo(db: Db) {
  return {
    list(limit = 200): StoredVersion[] {
      return db.select().from(profileVersions).orderBy(desc(profileVersions.id)).limit(limit).all().map(toVersion);
    },
    get(id: number): StoredVersion | null {
      const row = db.select().from(profileVersions).where(eq(profileVersions.id, id)).get();
      return row ? toVersion(row) : null;
    },
    latest(): StoredVersion | null {
      const row = db.select().from(profileVersions).orderBy(desc(profileVersions.id)).limit(1).get();
      return row ? toVersion(row) : null;
    },
    insert(kind: VersionKind, label: string, profile: Profile, now: string): number {
      const row = db
        .insert(profileVersions)
        .values({ kind, label, data: profile, createdAt: now, updatedAt: now })
        .returning({ id: profileVersions.id })
        .get();
      return row.id;
    },
    update(id: number, label: string, profile: Profile, now: string): void {
      db.update(profileVersions).set({ label, data: profile, updatedAt: now }).where(eq(profileVersions.id, id)).run();
    },
    /** Runs `fn` in one SQLite transaction (better-sqlite3 is synchronous, so `fn` must be too). */
    transaction<T>(fn: () => T): T {
      return db.transaction(() => fn());
    },
  };
}
export type ProfileVersionsRepo = ReturnType<typeof createProfileVersionsRepo>;
