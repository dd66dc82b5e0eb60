import { afterEach, describe, expect, it } from 'vitest';
import { startFakeModelServer } from '../ai/testing/fake-model-server';
import { streamed, tailorHarness, useFakeServer } from './testing/tailor-harness';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

describe('on-demand rewrites', () => {
  it('rewrites one bullet, the summary and a LinkedIn About with the model, each checked against its citations', async () => {
    const h = await tailorHarness();
    cleanups.push(() => h.core.cleanup());
    const run = await h.core.tailor.run(h.job.id, { providerId: null });
    const server = await startFakeModelServer([
      streamed({ text: 'Led five engineers to ship the Python settlement service.', factIds: ['w1h2'] }),
      streamed({
        text: 'Python engineer with 8 years in payments, now leading teams of 12.',
        factIds: ['basics.summary'],
      }),
      streamed({ text: 'I build payment systems in Python and Go.', factIds: ['basics.summary'] }),
    ]);
    cleanups.push(() => server.close());
    const providerId = useFakeServer(h.core, server.url);
    const bullet = await h.core.tailor.rewrite(run.id, { target: 'bullet', blockId: 'w1h2' }, providerId);
    expect(bullet).toMatchObject({ blockId: 'w1h2', flags: [] });
    const body = JSON.stringify(server.requests[0]!.body);
    expect(body).toContain('<target>');
    expect(body).toContain('[w1h2] Led a team of 5 engineers');
    const summary = await h.core.tailor.rewrite(run.id, { target: 'summary' }, providerId);
    expect(summary.flags.map((f) => [f.kind, f.text])).toEqual([['team-size', 'teams of 12']]);
    const about = await h.core.tailor.rewrite(run.id, { target: 'linkedin-about' }, providerId);
    expect(about).toMatchObject({
      blockId: 'linkedin.about',
      text: 'I build payment systems in Python and Go.',
      flags: [],
    });
  });

  it('without a model a rewrite is refused with a message saying what to do', async () => {
    const h = await tailorHarness();
    cleanups.push(() => h.core.cleanup());
    const run = await h.core.tailor.run(h.job.id, { providerId: null });
    await expect(h.core.tailor.rewrite(run.id, { target: 'summary' })).rejects.toThrow(/needs a model/);
  });
});
