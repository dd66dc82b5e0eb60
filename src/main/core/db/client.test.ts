import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackup, listBackups, restoreBackup } from './backups';
import { openDatabase } from './client';
import { DatabaseCorruptError } from './errors';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-client-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('openDatabase', () => {
  it('creates the file with WAL, foreign keys and every migration applied', () => {
    const file = path.join(tempDir(), 'nested', 'jobsmith.sqlite');
    const opened = openDatabase({ file });
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(opened.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(opened.schemaVersion).toBeGreaterThan(0);
    opened.close();
    const again = openDatabase({ file });
    expect(again.schemaVersion).toBe(opened.schemaVersion);
    again.close();
  });

  it('refuses a file that is not SQLite and leaves it untouched', () => {
    const file = path.join(tempDir(), 'jobsmith.sqlite');
    writeFileSync(file, 'this is my precious data, not a database'.repeat(200));
    const before = sha(file);
    expect(() => openDatabase({ file })).toThrow(DatabaseCorruptError);
    expect(() => openDatabase({ file })).toThrow(/is damaged \(the file is not a SQLite database\).*No backup/);
    expect(sha(file)).toBe(before);
  });

  it('refuses a SQLite file with damaged pages, names the backups, and the backup restores it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'jobsmith.sqlite');
    const opened = openDatabase({ file });
    opened.sqlite.exec("INSERT INTO settings (key, value, updated_at) VALUES ('theme', '\"dark\"', 'now')");
    opened.sqlite.exec('CREATE TABLE filler (x TEXT); CREATE INDEX filler_x ON filler(x);');
    const insert = opened.sqlite.prepare('INSERT INTO filler VALUES (?)');
    for (let i = 0; i < 2000; i++) insert.run(`row ${i} `.repeat(20));
    const backup = createBackup(opened.sqlite, dir, 'test');
    opened.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    opened.close();

    // Scribble over pages in the middle of the file (keeps the header, breaks the b-trees).
    const bytes = readFileSync(file);
    for (let i = 8192; i < bytes.length - 4096; i += 4096) bytes.fill(0xab, i + 100, i + 400);
    writeFileSync(file, bytes);
    const before = sha(file);

    let caught: unknown;
    try {
      openDatabase({ file });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DatabaseCorruptError);
    expect((caught as DatabaseCorruptError).backups).toEqual([backup]);
    expect((caught as Error).message).toMatch(/db restore/);
    expect(sha(file)).toBe(before);

    const { movedAside } = restoreBackup(dir);
    expect(movedAside && sha(movedAside)).toBe(before);
    const restored = openDatabase({ file });
    expect(restored.sqlite.prepare("SELECT value FROM settings WHERE key='theme'").pluck().get()).toBe('"dark"');
    restored.close();
  });

  it('keeps only the newest backups, newest first', () => {
    const dir = tempDir();
    const opened = openDatabase({ file: path.join(dir, 'jobsmith.sqlite') });
    for (let i = 0; i < 12; i++) createBackup(opened.sqlite, dir, `n${i}`);
    opened.close();
    const backups = listBackups(dir);
    expect(backups).toHaveLength(10);
    expect(backups[0]!.file).toMatch(/n11\.sqlite$/);
  });
});
