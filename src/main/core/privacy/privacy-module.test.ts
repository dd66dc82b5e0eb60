import { strFromU8, unzipSync } from 'fflate';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DELETE_ALL_CONFIRMATION } from '../../../shared/domain/privacy';
import { emptyProfile } from '../../../shared/domain/profile';
import { rotateBackups } from '../db/backup-rotation';
import { createTestCore } from '../testing';

let core: ReturnType<typeof createTestCore>;
afterEach(() => core.cleanup());

const MARKER = 'Zanzibar-Quokka-7731';

async function seed(): Promise<void> {
  core = createTestCore();
  core.profile.saveBasics({ ...emptyProfile().basics, name: 'Ada Example', email: 'ada@example.com', label: MARKER });
  await core.jobs.add({
    kind: 'paste',
    text: `Platform Engineer\nCompany: Acme\nLocation: Leeds, United Kingdom\n\nYou will run ${MARKER} clusters on Kubernetes and Terraform.`,
  });
  core.settings.update({ theme: 'dark' });
  mkdirSync(path.join(core.dataDir, 'documents'), { recursive: true });
  writeFileSync(path.join(core.dataDir, 'documents', 'cv-acme.txt'), `CV for Acme ${MARKER}`);
  writeFileSync(path.join(core.dataDir, 'secrets.json'), '{"openai":"sk-secret"}');
  await rotateBackups(core.database.sqlite, core.dataDir);
}

describe('privacy: all your data, out or gone', () => {
  it('exports every table as JSON plus the document files in one zip, without API keys', async () => {
    await seed();
    const exported = core.privacy.exportAll(new Date('2026-12-06T07:00:00Z'));
    expect(exported.fileName).toBe('jobsmith-data-2026-12-06.zip');
    const zip = unzipSync(Buffer.from(exported.dataBase64, 'base64'));
    expect(Object.keys(zip).sort()).toEqual(['database.json', 'documents/cv-acme.txt']);
    const dump = JSON.parse(strFromU8(zip['database.json']!)) as { tables: Record<string, Record<string, unknown>[]> };
    expect(JSON.stringify(dump.tables['profile'])).toContain(MARKER);
    expect(dump.tables['jobs']![0]).toMatchObject({ title: 'Platform Engineer' });
    expect(dump.tables['settings']!.some((r) => r['key'] === 'theme')).toBe(true);
    expect(exported.rows).toBeGreaterThanOrEqual(3);
    expect(strFromU8(zip['documents/cv-acme.txt']!)).toContain(MARKER);
    expect(JSON.stringify(dump)).not.toContain('sk-secret');
  });

  it('deletes nothing without the exact confirmation, then everything with it', async () => {
    await seed();
    expect(() => core.privacy.deleteAll('yes')).toThrow(/Nothing was deleted/);
    expect(core.jobs.list({ limit: 10 })).toHaveLength(1);

    const result = core.privacy.deleteAll(DELETE_ALL_CONFIRMATION);
    expect(result.rowsDeleted).toBeGreaterThanOrEqual(3);
    expect(core.jobs.list({ limit: 10 })).toEqual([]);
    expect(core.jobs.list({ text: 'kubernetes', limit: 10 })).toEqual([]);
    const counts = core.database.sqlite
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' AND name NOT LIKE '%_fts_%'",
      )
      .pluck()
      .all() as string[];
    for (const table of counts)
      expect(core.database.sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get(), table).toBe(0);
    for (const gone of ['backups', 'documents', 'secrets.json'])
      expect(existsSync(path.join(core.dataDir, gone)), gone).toBe(false);
    // Not even deleted pages keep the text: the file was vacuumed.
    expect(readFileSync(core.database.file).includes(Buffer.from(MARKER))).toBe(false);
  });
});
