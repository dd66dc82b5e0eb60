import { test as base } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { electronBinary, launchBridgeApp, launchElectronApp, ROOT, type RunningApp } from './launch';

export type Transport = 'bridge' | 'electron';
export const SCREENSHOTS = path.join(ROOT, 'e2e-output', 'screenshots');

/** Specs use `app` and never know which transport runs underneath. */
export const test = base.extend<{ app: RunningApp; shot: (name: string) => Promise<void> }, { transport: Transport }>({
  transport: ['bridge', { option: true, scope: 'worker' }],
  app: async ({ transport }, use) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-e2e-'));
    let app: RunningApp;
    if (transport === 'electron') {
      const binary = electronBinary();
      base.skip(
        !binary,
        'No Electron binary on this machine (npm installs Electron without one here); the bridge project covers the same specs in Chromium.',
      );
      app = await launchElectronApp(dataDir, binary!);
    } else {
      app = await launchBridgeApp(dataDir);
    }
    await use(app);
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
  shot: async ({ app, transport }, use, testInfo) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await use(async (name) => {
      const file = path.join(SCREENSHOTS, `${transport}-${name}.png`);
      await app.page.screenshot({ path: file, fullPage: true });
      await testInfo.attach(name, { path: file, contentType: 'image/png' });
    });
  },
});

export { expect } from '@playwright/test';
