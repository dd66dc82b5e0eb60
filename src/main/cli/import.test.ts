import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './testing';

const dir = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-cli-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => runCli(args);

describe('cli import', () => {
  const cv = path.join(dir, 'cv.md');
  writeFileSync(
    cv,
    '# Jane Roe\njane@example.org\n\n## Experience\n### Engineer, Acme\n2019 - 2022\n- Built the billing system\n\n## Skills\nGo, SQL\n',
  );
  const dataDir = path.join(dir, 'data');

  it('--json prints JSON Resume and stores nothing', async () => {
    const { code, out } = await run('--data-dir', dataDir, 'import', cv, '--json');
    expect(code).toBe(0);
    const resume = JSON.parse(out);
    expect(resume.basics).toMatchObject({ name: 'Jane Roe', email: 'jane@example.org' });
    expect(JSON.stringify(resume)).not.toContain('"id"');
    const versions = await run('--data-dir', dataDir, 'versions', 'list', '--json');
    expect(JSON.parse(versions.out)).toEqual([]);
  });

  it('without --json stores the profile as a new version', async () => {
    const { code, out } = await run('--data-dir', dataDir, 'import', cv);
    expect(code).toBe(0);
    expect(out).toMatch(/Imported cv\.md \(Markdown\) in \d+ ms as version 1/);
    const shown = await run('--data-dir', dataDir, 'profile', 'show', '--json');
    expect(JSON.parse(shown.out).basics.name).toBe('Jane Roe');
  });

  it('a bad file exits 1 with the reason', async () => {
    const exe = path.join(dir, 'cv.pdf');
    writeFileSync(exe, Buffer.from('MZ\x90\x00', 'latin1'));
    const { code, err } = await run('--data-dir', dataDir, 'import', exe);
    expect(code).toBe(1);
    expect(err).toMatch(/Windows program/);
  });
});
