import { strToU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../shared/domain/profile-import';
import type { Progress } from '../../shared/contract';
import { createTestCore } from '../core/testing';
import { dispatch } from './dispatch';
import { handlers } from './index';

const core = createTestCore();
afterAll(() => core.cleanup());
const ctx = { core, transport: 'direct' as const, signal: new AbortController().signal };
const b64 = (s: string) => Buffer.from(strToU8(s)).toString('base64');

const RESUME = JSON.stringify({
  basics: { name: 'Ada Lovelace', email: 'ada@example.org' },
  work: [
    {
      name: 'Analytical Engines',
      position: 'Programmer',
      startDate: '2015-01',
      highlights: ['Wrote the first program'],
    },
  ],
  skills: [{ name: 'Mathematics' }],
});

describe('profile import channels', () => {
  it('parse -> apply -> versions, through the contract', async () => {
    const events: Progress[] = [];
    const stop = core.events.subscribe((name, payload) => name === 'progress' && events.push(payload as Progress));
    const parsed = await dispatch(
      handlers,
      'profile.import.parse',
      { fileName: 'ada.json', dataBase64: b64(RESUME), taskId: 't1' },
      ctx,
    );
    stop();
    expect(parsed).toMatchObject({
      ok: true,
      value: { format: 'json-resume', fileName: 'ada.json', profile: { basics: { name: 'Ada Lovelace' } } },
    });
    expect(events.some((e) => e.taskId === 't1' && e.done)).toBe(true);
    // Nothing is stored by parsing.
    expect(core.profile.get().isEmpty).toBe(true);
    if (!parsed.ok) return;
    const preview = parsed.value as ImportPreview;

    const applied = await dispatch(
      handlers,
      'profile.import.apply',
      { profile: preview.profile, mode: 'replace', source: { fileName: 'ada.json', format: 'json-resume' } },
      ctx,
    );
    expect(applied).toMatchObject({ ok: true, value: { isEmpty: false, versionId: 1 } });
    const again = await dispatch(
      handlers,
      'profile.import.apply',
      { profile: preview.profile, mode: 'merge', source: { fileName: 'ada.json', format: 'json-resume' } },
      ctx,
    );
    expect(again).toMatchObject({ ok: true, value: { versionId: 2, sections: { work: { added: 0, unchanged: 1 } } } });
    expect(core.profile.get().profile.work).toHaveLength(1);

    const list = await dispatch(handlers, 'profile.versions.list', {}, ctx);
    expect(list).toMatchObject({
      ok: true,
      value: [
        { id: 2, kind: 'import' },
        { id: 1, kind: 'import' },
      ],
    });
    const diff = await dispatch(handlers, 'profile.versions.diff', { from: 1, to: 2 }, ctx);
    expect(diff).toMatchObject({ ok: true, value: { basics: [], entries: [] } });
    const restored = await dispatch(handlers, 'profile.versions.restore', { id: 1 }, ctx);
    expect(restored).toMatchObject({ ok: true, value: { profile: { basics: { name: 'Ada Lovelace' } } } });
  });

  it('prepare starts the parser thread ahead of a file', async () => {
    expect(await dispatch(handlers, 'profile.import.prepare', {}, ctx)).toEqual({
      ok: true,
      value: { mode: 'worker' },
    });
  });

  it('a bad file is an error value, and nothing is written', async () => {
    const before = core.profile.listVersions().length;
    const exe = Buffer.alloc(1024);
    exe.write('MZ', 'latin1');
    const result = await dispatch(
      handlers,
      'profile.import.parse',
      { fileName: 'cv.pdf', dataBase64: exe.toString('base64') },
      ctx,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(core.profile.listVersions()).toHaveLength(before);
  });

  it('an invalid draft is refused with the field named', async () => {
    const result = await dispatch(
      handlers,
      'profile.import.apply',
      {
        profile: { basics: { name: 'x' }, work: [{ id: 'w', name: 'A', startDate: 'last spring' }] },
        mode: 'replace',
        source: { fileName: 'x', format: 'pdf' },
      },
      ctx,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok) expect(result.error.message).toContain('work.0.startDate');
  });
});
