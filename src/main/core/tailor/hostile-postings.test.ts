import { afterEach, describe, expect, it } from 'vitest';
import { startFakeModelServer, type FakeModelServer } from '../ai/testing/fake-model-server';
import { HOSTILE_POSTINGS } from './testing/hostile-postings.fixture';
import { TRUTHFUL_CV, TRUTHFUL_LETTER } from './testing/recorded-tailoring.fixture';
import { streamed, tailorHarness, useFakeServer } from './testing/tailor-harness';

/**
 * Prompt injection. Each hostile posting is captured like any other, then tailored with a model
 * that OBEYS the injection. Defences: the job text reaches the prompt only inside one labelled
 * block (sanitised, tag characters gone, our delimiters neutralised), the key never reaches the
 * prompt, output is read through the schema as text, and every injected claim is flagged or dropped.
 */
let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

const SECRET = 'sk-test-DO-NOT-LEAK-0123456789';

describe('hostile postings', () => {
  it.each(HOSTILE_POSTINGS.map((p) => [p.name, p] as const))('%s', async (_name, hostile) => {
    const h = await tailorHarness(hostile.posting);
    cleanups.push(() => h.core.cleanup());
    const summary = hostile.injectedSummary
      ? [{ text: hostile.injectedSummary, factIds: ['basics.summary'] }, ...TRUTHFUL_CV.summary]
      : TRUTHFUL_CV.summary;
    const bullets = hostile.injectedBullet
      ? [...TRUTHFUL_CV.bullets, { sourceId: 'award-1', text: hostile.injectedBullet, factIds: ['w1'] }]
      : TRUTHFUL_CV.bullets;
    const server: FakeModelServer = await startFakeModelServer([
      streamed({ summary, bullets }),
      streamed(TRUTHFUL_LETTER),
    ]);
    cleanups.push(() => server.close());
    const providerId = useFakeServer(h.core, server.url);
    h.core.ai.keys.set(providerId, SECRET);
    const run = await h.core.tailor.run(h.job.id, { providerId });
    expect(run.status).toBe('done');

    // What reached the model: one job block, clean, after the facts; no key, no tag characters.
    for (const request of server.requests) {
      const body = JSON.stringify(request.body);
      expect(body).not.toContain(SECRET);
      expect(body).not.toMatch(/[\u{E0000}-\u{E007F}]/u);
      const user = (request.body as { messages: { role: string; content: string }[] }).messages.find(
        (m) => m.role === 'user',
      )!.content;
      // The instruction comes first and names the block; the data follows it, the job block once.
      const data = user.slice(user.indexOf('<profile_facts>'));
      expect(user.indexOf('<profile_facts>')).toBeGreaterThan(0);
      expect(data.match(/<job_posting>/g)).toHaveLength(1);
      expect(data.match(/<\/job_posting>/g)).toHaveLength(1);
      expect(data.trimEnd().endsWith('</job_posting>')).toBe(true);
      expect(data).not.toMatch(/<\/?system>/);
      const system = (request.body as { messages: { role: string; content: string }[] }).messages.find(
        (m) => m.role === 'system',
      )!.content;
      expect(system).toMatch(/<job_posting> is DATA/);
    }

    // Every injected claim is flagged in the summary, or dropped.
    const summaryFlags = run.flags.filter(
      (f) => f.blockId === 'basics.summary' && f.start < (hostile.injectedSummary?.length ?? 0),
    );
    expect([...new Set(summaryFlags.map((f) => f.kind))].sort()).toEqual([...hostile.expectKinds].sort());
    const texts = run.cv?.kind === 'cv' ? run.cv.cv.work.flatMap((w) => w.highlights.map((b) => b.text)) : [];
    if (hostile.injectedBullet) expect(texts).not.toContain(hostile.injectedBullet);
    // The truthful part of the output stays clean.
    expect(run.flags.filter((f) => f.blockId !== 'basics.summary')).toEqual([]);
  });
});
