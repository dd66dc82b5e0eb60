import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentContent, TruthFlag } from '../../../shared/domain/document';
import type { TailorRun } from '../../../shared/domain/tailor';
import { startFakeModelServer, type FakeModelServer } from '../ai/testing/fake-model-server';
import { TRUTHFUL_CV, TRUTHFUL_LETTER } from './testing/recorded-tailoring.fixture';
import { streamed, tailorHarness, useFakeServer } from './testing/tailor-harness';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

/** A finished run whose w1h1 bullet claims 45% (the fact says 30%) and whose w1h3 bullet claims Rust. */
async function flaggedRun() {
  const h = await tailorHarness();
  cleanups.push(() => h.core.cleanup());
  const cv = {
    ...TRUTHFUL_CV,
    bullets: TRUTHFUL_CV.bullets.map((b) =>
      b.sourceId === 'w1h1'
        ? { ...b, text: 'Migrated batch jobs to AWS Lambda, reducing infrastructure costs by 45%.' }
        : b.sourceId === 'w1h3'
          ? { ...b, text: 'Tuned PostgreSQL queries and Rust services, cutting p99 latency from 800 ms to 120 ms.' }
          : b,
    ),
  };
  const server: FakeModelServer = await startFakeModelServer([streamed(cv), streamed(TRUTHFUL_LETTER)]);
  cleanups.push(() => server.close());
  const run = await h.core.tailor.run(h.job.id, { providerId: useFakeServer(h.core, server.url) });
  const flag = (r: TailorRun, blockId: string) => r.flags.find((f) => f.blockId === blockId && f.status === 'open');
  return { ...h, run, flag };
}
const textOf = (run: TailorRun, id: string) =>
  run.cv?.kind === 'cv' ? run.cv.cv.work.flatMap((w) => w.highlights).find((h) => h.id === id)?.text : undefined;

describe('flag actions on a run (the Generate panel; resolved by the documents service)', () => {
  it('the finished run is saved as CV and letter document versions, with the CV flags on the CV', async () => {
    const { core, run } = await flaggedRun();
    expect(run.documentIds.cv).not.toBeNull();
    const cv = core.documents.get(run.documentIds.cv!);
    expect(cv.flags.map((f) => f.blockId).sort()).toEqual(['w1h1', 'w1h3']);
    expect(core.documents.get(run.documentIds.letter!).flags).toEqual([]);
  });

  it('edit: the new text is re-checked; a still-wrong edit stays flagged, a true one clears it', async () => {
    const { core, run, flag } = await flaggedRun();
    const stillWrong = core.tailor.resolveFlag(run.id, flag(run, 'w1h1')!.id, {
      action: 'edit',
      text: 'Cut infrastructure costs by 50%.',
    });
    expect(flag(stillWrong, 'w1h1')!.text).toBe('50%');
    const fixed = core.tailor.resolveFlag(run.id, flag(stillWrong, 'w1h1')!.id, {
      action: 'edit',
      text: 'Cut infrastructure costs by 30% on AWS Lambda.',
    });
    expect(flag(fixed, 'w1h1')).toBeUndefined();
    expect(textOf(fixed, 'w1h1')).toBe('Cut infrastructure costs by 30% on AWS Lambda.');
    expect(fixed.flags.filter((f) => f.status === 'edited')).toHaveLength(2);
    // The edit is kept as a new version of the CV document.
    const versions = core.documents.list({ documentId: run.documentIds.cv! });
    expect(versions.length).toBe(3);
    expect(fixed.documentIds.cvVersion).toBe(Math.max(...versions.map((v) => v.id)));
    expect(
      core.documents
        .get(fixed.documentIds.cvVersion!)
        .flags.filter((f) => f.status === 'open')
        .map((f) => f.blockId),
    ).toEqual(['w1h3']);
  });

  it('remove: the sentence holding the claim goes; an emptied bullet is dropped', async () => {
    const { core, run, flag } = await flaggedRun();
    const next = core.tailor.resolveFlag(run.id, flag(run, 'w1h1')!.id, { action: 'remove' });
    expect(textOf(next, 'w1h1')).toBeUndefined();
    expect(next.flags.find((f) => f.blockId === 'w1h1')!.status).toBe('removed');
    expect(() => core.tailor.resolveFlag(run.id, flag(run, 'w1h1')!.id, { action: 'remove' })).toThrow(
      /already removed/,
    );
  });

  it('confirm: the claim becomes a profile fact, is cited, and is never flagged again', async () => {
    const { core, run, flag, job } = await flaggedRun();
    const next = core.tailor.resolveFlag(run.id, flag(run, 'w1h3')!.id, { action: 'confirm' });
    expect(flag(next, 'w1h3')).toBeUndefined();
    const skills = core.profile.get().profile.skills.map((s) => s.name);
    expect(skills).toContain('Rust');
    // A new run with the same fabricating model no longer flags Rust.
    const cv = {
      ...TRUTHFUL_CV,
      bullets: TRUTHFUL_CV.bullets.map((b) =>
        b.sourceId === 'w1h3'
          ? {
              ...b,
              text: 'Tuned PostgreSQL queries and Rust services.',
              factIds: ['w1h3', core.profile.get().profile.skills.at(-1)!.id],
            }
          : b,
      ),
    };
    const server = await startFakeModelServer([streamed(cv), streamed(TRUTHFUL_LETTER)]);
    cleanups.push(() => server.close());
    const again = await core.tailor.run(job.id, { providerId: useFakeServer(core, server.url) });
    expect(again.flags).toEqual([]);
  });

  it('confirm of a number adds the sentence to that job in the profile', async () => {
    const { core, run, flag } = await flaggedRun();
    core.tailor.resolveFlag(run.id, flag(run, 'w1h1')!.id, { action: 'confirm' });
    const acme = core.profile.get().profile.work.find((w) => w.id === 'w1')!;
    expect(acme.highlights.at(-1)!.text).toBe(
      'Migrated batch jobs to AWS Lambda, reducing infrastructure costs by 45%.',
    );
  });
});

const openFlags = (v: { flags: TruthFlag[] }) => v.flags.filter((f) => f.status === 'open');
function withBullet(content: DocumentContent, id: string, text: string): DocumentContent {
  if (content.kind !== 'cv') throw new Error('a CV was expected');
  return {
    ...content,
    cv: {
      ...content.cv,
      work: content.cv.work.map((w) => ({
        ...w,
        highlights: w.highlights.map((h) => (h.id === id ? { ...h, text } : h)),
      })),
    },
  };
}

describe('the review screen: documents.resolveFlag, the one place flags are resolved', () => {
  it('"it is true" puts the claim in the profile; the next run writing the same text has no flag', async () => {
    const { core, run, flag, job } = await flaggedRun();
    const text = 'Migrated batch jobs to AWS Lambda, reducing infrastructure costs by 45%.';
    const v = core.documents.resolveFlag(run.documentIds.cvVersion!, flag(run, 'w1h1')!.id, { action: 'confirm' });
    expect(openFlags(v).map((f) => f.blockId)).toEqual(['w1h3']);
    const fact = core.profile
      .get()
      .profile.work.find((w) => w.id === 'w1')!
      .highlights.find((h) => h.text === text)!;
    expect(fact).toBeDefined();
    expect(v.content.kind === 'cv' && v.content.citations['w1h1']).toContain(fact.id);
    // The model, now shown the confirmed fact, writes the same sentence citing it: nothing to flag.
    const cv = {
      ...TRUTHFUL_CV,
      bullets: TRUTHFUL_CV.bullets.map((b) => (b.sourceId === 'w1h1' ? { ...b, text, factIds: ['w1h1', fact.id] } : b)),
    };
    const server = await startFakeModelServer([streamed(cv), streamed(TRUTHFUL_LETTER)]);
    cleanups.push(() => server.close());
    const again = await core.tailor.run(job.id, { providerId: useFakeServer(core, server.url) });
    expect(again.flags).toEqual([]);
    expect(textOf(again, 'w1h1')).toBe(text);
  });

  it('an edit that brings in a fabricated number is flagged again, and export stays refused', async () => {
    const { core, run, flag } = await flaggedRun();
    let v = core.documents.resolveFlag(run.documentIds.cvVersion!, flag(run, 'w1h1')!.id, {
      action: 'edit',
      text: 'Cut infrastructure costs by 30% on AWS Lambda.',
    });
    v = core.documents.resolveFlag(v.id, openFlags(v).find((f) => f.blockId === 'w1h3')!.id, { action: 'remove' });
    expect(openFlags(v)).toEqual([]);
    expect((await core.documents.export(v.id, 'md')).fileName).toMatch(/\.md$/);
    // Inline edit saved from the review screen; the caller's (empty) flags are not taken.
    const edited = core.documents.save({
      documentId: v.documentId,
      jobId: v.jobId,
      source: 'edited',
      content: withBullet(v.content, 'w1h1', 'Cut infrastructure costs by 70% on AWS Lambda.'),
      flags: [],
    });
    expect(openFlags(edited).map((f) => [f.blockId, f.text])).toEqual([['w1h1', '70%']]);
    await expect(core.documents.export(edited.id, 'pdf')).rejects.toThrow(
      /Resolve 1 unchecked claim before exporting: "70%"/,
    );
    // The flag's own edit action checks the new text too.
    const still = core.documents.resolveFlag(edited.id, openFlags(edited)[0]!.id, {
      action: 'edit',
      text: 'Cut infrastructure costs by 31% on AWS Lambda.',
    });
    expect(openFlags(still).map((f) => f.text)).toEqual(['31%']);
    await expect(core.documents.export(still.id, 'pdf')).rejects.toThrow(/"31%"/);
  });
});
