import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../handlers/dispatch';
import { handlers } from '../../handlers';
import { createCore } from '../app-core';
import { createEncryptedFileSecretStore, type SecretCipher } from '../secrets/secret-store';
import { startFakeModelServer } from './testing/fake-model-server';
import { anthropic, openai } from './testing/recorded-responses.fixture';

/** AES-256-GCM with a throw-away key: stands in for the OS keychain (safeStorage) in tests. */
function testCipher(): SecretCipher {
  const key = randomBytes(32);
  return {
    unavailableReason: () => null,
    encrypt(plain) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    decrypt(data) {
      const d = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      d.setAuthTag(data.subarray(12, 28));
      return Buffer.concat([d.update(data.subarray(28)), d.final()]).toString('utf8');
    },
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-keyleak-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('API keys never leak', () => {
  it('keeps a planted key out of logs, IPC results, the database file and the activity log', async () => {
    const openaiKey = `sk-proj-PLANTED${randomBytes(12).toString('hex')}`;
    const anthropicKey = `sk-ant-api03-PLANTED${randomBytes(12).toString('hex')}`;
    const printed: string[] = [];
    const capture = (...args: unknown[]) =>
      void printed.push(
        args
          .map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a)))
          .join(' '),
      );
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation(capture),
    );
    const ok = await startFakeModelServer([{ sse: openai.stream(['{"ok":true,', '"word":"pong"}']) }]);
    const failing = await startFakeModelServer([
      { status: 401, json: anthropic.error('authentication_error', 'invalid x-api-key') },
    ]);
    // The fake OpenAI/Anthropic servers are not api.openai.com: custom endpoints are allowed by the main process here.
    const core = createCore({
      dataDir,
      allowCustomModelEndpoints: true,
      secrets: createEncryptedFileSecretStore(path.join(dataDir, 'secrets.json'), testCipher()),
    });
    const ctx = { core, transport: 'bridge' as const, signal: new AbortController().signal };
    const results: unknown[] = [];
    const call = async (channel: string, input: unknown) => {
      const result = await dispatch(handlers, channel, input, ctx, { error: capture });
      results.push(result);
      return result;
    };
    try {
      const settings = core.ai.settings.get();
      await call('ai.settings.update', {
        settings: {
          ...settings,
          providers: settings.providers.map((p) =>
            p.kind === 'openai'
              ? { ...p, enabled: true, baseUrl: `${ok.url}/v1` }
              : p.kind === 'anthropic'
                ? { ...p, enabled: true, baseUrl: failing.url, maxRetries: 0 }
                : p,
          ),
        },
      });
      expect(await call('ai.keys.set', { providerId: 'openai', key: openaiKey })).toMatchObject({
        ok: true,
        value: { hasKey: true, source: 'store' },
      });
      expect(await call('ai.keys.set', { providerId: 'anthropic', key: anthropicKey })).toMatchObject({ ok: true });
      const pinged = await call('ai.test', { providerId: 'openai' });
      expect(pinged).toMatchObject({ ok: true, value: { parsed: { ok: true, word: 'pong' } } });
      expect(await call('ai.test', { providerId: 'anthropic' })).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHORIZED' },
      });
      await call('ai.keys.status', {});
      await call('ai.activity.list', { limit: 100, offset: 0 });
      const exported = await call('ai.activity.export', { format: 'json' });
      // the key really was sent to the provider (so the test would notice a leak)
      expect(ok.requests[0]!.headers.authorization).toBe(`Bearer ${openaiKey}`);
      expect(core.ai.activity.all()).toHaveLength(2);

      const haystacks: [string, string][] = [
        ['console / dispatch log', printed.join('\n')],
        ['IPC results', JSON.stringify(results)],
        ['activity export', JSON.stringify(exported)],
        ['activity log rows', JSON.stringify(core.ai.activity.all())],
      ];
      core.database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      for (const file of filesUnder(dataDir))
        haystacks.push([path.relative(dataDir, file), readFileSync(file).toString('latin1')]);
      // the scan does see what was sent (so it would see a key): the prompt is in the database file
      const dbText = haystacks.find(([name]) => name === path.relative(dataDir, core.database.file))?.[1] ?? '';
      expect(dbText).toContain('Reply with ok set to true');
      expect(haystacks.some(([name]) => name === 'secrets.json')).toBe(true);
      for (const [name, text] of haystacks) {
        for (const key of [openaiKey, anthropicKey]) {
          expect(text.includes(key), `${name} contains a key`).toBe(false);
          expect(text.includes(key.slice(-16)), `${name} contains part of a key`).toBe(false);
        }
      }
    } finally {
      spies.forEach((s) => s.mockRestore());
      await core.close();
      await ok.close();
      await failing.close();
    }
  });
});
