import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeModelServer } from '../core/ai/testing/fake-model-server';
import { anthropic, openai } from '../core/ai/testing/recorded-responses.fixture';
import { runCli } from './testing';
import { missingFiles, skipUnless } from '../core/testing/skip-unless';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-cli-ai-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const modelPath = path.resolve(import.meta.dirname, '../../../../shared/models/stories260K.gguf');

// The fake model servers listen on 127.0.0.1: the user allows that host explicitly.
const run = (env: Record<string, string>, ...args: string[]) =>
  runCli(['--data-dir', dataDir, '--allow-private-host', '127.0.0.1', ...args], env);

describe('cli: ai ping', () => {
  it('pings an OpenAI-compatible server with the key from OPENAI_API_KEY and prints JSON without echoing the key', async () => {
    const server = await startFakeModelServer([{ sse: openai.stream(['{"ok":true,', '"word":"pong"}']) }]);
    const key = 'sk-test-CLIKEY-0123456789abcdef';
    try {
      const { code, out, err } = await run(
        { OPENAI_API_KEY: key },
        'ai',
        'ping',
        '--provider',
        'openai',
        '--base-url',
        `${server.url}/v1`,
        '--model',
        'gpt-4o-mini',
      );
      expect(err).toBe('');
      expect(code).toBe(0);
      const result = JSON.parse(out) as Record<string, unknown>;
      expect(result).toMatchObject({
        provider: 'openai',
        providerKind: 'openai',
        inputTokens: 61,
        outputTokens: 14,
        parsed: { ok: true, word: 'pong' },
      });
      expect(typeof result.latencyMs).toBe('number');
      expect(typeof result.firstTokenMs).toBe('number');
      expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${key}`);
      expect(out + err).not.toContain(key);
    } finally {
      await server.close();
    }
  });

  it('says what to do when the key is missing or refused, without echoing it', async () => {
    const missing = await run({ ANTHROPIC_API_KEY: '' }, 'ai', 'ping', '--provider', 'anthropic');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no API key.*ANTHROPIC_API_KEY/);
    const server = await startFakeModelServer([
      { status: 401, json: anthropic.error('authentication_error', 'invalid x-api-key') },
    ]);
    try {
      const key = 'sk-ant-CLIKEY-refused-0123456789';
      const refused = await run(
        { ANTHROPIC_API_KEY: key },
        'ai',
        'ping',
        '--provider',
        'anthropic',
        '--base-url',
        server.url,
      );
      expect(refused.code).toBe(1);
      expect(refused.err).toMatch(/refused the API key \(HTTP 401\)/);
      expect(refused.out + refused.err).not.toContain(key);
    } finally {
      await server.close();
    }
  });

  it('pings the on-device model (../shared/models/stories260K.gguf)', skipUnless(missingFiles(modelPath)), async () => {
    const { code, out } = await run(
      {},
      'ai',
      'ping',
      '--provider',
      'local',
      '--model',
      modelPath,
      '--threads',
      '1',
      '--no-gpu',
    );
    expect(code).toBe(0);
    const result = JSON.parse(out) as {
      providerKind: string;
      parsed: { ok: boolean; word: string };
      outputTokens: number;
    };
    expect(result.providerKind).toBe('local');
    expect(typeof result.parsed.ok).toBe('boolean');
    expect(result.outputTokens).toBeGreaterThan(0);
    const log = await run({}, 'ai', 'log', '--search', 'ai.ping', '--limit', '5');
    expect(JSON.parse(log.out).total).toBeGreaterThanOrEqual(2);
  });
});
