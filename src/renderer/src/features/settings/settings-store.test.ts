import { afterEach, describe, expect, it, vi } from 'vitest';

const invoke = vi.fn();
vi.mock('../../lib/api', () => ({
  api: { invoke: (...args: unknown[]) => invoke(...args), on: vi.fn() },
  errorMessage: (e: unknown) => (e instanceof Error ? e.message : String(e)),
}));
const { useSettings } = await import('./settings-store');
const initial = useSettings.getState();
afterEach(() => {
  useSettings.setState(initial, true);
  invoke.mockReset();
});

describe('settings store: failures', () => {
  it('a failed load keeps the defaults, says why and is not marked loaded', async () => {
    invoke.mockRejectedValue(new Error('Core not reachable'));
    await useSettings.getState().load();
    expect(useSettings.getState()).toMatchObject({ loaded: false, loading: false, error: 'Core not reachable' });
    expect(useSettings.getState().settings.offlineMode).toBe(false);
  });

  it('a refused change rejects, keeps the stored settings and says why', async () => {
    invoke.mockRejectedValue(new Error('Not a file'));
    await expect(useSettings.getState().update({ browserPath: '/nope' })).rejects.toThrow('Not a file');
    expect(useSettings.getState()).toMatchObject({ error: 'Not a file' });
    expect(useSettings.getState().settings.browserPath).toBeNull();
  });
});

describe('settings store: changes', () => {
  it('turning on model-assisted capture sends only that key and keeps what the core stored', async () => {
    const before = useSettings.getState().settings;
    invoke.mockResolvedValue({ ...before, offlineMode: true, captureModelAssist: true });
    await useSettings.getState().update({ captureModelAssist: true });
    expect(invoke).toHaveBeenCalledWith('settings.update', { patch: { captureModelAssist: true } });
    expect(useSettings.getState().settings).toMatchObject({ captureModelAssist: true, offlineMode: true });
  });
});
