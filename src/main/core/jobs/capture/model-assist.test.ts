import { afterEach, describe, expect, it } from 'vitest';
import { createMemorySecretStore } from '../../secrets/secret-store';
import { createAiService, type AiService } from '../../ai/ai-service';
import { keyName } from '../../ai/api-keys';
import { createProviderFactory } from '../../ai/provider-factory';
import { startFakeModelServer, type FakeModelServer, type Reply } from '../../ai/testing/fake-model-server';
import { createMemoryActivityLog } from '../../ai/testing/memory-activity-log';
import { openai } from '../../ai/testing/recorded-responses.fixture';
import { aiSettings, providerConfig } from '../../ai/testing/test-settings';
import { assistCapture } from './model-assist';
import { buildPage } from '../testing/job-page-builder';
import { captureFromHtml } from './capture-sources';

const servers: FakeModelServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function aiReplying(answer: Record<string, unknown>): Promise<{ ai: AiService; server: FakeModelServer }> {
  const server = await startFakeModelServer([{ json: openai.completion(JSON.stringify(answer)) }] as Reply[]);
  servers.push(server);
  const secrets = createMemorySecretStore();
  secrets.set(keyName('openai'), 'sk-test');
  const settings = aiSettings([providerConfig({ id: 'openai', kind: 'openai', baseUrl: `${server.url}/v1` })]);
  return {
    ai: createAiService({
      settings: () => settings,
      createProvider: createProviderFactory({ secrets, env: {} }),
      log: createMemoryActivityLog(),
    }),
    server,
  };
}

// No structured data and no labels: company, work mode and salary are unsure after capture.
const PAGE = `<html><head><title>Platform Engineer</title></head><body><h1>Platform Engineer</h1>
<p>Tallinn, Estonia</p><article><p>${'You will run our Kubernetes platform and help teams ship safely. '.repeat(6)}</p>
<p>We work from our office in Tallinn two days a week and from home the rest: a hybrid setup.</p><p>Brightfield OÜ builds billing software.</p></article></body></html>`;

describe('model-assisted capture with recorded responses', () => {
  it('keeps values found in the page text and drops an invented company and salary', async () => {
    const capture = captureFromHtml(PAGE, null, 'url');
    expect(capture.uncertain).toContain('company');
    expect(capture.draft.salary).toBeNull();
    const { ai, server } = await aiReplying({
      title: null,
      company: 'Globex Corporation',
      location: null,
      workMode: 'hybrid setup',
      employmentType: null,
      salary: '€95,000 – €120,000 per year',
    });
    const out = await assistCapture(capture, { generate: (r) => ai.generate(r) });
    expect(out.capture.draft.company).toBe('');
    expect(out.capture.draft.salary).toBeNull();
    expect(out.dropped.map((d) => d.field).sort()).toEqual(['company', 'salary']);
    expect(out.capture.draft.captureLog.map((e) => e.message).join('\n')).toMatch(
      /suggested a company \("Globex Corporation"\) that the page does not show; it was dropped/,
    );
    // the model only saw the page's visible text
    expect(JSON.stringify(server.requests[0]!.body)).toContain('kubernetes platform');
  });

  it('fills an unsure field with a value the page shows, marked as from the model', async () => {
    const capture = captureFromHtml(PAGE, null, 'url');
    const { ai } = await aiReplying({
      title: null,
      company: 'Brightfield OÜ',
      location: null,
      workMode: null,
      employmentType: null,
      salary: null,
    });
    const out = await assistCapture(capture, { generate: (r) => ai.generate(r) });
    expect(out.capture.draft.company).toBe('Brightfield OÜ');
    expect(out.capture.evidence?.company).toMatchObject({ source: 'model', confidence: 0.6 });
  });

  it('asks nothing when every field is there and sure', async () => {
    const page = buildPage('json-ld', 'en', 1);
    const capture = captureFromHtml(page.html, page.url, 'url');
    expect(capture.uncertain).toEqual([]);
    const out = await assistCapture(capture, { generate: () => Promise.reject(new Error('must not be called')) });
    expect(out.filled).toEqual([]);
  });
});
