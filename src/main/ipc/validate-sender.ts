import type { WebFrameMain } from 'electron';

/**
 * The one guard for every IPC call and navigation: only the top frame of our own window, showing
 * the app's own page, may talk to the core. Sub-frames, webviews and other origins are refused.
 */
export function isTrustedAppUrl(rawUrl: string, devServerUrl: string | undefined, rendererFile: string): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  if (devServerUrl) return url.origin === new URL(devServerUrl).origin;
  if (url.protocol !== 'file:') return false;
  // Exactly the app's own page: a copy of it elsewhere on disk (whose path merely ends the same way) is not.
  let page: string;
  try {
    page = decodeURIComponent(url.pathname).replace(/\\/g, '/');
  } catch {
    return false;
  }
  if (url.host) page = `//${url.host}${page}`; // a UNC path: file://server/share/...
  const file = rendererFile.replace(/\\/g, '/');
  return page === file || page === `/${file}`; // "/C:/app/index.html" for "C:\\app\\index.html"
}

export function validateSender(
  frame: WebFrameMain | null | undefined,
  devServerUrl: string | undefined,
  rendererFile: string,
): boolean {
  if (!frame || frame.parent !== null) return false;
  return isTrustedAppUrl(frame.url, devServerUrl, rendererFile);
}
