import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../net';
import { fetchGithubCandidates, importGithub } from './github';
import {
  LANGUAGES,
  NOT_FOUND,
  OCTOCAT_REPOS_PAGE_1,
  OCTOCAT_REPOS_PAGE_2,
  RATE_LIMITED,
} from './testing/github.fixture';

let server: http.Server;
let base = '';
const seen: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    seen.push(`${url.pathname}${url.search}`);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(body));
    };
    const m = /^\/users\/([^/]+)\/repos$/.exec(url.pathname);
    if (m?.[1] === 'octocat') {
      if (url.searchParams.get('page') === '2')
        return send(200, OCTOCAT_REPOS_PAGE_2, {
          link: `<${base}/users/octocat/repos?per_page=100&page=1>; rel="prev"`,
        });
      return send(200, OCTOCAT_REPOS_PAGE_1, {
        link: `<${base}/users/octocat/repos?type=owner&sort=pushed&per_page=100&page=2>; rel="next", <${base}/users/octocat/repos?page=2>; rel="last"`,
      });
    }
    if (m?.[1] === 'limited')
      return send(403, RATE_LIMITED, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1700000000' });
    // Secondary limit: GitHub documents a 403 (or 429) with retry-after and remaining > 0.
    if (m?.[1] === 'secondary') return send(403, RATE_LIMITED, { 'x-ratelimit-remaining': '42', 'retry-after': '60' });
    // A 403 that is not a limit (a blocked account): no rate-limit headers at all, or remaining > 0.
    if (m?.[1] === 'blocked')
      return send(
        403,
        { message: 'Repository access blocked', documentation_url: 'https://docs.github.com/rest' },
        { 'x-ratelimit-remaining': '4999' },
      );
    const lang = /^\/repos\/octocat\/([^/]+)\/languages$/.exec(url.pathname);
    if (lang && LANGUAGES[lang[1]!]) return send(200, LANGUAGES[lang[1]!]);
    return send(404, NOT_FOUND);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('GitHub importer (replayed REST responses)', () => {
  it('lists repositories across pages with languages and stars, own repos first', async () => {
    const list = await fetchGithubCandidates('octocat', { fetch, baseUrl: base });
    expect(list.map((c) => c.name)).toEqual(['Spoon-Knife', 'Hello-World', 'git-consortium', 'linguist']);
    expect(list[0]).toMatchObject({
      stars: 13702,
      languages: ['HTML', 'CSS'],
      url: 'https://github.com/octocat/Spoon-Knife',
    });
    expect(list[3]).toMatchObject({ fork: true, languages: ['Ruby'] });
    expect(seen.some((s) => s.includes('/repos/octocat/linguist/languages'))).toBe(false);
  });

  it('turns own repositories into candidate projects', async () => {
    const result = await importGithub('https://github.com/octocat', { fetch, baseUrl: base });
    expect(result.format).toBe('github');
    expect(result.profile.projects.map((p) => p.name)).toEqual(['Spoon-Knife', 'Hello-World', 'git-consortium']);
    expect(result.profile.projects[0]).toMatchObject({
      description: 'This repo is for demonstration purposes only.',
      keywords: ['HTML', 'CSS'],
      startDate: '2011-01',
      entity: 'GitHub',
    });
    expect(result.profile.projects[0]!.highlights[0]!.text).toBe('13702 stars on GitHub');
    expect(result.profile.projects[2]!.keywords).toEqual(['demo', 'git']);
  });

  it("works through the core's network gateway, and not at all in offline mode", async () => {
    const gateway = createGateway({ hostIntervalMs: 0, retries: 0, allowPrivateHosts: ['127.0.0.1'] });
    const list = await fetchGithubCandidates('octocat', { fetch: gateway.fetch, baseUrl: base });
    expect(list).toHaveLength(4);
    const before = seen.length;
    const offline = createGateway({ isOffline: () => true });
    await expect(fetchGithubCandidates('octocat', { fetch: offline.fetch, baseUrl: base })).rejects.toMatchObject({
      code: 'OFFLINE',
    });
    expect(seen.length).toBe(before);
  });

  it('refuses an oversized JSON answer while it streams in', async () => {
    const huge: typeof fetch = async () =>
      new Response(`[${'"x",'.repeat(1_200_000)}"x"]`, {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    await expect(fetchGithubCandidates('octocat', { fetch: huge, baseUrl: base })).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/larger than the 4\.0 MB limit/),
    });
  });

  it('says so when the user does not exist', async () => {
    await expect(fetchGithubCandidates('no-such-user-xyz', { fetch, baseUrl: base })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('reports the rate limit', async () => {
    await expect(fetchGithubCandidates('limited', { fetch, baseUrl: base })).rejects.toMatchObject({
      code: 'RATE_LIMITED',
    });
  });

  it('honours retry-after on a secondary rate limit', async () => {
    await expect(fetchGithubCandidates('secondary', { fetch, baseUrl: base })).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      message: expect.stringMatching(/wait 60 s/),
      details: { retryAfterMs: 60_000 },
    });
  });

  it('does not call a 403 without rate-limit headers a rate limit', async () => {
    await expect(fetchGithubCandidates('blocked', { fetch, baseUrl: base })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/HTTP 403/),
    });
  });

  it('refuses something that is not a username without a request', async () => {
    const before = seen.length;
    await expect(fetchGithubCandidates('../../etc', { fetch, baseUrl: base })).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
    expect(seen.length).toBe(before);
  });
});
