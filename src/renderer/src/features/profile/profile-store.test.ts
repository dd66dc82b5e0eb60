import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Profile } from '../../../../shared/domain/profile';

const invoke = vi.fn();
vi.mock('../../lib/api', () => ({
  api: { invoke: (...args: unknown[]) => invoke(...args), on: vi.fn() },
  errorMessage: (e: unknown) => (e instanceof Error ? e.message : String(e)),
}));
const { AUTOSAVE_MS, useProfile } = await import('./profile-store');

const stored = Profile.parse({
  basics: { name: 'Jo Park', email: 'jo@example.org' },
  work: [
    {
      id: 'w1',
      name: 'Acme',
      highlights: [
        { id: 'h1', text: 'Built billing' },
        { id: 'h2', text: 'Ran on-call' },
      ],
    },
  ],
});
const snapshot = (profile: Profile) => ({ profile, updatedAt: '2026-01-01T00:00:00Z', isEmpty: false });
const initial = useProfile.getState();
const named = (name: string): Profile => ({
  ...useProfile.getState().draft!,
  basics: { ...useProfile.getState().draft!.basics, name },
});

beforeEach(async () => {
  vi.useFakeTimers();
  useProfile.setState(initial, true);
  invoke.mockResolvedValueOnce(snapshot(stored));
  await useProfile.getState().load();
  invoke.mockReset();
});
afterEach(() => vi.useRealTimers());

describe('profile store: autosave', () => {
  it('saves an edit by itself a moment later, and says "saved" only once the core confirmed', async () => {
    let confirm: (v: unknown) => void = () => undefined;
    invoke.mockImplementation(
      (_c: string, { profile }: { profile: Profile }) =>
        new Promise((resolve) => (confirm = () => resolve(snapshot(profile)))),
    );
    useProfile.getState().edit(named('Jo Kim'), 'basics.name');
    expect(useProfile.getState().saveState).toBe('pending');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS + 10);
    expect(invoke).toHaveBeenCalledWith('profile.save', {
      profile: expect.objectContaining({ basics: expect.objectContaining({ name: 'Jo Kim' }) }),
    });
    expect(useProfile.getState().saveState).toBe('saving');
    confirm(undefined);
    await vi.runAllTimersAsync();
    expect(useProfile.getState().saveState).toBe('saved');
  });

  it('a failed save keeps the edit on screen and says it was not saved', async () => {
    invoke.mockRejectedValue(new Error('The database is read-only.'));
    useProfile.getState().edit(named('Jo Kim'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS + 10);
    expect(useProfile.getState()).toMatchObject({
      saveState: 'failed',
      saveError: 'Not saved: The database is read-only.',
    });
    expect(useProfile.getState().draft!.basics.name).toBe('Jo Kim');
    // A reload (another screen mounting) does not throw the unsaved edit away.
    invoke.mockResolvedValueOnce(snapshot(stored));
    await useProfile.getState().load();
    expect(useProfile.getState().draft!.basics.name).toBe('Jo Kim');
  });

  it('an invalid email is not sent to the core: the field says why', async () => {
    const draft = useProfile.getState().draft!;
    useProfile.getState().edit({ ...draft, basics: { ...draft.basics, email: 'jo@' } });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS + 10);
    expect(invoke).not.toHaveBeenCalled();
    expect(useProfile.getState().saveState).toBe('failed');
    expect(useProfile.getState().fieldErrors.email).toMatch(/email/);
  });

  it('a failed load says why', async () => {
    invoke.mockRejectedValue(new Error('Core not reachable'));
    await useProfile.getState().load();
    expect(useProfile.getState()).toMatchObject({ loading: false, error: 'Core not reachable' });
  });
});

describe('profile store: undo and redo', () => {
  it('undoes and redoes whole steps; keystrokes of one field close together are one step', async () => {
    invoke.mockImplementation((_c: string, { profile }: { profile: Profile }) => Promise.resolve(snapshot(profile)));
    const { edit } = useProfile.getState();
    edit(named('J'), 'basics.name');
    edit(named('Jo'), 'basics.name');
    edit(named('Jo K'), 'basics.name');
    const draft = useProfile.getState().draft!;
    edit({ ...draft, work: [{ ...draft.work[0]!, highlights: [draft.work[0]!.highlights[1]!] }] });
    useProfile.getState().undo();
    expect(useProfile.getState().draft!.work[0]!.highlights).toHaveLength(2);
    useProfile.getState().undo();
    expect(useProfile.getState().draft!.basics.name).toBe('Jo Park');
    useProfile.getState().redo();
    expect(useProfile.getState().draft!.basics.name).toBe('Jo K');
    await vi.runAllTimersAsync();
    expect(useProfile.getState().saveState).toBe('saved');
  });

  it('a removed bullet is put back where it was, even after other edits', () => {
    const draft = useProfile.getState().draft!;
    const removed = draft.work[0]!.highlights[0]!;
    useProfile
      .getState()
      .edit({ ...draft, work: [{ ...draft.work[0]!, highlights: [draft.work[0]!.highlights[1]!] }] });
    useProfile.getState().edit(named('Jo Kim'));
    useProfile.getState().restoreBullet('w1', 'highlights', removed, 0);
    expect(useProfile.getState().draft!.work[0]!.highlights.map((h) => h.id)).toEqual(['h1', 'h2']);
    expect(useProfile.getState().draft!.basics.name).toBe('Jo Kim');
  });
});
