import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/result';
import { isBlockedAddress } from './address-guard';
import { createGateway, type GatewayOptions } from './gateway';
import { startTestServer, type TestServer } from './testing/test-server';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A resolver that answers like public DNS would for names built to point at loopback. */
const toLoopback: GatewayOptions['resolve'] = async () => [{ address: '127.0.0.1', family: 4 }];
const quick: GatewayOptions = { hostIntervalMs: 0, retries: 0, timeoutMs: 2_000 };

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('address guard (SSRF)', () => {
  it('classifies loopback, private, link-local, CGNAT, multicast, NAT64 and mapped addresses as blocked', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '224.0.0.1',
      '0.0.0.0',
      '::1',
      '::7f00:1',
      '64:ff9b::7f00:1',
      '::ffff:127.0.0.1',
      '::ffff:8.8.8.8',
      'fe80::1',
      'fd00::1',
      'ff02::1',
    ]) {
      expect(isBlockedAddress(a), a).toBe(true);
    }
    for (const a of ['8.8.8.8', '1.1.1.1', '93.184.216.34', '2606:4700:4700::1111'])
      expect(isBlockedAddress(a), a).toBe(false);
  });

  it('refuses a public-looking name that resolves to 127.0.0.1, before any connection', async () => {
    server = await startTestServer((_req, res) => res.end('internal admin page'));
    const port = new URL(server.url).port;
    const gateway = createGateway({ ...quick, resolve: toLoopback });
    for (const host of ['jobs.example.com', '127.0.0.1.nip.io', 'localtest.me']) {
      const error = await refusal(gateway.getText(`http://${host}:${port}/`));
      expect(error.code).toBe('FORBIDDEN');
      expect(error.message).toMatch(/private network \(127\.0\.0\.1\)/);
    }
    expect(server.connections).toBe(0);
  });

  it('refuses address literals in every disguise', async () => {
    server = await startTestServer((_req, res) => res.end('internal'));
    const port = new URL(server.url).port;
    const gateway = createGateway(quick);
    for (const host of [
      '127.0.0.1',
      '[::1]',
      '[::7f00:1]',
      '[64:ff9b::7f00:1]',
      '[::ffff:127.0.0.1]',
      '0x7f000001',
      '2130706433',
      'localhost',
      'localhost.',
    ]) {
      const error = await refusal(gateway.getText(`http://${host}:${port}/`));
      expect(error.code, host).toBe('FORBIDDEN');
    }
    expect(server.connections).toBe(0);
  });

  it('checks every redirect hop: refuses a redirect to 127.0.0.1 and to 169.254.169.254', async () => {
    server = await startTestServer((req, res) => {
      if (req.url === '/to-loopback') return void res.writeHead(302, { location: `${server!.url}/secret` }).end();
      if (req.url === '/to-metadata')
        return void res.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      res.end('secret');
    });
    const port = new URL(server.url).port;
    // The entry host is allowed explicitly (as a test server must be); the hop it redirects to is not.
    const gateway = createGateway({ ...quick, resolve: toLoopback, allowPrivateHosts: ['careers.example.com'] });
    expect((await refusal(gateway.getText(`http://careers.example.com:${port}/to-loopback`))).code).toBe('FORBIDDEN');
    const metadata = await refusal(gateway.getText(`http://careers.example.com:${port}/to-metadata`));
    expect(metadata.code).toBe('FORBIDDEN');
    expect(metadata.message).toMatch(/169\.254\.169\.254/);
    expect(server.requests.map((r) => r.url)).toEqual(['/to-loopback', '/to-metadata']);
  });

  it('connects to the address it checked: an allowed name reaches the server through the same lookup', async () => {
    server = await startTestServer((_req, res) => res.end('model server'));
    const port = new URL(server.url).port;
    let lookups = 0;
    const gateway = createGateway({
      ...quick,
      allowPrivateHosts: ['ollama.lan.test'],
      resolve: async () => (lookups++, [{ address: '127.0.0.1', family: 4 }]),
    });
    // `.test` names do not exist in real DNS, so reaching the server proves the checked lookup was used.
    expect((await gateway.getText(`http://ollama.lan.test:${port}/`)).text).toBe('model server');
    const guarded = createGateway({
      ...quick,
      resolve: async () => (lookups++, [{ address: '127.0.0.1', family: 4 }]),
    });
    expect((await refusal(guarded.getText(`http://public.test:${port}/`))).code).toBe('FORBIDDEN');
    expect(lookups).toBe(2); // one lookup per connection, none repeated after the check
  });
});

describe('redirect credentials and body limits', () => {
  const trusted: GatewayOptions = { ...quick, allowPrivateHosts: ['127.0.0.1', 'other.test'], resolve: toLoopback };

  it('strips authorization, x-api-key, cookie and proxy-authorization on a cross-host redirect', async () => {
    server = await startTestServer((req, res) => {
      if (req.url === '/start')
        return void res.writeHead(302, { location: `http://other.test:${new URL(server!.url).port}/landed` }).end();
      res.end('ok');
    });
    const headers = {
      authorization: 'Bearer a',
      'x-api-key': 'k',
      cookie: 'session=1',
      'proxy-authorization': 'Basic p',
    };
    await createGateway(trusted).getText(`${server.url}/start`, { headers });
    const [first, landed] = server.requests;
    expect(first!.headers['x-api-key']).toBe('k');
    for (const name of Object.keys(headers)) expect(landed!.headers[name], name).toBeUndefined();
  });

  it('refuses an https→http redirect for a request that carries credentials', async () => {
    const hop: typeof fetch = async () =>
      new Response(null, { status: 302, headers: { location: 'http://api.example.com/v1' } });
    const gateway = createGateway({ ...quick, baseFetch: hop });
    const error = await refusal(gateway.fetch('https://api.example.com/v1', { headers: { 'x-api-key': 'secret' } }));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/unencrypted/);
  });

  it('caps bodies streamed through gateway.fetch', async () => {
    server = await startTestServer((req, res) => {
      if (req.url === '/declared') return void res.end(Buffer.alloc(64 * 1024, 'a'));
      res.writeHead(200, { 'content-type': 'text/plain' }); // streamed, no Content-Length
      res.write(Buffer.alloc(32 * 1024, 'a'));
      res.end(Buffer.alloc(32 * 1024, 'a'));
    });
    const gateway = createGateway({ ...quick, allowPrivateHosts: ['127.0.0.1'], maxBytes: 16 * 1024 });
    expect((await refusal(gateway.fetch(`${server.url}/declared`))).code).toBe('BAD_INPUT');
    const streamed = await gateway.fetch(`${server.url}/streamed`);
    await expect(streamed.text()).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});
