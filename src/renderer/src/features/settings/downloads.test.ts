import { describe, expect, it } from 'vitest';
import type { ModelDownloadStatus } from '../../../../shared/domain/ai';
import { downloadFailureText, mergeDownload } from './downloads';

const status = (patch: Partial<ModelDownloadStatus>): ModelDownloadStatus => ({
  downloadId: 'd1',
  uri: 'hf:x/y',
  fileName: 'y.gguf',
  downloadedBytes: 0,
  totalBytes: 100,
  state: 'downloading',
  error: null,
  ...patch,
});

describe('mergeDownload', () => {
  it('adds a download it has not seen', () => {
    expect(mergeDownload([], status({}))).toEqual([status({})]);
  });

  it('a late "downloading" reply never overwrites the failure the core already pushed', () => {
    const failed = mergeDownload([], status({ state: 'failed', error: 'fetch failed' }));
    expect(mergeDownload(failed, status({ state: 'downloading' }))[0]).toMatchObject({
      state: 'failed',
      error: 'fetch failed',
    });
  });

  it('progress only goes forward; a finished state replaces the row', () => {
    let list = mergeDownload([], status({ downloadedBytes: 50 }));
    list = mergeDownload(list, status({ downloadedBytes: 10 }));
    expect(list[0]!.downloadedBytes).toBe(50);
    list = mergeDownload(list, status({ state: 'cancelled', downloadedBytes: 0 }));
    expect(list[0]).toMatchObject({ state: 'cancelled', downloadedBytes: 0 });
  });
});

describe('downloadFailureText', () => {
  it('says in words what a network failure means', () => {
    expect(downloadFailureText('TypeError: fetch failed')).toMatch(/could not reach the server/);
    expect(downloadFailureText(null)).toMatch(/without saying why/);
    expect(downloadFailureText('ENOSPC: no space left')).toMatch(/disk is full/);
  });
});
