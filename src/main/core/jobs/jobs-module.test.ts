// Model-assisted capture through the real core: the setting, the AI module's provider, the gateway and the
// jobs service, with a job page and an OpenAI-compatible model server on 127.0.0.1 replaying recorded responses.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../app-core';
import { startFakeModelServer, type FakeModelServer } from '../ai/testing/fake-model-server';
import { openai } from '../ai/testing/recorded-responses.fixture';
import { startTestServer, type TestServer } from '../net/testing/test-server';

// No structured data and no labels: the company is unsure after extraction, and the page shows no salary.
const PAGE = `<html><head><title>Platform Engineer</title></head><body><h1>Platform Engineer</h1>
<p>Tallinn, Estonia</p><article><p>${'You will run our Kubernetes platform and help teams ship safely. '.repeat(6)}</p>
<p>Brightfield OÜ builds billing software for small shops across the Baltics.</p></article></body></html>`;

const answer = (fields: Record<string, string | null>) =>
  JSON.stringify({
    title: null,
    company: null,
    location: null,
    workMode: null,
    employmentType: null,
    salary: null,
    ...fields,
  });

let page: TestServer;
beforeAll(async () => {
  page = await startTestServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE),
  );
});
afterAll(() => page.close());

let core: Core;
let dataDir: string;
let model: FakeModelServer | null = null;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-jobs-module-'));
  core = createCore({ dataDir, allowPrivateHosts: ['127.0.0.1'], watchIntervalMs: null });
});
afterEach(async () => {
  await model?.close();
  model = null;
  await core.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Turns on the OpenAI-compatible provider (Ollama's slot) at the fake model server, which answers `replies` in order. */
async function modelAnswering(...replies: string[]): Promise<FakeModelServer> {
  model = await startFakeModelServer(replies.map((content) => ({ json: openai.completion(content) })));
  const s = core.ai.settings.get();
  const url = `${model.url}/v1`;
  core.ai.settings.update({
    ...s,
    providers: s.providers.map((p) => ({
      ...p,
      enabled: p.id === 'ollama',
      ...(p.id === 'ollama' ? { baseUrl: url } : {}),
    })),
  });
  return model;
}

const capture = () => ({ kind: 'url' as const, url: `${page.url}/jobs/platform-engineer` });

describe('model-assisted capture through the core', () => {
  it('is off by default: with a provider enabled, a capture calls no model', async () => {
    const server = await modelAnswering(answer({ company: 'Brightfield OÜ' }));
    expect(core.settings.get().captureModelAssist).toBe(false);
    const preview = await core.jobs.extract(capture());
    expect(preview.uncertain).toContain('company');
    expect(preview.draft.company).toBe('');
    expect(server.requests).toHaveLength(0);
  });

  it('with the setting on but no provider enabled, calls no model', async () => {
    core.settings.update({ captureModelAssist: true });
    const { job } = await core.jobs.add(capture());
    expect(job.company).toBe('');
    expect(core.ai.settings.get().providers.some((p) => p.enabled)).toBe(false);
    // had it asked, the AI service would have refused ("no provider") and the capture log would say so
    expect(job.captureLog.map((e) => e.message).join('\n')).not.toMatch(/model/i);
  });

  it('with the setting on, fills an unsure field from the page text, marked as from the model', async () => {
    core.settings.update({ captureModelAssist: true });
    const server = await modelAnswering(answer({ company: 'Brightfield OÜ' }), answer({ company: 'Brightfield OÜ' }));
    const preview = await core.jobs.extract(capture());
    expect(preview.draft.company).toBe('Brightfield OÜ');
    expect(preview.evidence.company).toMatchObject({ source: 'model' });
    const { job } = await core.jobs.add(capture());
    expect(job.company).toBe('Brightfield OÜ');
    expect(server.requests).toHaveLength(2);
    // the model was asked about the page's visible text, not its markup
    const sent = JSON.stringify(server.requests[0]!.body);
    expect(sent).toContain('brightfield oü builds billing software');
    expect(sent).not.toContain('<article>');
  });

  it('an invented company and salary never reach the stored job', async () => {
    core.settings.update({ captureModelAssist: true });
    const server = await modelAnswering(
      answer({ company: 'Globex Corporation', salary: '€95,000 – €120,000 per year' }),
    );
    const { job } = await core.jobs.add(capture());
    expect(server.requests).toHaveLength(1);
    expect(job.company).toBe('');
    expect(job.salary).toBeNull();
    const { captureLog, ...stored } = core.jobs.get(job.id);
    expect(JSON.stringify(stored)).not.toMatch(/Globex|95,000|95000/);
    expect(core.jobs.list({ company: 'globex', limit: 10 })).toHaveLength(0);
    // the log says what was dropped, so the user knows the model was asked
    expect(captureLog.map((e) => e.message).join('\n')).toMatch(
      /suggested a company \("Globex Corporation"\) that the page does not show; it was dropped/,
    );
  });

  it('turning the setting off again stops the model calls', async () => {
    core.settings.update({ captureModelAssist: true });
    const server = await modelAnswering(answer({ company: 'Brightfield OÜ' }));
    await core.jobs.extract(capture());
    core.settings.update({ captureModelAssist: false });
    await core.jobs.extract(capture());
    expect(server.requests).toHaveLength(1);
  });
});
