import { afterEach, describe, expect, it } from 'vitest';
import { offlineBlocks } from '../../../shared/domain/settings';
import { AppError } from '../../../shared/ipc/result';
import { createGateway, DEFAULT_USER_AGENT, type GatewayOptions } from './gateway';
import { createFakeClock } from './testing/fake-clock';
import { startTestServer, type TestServer } from './testing/test-server';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

// The test servers listen on 127.0.0.1, which page traffic may reach only when a host is allowed explicitly.
const quick: GatewayOptions = {
  hostIntervalMs: 0,
  backoffBaseMs: 20,
  timeoutMs: 2_000,
  allowPrivateHosts: ['127.0.0.1'],
};

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('network gateway', () => {
  it('opens no socket at all in offline mode', async () => {
    server = await startTestServer((_req, res) => res.end('hello'));
    let offline = true;
    const gateway = createGateway({ ...quick, isOffline: () => offline });
    const error = await rejection(gateway.getText(`${server.url}/job`));
    expect(error.code).toBe('OFFLINE');
    expect((await rejection(gateway.fetch(`${server.url}/job`))).code).toBe('OFFLINE');
    expect(server.connections).toBe(0);
    offline = false; // the setting is read on every request
    expect((await gateway.getText(`${server.url}/job`)).text).toBe('hello');
    expect(server.connections).toBe(1);
  });

  it('asks about each request by its URL, so offline mode can let loopback servers through', async () => {
    server = await startTestServer((_req, res) => res.end('local model'));
    const asked: string[] = [];
    const settings = { offlineMode: true, offlineAllowsLoopback: true };
    const gateway = createGateway({
      ...quick,
      isOffline: (url) => (url && asked.push(url.host), offlineBlocks(settings, url)),
    });
    expect((await gateway.getText(`${server.url}/v1/models`)).text).toBe('local model');
    expect(asked).toEqual([new URL(server.url).host]);
    settings.offlineAllowsLoopback = false;
    expect((await rejection(gateway.getText(`${server.url}/v1/models`))).code).toBe('OFFLINE');
    expect(server.connections).toBe(1);
  });

  it('sends a clear user agent and decodes the charset', async () => {
    server = await startTestServer((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=iso-8859-1');
      res.end(Buffer.from('Caf\xe9', 'latin1'));
    });
    const page = await createGateway(quick).getText(`${server.url}/`);
    expect(page.text).toBe('Café');
    expect(server.requests[0]?.headers['user-agent']).toBe(DEFAULT_USER_AGENT);
  });

  it('turns a 404 into NOT_FOUND', async () => {
    server = await startTestServer((_req, res) => {
      res.statusCode = 404;
      res.end('gone');
    });
    const error = await rejection(createGateway(quick).getText(`${server.url}/jobs/1`));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toMatch(/HTTP 404/);
  });

  it('waits for Retry-After on a 429 and then succeeds', async () => {
    let calls = 0;
    server = await startTestServer((_req, res) => {
      if (calls++ === 0) {
        res.writeHead(429, { 'retry-after': '1' });
        res.end('slow down');
        return;
      }
      res.end('{"ok":true}');
    });
    const clock = createFakeClock();
    const result = await createGateway({ ...quick, clock }).getJson<{ ok: boolean }>(`${server.url}/api`);
    expect(result.data.ok).toBe(true);
    expect(server.requests).toHaveLength(2);
    expect(clock.wakes).toEqual([1000]); // the second request went out exactly 1 s (virtual) later
  });

  it('gives up with RATE_LIMITED when Retry-After is too long to wait', async () => {
    server = await startTestServer((_req, res) => {
      res.writeHead(429, { 'retry-after': '3600' });
      res.end();
    });
    const error = await rejection(createGateway(quick).getText(`${server.url}/`));
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.message).toMatch(/Try again in 3600 s/);
    expect(server.requests).toHaveLength(1);
  });

  it('retries a 503 with backoff, then reports the server error', async () => {
    server = await startTestServer((_req, res) => {
      res.statusCode = 503;
      res.end();
    });
    const error = await rejection(createGateway({ ...quick, retries: 2 }).getText(`${server.url}/`));
    expect(error.code).toBe('NETWORK');
    expect(error.message).toMatch(/HTTP 503/);
    expect(server.requests).toHaveLength(3);
  });

  it('times out a server that never answers', async () => {
    server = await startTestServer(() => undefined);
    const error = await rejection(createGateway({ ...quick, timeoutMs: 200, retries: 0 }).getText(`${server.url}/`));
    expect(error.code).toBe('TIMEOUT');
  });

  it('times out a body that stalls halfway', async () => {
    server = await startTestServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body>start');
    });
    const error = await rejection(createGateway({ ...quick, timeoutMs: 300, retries: 0 }).getText(`${server.url}/`));
    expect(error.code).toBe('TIMEOUT');
  });

  it('follows redirects and reports the final address', async () => {
    server = await startTestServer((req, res) => {
      if (req.url === '/a') res.writeHead(301, { location: '/b' }).end();
      else if (req.url === '/b') res.writeHead(302, { location: '/c' }).end();
      else res.end('final');
    });
    const page = await createGateway(quick).getText(`${server.url}/a`);
    expect(page.text).toBe('final');
    expect(page.url).toBe(`${server.url}/c`);
  });

  it('detects a redirect loop', async () => {
    server = await startTestServer((req, res) => {
      res.writeHead(302, { location: req.url === '/a' ? '/b' : '/a' }).end();
    });
    const error = await rejection(createGateway(quick).getText(`${server.url}/a`));
    expect(error.code).toBe('NETWORK');
    expect(error.message).toMatch(/loop/);
    expect(server.requests.length).toBeLessThanOrEqual(2);
  });

  it('stops after too many redirects', async () => {
    server = await startTestServer((req, res) => {
      const n = Number(req.url?.slice(1) ?? 0);
      res.writeHead(302, { location: `/${n + 1}` }).end();
    });
    const error = await rejection(createGateway({ ...quick, maxRedirects: 3 }).getText(`${server.url}/0`));
    expect(error.message).toMatch(/more than 3 times/);
  });

  it('refuses a 50 MB page while it streams in, without holding it all', async () => {
    server = await startTestServer(async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(1024 * 1024, 'a');
      for (let i = 0; i < 50 && !res.destroyed; i++) {
        if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
      }
      res.end();
    });
    const error = await rejection(createGateway({ ...quick, maxBytes: 5 * 1024 * 1024 }).getText(`${server.url}/huge`));
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toMatch(/larger than the 5.0 MB limit/);
  });

  it('refuses a page whose Content-Length is too big before reading it', async () => {
    server = await startTestServer((_req, res) => {
      res.writeHead(200, { 'content-length': String(50 * 1024 * 1024) });
      res.write('x');
    });
    const error = await rejection(createGateway({ ...quick, maxBytes: 1024 }).getText(`${server.url}/`));
    expect(error.code).toBe('BAD_INPUT');
  });

  it('reports invalid JSON as BAD_INPUT', async () => {
    server = await startTestServer((_req, res) => res.end('<html>not json</html>'));
    const error = await rejection(createGateway(quick).getJson(`${server.url}/`));
    expect(error.code).toBe('BAD_INPUT');
  });

  it('reports a refused connection as NETWORK', async () => {
    server = await startTestServer((_req, res) => res.end());
    const url = server.url;
    await server.close();
    server = undefined;
    const error = await rejection(createGateway({ ...quick, retries: 0 }).getText(`${url}/`));
    expect(error.code).toBe('NETWORK');
    expect(error.message).toMatch(/refused/);
  });

  it('refuses non-http addresses', async () => {
    const error = await rejection(createGateway(quick).getText('file:///etc/passwd'));
    expect(error.code).toBe('BAD_INPUT');
  });

  it('keeps a polite gap between requests to one host', async () => {
    server = await startTestServer((_req, res) => res.end('ok'));
    const clock = createFakeClock();
    const gateway = createGateway({ ...quick, hostIntervalMs: 250, clock });
    await Promise.all([
      gateway.getText(`${server.url}/1`),
      gateway.getText(`${server.url}/2`),
      gateway.getText(`${server.url}/3`),
    ]);
    expect(server.requests).toHaveLength(3);
    expect(clock.wakes).toEqual([250, 500]); // the first at once, then one slot of 250 ms each
  });

  it('derived gateways share the offline switch and the per-host rate limit of their root', async () => {
    server = await startTestServer((_req, res) => res.end('ok'));
    let offline = false;
    const clock = createFakeClock();
    const root = createGateway({ ...quick, hostIntervalMs: 250, isOffline: () => offline, clock });
    const models = root.derive({ retries: 0, timeoutMs: 5_000 });
    const unlimited = root.derive({ hostIntervalMs: 0 });
    await Promise.all([root.getText(`${server.url}/a`), models.getText(`${server.url}/b`)]);
    expect(clock.wakes).toEqual([250]); // the derived gateway waited for the root's slot
    await Promise.all([unlimited.getText(`${server.url}/c`), unlimited.getText(`${server.url}/d`)]);
    expect(clock.wakes).toEqual([250]); // no rate limit, no waiting
    offline = true;
    await expect(models.getText(`${server.url}/e`)).rejects.toMatchObject({ code: 'OFFLINE' });
    expect(server.requests).toHaveLength(4);
  });

  it('is fetch-compatible: POST bodies, Request objects and streamed responses pass through', async () => {
    server = await startTestServer(async (req, res) => {
      let body = '';
      for await (const chunk of req) body += String(chunk);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ method: req.method, body, auth: req.headers.authorization ?? null }));
    });
    const gateway = createGateway(quick);
    const viaInit = await gateway.fetch(`${server.url}/v1/chat`, {
      method: 'POST',
      body: '{"q":1}',
      headers: { authorization: 'Bearer k' },
    });
    expect(await viaInit.json()).toEqual({ method: 'POST', body: '{"q":1}', auth: 'Bearer k' });
    const viaRequest = await gateway.fetch(new Request(`${server.url}/v1/x`, { method: 'POST', body: 'abc' }));
    expect(await viaRequest.json()).toMatchObject({ method: 'POST', body: 'abc' });
    const notFound = await gateway.fetch(`${server.url}/missing`);
    expect(notFound.status).toBe(200); // fetch never throws on HTTP status, as SDKs expect
  });
});
