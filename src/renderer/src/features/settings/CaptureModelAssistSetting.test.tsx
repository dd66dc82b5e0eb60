// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AiSettings } from '../../../../shared/domain/ai';
import { Settings } from '../../../../shared/domain/settings';

let stored = Settings.parse({});
let refuse: string | null = null;
const invoke = vi.fn(async (channel: string, args: { patch?: Partial<Settings> }) => {
  if (channel !== 'settings.update') throw new Error(`unexpected ${channel}`);
  if (refuse) throw new Error(refuse);
  stored = Settings.parse({ ...stored, ...args.patch });
  return stored;
});
vi.mock('../../lib/api', () => ({
  api: { invoke, on: vi.fn() },
  errorMessage: (e: unknown) => (e instanceof Error ? e.message : String(e)),
}));

const { CaptureModelAssistSetting } = await import('./CaptureModelAssistSetting');
const { useSettings } = await import('./settings-store');
const { useAi } = await import('./ai-store');
const { useToasts } = await import('../../components/ui/toaster');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const withProviders = (enabled: boolean) => ({ providers: [{ id: 'ollama', enabled }] }) as unknown as AiSettings;

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  stored = Settings.parse({});
  refuse = null;
  useSettings.setState({ settings: stored, error: null });
  useAi.setState({ settings: withProviders(true) });
  useToasts.setState({ items: [] });
  host = document.createElement('div');
  root = createRoot(host);
  act(() => root.render(<CaptureModelAssistSetting />));
});
afterEach(() => {
  act(() => root.unmount());
  invoke.mockClear();
});

const box = () => host.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
const click = async () => {
  await act(async () => {
    box().click();
  });
};

describe('model-assisted capture setting', () => {
  it('is off by default and says what it does, including that values not on the page are dropped', () => {
    expect(box().checked).toBe(false);
    expect(host.textContent).toMatch(/not written on the\s+page is dropped/);
  });

  it('turning it on saves only that key through the settings store and shows it on', async () => {
    await click();
    expect(invoke).toHaveBeenCalledWith('settings.update', { patch: { captureModelAssist: true } });
    expect(useSettings.getState().settings.captureModelAssist).toBe(true);
    expect(box().checked).toBe(true);
    expect(host.querySelector('[role="status"]')).toBeNull();
  });

  it('says when it is on but no provider can answer', async () => {
    act(() => useAi.setState({ settings: withProviders(false) }));
    await click();
    expect(host.querySelector('[role="status"]')?.textContent).toMatch(/No AI provider is enabled/);
  });

  it('a refused change stays off and says it was not saved', async () => {
    refuse = 'Database is read-only';
    await click();
    expect(box().checked).toBe(false);
    expect(useSettings.getState().error).toBe('Database is read-only');
    expect(useToasts.getState().items.at(-1)).toMatchObject({
      level: 'error',
      title: 'Setting not saved',
      body: 'Database is read-only',
    });
  });
});
