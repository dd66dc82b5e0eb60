// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AiStreamEvent } from '../../../../shared/domain/ai';
import { Profile } from '../../../../shared/domain/profile';
import type { ImportImprovement, ImportPreview } from '../../../../shared/domain/profile-import';

const improvement: ImportImprovement = {
  disagreements: [
    { path: 'basics.email', parsed: '', model: 'ana.ruiz@example.com' },
    { path: 'work.0.position', parsed: 'Bluefin Labs', model: 'Data Analyst' },
    { path: 'work.new.1.name', parsed: '', model: 'Northwind Traders' },
  ],
  dropped: 1,
  providerId: 'ollama',
  model: 'test',
};
let enabled = true;
const invoke = vi.fn(async (channel: string) => {
  if (channel === 'ai.settings.get') return { providers: [{ id: 'ollama', enabled }] };
  if (channel === 'profile.import.improve') return improvement;
  throw new Error(`unexpected ${channel}`);
});
let streamListener: ((e: AiStreamEvent) => void) | null = null;
const on = vi.fn((name: string, listener: (e: AiStreamEvent) => void) => {
  if (name === 'ai.stream') streamListener = listener;
  return () => undefined;
});
vi.mock('../../lib/api', () => ({ api: { invoke, on }, errorMessage: String }));

const { ImproveWithModel, disagreementLabel } = await import('./ImportImprove');
const { useImport } = await import('./import-store');

const draft = Profile.parse({
  basics: { name: 'Ana Ruiz' },
  work: [{ id: 'w1', name: 'Data Analyst', position: 'Bluefin Labs' }],
});
const preview: ImportPreview = {
  fileName: 'ana.pdf',
  format: 'pdf',
  profile: draft,
  text: 'Ana Ruiz ...',
  uncertain: [],
  warnings: [],
  ms: 3,
};

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
});

async function renderPanel(): Promise<HTMLElement> {
  const el = document.createElement('div');
  document.body.append(el);
  root = createRoot(el);
  await act(async () =>
    root!.render(
      <MemoryRouter>
        <ImproveWithModel />
      </MemoryRouter>,
    ),
  );
  return el;
}
const button = (el: HTMLElement, text: string): HTMLButtonElement =>
  [...el.querySelectorAll('button')].find((b) => b.textContent?.includes(text))!;

describe('ImproveWithModel and the disagreement list', () => {
  it("names each row's field by the draft", () => {
    expect(disagreementLabel('basics.location.city', draft)).toBe('City');
    expect(disagreementLabel('work.0.position', draft)).toBe('Job 1 (Data Analyst) · Position');
    expect(disagreementLabel('work.new.1.name', draft)).toBe('New job 2 · Name');
  });

  it('asks the model, lists field / parsed / model per row, and writes only the ticked rows into the draft', async () => {
    enabled = true;
    useImport.setState({
      preview,
      draft,
      modelReady: null,
      improvement: null,
      chosen: new Set(),
      improveError: null,
      improving: false,
    });
    const el = await renderPanel();
    await act(async () => button(el, 'Improve with a model').click());
    expect(invoke).toHaveBeenCalledWith(
      'profile.import.improve',
      expect.objectContaining({ text: preview.text, profile: draft }),
    );

    const rows = [...el.querySelectorAll('tbody tr')].map((r) =>
      [...r.querySelectorAll('td')].slice(1).map((td) => td.textContent),
    );
    expect(rows).toEqual([
      ['Email', '(empty)', 'ana.ruiz@example.com'],
      ['Job 1 (Data Analyst) · Position', 'Bluefin Labs', 'Data Analyst'],
      ['New job 2 · Name', '(empty)', 'Northwind Traders'],
    ]);
    expect(el.textContent).toContain('1 value the document does not contain');
    expect(button(el, 'Use 0 chosen values').disabled).toBe(true);

    const boxes = [...el.querySelectorAll<HTMLInputElement>('tbody input[type=checkbox]')];
    await act(async () => boxes[0]!.click());
    await act(async () => boxes[2]!.click());
    await act(async () => button(el, 'Use 2 chosen values').click());

    const next = useImport.getState().draft!;
    expect(next.basics.email).toBe('ana.ruiz@example.com');
    expect(next.work[0]).toMatchObject({ id: 'w1', position: 'Bluefin Labs' });
    expect(next.work[1]).toMatchObject({ name: 'Northwind Traders', position: '' });
    expect(useImport.getState().improvement).toBeNull();
    expect(el.querySelector('table')).toBeNull();
  });

  it('shows the streamed progress of the running call and cancels it by its request id', async () => {
    enabled = true;
    let finish: (v: ImportImprovement) => void = () => undefined;
    invoke.mockImplementationOnce(async () => ({ providers: [{ id: 'ollama', enabled: true }] }));
    invoke.mockImplementationOnce(() => new Promise((resolve) => (finish = resolve as never)));
    useImport.setState({
      preview,
      draft,
      modelReady: null,
      improvement: null,
      chosen: new Set(),
      improveError: null,
      improving: false,
    });
    const el = await renderPanel();
    await act(async () => button(el, 'Improve with a model').click());
    const requestId = (invoke.mock.calls.at(-1) as unknown as [string, { requestId: string }])[1].requestId;
    await act(async () => {
      streamListener?.({ requestId, providerId: 'ollama', delta: '{"basics":', restart: false, done: false });
      streamListener?.({ requestId: 'someone-else', providerId: 'ollama', delta: 'xxxx', restart: false, done: false });
    });
    expect(el.textContent).toContain('10 characters so far');
    await act(async () => button(el, 'Cancel').click());
    expect(invoke).toHaveBeenCalledWith('ai.cancel', { requestId });
    await act(async () => finish(improvement));
    expect(useImport.getState()).toMatchObject({ improving: false, improvement: null });
  });

  it('without an enabled provider there is no button, only a pointer to Settings → AI', async () => {
    enabled = false;
    useImport.setState({
      preview,
      draft,
      modelReady: null,
      improvement: null,
      chosen: new Set(),
      improveError: null,
      improving: false,
    });
    const el = await renderPanel();
    expect(button(el, 'Improve with a model')).toBeUndefined();
    expect(el.querySelector('a[href="/settings"]')?.textContent).toBe('Settings → AI');
  });
});
