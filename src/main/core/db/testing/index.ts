import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type OpenedDatabase } from '../client';

/** A real database file in a fresh temp folder, with the real migrations applied. */
export function createTestDb(): OpenedDatabase & { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-db-'));
  const opened = openDatabase({ file: path.join(dir, 'jobsmith.sqlite') });
  return {
    ...opened,
    dir,
    cleanup() {
      opened.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
