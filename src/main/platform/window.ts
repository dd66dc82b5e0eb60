import { BrowserWindow, session, shell } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { APP_ENTRY_URL, isTrustedAppUrl } from '../ipc/validate-sender';

export interface WindowPaths {
  preload: string;
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
      preload: paths.preload, // eng-disable PRELOAD_JS_CHECK -- the preload exposes only the typed contract functions, nothing raw
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      // The spellchecker downloads dictionaries from Google: off, so the app opens no socket of its own.
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());

  const trusted = (url: string) => isTrustedAppUrl(url, paths.devServerUrl);
  window.webContents.on('will-navigate', (event, url) => {
    if (!trusted(url)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//i.test(url)) void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK -- only http(s) links, opened in the user's browser
    return { action: 'deny' };
  });

  if (paths.devServerUrl) void window.loadURL(paths.devServerUrl);
  else void window.loadURL(APP_ENTRY_URL);
  return window;
}

const ALLOWED_PERMISSIONS = new Set(['notifications', 'clipboard-sanitized-write']);

/** Sends the CSP with every response in production (the dev server needs inline HMR scripts). */
export function enforceContentSecurityPolicy(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] }, // eng-disable CSP_GLOBAL_CHECK -- the policy is the constant in shared/csp.ts, checked by security-checklist.test.ts
    });
  });
}

/** Permissions (requests and silent checks) and the spellchecker, in development too. */
export function lockDownSession(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(ALLOWED_PERMISSIONS.has(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
  session.defaultSession.setSpellCheckerEnabled(false);
}
