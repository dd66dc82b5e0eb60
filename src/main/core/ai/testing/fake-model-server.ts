import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A model server on 127.0.0.1 for tests and benchmarks: it replays recorded-shaped responses
 * (see recorded-responses.fixture.ts) one per request, in order, and records what it was sent.
 */
export type Reply =
  | { status?: number; headers?: Record<string, string>; json: unknown }
  /** Server-sent events, written one frame at a time, `delayMs` apart. `hang`: never end the stream. */
  | { sse: string[]; delayMs?: number; hang?: boolean }
  /** Accept the request and never answer (for timeouts). */
  | { hang: true };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface FakeModelServer {
  url: string;
  requests: RecordedRequest[];
  /** Requests whose connection the client closed before the reply ended (cancellation reached us). */
  abortedRequests: () => number;
  close(): Promise<void>;
}

export async function startFakeModelServer(
  replies: Reply[] | ((request: RecordedRequest) => Reply),
): Promise<FakeModelServer> {
  const queue = Array.isArray(replies) ? [...replies] : null;
  const requests: RecordedRequest[] = [];
  const open = new Set<ServerResponse>();
  let aborted = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = raw;
      try {
        body = raw ? JSON.parse(raw) : null;
      } catch {
        /* keep the raw text */
      }
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        body,
      };
      requests.push(recorded);
      const reply = queue ? queue.shift() : (replies as (r: RecordedRequest) => Reply)(recorded);
      if (!reply) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'fake server: no reply scripted for this request' } }));
        return;
      }
      open.add(res);
      res.on('close', () => {
        if (!res.writableFinished) aborted += 1;
        open.delete(res);
      });
      void send(res, reply);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    abortedRequests: () => aborted,
    close: async () => {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function send(res: ServerResponse, reply: Reply): Promise<void> {
  if ('json' in reply) {
    res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
    res.end(JSON.stringify(reply.json));
    return;
  }
  if (!('sse' in reply)) return; // hang: keep the socket open, say nothing
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  for (const frame of reply.sse) {
    if (res.destroyed) return;
    res.write(frame);
    if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
  }
  if (!reply.hang) res.end();
}
