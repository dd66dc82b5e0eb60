import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { startFakeModelServer } from '../src/main/core/ai/testing/fake-model-server';
import { openai } from '../src/main/core/ai/testing/recorded-responses.fixture';
import { ROOT } from './launch';
import { expect, test } from './fixtures';

const tinyModel = path.resolve(ROOT, '../shared/models/stories260K.gguf');

test('AI settings: a local OpenAI-compatible server is set up, tested, and the call shows in the activity log', async ({
  app,
  shot,
}) => {
  const server = await startFakeModelServer(() => ({
    sse: openai.stream(['{"ok":true,', '"word":"pong"}'], 'qwen2.5:7b'),
  }));
  try {
    const { page } = app;
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { name: 'AI providers' })).toBeVisible();
    const ollama = page.getByTestId('provider-ollama');
    await ollama.getByLabel('Model').fill('qwen2.5:7b');
    await ollama.getByLabel(/Base URL/).fill(`${server.url}/v1`);
    await ollama.getByLabel(/Base URL/).blur();
    await ollama.getByRole('checkbox').click();
    await expect(ollama.getByRole('checkbox')).toBeChecked();
    await ollama.getByRole('button', { name: 'Test connection' }).click();
    await expect(ollama.getByRole('status')).toContainText('Works: qwen2.5:7b');
    expect(server.requests).toHaveLength(1);

    // keys are write-only: after saving, the screen only says one is stored
    const openaiRow = page.getByTestId('provider-openai');
    await openaiRow.getByLabel(/API key/).fill('sk-e2e-not-a-real-key-123456');
    await openaiRow.getByRole('button', { name: 'Save key' }).click();
    await expect(openaiRow.getByText('A key is stored (hidden).')).toBeVisible();
    await expect(openaiRow.getByLabel(/API key/)).toHaveValue('');

    const log = page.getByRole('region', { name: 'AI activity log' });
    await log.getByRole('button', { name: 'Refresh' }).click();
    await expect(log.getByText('ai.ping')).toBeVisible();
    await log.getByLabel('Search the activity log').fill('pong');
    await expect(log.getByText('ai.ping')).toBeVisible();
    await log.getByLabel('Search the activity log').fill('no-such-text');
    await expect(log.getByText('No call matches.')).toBeVisible();
    await log.getByLabel('Search the activity log').fill('');
    await log.getByText('ai.ping').click();
    await expect(log.getByText('Reply with ok set to true')).toBeVisible();
    await expect(page.getByText(/spent in 1 calls/)).toBeVisible();
    await shot('settings-ai');
  } finally {
    await server.close();
  }
});

test('AI settings: pick a .gguf file and test the on-device model', async ({ app, shot }) => {
  test.skip(!existsSync(tinyModel), '../shared/models/stories260K.gguf is not there');
  const { page } = app;
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'On-device models' })).toBeVisible();
  // On-device models load only from the app's models folder (a renderer cannot point the core elsewhere).
  const inFolder = path.join(app.dataDir, 'models', 'stories260K.gguf');
  mkdirSync(path.dirname(inFolder), { recursive: true });
  copyFileSync(tinyModel, inFolder);
  await page.getByLabel('Path of a .gguf file').fill(tinyModel);
  await page.getByRole('button', { name: 'Use this file' }).click();
  await expect(page.getByText(/models folder/).first()).toBeVisible();
  await page.getByLabel('Path of a .gguf file').fill(inFolder);
  await page.getByRole('button', { name: 'Use this file' }).click();
  const local = page.getByTestId('provider-local');
  await expect(local.getByText(`Model file: ${inFolder}`)).toBeVisible();
  await local.getByRole('button', { name: 'Test connection' }).click();
  await expect(local.getByRole('status')).toContainText('Works', { timeout: 30_000 });
  await shot('settings-ai-local');
});
