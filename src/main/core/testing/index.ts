import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../app-core';

/** A real core on a fresh temp data folder (real SQLite file, real migrations). */
export function createTestCore(): Core & { cleanup(): Promise<void> } {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-core-'));
  const core = createCore({ dataDir });
  return Object.assign(core, {
    async cleanup() {
      await core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}
