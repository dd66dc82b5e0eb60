import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { AppError } from '../../../shared/ipc/result';
import {
  allowsPrivate,
  blockedAddressError,
  isBlockedAddress,
  normaliseHost,
  type PrivateHostAllowance,
} from './address-guard';

/** Resolves a host name to its addresses (tests pass their own; default: the system resolver). */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

export interface GuardedTransportOptions {
  /** Hosts that may resolve to loopback or private addresses (a local model server, test servers). */
  allowPrivateHosts?: PrivateHostAllowance;
  resolve?: Resolver;
}

const systemResolve: Resolver = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  );

/**
 * A fetch for one hop (no redirects followed) that checks where it connects: the host name is
 * resolved once, every address is checked, and the socket connects to the checked address (the
 * check runs inside the socket's own `lookup`, so there is no second lookup to rebind).
 */
export function createGuardedTransport(opts: GuardedTransportOptions = {}): typeof fetch {
  const resolve = opts.resolve ?? systemResolve;

  const guardedLookup =
    (hostname: string, trusted: boolean): LookupFunction =>
    (_name, options, callback) => {
      resolve(hostname).then(
        (addresses) => {
          const bad = trusted ? undefined : addresses.find((a) => isBlockedAddress(a.address));
          if (bad || addresses.length === 0)
            return callback(blockedAddressError(hostname, bad?.address ?? 'no address'), '', 4);
          const wanted = addresses.filter((a) => !options.family || a.family === options.family);
          const pick = wanted[0] ?? addresses[0]!;
          if (options.all)
            return (callback as unknown as (e: null, a: LookupAddress[]) => void)(
              null,
              wanted.length ? wanted : addresses,
            );
          callback(null, pick.address, pick.family);
        },
        (error: unknown) => callback(error as NodeJS.ErrnoException, '', 4),
      );
    };

  return (async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const hostname = normaliseHost(url.hostname);
    const trusted = allowsPrivate(opts.allowPrivateHosts, hostname);
    if (!trusted && isIP(hostname) && isBlockedAddress(hostname)) throw wrap(blockedAddressError(hostname, hostname));
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    const headers: Record<string, string> = {};
    request.headers.forEach((value, key) => (headers[key] = value));
    if (!headers['accept-encoding']) headers['accept-encoding'] = 'gzip, deflate, br';
    if (body) headers['content-length'] = String(body.byteLength);
    const client = url.protocol === 'https:' ? https : http;
    return new Promise<Response>((resolvePromise, reject) => {
      const req = client.request(url, {
        method: request.method,
        headers,
        signal: init.signal ?? undefined,
        agent: false,
        ...(isIP(hostname) ? {} : { lookup: guardedLookup(hostname, trusted) }),
      });
      req.on('error', (error) => reject(wrap(error)));
      req.on('response', (res) => {
        const out = new Headers();
        for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) out.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
        let stream: Readable = res;
        const encoding = (res.headers['content-encoding'] ?? '').toLowerCase();
        const decoder =
          encoding === 'gzip' || encoding === 'x-gzip'
            ? zlib.createGunzip()
            : encoding === 'deflate'
              ? zlib.createInflate()
              : encoding === 'br'
                ? zlib.createBrotliDecompress()
                : null;
        if (decoder) {
          stream = res.pipe(decoder);
          res.on('error', (error) => decoder.destroy(error));
          out.delete('content-encoding');
          out.delete('content-length');
        }
        const status = res.statusCode ?? 502;
        const nullBody = request.method === 'HEAD' || [101, 103, 204, 205, 304].includes(status);
        if (nullBody) res.resume();
        const response = new Response(nullBody ? null : (Readable.toWeb(stream) as ReadableStream<Uint8Array>), {
          status,
          statusText: res.statusMessage ?? '',
          headers: out,
        });
        Object.defineProperty(response, 'url', { value: url.href });
        resolvePromise(response);
      });
      req.end(body);
    });
  }) as typeof fetch;
}

/** Shapes a socket error like fetch's ("fetch failed" with the code on `cause`), or passes an AppError on. */
function wrap(error: unknown): Error {
  const cause = error as Error & { code?: string; cause?: unknown };
  if (cause?.name === 'AbortError') return cause;
  if (cause instanceof AppError) return cause;
  return Object.assign(new TypeError('fetch failed'), { cause });
}
