import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PAGES } from '../core/jobs/testing/sample-pages.fixture';
import { startTestServer, type TestServer } from '../core/net/testing/test-server';
import { runCli } from './testing';

const dir = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-cli-jobs-'));
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer((req, res) => {
    const page = SAMPLE_PAGES.find((p) => p.path === req.url);
    if (page) return void res.writeHead(200, { 'content-type': 'text/html' }).end(page.html);
    res.writeHead(404).end();
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const run = (...args: string[]) =>
  runCli(['--data-dir', path.join(dir, 'data'), '--allow-private-host', '127.0.0.1', ...args]);

describe('cli job / watch', () => {
  it('job extract prints a saved .html page as JSON without storing it', async () => {
    const file = path.join(dir, 'saved-page.html');
    writeFileSync(file, SAMPLE_PAGES[1]!.html);
    const { code, out } = await run('job', 'extract', file, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out).draft).toMatchObject({
      title: 'Backend Developer (Go)',
      company: 'Nordlicht Software GmbH',
      source: 'file',
    });
    expect((await run('job', 'list', '--json')).out.trim()).toBe('[]');
  });

  it('job add stores a URL once; list and search find it', async () => {
    const url = `${server.url}${SAMPLE_PAGES[0]!.path}`;
    expect((await run('job', 'add', url)).out).toMatch(/^Stored: /);
    expect((await run('job', 'add', url)).out).toMatch(/^Already stored: /);
    const { out } = await run('job', 'list', '--search', 'kafka', '--json');
    expect(JSON.parse(out).map((j: { title: string }) => j.title)).toEqual(['Staff Data Engineer']);
  });

  it('watch add / list / search add manage the watchlist', async () => {
    expect((await run('watch', 'add', 'https://jobs.lever.co/brightwave')).out).toMatch(
      /Watching Brightwave \(lever:brightwave\)/,
    );
    const boards = JSON.parse((await run('watch', 'list', '--json')).out);
    expect(boards).toHaveLength(1);
    expect((await run('watch', 'search', 'add', 'Design', '--keywords', 'figma, design', '--remote-only')).code).toBe(
      0,
    );
    expect(JSON.parse((await run('watch', 'search', 'list', '--json')).out)[0]).toMatchObject({
      name: 'Design',
      keywords: ['figma', 'design'],
      remoteOnly: true,
    });
  });

  it('reports a bad source clearly', async () => {
    const { code, err } = await run('job', 'extract', path.join(dir, 'missing.pdf'));
    expect(code).toBe(1);
    expect(err).toMatch(/There is no file at/);
  });
});
