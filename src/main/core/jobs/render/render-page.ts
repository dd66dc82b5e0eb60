import type { Route } from 'playwright-core';
import { AppError } from '../../../../shared/ipc/result';
import { readBodyLimited } from '../../net/response-body';

/**
 * Renders a page that needs JavaScript in the user's own Chrome/Chromium (headless), then returns
 * its HTML. Every request the browser makes is routed through the given gateway fetch, so offline
 * mode, timeouts, the address check (no loopback or LAN) and size limits hold here too; images,
 * media and fonts are not loaded at all, and sub-requests are capped in number and size.
 * Before the HTML is taken, elements the real layout shows to nobody are marked
 * `data-jobsmith-hidden` so the sanitiser removes them.
 */
export interface RenderOptions {
  executablePath: string;
  fetch: typeof fetch;
  userAgent: string;
  timeoutMs?: number;
  isOffline?: () => boolean;
  /** At most this many sub-requests per page (default 200); the rest are aborted. */
  maxRequests?: number;
  /** Largest single sub-resource (default 5 MB). */
  maxResourceBytes?: number;
}

const SKIPPED = new Set(['image', 'media', 'font', 'websocket', 'eventsource', 'manifest']);

/** Runs inside the page: marks elements that are invisible by their computed style or layout. */
function markHidden(): number {
  let marked = 0;
  const parse = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).map(Number);
  const bgOf = (el: Element | null): number[] => {
    for (let e = el; e; e = e.parentElement) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg.length >= 3 && (bg[3] ?? 1) > 0.5) return bg;
    }
    return [255, 255, 255];
  };
  const width = document.documentElement.scrollWidth;
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    if (el.closest('[data-jobsmith-hidden]') || !(el.textContent ?? '').trim()) continue;
    const cs = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    let reason = '';
    if (cs.display === 'none') reason = 'display:none';
    else if (cs.visibility === 'hidden' || cs.visibility === 'collapse') reason = 'visibility:hidden';
    else if (Number(cs.opacity) <= 0.05) reason = 'opacity:0';
    else if (rect.width < 2 || rect.height < 2) reason = cs.overflow === 'visible' && rect.width > 0 ? '' : 'zero-size';
    else if (rect.right < 0 || rect.bottom < -200 || rect.left > width + 200) reason = 'off-screen';
    else if (parseFloat(cs.fontSize) < 2) reason = 'font-size:0';
    else {
      const hasOwnText = Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim());
      const fg = parse(cs.color);
      const bg = bgOf(el);
      if (
        hasOwnText &&
        ((fg[3] ?? 1) <= 0.05 ||
          Math.abs(fg[0]! - bg[0]!) + Math.abs(fg[1]! - bg[1]!) + Math.abs(fg[2]! - bg[2]!) <= 24)
      )
        reason = 'same colour as background';
    }
    if (reason) {
      el.setAttribute('data-jobsmith-hidden', reason);
      marked++;
    }
  }
  return marked;
}

export async function renderPage(
  url: string,
  opts: RenderOptions,
): Promise<{ html: string; url: string; requests: number }> {
  const timeout = opts.timeoutMs ?? 30_000;
  const maxRequests = opts.maxRequests ?? 200;
  const maxResourceBytes = opts.maxResourceBytes ?? 5 * 1024 * 1024;
  if (opts.isOffline?.())
    throw new AppError(
      'OFFLINE',
      'Offline mode is on, so the page was not rendered. Turn it off in Settings to go online.',
      { url },
    );
  // Playwright loads only when a page needs rendering (most captures never do).
  const { chromium } = await import('playwright-core');
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: opts.executablePath,
      headless: true,
      timeout,
      // The browser itself never reaches the network: everything it loads is fulfilled from the
      // gateway by the route below. A dead proxy (loopback included) stops speculative preconnects.
      // WebRTC could still send UDP around the proxy (and reveal local addresses): forbid it.
      args: [
        '--proxy-server=http://127.0.0.1:9',
        '--proxy-bypass-list=<-loopback>',
        '--dns-prefetch-disable',
        '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
        '--webrtc-ip-handling-policy=disable_non_proxied_udp',
        '--enforce-webrtc-ip-permission-check',
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ],
    });
  } catch (error) {
    throw new AppError(
      'BAD_INPUT',
      `The browser at ${opts.executablePath} could not be started. Pick another one in Settings, or paste the job text instead.`,
      { cause: String(error).slice(0, 500) },
    );
  }
  let requests = 0;
  try {
    const context = await browser.newContext({
      userAgent: opts.userAgent,
      serviceWorkers: 'block',
      acceptDownloads: false,
    });
    await context.route('**/*', async (route: Route) => {
      const request = route.request();
      if (SKIPPED.has(request.resourceType()) || !/^https?:/.test(request.url())) return route.abort();
      if (requests >= maxRequests) return route.abort('blockedbyclient');
      requests++;
      try {
        const headers = { ...request.headers() };
        delete headers['user-agent'];
        const body = request.postDataBuffer();
        const response = await opts.fetch(request.url(), {
          method: request.method(),
          headers,
          ...(body ? { body: new Uint8Array(body) } : {}),
        });
        const responseHeaders: Record<string, string> = {};
        response.headers.forEach((value, key) => {
          if (key !== 'content-encoding' && key !== 'content-length' && key !== 'transfer-encoding')
            responseHeaders[key] = value;
        });
        const bytes = await readBodyLimited(response, maxResourceBytes, request.url());
        await route.fulfill({ status: response.status, headers: responseHeaders, body: Buffer.from(bytes) });
      } catch {
        await route.abort('failed').catch(() => undefined);
      }
    });
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
    if (response && response.status() >= 400)
      throw new AppError(
        response.status() === 404 ? 'NOT_FOUND' : 'NETWORK',
        `The page answered HTTP ${response.status()} in the browser.`,
        { url },
      );
    await page.waitForLoadState('networkidle', { timeout: Math.min(timeout, 8_000) }).catch(() => undefined);
    // Bundlers may wrap named functions in a `__name` helper that does not exist inside the page.
    await page.evaluate('globalThis.__name = globalThis.__name || ((f) => f)');
    await page.evaluate(markHidden);
    return { html: await page.content(), url: page.url(), requests };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'TIMEOUT',
      `The page did not finish loading in the browser within ${Math.round(timeout / 1000)} s.`,
      { url, cause: String(error).slice(0, 500) },
    );
  } finally {
    await browser.close().catch(() => undefined);
  }
}
