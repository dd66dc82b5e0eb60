import { afterEach, describe, expect, it } from 'vitest';
import type { TailorRun } from '../../../shared/domain/tailor';
import { startFakeModelServer, type FakeModelServer } from '../ai/testing/fake-model-server';
import { NO_MODEL_LABEL } from './run-pipeline';
import { PROMPT_VERSION } from './prompts';
import { FABRICATIONS, TRUTHFUL_CV, TRUTHFUL_LETTER } from './testing/recorded-tailoring.fixture';
import { streamed, tailorHarness, useFakeServer } from './testing/tailor-harness';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

async function harness() {
  const h = await tailorHarness();
  cleanups.push(() => h.core.cleanup());
  return h;
}
async function server(replies: Parameters<typeof startFakeModelServer>[0]): Promise<FakeModelServer> {
  const s = await startFakeModelServer(replies);
  cleanups.push(() => s.close());
  return s;
}
const bullets = (run: TailorRun) => (run.cv?.kind === 'cv' ? run.cv.cv.work.flatMap((w) => w.highlights) : []);

describe('tailoring without a model', () => {
  it('selects, orders and explains, writes a template letter, and has zero flags', async () => {
    const { core, job, of } = await harness();
    const run = await core.tailor.run(job.id, { providerId: null });
    expect(run.status).toBe('done');
    expect(run.mode).toBe('no-model');
    expect(run.flags).toEqual([]);
    expect(run.labels).toContain(NO_MODEL_LABEL);
    expect(run.stages.map((s) => s.status)).toEqual(['done', 'done', 'done', 'done']);
    expect(run.stages.every((s) => typeof s.ms === 'number')).toBe(true);
    expect(run.analysis!.requirements.map((r) => r.name)).toContain('PostgreSQL');
    // The Python bullet serves a required skill and is explained as such.
    const acme = run.selection!.entries.find((e) => e.entryId === 'w1')!;
    expect(acme.bullets.find((b) => b.factId === 'w1h2')!.reason).toMatch(/required skill Python/);
    expect(run.selection!.covered).toContain('Python');
    expect(run.selection!.uncovered).not.toContain('Python');
    // The user's own words, unchanged.
    expect(bullets(run).map((b) => b.text)).toContain(
      'Led a team of 5 engineers building the Python settlement service.',
    );
    const letter = run.letter?.kind === 'letter' ? run.letter.letter : null;
    expect(letter?.recipient).toMatchObject({ company: 'Initech', role: 'Senior Python Engineer' });
    expect(letter?.paragraphs.map((p) => p.text).join(' ')).toMatch(/At Acme Payments, I /);
    expect(run.matchBefore).toBeGreaterThan(0);
    expect(run.ats.find((a) => a.id === 'contact')!.ok).toBe(true);
    // Stored, and reported stage by stage.
    expect(core.tailor.get(run.id)).toEqual(run);
    const progress = of('tailor.progress').filter((p) => p.runId === run.id);
    expect(progress.filter((p) => p.status === 'done').map((p) => p.stage)).toEqual([
      'analyze',
      'select',
      'write',
      'check',
      'check',
    ]);
    expect(progress.at(-1)!.finished).toBe(true);
    expect(core.tailor.list(job.id)).toEqual([expect.objectContaining({ id: run.id, openFlags: 0 })]);
  });

  it('writes each tone differently and honours the key points the user picks', async () => {
    const { core, job } = await harness();
    const concise = await core.tailor.run(job.id, { tone: 'concise', length: 'short', keyPoints: ['w2h3'] });
    const text = concise.letter?.kind === 'letter' ? concise.letter.letter.paragraphs.map((p) => p.text) : [];
    expect(text[0]).toMatch(/^Please consider me/);
    expect(text[1]).toMatch(/At Globex Retail, I mentored 3 junior developers/);
    expect(concise.flags).toEqual([]);
  });

  it('proposes the key-point choices from the selection stage: profile facts, best first, each with its reason', async () => {
    const { core, job } = await harness();
    const choices = core.tailor.keyPoints(job.id);
    expect(choices.length).toBeGreaterThan(2);
    const facts = new Map(
      core.profile
        .get()
        .profile.work.flatMap((w) => w.highlights)
        .map((h) => [h.id, h.text]),
    );
    for (const c of choices) expect(facts.get(c.factId)).toBe(c.text);
    expect(choices.map((c) => c.score)).toEqual([...choices.map((c) => c.score)].sort((a, b) => b - a));
    expect(choices[0]!.reason).not.toBe('');
    const picked = choices.at(-1)!;
    const run = await core.tailor.run(job.id, { keyPoints: [picked.factId], length: 'short' });
    const letter = run.letter?.kind === 'letter' ? run.letter.letter : null;
    expect(letter!.paragraphs.some((p) => p.factIds.includes(picked.factId))).toBe(true);
    expect(() => core.tailor.keyPoints('no-such-job')).toThrow();
  });
});

describe('tailoring with a model (local OpenAI-compatible server replaying recorded responses)', () => {
  it('a truthful model passes; text streams; the prompt version and delimited job data are recorded', async () => {
    const { core, job, of } = await harness();
    const s = await server([streamed(TRUTHFUL_CV), streamed(TRUTHFUL_LETTER)]);
    const providerId = useFakeServer(core, s.url);
    const run = await core.tailor.run(job.id, { providerId, model: 'replay-2' });
    expect((s.requests[0]!.body as { model: string }).model).toBe('replay-2');
    expect(run.error).toBeNull();
    expect(run.status).toBe('done');
    expect(run.flags).toEqual([]);
    expect(run.promptVersion).toBe(PROMPT_VERSION);
    expect(run.model).toBe('gpt-4o-mini-2024-07-18');
    expect(bullets(run).map((b) => b.text)).toContain(
      'Led a team of five engineers building the Python settlement service.',
    );
    expect(run.cv?.kind === 'cv' && run.cv.citations['basics.summary#1']).toEqual(['w1', 'w1h2']);
    expect(
      of('tailor.text')
        .filter((t) => t.runId === run.id)
        .map((t) => t.delta)
        .join(''),
    ).toContain('settlement service');
    const body = JSON.stringify(s.requests[0]!.body);
    expect(body).toContain('<job_posting>');
    expect(body).toContain('[w1h1] Cut infrastructure costs by 30%');
  });

  it.each(FABRICATIONS)('flags a fabricated %s (%s)', async (kind, sourceId, text, factIds) => {
    const { core, job } = await harness();
    const cv = {
      ...TRUTHFUL_CV,
      bullets: TRUTHFUL_CV.bullets.map((b) => (b.sourceId === sourceId ? { sourceId, text, factIds } : b)),
    };
    const s = await server([streamed(cv), streamed(TRUTHFUL_LETTER)]);
    const run = await core.tailor.run(job.id, { providerId: useFakeServer(core, s.url) });
    expect(run.status).toBe('done');
    expect(run.flags.map((f) => [f.blockId, f.kind, f.text])).toEqual([[sourceId, kind, expect.any(String)]]);
    expect(run.flags[0]!.reason.length).toBeGreaterThan(10);
  });

  it('drops bullets the model invents for ids it was not given', async () => {
    const { core, job } = await harness();
    const cv = {
      ...TRUTHFUL_CV,
      bullets: [...TRUTHFUL_CV.bullets, { sourceId: 'invented-1', text: 'Won the Turing Award.', factIds: ['w1'] }],
    };
    const s = await server([streamed(cv), streamed(TRUTHFUL_LETTER)]);
    const run = await core.tailor.run(job.id, { providerId: useFakeServer(core, s.url) });
    expect(bullets(run).some((b) => b.text.includes('Turing'))).toBe(false);
  });

  it('cancels mid-stage: the model request is aborted and the run is stored as cancelled', async () => {
    const { core, job, of } = await harness();
    const s = await server([{ hang: true }]);
    const providerId = useFakeServer(core, s.url);
    const run = core.tailor.start(job.id, { providerId });
    await expect
      .poll(() => of('tailor.progress').some((p) => p.stage === 'write' && p.status === 'running'), { timeout: 5000 })
      .toBe(true);
    await expect.poll(() => s.requests.length, { timeout: 5000 }).toBe(1);
    expect(core.tailor.cancel(run.id)).toEqual({ cancelled: true });
    const final = await core.tailor.wait(run.id);
    expect(final.status).toBe('cancelled');
    expect(final.stages.find((st) => st.stage === 'write')!.status).toBe('cancelled');
    expect(final.selection).not.toBeNull();
    expect(core.tailor.get(run.id).status).toBe('cancelled');
    await expect.poll(() => s.abortedRequests(), { timeout: 5000 }).toBe(1);
  });

  it('a model that fails leaves a failed run with a message a person can act on', async () => {
    const { core, job } = await harness();
    const s = await server([
      {
        status: 401,
        json: {
          error: { message: 'Incorrect API key provided', type: 'invalid_request_error', code: 'invalid_api_key' },
        },
      },
    ]);
    const run = await core.tailor.run(job.id, { providerId: useFakeServer(core, s.url) });
    expect(run.status).toBe('failed');
    expect(run.error).toBeTruthy();
    expect(run.selection).not.toBeNull();
  });

  it('refuses an unknown provider with a clear message', async () => {
    const { core, job } = await harness();
    expect(() => core.tailor.start(job.id, { providerId: 'nope' })).toThrow(/No AI provider called "nope"/);
  });
});
