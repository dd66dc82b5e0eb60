import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../app-core';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('restoring a backup from the app', () => {
  it('lists the backups, refuses names not on the list, and restores the chosen one at the next start', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-restore-'));
    dirs.push(dataDir);
    const core = createCore({ dataDir, watchIntervalMs: null });
    core.settings.update({ theme: 'light' });
    await core.close(); // waits for the start-up daily/weekly backups

    const again = createCore({ dataDir, watchIntervalMs: null });
    again.settings.update({ theme: 'dark' });
    const backups = again.privacy.backups();
    expect(backups.map((b) => b.kind).sort()).toEqual(['daily', 'weekly']);
    for (const bad of ['../jobsmith.sqlite', '/etc/passwd', 'jobsmith.sqlite']) {
      expect(() => again.privacy.restoreBackup(bad), bad).toThrow(/no backup called/);
    }
    // The first start's backups hold the empty settings; the ones made now hold 'light'.
    const newest = backups.find((b) => b.kind === 'daily')!;
    expect(again.privacy.restoreBackup(newest.fileName)).toEqual({ pending: newest.fileName });
    expect(again.settings.get().theme).toBe('dark'); // nothing swapped under the running app
    await again.close();

    const restored = createCore({ dataDir, watchIntervalMs: null });
    expect(restored.settings.get().theme).not.toBe('dark');
    expect(existsSync(path.join(dataDir, 'restore-pending.json'))).toBe(false);
    expect(restored.privacy.backups().length).toBeGreaterThan(0);
    await restored.close();
  });
});
