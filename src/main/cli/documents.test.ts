import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../core/app-core';
import { janeDoe } from '../core/documents/testing/profiles.fixture';
import { runCli } from './testing';

const dir = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-cli-export-'));
const data = path.join(dir, 'data');
const run = (...args: string[]) => runCli(['--data-dir', data, ...args]);

beforeAll(async () => {
  const core = createCore({ dataDir: data, watchIntervalMs: null });
  core.profile.save(janeDoe());
  await core.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cli export', () => {
  it('exports the profile as a PDF into a folder, named after the person, and saves it as a version', async () => {
    const { code, out, err } = await run(
      'export',
      '--profile',
      '--template',
      'modern',
      '--format',
      'pdf',
      '--paper',
      'letter',
      '--out',
      dir,
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/Wrote .*Jane-Doe-CV\.pdf \(\d+ bytes, 1 page\) from document version 1\./);
    expect(readFileSync(path.join(dir, 'Jane-Doe-CV.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('exports a stored version as Markdown and a web page with a QR code', async () => {
    const md = path.join(dir, 'cv.md');
    expect((await run('export', '--document', '1', '--format', 'md', '--out', md)).code).toBe(0);
    expect(readFileSync(md, 'utf8')).toMatch(
      /^# Jane Doe\n[\s\S]*## Experience\n\n### Senior Software Engineer, Acme Payments/,
    );
    const html = path.join(dir, 'page.html');
    expect(
      (await run('export', '--document', '1', '--format', 'html', '--url', 'https://janedoe.dev/cv', '--out', html))
        .code,
    ).toBe(0);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<svg');
    expect(page).not.toMatch(/<script/i);
  });

  it('says what is wrong with bad arguments', async () => {
    expect((await run('export', '--format', 'pdf', '--out', dir)).err).toMatch(
      /exactly one of --profile or --document/,
    );
    expect((await run('export', '--profile', '--format', 'rtf', '--out', dir)).err).toMatch(
      /--format must be one of pdf, docx, md, json, html/,
    );
    expect((await run('export', '--document', '99', '--format', 'pdf', '--out', dir)).err).toMatch(
      /Document version 99 does not exist/,
    );
  });
});
