// "Improve with a model" through the contract, with recorded responses from the fake model server:
// the parse of a real (generated) CV, a model reading that invents an employer, the user's choices
// applied to the draft, and the draft saved. The invention reaches neither the draft nor the profile.
import { strToU8 } from 'fflate';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { AiStreamEvent } from '../../shared/domain/ai';
import type { ImportImprovement, ImportPreview } from '../../shared/domain/profile-import';
import { applyImportChoices } from '../../shared/import-choices';
import { startFakeModelServer, type FakeModelServer, type Reply } from '../core/ai/testing/fake-model-server';
import { openai } from '../core/ai/testing/recorded-responses.fixture';
import { createTestCore } from '../core/testing';
import { dispatch } from './dispatch';
import { handlers } from './index';

const core = createTestCore();
afterAll(() => core.cleanup());
const servers: FakeModelServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
const ctx = (signal = new AbortController().signal) => ({ core, transport: 'direct' as const, signal });
const b64 = (s: string) => Buffer.from(strToU8(s)).toString('base64');

const CV = `Ana Ruiz
Data Engineer
ana.ruiz@example.com | +34 612 345 678 | Madrid

Experience

Senior Data Engineer, Northwind Traders
Jan 2021 – Present
- Built the streaming pipeline for orders

Data Analyst, Bluefin Labs
Mar 2018 – Dec 2020
- Wrote the weekly sales report

Education

Universidad Complutense de Madrid
BSc Mathematics, 2014 – 2018
`;

/** A model reading: faithful where the CV is clear, plus an employer and a title the CV never mentions. */
const INVENTING = {
  basics: { name: 'Ana Ruiz', label: 'Chief Data Officer', email: 'ana.ruiz@example.com' },
  work: [
    { name: 'Globex Corporation', position: 'Head of Data', startDate: '2016-01', endDate: '2018-02' },
    { name: 'Northwind Traders', position: 'Senior Data Engineer', location: 'Madrid', startDate: '2021-01' },
    { name: 'Bluefin Labs', position: 'Data Analyst', startDate: '2018-03', endDate: '2020-12' },
  ],
};

async function useModelAnswering(replies: Reply[]): Promise<FakeModelServer> {
  const server = await startFakeModelServer(replies);
  servers.push(server);
  const s = core.ai.settings.get();
  core.ai.settings.update({
    ...s,
    providers: s.providers.map((p) => ({
      ...p,
      enabled: p.id === 'ollama',
      ...(p.id === 'ollama' ? { baseUrl: `${server.url}/v1` } : {}),
    })),
  });
  return server;
}

async function parse(): Promise<ImportPreview> {
  const parsed = await dispatch(handlers, 'profile.import.parse', { fileName: 'ana.txt', dataBase64: b64(CV) }, ctx());
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value as ImportPreview;
}

describe('profile.import.improve', () => {
  it('says clearly when no model is set up, and calls none', async () => {
    const preview = await parse();
    const result = await dispatch(
      handlers,
      'profile.import.improve',
      { text: preview.text, profile: preview.profile },
      ctx(),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'PROVIDER' } });
    if (!result.ok) expect(result.error.message).toContain('Settings → AI');
  });

  it('an invented employer never reaches the draft or the profile; chosen document values do', async () => {
    const preview = await parse();
    const server = await useModelAnswering([{ json: openai.completion(JSON.stringify(INVENTING)) }]);
    const result = await dispatch(
      handlers,
      'profile.import.improve',
      { text: preview.text, profile: preview.profile },
      ctx(),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const improvement = result.value as ImportImprovement;
    expect(server.requests).toHaveLength(1);
    expect(JSON.stringify(server.requests[0]!.body)).toContain('Northwind Traders');
    expect(improvement.providerId).toBe('ollama');
    // The whole Globex entry (name, title, dates) and the invented headline are dropped.
    expect(improvement.dropped).toBe(2);
    // What is left and differs from the parse: the city the parse did not attach to the job.
    expect(improvement.disagreements).toEqual([{ path: 'work.0.location', parsed: '', model: 'Madrid' }]);

    // The user takes every reading the model offers.
    let n = 0;
    const draft = applyImportChoices(preview.profile, improvement.disagreements, () => `work_model_${++n}`);
    expect(JSON.stringify(draft)).not.toMatch(/Globex|Head of Data|Chief Data Officer/);
    const applied = await dispatch(
      handlers,
      'profile.import.apply',
      { profile: draft, mode: 'replace', source: { fileName: 'ana.txt', format: 'txt' } },
      ctx(),
    );
    expect(applied.ok).toBe(true);
    const stored = core.profile.get().profile;
    expect(JSON.stringify(stored)).not.toMatch(/Globex|Head of Data|Chief Data Officer/);
    expect(stored.work.map((w) => [w.name, w.location])).toEqual([
      ['Northwind Traders', 'Madrid'],
      ['Bluefin Labs', undefined],
    ]);
  });

  it("with a request id it streams: the model's text arrives as ai.stream events under that id", async () => {
    const preview = await parse();
    const json = JSON.stringify(INVENTING);
    await useModelAnswering([{ sse: openai.stream([json.slice(0, 40), json.slice(40, 120), json.slice(120)]) }]);
    const events: AiStreamEvent[] = [];
    const stop = core.events.subscribe(
      (name, payload) => name === 'ai.stream' && events.push(payload as AiStreamEvent),
    );
    const result = await dispatch(
      handlers,
      'profile.import.improve',
      { text: preview.text, profile: preview.profile, requestId: 'improve-1' },
      ctx(),
    );
    stop();
    expect(result).toMatchObject({
      ok: true,
      value: { dropped: 2, disagreements: [{ path: 'work.0.location', model: 'Madrid' }] },
    });
    const mine = events.filter((e) => e.requestId === 'improve-1');
    expect(mine.map((e) => e.delta).join('')).toBe(json);
    expect(mine.at(-1)?.done).toBe(true);
  });

  it('is cancelled by the caller going away; the request to the model is closed', async () => {
    const preview = await parse();
    const server = await useModelAnswering([{ hang: true }]);
    const controller = new AbortController();
    const pending = dispatch(
      handlers,
      'profile.import.improve',
      { text: preview.text, profile: preview.profile },
      ctx(controller.signal),
    );
    await expect.poll(() => server.requests.length).toBe(1);
    controller.abort();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    await expect.poll(() => server.abortedRequests()).toBe(1);
  });
});
