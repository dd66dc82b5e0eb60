import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listRotated, rotateBackups } from './backup-rotation';
import { restoreBackup } from './backups';
import { openDatabase } from './client';
import { createTestDb } from './testing';

const DAY = 24 * 3600_000;
let db: ReturnType<typeof createTestDb>;
afterEach(() => db.cleanup());

const mode = (file: string): number => statSync(file).mode & 0o777;

describe('rotating backups', () => {
  it('keeps seven daily and four weekly copies made with the online backup API, owner-only', async () => {
    db = createTestDb();
    db.sqlite.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('theme', '\"dark\"', 'now')").run();
    const start = Date.UTC(2026, 0, 1);
    expect((await rotateBackups(db.sqlite, db.dir, start)).map((b) => b.kind)).toEqual(['daily', 'weekly']);
    expect(await rotateBackups(db.sqlite, db.dir, start + DAY / 2)).toEqual([]); // nothing due yet
    for (let day = 1; day <= 40; day++) await rotateBackups(db.sqlite, db.dir, start + day * DAY);
    const all = listRotated(db.dir);
    expect(all.filter((b) => b.kind === 'daily').map((b) => (b.at - start) / DAY)).toEqual([
      40, 39, 38, 37, 36, 35, 34,
    ]);
    expect(all.filter((b) => b.kind === 'weekly').map((b) => (b.at - start) / DAY)).toEqual([35, 28, 21, 14]);
    for (const b of all) {
      if (process.platform !== 'win32') expect(mode(b.file)).toBe(0o600);
      const copy = new Database(b.file, { readonly: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.prepare("SELECT value FROM settings WHERE key = 'theme'").get()).toEqual({ value: '"dark"' });
      copy.close();
    }
    if (process.platform !== 'win32') {
      expect(mode(db.file)).toBe(0o600);
      expect(mode(path.dirname(all[0]!.file))).toBe(0o700);
    }
  });

  it('restores the newest copy, keeping the current file aside', async () => {
    db = createTestDb();
    db.sqlite.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('theme', '\"light\"', 'now')").run();
    await rotateBackups(db.sqlite, db.dir);
    db.sqlite.prepare("UPDATE settings SET value = '\"dark\"' WHERE key = 'theme'").run();
    db.close();
    const { restored, movedAside } = restoreBackup(db.dir, listRotated(db.dir)[0]!.file);
    expect(restored).toMatch(/jobsmith-(daily|weekly)-\d+\.sqlite$/);
    expect(movedAside).toBeDefined();
    const reopened = openDatabase({ file: db.file });
    expect(reopened.sqlite.prepare("SELECT value FROM settings WHERE key = 'theme'").get()).toEqual({
      value: '"light"',
    });
    reopened.close();
  });
});
