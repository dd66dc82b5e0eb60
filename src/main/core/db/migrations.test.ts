import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MIGRATIONS_FOLDER, openDatabase, readJournal } from './client';
import { populateAllTables } from './testing/populate';

// One test per migration: apply migrations 1..N on a real file, check the tables and indexes that
// migration N creates exist, that the file is intact, and that rows written before N (in every
// table) survive N with foreign_key_check clean.
const journal = readJournal(DEFAULT_MIGRATIONS_FOLDER);
const root = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-migrations-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folderWithFirst(n: number): string {
  const dir = path.join(root, `first-${n}`);
  mkdirSync(path.join(dir, 'meta'), { recursive: true });
  const entries = journal.entries.slice(0, n);
  for (const entry of entries)
    cpSync(path.join(DEFAULT_MIGRATIONS_FOLDER, `${entry.tag}.sql`), path.join(dir, `${entry.tag}.sql`));
  writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  return dir;
}

function createdObjects(sql: string): string[] {
  return [
    ...sql.matchAll(
      /CREATE\s+(?:VIRTUAL\s+)?(?:TABLE|(?:UNIQUE\s+)?INDEX|TRIGGER)\s+(?:IF NOT EXISTS\s+)?[`"]?(\w+)[`"]?/gi,
    ),
  ].map((m) => m[1]!);
}

describe('migrations', () => {
  it('has a journal with at least one migration', () => {
    expect(journal.entries.length).toBeGreaterThan(0);
  });

  for (const [index, entry] of journal.entries.entries()) {
    it(`${entry.tag} applies on top of the ones before it`, () => {
      const file = path.join(root, `db-${index}.sqlite`);
      const before = openDatabase({ file, migrationsFolder: folderWithFirst(index) });
      const tables = before.sqlite
        .prepare(
          "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' AND name NOT LIKE '__drizzle%'",
        )
        .pluck()
        .all() as string[];
      // Rows the user already has must survive the next migration: every table gets some.
      const inserted = populateAllTables(before.sqlite);
      for (const table of tables) expect(inserted[table], `rows in ${table}`).toBeGreaterThan(0);
      expect(before.sqlite.pragma('foreign_key_check')).toEqual([]);
      const counts = Object.fromEntries(
        tables.map((t) => [t, before.sqlite.prepare(`SELECT count(*) FROM "${t}"`).pluck().get()]),
      );
      before.close();

      const after = openDatabase({ file, migrationsFolder: folderWithFirst(index + 1) });
      expect(after.schemaVersion).toBe(index + 1);
      expect(after.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(after.sqlite.pragma('foreign_key_check')).toEqual([]);
      const objects = new Set(after.sqlite.prepare('SELECT name FROM sqlite_master').pluck().all() as string[]);
      const sql = readFileSync(path.join(DEFAULT_MIGRATIONS_FOLDER, `${entry.tag}.sql`), 'utf8');
      for (const name of createdObjects(sql)) expect(objects, `${entry.tag} creates ${name}`).toContain(name);
      for (const [table, count] of Object.entries(counts)) {
        if (objects.has(table))
          expect(after.sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get()).toBe(count);
      }
      after.close();
    });
  }
});
