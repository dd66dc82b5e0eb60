import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore } from '../core/testing';
import { handlers } from '../handlers';
import { startBridge, type Bridge } from './bridge-server';

const core = createTestCore();
const staticDir = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-static-'));
writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Jobsmith</title>');
let bridge: Bridge;

beforeAll(async () => {
  bridge = await startBridge({ core, handlers, staticDir });
});
afterAll(async () => {
  await bridge.close();
  await core.cleanup();
  rmSync(staticDir, { recursive: true, force: true });
});

function rpc(channel: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${bridge.url}/rpc/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bridge.token}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Raw request, so the Host header can be forged the way a DNS-rebinding page would. */
function rawGet(pathname: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: bridge.port, path: pathname, method: 'POST', headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end('{}');
  });
}

describe('loopback bridge', () => {
  it('listens on 127.0.0.1 with a fresh random token', async () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(bridge.token.length).toBeGreaterThanOrEqual(40);
    const other = await startBridge({ core, handlers });
    expect(other.token).not.toBe(bridge.token);
    await other.close();
  });

  it('answers 401 without the token or with a wrong one', async () => {
    const none = await fetch(`${bridge.url}/rpc/app.info`, { method: 'POST', body: '{}' });
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect((await rpc('app.info', {}, { authorization: 'Bearer nope' })).status).toBe(401);
    expect((await fetch(`${bridge.url}/events`)).status).toBe(401);
  });

  it('refuses foreign origins and forged Host headers', async () => {
    expect((await rpc('app.info', {}, { origin: 'https://evil.example' })).status).toBe(403);
    const forged = await rawGet('/rpc/app.info', { host: 'evil.example', authorization: `Bearer ${bridge.token}` });
    expect(forged).toBe(403);
  });

  it('serves the same contract: round trip, validation naming the field, bad JSON', async () => {
    const info = await (await rpc('app.info', {})).json();
    expect(info).toMatchObject({ ok: true, value: { transport: 'bridge' } });
    const saved = await (
      await rpc('profile.saveBasics', { basics: { name: 'Ada Lovelace', email: 'ada@example.org' } })
    ).json();
    expect(saved).toMatchObject({ ok: true, value: { profile: { basics: { name: 'Ada Lovelace' } } } });
    const invalid = await (await rpc('profile.saveBasics', { basics: { email: 42 } })).json();
    expect(invalid).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(invalid.error.message).toContain('basics.email');
    const broken = await rpc('profile.get', '{not json');
    expect(broken.status).toBe(400);
  });

  it('streams core events to an authorised listener', async () => {
    const controller = new AbortController();
    const res = await fetch(`${bridge.url}/events`, {
      headers: { authorization: `Bearer ${bridge.token}` },
      signal: controller.signal,
    });
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    await reader.read(); // ": connected"
    core.events.emit('notification', { level: 'info', title: 'hello' });
    let text = '';
    while (!text.includes('\n\n', text.indexOf('event:'))) text += (await reader.read()).value ?? '';
    expect(text).toContain('event: notification');
    expect(text).toContain('"title":"hello"');
    controller.abort();
  });

  it('serves the renderer with a CSP and never files outside its folder', async () => {
    const page = await fetch(`${bridge.url}/`);
    expect(await page.text()).toContain('<title>Jobsmith</title>');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const escape = await fetch(`${bridge.url}/..%2f..%2f..%2fetc%2fpasswd`);
    expect(await escape.text()).not.toContain('root:');
  });
});
