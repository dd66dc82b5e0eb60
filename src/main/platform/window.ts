import { BrowserWindow, session, shell } from 'electron';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { isTrustedAppUrl } from '../ipc/validate-sender';

export interface WindowPaths {
  preload: string;
  rendererFile: string;
  devServerUrl: string | undefined;
}

/** The main window with Electron's security checklist applied. */
export function createMainWindow(paths: WindowPaths): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Jobsmith',
    autoHideMenuBar: true,
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());

  const trusted = (url: string) => isTrustedAppUrl(url, paths.devServerUrl, paths.rendererFile);
  window.webContents.on('will-navigate', (event, url) => {
    if (!trusted(url)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//i.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });

  if (paths.devServerUrl) void window.loadURL(paths.devServerUrl);
  else void window.loadFile(path.resolve(paths.rendererFile));
  return window;
}

/** Sends the CSP with every response in production (the dev server needs inline HMR scripts). */
export function enforceContentSecurityPolicy(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(permission === 'notifications' || permission === 'clipboard-sanitized-write'),
  );
}
