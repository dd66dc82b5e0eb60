import type { EventName, EventPayload } from '../../../../shared/contract';
import type { Job } from '../../../../shared/domain/job';
import { openai } from '../../ai/testing/recorded-responses.fixture';
import type { Reply } from '../../ai/testing/fake-model-server';
import { createTestCore } from '../../testing';
import { SAMPLE_JOB, sampleProfile } from './sample-profile.fixture';

/** A real core (temp data folder) holding the sample profile and the sample job, recording events. */
export async function tailorHarness(jobText = SAMPLE_JOB.text, edits: { title?: string; company?: string } = {}) {
  const core = createTestCore();
  core.profile.save(sampleProfile());
  const { job } = await core.jobs.add(
    { kind: 'paste', text: jobText },
    { title: edits.title ?? SAMPLE_JOB.title, company: edits.company ?? SAMPLE_JOB.company },
  );
  const events: { name: EventName; payload: unknown }[] = [];
  core.events.subscribe((name, payload) => events.push({ name, payload }));
  const of = <E extends EventName>(name: E) =>
    events.filter((e) => e.name === name).map((e) => e.payload as EventPayload<E>);
  return { core, job: job as Job, events, of };
}

/** Points the core's AI settings at a local OpenAI-compatible server. */
export function useFakeServer(core: ReturnType<typeof createTestCore>, url: string): string {
  const current = core.ai.settings.get();
  core.ai.settings.update({
    ...current,
    providers: [
      {
        id: 'fake',
        kind: 'openai-compatible',
        label: 'Replay server',
        enabled: true,
        baseUrl: `${url}/v1`,
        model: 'replay-1',
        timeoutMs: 5000,
        maxRetries: 0,
      },
    ],
  });
  return 'fake';
}

/** A streamed OpenAI-shaped reply carrying `value` as JSON, split in a few chunks. */
export function streamed(value: unknown): Reply {
  const json = JSON.stringify(value);
  const third = Math.ceil(json.length / 3);
  return { sse: openai.stream([json.slice(0, third), json.slice(third, 2 * third), json.slice(2 * third)]) };
}
