import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ModelDownloadStatus } from '../../../../shared/domain/ai';

const invoke = vi.fn();
vi.mock('../../lib/api', () => ({
  api: { invoke: (...args: unknown[]) => invoke(...args), on: vi.fn() },
  errorMessage: (e: unknown) => (e instanceof Error ? e.message : String(e)),
}));
const { useAi } = await import('./ai-store');
const initial = useAi.getState();
afterEach(() => {
  useAi.setState(initial, true);
  invoke.mockReset();
});

const download = (patch: Partial<ModelDownloadStatus>): ModelDownloadStatus => ({
  downloadId: 'd1',
  uri: 'https://models.example/tiny.gguf',
  fileName: 'tiny.gguf',
  downloadedBytes: 0,
  totalBytes: 0,
  state: 'downloading',
  error: null,
  ...patch,
});

describe('ai store: failures', () => {
  it('a failed load says why and stops loading', async () => {
    invoke.mockRejectedValue(new Error('Core not reachable'));
    await useAi.getState().load();
    expect(useAi.getState()).toMatchObject({ loading: false, error: 'Core not reachable' });
  });

  it('the failure event wins over the late reply to the download request', async () => {
    invoke.mockImplementation(async () => {
      // The core fails the download and pushes the event before its reply arrives.
      useAi.getState().onDownload(download({ state: 'failed', error: 'TypeError: fetch failed' }));
      return download({});
    });
    await useAi.getState().pull('https://models.example/tiny.gguf');
    expect(useAi.getState().downloads).toEqual([download({ state: 'failed', error: 'TypeError: fetch failed' })]);
  });

  it('Retry starts the same address again in place of the failed row', async () => {
    useAi.setState({ downloads: [download({ state: 'failed', error: 'fetch failed' })] });
    invoke.mockResolvedValue(download({ downloadId: 'd2' }));
    await useAi.getState().retryPull('d1');
    expect(invoke).toHaveBeenCalledWith('ai.models.pull', { uri: 'https://models.example/tiny.gguf' });
    expect(useAi.getState().downloads.map((d) => [d.downloadId, d.state])).toEqual([['d2', 'downloading']]);
  });

  it('a failed connection test keeps its reason for that provider', async () => {
    invoke.mockImplementation((channel: string) =>
      channel === 'ai.test'
        ? Promise.reject(new Error('Nothing listens at 127.0.0.1:11434 (connection refused).'))
        : Promise.reject(new Error('x')),
    );
    await useAi.getState().testProvider('ollama');
    expect(useAi.getState().tests.ollama).toEqual({
      busy: false,
      error: 'Nothing listens at 127.0.0.1:11434 (connection refused).',
    });
  });

  it('a refused settings change puts the previous settings back and rejects', async () => {
    const before = { providers: [] } as never;
    useAi.setState({ settings: before });
    invoke.mockRejectedValue(new Error('Base URL is not a URL'));
    await expect(useAi.getState().saveSettings({ providers: [{ id: 'x' }] } as never)).rejects.toThrow(
      'Base URL is not a URL',
    );
    expect(useAi.getState()).toMatchObject({ settings: before, error: 'Base URL is not a URL' });
  });
});
