import { afterAll, describe, expect, it } from 'vitest';
import { browserCandidates } from '../jobs/render/find-browser';
import { createTestCore } from '../testing';

const core = createTestCore();
afterAll(() => core.cleanup());

describe('settings', () => {
  it('has defaults, validates updates and notifies listeners', () => {
    expect(core.settings.get()).toMatchObject({ offlineMode: false, theme: 'system', browserPath: null });
    const seen: boolean[] = [];
    const off = core.settings.onChange((next) => seen.push(next.offlineMode));
    core.settings.update({ offlineMode: true });
    expect(core.settings.get().offlineMode).toBe(true);
    expect(seen).toEqual([true]);
    off();
    expect(() => core.settings.update({ theme: 'neon' as never })).toThrow();
    expect(core.settings.get().theme).toBe('system');
  });

  it('falls back to the default when a stored value no longer validates', () => {
    core.database.sqlite.prepare("UPDATE settings SET value = '\"???\"' WHERE key = 'offlineMode'").run();
    core.settings.update({ theme: 'dark' });
    expect(core.settings.get()).toMatchObject({ offlineMode: false, theme: 'dark' });
  });

  it('accepts only a known browser as the browser to launch (the renderer cannot name any program)', () => {
    for (const evil of ['/bin/sh', '/tmp/evil/chrome', 'C:\\Users\\x\\Downloads\\chrome.exe']) {
      expect(() => core.settings.update({ browserPath: evil }), evil).toThrow(/not one of the browsers/);
    }
    const known = browserCandidates()[0]!;
    expect(core.settings.update({ browserPath: known }).browserPath).toBe(known);
    expect(core.settings.update({ browserPath: null }).browserPath).toBeNull();
  });
});
