import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { err } from '../../shared/ipc/result';
import type { Core } from '../core/app-core';
import { dispatch } from '../handlers/dispatch';
import type { Handlers } from '../handlers/types';
import { serveStatic } from './static-files';

export interface BridgeOptions {
  core: Core;
  handlers: Handlers;
  /** Port on 127.0.0.1; 0 picks a free one. */
  port?: number;
  /** The built renderer to serve at `/`; omit for an API-only bridge. */
  staticDir?: string;
  /** Defaults to 32 random bytes, new for every run. */
  token?: string;
  /** Largest request body accepted (file imports travel as base64). */
  maxBodyBytes?: number;
}

export interface Bridge {
  url: string;
  /** The URL that opens the renderer with the token; the renderer moves it to sessionStorage and drops it from the address bar. */
  appUrl: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error(`The request is larger than ${Math.round(limit / 1e6)} MB.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The loopback transport of the contract: the same handler table as Electron IPC, over HTTP on
 * 127.0.0.1. Every API request must carry the per-run token; a browser Origin or Host other than the
 * bridge's own is refused (no other site, and no DNS-rebinding page, can drive the core).
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const maxBody = options.maxBodyBytes ?? 64 * 1024 * 1024;
  let origin = '';

  const authorised = (req: IncomingMessage, res: ServerResponse): boolean => {
    const host = req.headers.host ?? '';
    if (host !== origin.slice('http://'.length)) {
      sendJson(res, 403, err('FORBIDDEN', 'Requests must address the bridge by 127.0.0.1.'));
      return false;
    }
    if (req.headers.origin !== undefined && req.headers.origin !== origin) {
      sendJson(res, 403, err('FORBIDDEN', `Origin ${req.headers.origin} may not use this bridge.`));
      return false;
    }
    const header = req.headers.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (!given || !sameSecret(given, token)) {
      sendJson(res, 401, err('UNAUTHORIZED', 'Missing or wrong bridge token.'));
      return false;
    }
    return true;
  };

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', origin);
      if (url.pathname.startsWith('/rpc/')) {
        if (req.method !== 'POST') return sendJson(res, 405, err('VALIDATION', 'Use POST.'));
        if (!authorised(req, res)) return;
        let input: unknown;
        try {
          const raw = await readBody(req, maxBody);
          input = raw ? JSON.parse(raw) : {};
        } catch (error) {
          return sendJson(res, 400, err('VALIDATION', `Unreadable request body: ${(error as Error).message}`));
        }
        const controller = new AbortController();
        res.on('close', () => !res.writableFinished && controller.abort());
        const channel = decodeURIComponent(url.pathname.slice('/rpc/'.length));
        const ctx = { core: options.core, transport: 'bridge' as const, signal: controller.signal };
        return sendJson(res, 200, await dispatch(options.handlers, channel, input, ctx));
      }
      if (url.pathname === '/events') {
        if (!authorised(req, res)) return;
        res.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-store',
          connection: 'keep-alive',
        });
        res.write(': connected\n\n');
        const unsubscribe = options.core.events.subscribe((name, payload) => {
          res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
        });
        const ping = setInterval(() => res.write(': ping\n\n'), 15_000);
        req.on('close', () => {
          clearInterval(ping);
          unsubscribe();
        });
        return;
      }
      if (req.method !== 'GET' || !options.staticDir) return sendJson(res, 404, err('NOT_FOUND', 'Not found.'));
      serveStatic(options.staticDir, url.pathname, res);
    })().catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, err('INTERNAL', (error as Error).message));
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://${HOST}:${port}`;
  return {
    url: origin,
    appUrl: `${origin}/?token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
