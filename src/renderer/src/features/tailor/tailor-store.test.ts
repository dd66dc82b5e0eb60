import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TailorProgress, TailorText } from '../../../../shared/domain/tailor';

type Listener = (payload: unknown) => void;
const listeners = new Map<string, Set<Listener>>();
const invoke = vi.fn();
vi.mock('../../lib/api', () => ({
  api: {
    invoke: (...args: unknown[]) => invoke(...args),
    on: (name: string, fn: Listener) => {
      if (!listeners.has(name)) listeners.set(name, new Set());
      listeners.get(name)!.add(fn);
      return () => listeners.get(name)?.delete(fn);
    },
  },
}));
const { useTailor } = await import('./tailor-store');
const emit = (name: string, payload: TailorProgress | TailorText) => listeners.get(name)?.forEach((fn) => fn(payload));
const run = (status: string) => ({ id: 'r1', jobId: 'j1', status, flags: [], stages: [] });

beforeEach(() => {
  invoke.mockReset();
  listeners.clear();
  useTailor.getState().reset();
});

describe('tailor store', () => {
  it('follows one run: progress events, streamed text (restart clears), then the finished run', async () => {
    invoke.mockImplementation(async (channel: string) => (channel === 'tailor.start' ? run('running') : run('done')));
    await useTailor
      .getState()
      .generate('j1', { providerId: 'fake', tone: 'concise', length: 'short', keyPoints: ['w1h2', 'w2h1'] });
    expect(invoke).toHaveBeenCalledWith('tailor.start', {
      jobId: 'j1',
      options: { providerId: 'fake', tone: 'concise', length: 'short', keyPoints: ['w1h2', 'w2h1'] },
    });
    expect(useTailor.getState().running).toBe(true);
    emit('tailor.progress', { runId: 'other', stage: 'analyze', status: 'running', message: 'x', finished: false });
    emit('tailor.progress', {
      runId: 'r1',
      stage: 'write',
      status: 'running',
      message: 'The model is writing',
      finished: false,
    });
    emit('tailor.text', { runId: 'r1', delta: '{"summary"', restart: false });
    emit('tailor.text', { runId: 'r1', delta: ':[', restart: false });
    expect(useTailor.getState().text).toBe('{"summary":[');
    emit('tailor.text', { runId: 'r1', delta: '{"para', restart: true });
    expect(useTailor.getState().text).toBe('{"para');
    expect(useTailor.getState().progress.map((p) => p.stage)).toEqual(['write']);
    emit('tailor.progress', { runId: 'r1', stage: 'check', status: 'done', message: 'Finished', finished: true });
    await vi.waitFor(() => expect(useTailor.getState().running).toBe(false));
    expect(useTailor.getState().run?.status).toBe('done');
    expect(listeners.get('tailor.progress')?.size).toBe(0);
  });

  it('a refused start shows its message and stops listening', async () => {
    invoke.mockRejectedValue(new Error('No AI provider called "x".'));
    await useTailor
      .getState()
      .generate('j1', { providerId: 'x', tone: 'professional', length: 'medium', keyPoints: [] });
    expect(useTailor.getState()).toMatchObject({ running: false, loading: false, error: 'No AI provider called "x".' });
    expect(listeners.get('tailor.progress')?.size).toBe(0);
  });

  it('cancel and flag actions go to the core for the current run', async () => {
    invoke.mockImplementation(async (channel: string) =>
      channel === 'tailor.start' ? run('running') : channel === 'tailor.cancel' ? { cancelled: true } : run('done'),
    );
    await useTailor.getState().generate('j1', {
      providerId: null,
      model: 'ignored without a provider',
      tone: 'professional',
      length: 'long',
      keyPoints: [],
    });
    expect(invoke).toHaveBeenCalledWith('tailor.start', {
      jobId: 'j1',
      options: { providerId: null, tone: 'professional', length: 'long', keyPoints: [] },
    });
    await useTailor.getState().cancel();
    expect(invoke).toHaveBeenCalledWith('tailor.cancel', { runId: 'r1' });
    await useTailor.getState().resolveFlag('f1', { action: 'remove' });
    expect(invoke).toHaveBeenCalledWith('tailor.resolveFlag', {
      runId: 'r1',
      flagId: 'f1',
      action: { action: 'remove' },
    });
  });

  it('loads the key-point choices for a job; a failure shows its message and leaves none', async () => {
    const choice = {
      factId: 'w1h2',
      entryId: 'w1',
      text: 'Cut costs by 30%.',
      score: 5,
      serves: ['AWS'],
      reason: 'serves required skill AWS',
    };
    invoke.mockResolvedValueOnce([choice]);
    await useTailor.getState().loadKeyPoints('j1');
    expect(invoke).toHaveBeenCalledWith('tailor.keyPoints', { jobId: 'j1' });
    expect(useTailor.getState().keyPointChoices).toEqual([choice]);
    invoke.mockRejectedValueOnce(new Error('That job is no longer stored.'));
    await useTailor.getState().loadKeyPoints('gone');
    expect(useTailor.getState()).toMatchObject({ keyPointChoices: [], error: 'That job is no longer stored.' });
  });
});
