import { app, BrowserWindow, dialog, shell } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_ID } from '../shared/app';
import { createCore, type Core } from './core/app-core';
import { DatabaseCorruptError } from './core/db/errors';
import { restoreBackup } from './core/db/backups';
import { registerDeepLinks } from './platform/deep-links';
import { createDesktopNotifier, forwardDesktopNotifications } from './platform/desktop-notifications';
import { handlers } from './handlers';
import { registerIpc } from './ipc/register-ipc';
import { electronSqliteBinding } from './platform/native-binding';
import { createMainWindow, enforceContentSecurityPolicy, lockDownSession } from './platform/window';
import { registerAppScheme, serveRenderer } from './platform/app-protocol';
import { createSafeStorageSecretStore } from './platform/secrets/safe-storage';

// The Electron shell: lifecycle, window, security and wiring. Everything else lives in ./core.
const here = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const rendererDir = path.join(here, '../renderer');
const preload = path.join(here, '../preload/index.cjs');
const dataDir = process.env.JOBSMITH_DATA_DIR ?? app.getPath('userData');

let core: Core | undefined;

async function openCore(): Promise<Core | undefined> {
  const nativeBinding = electronSqliteBinding(app.getAppPath(), process.resourcesPath, app.isPackaged);
  try {
    return createCore({
      dataDir,
      secrets: createSafeStorageSecretStore(dataDir),
      // Due reminders: checked at start (those that fell due while closed) and every minute.
      notifier: createDesktopNotifier(),
      reminderIntervalMs: 60_000,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
  } catch (error) {
    if (!(error instanceof DatabaseCorruptError)) throw error;
    const hasBackup = error.backups.length > 0;
    const buttons = hasBackup ? ['Restore newest backup', 'Open data folder', 'Quit'] : ['Open data folder', 'Quit'];
    const { response } = await dialog.showMessageBox({
      type: 'error',
      title: 'Jobsmith cannot open its database',
      message: 'Your Jobsmith database is damaged.',
      detail: error.message,
      buttons,
      cancelId: buttons.length - 1,
    });
    const choice = buttons[response];
    if (choice === 'Restore newest backup') {
      restoreBackup(dataDir);
      return openCore();
    }
    if (choice === 'Open data folder') await shell.openPath(dataDir);
    return undefined;
  }
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.setAppUserModelId(APP_ID);
  const deepLinks = registerDeepLinks();
  registerAppScheme();
  void app.whenReady().then(async () => {
    core = await openCore();
    if (!core) return app.quit();
    lockDownSession();
    if (!devServerUrl) enforceContentSecurityPolicy();
    if (!devServerUrl) serveRenderer(rendererDir);
    registerIpc(core, handlers, devServerUrl);
    forwardDesktopNotifications(core);
    createMainWindow({ preload, devServerUrl });
    deepLinks.ready(core);
  });
  app.on('second-instance', () => {
    const window = BrowserWindow.getAllWindows()[0];
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) createMainWindow({ preload, devServerUrl });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    void core?.close();
  });
}
