import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { settings } from '../db/schema';

export function createSettingsRepo(db: Db) {
  return {
    all(): Record<string, unknown> {
      return Object.fromEntries(
        db
          .select()
          .from(settings)
          .all()
          .map((row) => [row.key, JSON.parse(row.value) as unknown]),
      );
    },
    put(key: string, value: unknown, now: string): void {
      const json = JSON.stringify(value ?? null);
      db.insert(settings)
        .values({ key, value: json, updatedAt: now })
        .onConflictDoUpdate({ target: settings.key, set: { value: json, updatedAt: now } })
        .run();
    },
    remove(key: string): void {
      db.delete(settings).where(eq(settings.key, key)).run();
    },
  };
}
export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
