import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/ipc/result';
import { createTestCore } from '../core/testing';
import { dispatch } from './dispatch';
import { handlers } from './index';
import type { Handlers } from './types';

const core = createTestCore();
afterAll(() => core.cleanup());
const ctx = { core, transport: 'direct' as const, signal: new AbortController().signal };
const quiet = { error: () => {} };

describe('dispatch', () => {
  it('returns {ok:true, value} for a valid call', async () => {
    const result = await dispatch(handlers, 'app.info', {}, ctx);
    expect(result).toMatchObject({ ok: true, value: { name: 'Jobsmith', transport: 'direct' } });
  });

  it('names the field of a malformed payload', async () => {
    const result = await dispatch(
      handlers,
      'profile.saveBasics',
      { basics: { name: 'A', email: 'not-an-email' } },
      ctx,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.message).toContain('basics.email');
    expect(result.error.details).toMatchObject({ issues: [{ path: ['basics', 'email'] }] });
  });

  it('rejects unknown keys and unknown channels', async () => {
    const extra = await dispatch(handlers, 'profile.get', { sneaky: 1 }, ctx);
    expect(extra).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const unknown = await dispatch(handlers, 'fs.readFile', {}, ctx);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('turns thrown errors into values and never throws', async () => {
    const throwing = {
      ...handlers,
      'profile.get': () => {
        throw new AppError('BAD_INPUT', 'That file is encrypted.');
      },
      'app.info': () => {
        throw new TypeError('boom');
      },
      'settings.get': () => ({ theme: 'purple' }),
    } as unknown as Handlers;
    expect(await dispatch(throwing, 'profile.get', {}, ctx, quiet)).toEqual({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'That file is encrypted.' },
    });
    expect(await dispatch(throwing, 'app.info', {}, ctx, quiet)).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    // Output outside the contract is caught too.
    expect(await dispatch(throwing, 'settings.get', {}, ctx, quiet)).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });
});
