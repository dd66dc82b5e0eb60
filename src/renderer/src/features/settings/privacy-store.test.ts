import { afterEach, describe, expect, it, vi } from 'vitest';
import { DELETE_ALL_CONFIRMATION } from '../../../../shared/domain/privacy';

const invoke = vi.fn();
const download = vi.fn();
vi.mock('../../lib/api', () => ({
  api: { invoke: (...args: unknown[]) => invoke(...args), on: vi.fn() },
  errorMessage: (e: unknown) => (e instanceof Error ? e.message : String(e)),
}));
vi.mock('../documents/download', () => ({ downloadBase64: (...args: unknown[]) => download(...args) }));
const { usePrivacy } = await import('./privacy-store');
const initial = usePrivacy.getState();
afterEach(() => {
  usePrivacy.setState(initial, true);
  invoke.mockReset();
  download.mockReset();
});

const backup = {
  fileName: 'jobsmith-daily-2026-12-06.sqlite',
  kind: 'daily',
  createdAt: '2026-12-06T07:00:00.000Z',
  bytes: 40960,
};

describe('privacy store', () => {
  it('lists the backups the core keeps', async () => {
    invoke.mockResolvedValue([backup]);
    await usePrivacy.getState().loadBackups();
    expect(invoke).toHaveBeenCalledWith('privacy.backups', {});
    expect(usePrivacy.getState()).toMatchObject({ backups: [backup], loading: false, error: null });
  });

  it('a failed backup list says why and stops loading', async () => {
    invoke.mockRejectedValue(new Error('Core not reachable'));
    await usePrivacy.getState().loadBackups();
    expect(usePrivacy.getState()).toMatchObject({
      loading: false,
      error: 'The list of backups could not be read: Core not reachable',
    });
  });

  it('export hands the zip to the download and says what is in it', async () => {
    invoke.mockResolvedValue({
      fileName: 'jobsmith-data-2026-12-06.zip',
      dataBase64: 'UEsFBg==',
      tables: 12,
      rows: 34,
      files: 2,
    });
    expect(await usePrivacy.getState().exportAll()).toBe(true);
    expect(download).toHaveBeenCalledWith('UEsFBg==', 'application/zip', 'jobsmith-data-2026-12-06.zip');
    expect(usePrivacy.getState()).toMatchObject({ busy: null, error: null });
    expect(usePrivacy.getState().notice?.text).toContain('34 rows from 12 tables and 2 document files');
  });

  it('a failed export downloads nothing and says so', async () => {
    invoke.mockRejectedValue(new Error('disk full'));
    expect(await usePrivacy.getState().exportAll()).toBe(false);
    expect(download).not.toHaveBeenCalled();
    expect(usePrivacy.getState()).toMatchObject({
      busy: null,
      notice: null,
      error: 'Your data was not exported: disk full',
    });
  });

  it('delete-all sends the typed phrase and forgets the backups it removed', async () => {
    usePrivacy.setState({ backups: [backup] });
    invoke.mockResolvedValue({ tablesCleared: 20, rowsDeleted: 7, filesDeleted: 3 });
    expect(await usePrivacy.getState().deleteAll(DELETE_ALL_CONFIRMATION)).toEqual({
      tablesCleared: 20,
      rowsDeleted: 7,
      filesDeleted: 3,
    });
    expect(invoke).toHaveBeenCalledWith('privacy.deleteAll', { confirm: DELETE_ALL_CONFIRMATION });
    expect(usePrivacy.getState()).toMatchObject({ backups: [], busy: null, error: null });
  });

  it("a refused delete keeps everything and passes on the core's reason", async () => {
    usePrivacy.setState({ backups: [backup] });
    invoke.mockRejectedValue(
      new Error(`Nothing was deleted. To delete all your data, type "${DELETE_ALL_CONFIRMATION}" exactly.`),
    );
    expect(await usePrivacy.getState().deleteAll('delete')).toBeNull();
    expect(usePrivacy.getState().backups).toEqual([backup]);
    expect(usePrivacy.getState().error).toContain(DELETE_ALL_CONFIRMATION);
    expect(usePrivacy.getState().busy).toBeNull();
  });

  it('a scheduled restore is remembered and says the current data is moved aside', async () => {
    invoke.mockResolvedValue({ pending: backup.fileName });
    expect(await usePrivacy.getState().restoreAtNextStart(backup.fileName)).toBe(true);
    expect(invoke).toHaveBeenCalledWith('privacy.restoreBackup', { fileName: backup.fileName });
    expect(usePrivacy.getState().pendingRestore).toBe(backup.fileName);
    expect(usePrivacy.getState().notice?.text).toMatch(/moved aside .*not deleted/);
  });

  it('a refused restore schedules nothing and says why', async () => {
    invoke.mockRejectedValue(new Error('There is no backup called "x". Pick one from the list.'));
    expect(await usePrivacy.getState().restoreAtNextStart('x')).toBe(false);
    expect(usePrivacy.getState()).toMatchObject({
      pendingRestore: null,
      busy: null,
      error: 'The restore was not scheduled: There is no backup called "x". Pick one from the list.',
    });
  });
});
