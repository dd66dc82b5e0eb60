import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../app-core';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-profile-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('profile basics', () => {
  it('starts empty, saves, and persists across restarts', async () => {
    const first = createCore({ dataDir });
    expect(first.profile.get()).toMatchObject({ isEmpty: true, updatedAt: null });
    first.profile.saveBasics({
      name: 'Grace Hopper',
      label: 'Rear Admiral, Computer Scientist',
      email: 'grace@example.org',
      phone: '+1 555 0100',
      url: 'https://example.org',
      summary: 'Invented the first compiler.',
      location: { city: 'Arlington', region: 'VA', countryCode: 'US' },
      profiles: [{ id: 'l1', network: 'GitHub', url: 'https://github.com/grace' }],
    });
    await first.close();

    const second = createCore({ dataDir });
    const snapshot = second.profile.get();
    expect(snapshot.isEmpty).toBe(false);
    expect(snapshot.updatedAt).not.toBeNull();
    expect(snapshot.profile.basics).toMatchObject({
      name: 'Grace Hopper',
      location: { city: 'Arlington', countryCode: 'US' },
      profiles: [{ id: 'l1', network: 'GitHub' }],
    });
    // Saving basics never touches the other sections.
    expect(snapshot.profile.work).toEqual([]);
    await second.close();
  });
});
