import { net, protocol } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { APP_HOST, APP_SCHEME } from '../ipc/validate-sender';

/**
 * Serves the built renderer from `app://jobsmith/` instead of `file://` (Electron checklist: no file
 * URLs), so the IPC sender check can require one exact origin and no other file on disk is reachable.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Call once the app is ready. Only files inside `rendererDir` are served, each with the CSP header. */
export function serveRenderer(rendererDir: string): void {
  const root = path.resolve(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = path.resolve(root, `.${decodeURIComponent(url.pathname)}`);
    if (url.host !== APP_HOST || (file !== root && !file.startsWith(root + path.sep)))
      return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file === root ? path.join(root, 'index.html') : file).href);
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return new Response(response.body, { status: response.status, headers });
  });
}
