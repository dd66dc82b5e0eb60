import type { WebFrameMain } from 'electron';

/** The renderer is served from this custom protocol (see app-protocol.ts), never from `file://`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'jobsmith';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * The one guard for every IPC call and navigation: only the top frame of our own window, showing
 * the app's own page, may talk to the core. Sub-frames, webviews, `file:` pages and other origins
 * are refused. In production the page must come from exactly `app://jobsmith` (no user, password
 * or port); in development only from the dev server's origin.
 */
export function isTrustedAppUrl(rawUrl: string, devServerUrl: string | undefined): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  if (devServerUrl) return url.origin === new URL(devServerUrl).origin;
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}

export function validateSender(frame: WebFrameMain | null | undefined, devServerUrl: string | undefined): boolean {
  if (!frame || frame.parent !== null) return false;
  return isTrustedAppUrl(frame.url, devServerUrl);
}
