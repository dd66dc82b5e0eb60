import { AppError } from '../../../shared/ipc/result';
import { createHostRateLimiter, type HostRateLimiter } from './host-rate-limiter';
import { decodeText, hostOf, readBodyLimited } from './response-body';
import { parseRetryAfter, RETRYABLE_STATUSES, retryDelay, systemClock, type Clock } from './retry-policy';
import type { PrivateHostAllowance } from './address-guard';
import { createGuardedTransport, type Resolver } from './guarded-transport';
import { headersForRedirect, limitBody } from './redirect-policy';
import { describeHttpError, describeNetworkError } from './gateway-errors';

/**
 * The one gateway for every outbound request Jobsmith makes. It refuses to open a socket in offline
 * mode, sends a clear User-Agent, times out, retries with exponential backoff (honouring
 * Retry-After on 429/503), keeps a polite per-host rate limit, follows a bounded number of
 * redirects (detecting loops) and caps response sizes. Every hop connects only to public addresses
 * (see guarded-transport.ts) unless its host is on the explicit `allowPrivateHosts` list. `gateway.fetch` is fetch-compatible so SDKs
 * (OpenAI, Anthropic) can be given it; `getText` / `getJson` / `getBytes` turn HTTP failures into
 * AppErrors a person can act on.
 */

export const DEFAULT_USER_AGENT =
  'Jobsmith/0.1 (privacy-first desktop job-search assistant; fetches pages its user asked for)';

export interface RequestLogEntry {
  method: string;
  url: string;
  finalUrl?: string;
  status?: number;
  attempt: number;
  ms: number;
  error?: string;
}

export interface GatewayOptions {
  /** Read on every request (with its URL), so flipping the setting takes effect at once. */
  isOffline?: (url?: URL) => boolean;
  userAgent?: string;
  /** Until response headers arrive (fetch), or the whole body is read (getText/getJson/getBytes). */
  timeoutMs?: number;
  /** Extra attempts after the first one. */
  retries?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** A Retry-After longer than this is not waited for: the request fails with RATE_LIMITED. */
  maxRetryAfterMs?: number;
  /** Largest body getText/getJson/getBytes will read, and that `fetch` will stream. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Minimum gap between two requests to the same host. */
  hostIntervalMs?: number | ((host: string) => number);
  /**
   * Hosts that may resolve to loopback or private addresses. Never set for page traffic; set by the
   * user for a local model server (Ollama, LM Studio) and by tests for their 127.0.0.1 servers.
   */
  allowPrivateHosts?: PrivateHostAllowance;
  /** Name resolution for the address check (tests pass their own); default: the system resolver. */
  resolve?: Resolver;
  /** Time for backoff, Retry-After and the rate limiter (tests pass a fake one). */
  clock?: Clock;
  /** The transport underneath (tests may pass their own); defaults to the address-checking one. */
  baseFetch?: typeof fetch;
  onRequest?: (entry: RequestLogEntry) => void;
}

export interface GetOptions {
  headers?: Record<string, string>;
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
  retries?: number;
}

export interface BytesResponse {
  /** The URL after redirects. */
  url: string;
  status: number;
  contentType: string | null;
  headers: Headers;
  bytes: Uint8Array;
}
export type TextResponse = Omit<BytesResponse, 'bytes'> & { text: string };
export type JsonResponse<T> = Omit<BytesResponse, 'bytes'> & { data: T };

export interface Gateway {
  fetch: typeof fetch;
  getBytes(url: string, options?: GetOptions): Promise<BytesResponse>;
  getText(url: string, options?: GetOptions): Promise<TextResponse>;
  getJson<T = unknown>(url: string, options?: GetOptions): Promise<JsonResponse<T>>;
  isOffline(): boolean;
  /**
   * The same gateway with some settings changed for one kind of traffic (e.g. model calls: no
   * retries here, longer timeouts). It shares the offline switch, the User-Agent, the request log and
   * the per-host rate limiter, so every request the app makes still goes through one gate.
   */
  derive(overrides: Omit<GatewayOptions, 'isOffline' | 'onRequest' | 'baseFetch' | 'clock' | 'resolve'>): Gateway;
}

interface Prepared {
  url: URL;
  method: string;
  headers: Headers;
  body: BodyInit | undefined;
  signal: AbortSignal | undefined;
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

export function createGateway(opts: GatewayOptions = {}, shared?: { limiter: HostRateLimiter }): Gateway {
  const cfg = {
    userAgent: opts.userAgent ?? DEFAULT_USER_AGENT,
    timeoutMs: opts.timeoutMs ?? 20_000,
    retries: opts.retries ?? 2,
    backoff: {
      baseMs: opts.backoffBaseMs ?? 500,
      maxMs: opts.backoffMaxMs ?? 8_000,
      maxRetryAfterMs: opts.maxRetryAfterMs ?? 30_000,
    },
    maxBytes: opts.maxBytes ?? 15 * 1024 * 1024,
    maxRedirects: opts.maxRedirects ?? 5,
  };
  const isOffline = (): boolean => opts.isOffline?.() ?? false;
  const interval = opts.hostIntervalMs ?? 500;
  const intervalFor = typeof interval === 'function' ? interval : () => interval;
  const clock = opts.clock ?? systemClock;
  const limiter = shared?.limiter ?? createHostRateLimiter(intervalFor, clock);
  const baseFetch =
    opts.baseFetch ??
    createGuardedTransport({
      ...(opts.allowPrivateHosts ? { allowPrivateHosts: opts.allowPrivateHosts } : {}),
      ...(opts.resolve ? { resolve: opts.resolve } : {}),
    });

  /** One logical request: retries and redirects included. The timer stays armed until `done()`. */
  async function send(
    p: Prepared,
    timeoutMs: number,
    retries: number,
  ): Promise<{ response: Response; done: () => void }> {
    if (opts.isOffline?.(p.url) ?? false) {
      throw new AppError(
        'OFFLINE',
        `Offline mode is on, so Jobsmith did not contact ${p.url.host}. Turn it off in Settings to go online.`,
        { url: p.url.href },
      );
    }
    const replayableBody =
      p.body === undefined ||
      typeof p.body === 'string' ||
      p.body instanceof Uint8Array ||
      p.body instanceof ArrayBuffer ||
      p.body instanceof URLSearchParams;
    for (let attempt = 0; ; attempt++) {
      const timeout = new AbortController();
      const timer = setTimeout(() => timeout.abort(new Error('timeout')), timeoutMs);
      const signal = p.signal ? AbortSignal.any([p.signal, timeout.signal]) : timeout.signal;
      const done = (): void => clearTimeout(timer);
      const started = Date.now();
      const log = (entry: Partial<RequestLogEntry>): void =>
        opts.onRequest?.({ method: p.method, url: p.url.href, attempt, ms: Date.now() - started, ...entry });
      const canRetry = attempt < retries && replayableBody;
      try {
        const response = await followRedirects(p, signal);
        log({ finalUrl: response.url, status: response.status });
        if (RETRYABLE_STATUSES.has(response.status) && canRetry) {
          const wait = retryDelay(
            attempt,
            parseRetryAfter(response.headers.get('retry-after'), clock.now()),
            cfg.backoff,
          );
          if (wait !== null) {
            done();
            await response.body?.cancel().catch(() => undefined);
            limiter.defer(p.url.host, clock.now() + wait);
            await clock.sleep(wait, p.signal);
            continue;
          }
        }
        return { response, done };
      } catch (error) {
        done();
        if (error instanceof AppError) throw error;
        if (p.signal?.aborted) throw new AppError('CANCELLED', 'The request was cancelled.', { url: p.url.href });
        const timedOut = timeout.signal.aborted;
        log({ error: timedOut ? 'timeout' : String(error) });
        if (canRetry && IDEMPOTENT.has(p.method)) {
          await clock.sleep(retryDelay(attempt, undefined, cfg.backoff)!, p.signal);
          continue;
        }
        if (timedOut) {
          throw new AppError(
            'TIMEOUT',
            `${p.url.host} did not answer within ${Math.round(timeoutMs / 1000)} s. Check your connection and try again.`,
            { url: p.url.href, timeoutMs },
          );
        }
        throw describeNetworkError(p.url.href, error);
      }
    }
  }

  /** Follows redirects by hand so each hop is rate limited, counted and checked for loops. */
  async function followRedirects(p: Prepared, signal: AbortSignal): Promise<Response> {
    let url = p.url;
    let method = p.method;
    let body = p.body;
    const seen = new Set<string>();
    for (let hop = 0; ; hop++) {
      seen.add(url.href);
      await limiter.acquire(url.host, signal, intervalFor(url.host));
      const response = await baseFetch(url.href, { method, headers: p.headers, body, signal, redirect: 'manual' });
      const location = response.headers.get('location');
      if (response.status < 300 || response.status > 399 || location === null) return response;
      await response.body?.cancel().catch(() => undefined);
      const next = new URL(location, url);
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        throw new AppError(
          'BAD_INPUT',
          `${url.host} redirected to a ${next.protocol} address, which Jobsmith does not follow.`,
          { url: url.href, location },
        );
      }
      if (seen.has(next.href)) {
        throw new AppError(
          'NETWORK',
          `${p.url.host} redirects in a loop, so the page cannot be loaded. Open it in a browser and paste the text instead.`,
          { url: p.url.href, loopAt: next.href },
        );
      }
      if (hop >= cfg.maxRedirects) {
        throw new AppError(
          'NETWORK',
          `${p.url.host} redirected more than ${cfg.maxRedirects} times; Jobsmith stopped following.`,
          { url: p.url.href, last: next.href },
        );
      }
      if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
        method = 'GET';
        body = undefined;
      }
      headersForRedirect(url, next, p.headers);
      url = next;
    }
  }

  async function prepare(input: RequestInfo | URL, init: RequestInit = {}): Promise<Prepared> {
    const request = input instanceof Request ? input : null;
    const raw = request ? request.url : input instanceof URL ? input.href : String(input);
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new AppError('BAD_INPUT', `"${raw.slice(0, 200)}" is not a web address.`, { url: raw });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new AppError('BAD_INPUT', `Only http and https addresses can be fetched, not ${url.protocol}`, {
        url: raw,
      });
    }
    const headers = new Headers(request?.headers);
    new Headers(init.headers).forEach((value, key) => headers.set(key, value));
    if (!headers.has('user-agent')) headers.set('user-agent', cfg.userAgent);
    const method = (init.method ?? request?.method ?? 'GET').toUpperCase();
    let body = init.body ?? undefined;
    if (body === undefined && request?.body) body = new Uint8Array(await request.arrayBuffer());
    return { url, method, headers, body: body ?? undefined, signal: init.signal ?? request?.signal ?? undefined };
  }

  const gatewayFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const p = await prepare(input, init);
    const { response, done } = await send(p, cfg.timeoutMs, cfg.retries);
    done(); // the timeout covers connecting and headers; streaming bodies may take longer
    return limitBody(response, cfg.maxBytes);
  };

  async function getBytes(url: string, o: GetOptions = {}, accept = '*/*'): Promise<BytesResponse> {
    const p = await prepare(url, { headers: { accept, ...o.headers }, signal: o.signal });
    const timeoutMs = o.timeoutMs ?? cfg.timeoutMs;
    const { response, done } = await send(p, timeoutMs, o.retries ?? cfg.retries);
    try {
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw describeHttpError(url, response);
      }
      const bytes = await readBodyLimited(response, o.maxBytes ?? cfg.maxBytes, url);
      return {
        url: response.url || url,
        status: response.status,
        contentType: response.headers.get('content-type'),
        headers: response.headers,
        bytes,
      };
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (o.signal?.aborted) throw new AppError('CANCELLED', 'The request was cancelled.', { url });
      throw new AppError(
        'TIMEOUT',
        `${hostOf(url)} was too slow sending the page (limit ${Math.round(timeoutMs / 1000)} s).`,
        { url, timeoutMs },
      );
    } finally {
      done();
    }
  }

  return {
    fetch: gatewayFetch as typeof fetch,
    getBytes: (url, o) => getBytes(url, o),
    async getText(url, o) {
      const { bytes, ...rest } = await getBytes(url, o, 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5');
      return { ...rest, text: decodeText(bytes, rest.contentType) };
    },
    async getJson<T>(url: string, o?: GetOptions) {
      const { bytes, ...rest } = await getBytes(url, o, 'application/json');
      const text = decodeText(bytes, rest.contentType);
      try {
        return { ...rest, data: JSON.parse(text) as T };
      } catch {
        throw new AppError(
          'BAD_INPUT',
          `${hostOf(url)} answered with something that is not JSON (${rest.contentType ?? 'no content type'}).`,
          { url, start: text.slice(0, 200) },
        );
      }
    },
    isOffline,
    derive: (overrides) => createGateway({ ...opts, ...overrides }, { limiter }),
  };
}
