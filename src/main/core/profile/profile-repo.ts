import { eq } from 'drizzle-orm';
import { Profile } from '../../../shared/domain/profile';
import type { Db } from '../db/client';
import { profile } from '../db/schema';

const ROW_ID = 1;

export interface StoredProfile {
  profile: Profile;
  updatedAt: string;
}

/** The one place that reads and writes the profile document. */
export function createProfileRepo(db: Db) {
  return {
    load(): StoredProfile | null {
      const row = db.select().from(profile).where(eq(profile.id, ROW_ID)).get();
      if (!row) return null;
      return { profile: Profile.parse(row.data), updatedAt: row.updatedAt };
    },
    save(next: Profile, now: string): StoredProfile {
      db.insert(profile)
        .values({ id: ROW_ID, data: next, updatedAt: now })
        .onConflictDoUpdate({ target: profile.id, set: { data: next, updatedAt: now } })
        .run();
      return { profile: next, updatedAt: now };
    },
  };
}
export type ProfileRepo = ReturnType<typeof createProfileRepo>;
