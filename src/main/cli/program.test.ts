import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../core/app-core';
import { runCli } from './testing';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const run = (...args: string[]) => runCli(args);

describe('cli', () => {
  it('--help lists the commands and the global --data-dir', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    for (const word of ['profile', 'serve', 'db', '--data-dir']) expect(out).toContain(word);
  });

  it('profile show --json prints what the app saved in that data folder', async () => {
    const core = createCore({ dataDir });
    core.profile.saveBasics({
      name: 'Alan Turing',
      label: 'Mathematician',
      email: '',
      phone: '',
      url: '',
      summary: '',
      location: {},
      profiles: [],
    });
    await core.close();
    const { code, out } = await run('--data-dir', dataDir, 'profile', 'show', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ basics: { name: 'Alan Turing', label: 'Mathematician' }, work: [] });
  });

  it('reports a damaged database clearly and exits non-zero', async () => {
    const broken = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-cli-broken-'));
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(broken, 'jobsmith.sqlite'), 'garbage'.repeat(100));
    const { code, err } = await run('--data-dir', broken, 'profile', 'show');
    expect(code).toBe(1);
    expect(err).toMatch(/database .* is damaged/);
    rmSync(broken, { recursive: true, force: true });
  });
});
