import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtsProvider } from '../../../../shared/domain/job';
import { type AppError } from '../../../../shared/ipc/result';
import { createGateway } from '../../net/gateway';
import { startTestServer, type TestServer } from '../../net/testing/test-server';
import { ATS_RECORDINGS } from '../testing/ats-recordings.fixture';
import { DEFAULT_ENDPOINTS } from './ats-providers';
import { parseBoardRef } from './board-ref';
import { resolveBoardRef } from './resolve-board-ref';
import { fetchBoard, type AtsEndpoints } from './fetch-board';

let server: TestServer;
const requestedHosts: string[] = [];
let greenhouseDetailRequests = 0;

/** A board of 2,300 roles: listed without inline descriptions it stays small (with them it passed the 15 MB cap). */
function bigGreenhouseBoard(): unknown {
  const jobs = Array.from({ length: 2300 }, (_, i) => ({
    id: 5_000_000 + i,
    title: `Role ${i}`,
    absolute_url: `https://job-boards.greenhouse.io/bigco/jobs/${5_000_000 + i}`,
    location: { name: 'Remote' },
    updated_at: '2026-10-01T00:00:00-04:00',
    first_published: `2026-${String(1 + (i % 9)).padStart(2, '0')}-01T00:00:00Z`,
    metadata: null,
    company_name: 'BigCo',
  }));
  return { jobs, meta: { total: jobs.length } };
}

/** A SmartRecruiters board of 230 postings, served 100 a page as the API does (offset/limit/totalFound). */
function smartPage(url: URL): unknown {
  const offset = Number(url.searchParams.get('offset') ?? 0);
  const limit = Math.min(100, Number(url.searchParams.get('limit') ?? 10));
  const total = 230;
  const content = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => ({
    id: `p${offset + i}`,
    name: `Role ${offset + i}`,
    releasedDate: '2026-10-01T00:00:00.000Z',
    company: { name: 'BigCo' },
  }));
  return { offset, limit, totalFound: total, content };
}
const gateway = createGateway({ hostIntervalMs: 0, retries: 0, allowPrivateHosts: ['127.0.0.1'] });
let endpoints: AtsEndpoints;

beforeAll(async () => {
  server = await startTestServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const [provider, ...rest] = url.pathname.split('/').filter(Boolean);
    const path = `/${rest.join('/')}${url.pathname.endsWith('/') ? '/' : ''}`;
    if (provider === 'greenhouse-eu') requestedHosts.push('eu');
    const smart = provider === 'smartrecruiters' && path === '/v1/companies/bigco/postings' ? smartPage(url) : null;
    if (smart) return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(smart));
    if (provider === 'greenhouse' && path === '/v1/boards/bigco/jobs')
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(bigGreenhouseBoard()));
    if (provider === 'greenhouse' && path.startsWith('/v1/boards/bigco/jobs/')) {
      greenhouseDetailRequests++;
      return void res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ content: '&lt;p&gt;A role.&lt;/p&gt;', pay_input_ranges: [] }));
    }
    const hit = ATS_RECORDINGS[provider === 'greenhouse-eu' ? 'greenhouse' : (provider ?? '')]?.find(
      (r) => r.path === path,
    );
    if (!hit)
      return void res.writeHead(404, { 'content-type': 'application/json' }).end('{"status":404,"error":"Not Found"}');
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(hit.body));
  });
  const base = server.url;
  endpoints = {
    greenhouse: (b, region) => `${base}/greenhouse${region === 'eu' ? '-eu' : ''}/v1/boards/${b}/jobs`,
    lever: (b) => `${base}/lever/v0/postings/${b}?mode=json`,
    ashby: (b) => `${base}/ashby/posting-api/job-board/${b}?includeCompensation=true`,
    smartrecruiters: (b) => `${base}/smartrecruiters/v1/companies/${b}/postings?limit=100`,
    workable: (b) => `${base}/workable/api/v1/widget/accounts/${b}?details=true`,
    recruitee: () => `${base}/recruitee/api/offers/`,
  };
});
afterAll(() => server.close());

const board = (provider: AtsProvider, name: string) => fetchBoard(gateway, { provider, board: name }, { endpoints });

describe('ATS job-board clients (replayed from 127.0.0.1)', () => {
  it('Greenhouse: lists without inline content, then reads each job with its pay ranges', async () => {
    const [first, second] = await board('greenhouse', 'acme');
    expect(first!.salary).toEqual({ min: 85000, max: 110000, currency: 'EUR', period: 'year' });
    expect(second!.salary).toBeNull();
    expect(second!.descriptionHtml).toContain('enterprise customers');
  });

  it('Greenhouse: an EU board is read from the EU API host', async () => {
    requestedHosts.length = 0;
    const postings = await fetchBoard(gateway, { provider: 'greenhouse', board: 'acme', region: 'eu' }, { endpoints });
    expect(postings).toHaveLength(2);
    expect(requestedHosts.length).toBeGreaterThan(0);
    expect(DEFAULT_ENDPOINTS.greenhouse('acme', 'eu')).toBe('https://boards-api.eu.greenhouse.io/v1/boards/acme/jobs');
    expect(DEFAULT_ENDPOINTS.greenhouse('acme', 'us')).toBe('https://boards-api.greenhouse.io/v1/boards/acme/jobs');
    expect(DEFAULT_ENDPOINTS.lever('acme', 'eu')).toBe('https://api.eu.lever.co/v0/postings/acme?mode=json');
  });

  it('Greenhouse: per-job details stay within the budget, newest first', async () => {
    const postings = await fetchBoard(gateway, { provider: 'greenhouse', board: 'acme' }, { endpoints, maxDetails: 1 });
    const withContent = postings.filter((p) => p.descriptionHtml);
    expect(withContent.map((p) => p.atsId)).toEqual(['4012399']);
  });

  it('Greenhouse: a board of 2,300 roles is read, with descriptions fetched only for the newest within the budget', async () => {
    greenhouseDetailRequests = 0;
    const postings = await fetchBoard(
      gateway,
      { provider: 'greenhouse', board: 'bigco' },
      { endpoints, maxDetails: 5 },
    );
    expect(postings).toHaveLength(2300);
    expect(greenhouseDetailRequests).toBe(5);
    expect(postings.filter((p) => p.descriptionHtml).every((p) => p.postedAt?.startsWith('2026-09'))).toBe(true);
  });

  it('SmartRecruiters: pages past the first 100 postings until totalFound', async () => {
    const postings = await fetchBoard(
      gateway,
      { provider: 'smartrecruiters', board: 'bigco' },
      { endpoints, maxDetails: 0 },
    );
    expect(postings).toHaveLength(230);
    expect(new Set(postings.map((p) => p.atsId)).size).toBe(230);
  });

  it('Ashby: hides pay when the employer chose not to show it', async () => {
    const postings = await board('ashby', 'fernhill');
    const hidden = postings.find((p) => p.title === 'Strategic Project Associate');
    expect(hidden?.salary).toBeNull();
  });

  it('Greenhouse: decodes the entity-encoded content and reads metadata', async () => {
    const [first, second] = await board('greenhouse', 'acme');
    expect(first).toMatchObject({
      atsId: '4012345',
      title: 'Senior Platform Engineer',
      company: 'Acme Analytics',
      locations: ['Remote - Europe'],
      remote: 'remote',
      employmentType: 'full_time',
      url: 'https://job-boards.greenhouse.io/acme/jobs/4012345',
    });
    expect(first!.descriptionHtml).toContain('<li>Go or Rust</li>');
    expect(first!.postedAt).toBe('2026-09-28T14:00:00.000Z');
    expect(second!.employmentType).toBeNull();
  });

  it('Lever: joins description, lists and additional; reads salary range and workplace type', async () => {
    const [first, second] = await board('lever', 'brightwave');
    expect(first).toMatchObject({
      title: 'Senior Product Designer',
      company: 'Brightwave',
      locations: ['Toronto, ON', 'Montreal, QC'],
      remote: 'hybrid',
      employmentType: 'full_time',
      salary: { min: 120000, max: 140000, currency: 'CAD', period: 'year' },
    });
    expect(first!.descriptionHtml).toMatch(/Figma[\s\S]*What you bring[\s\S]*learning budget/);
    expect(first!.postedAt).toBe(new Date(1759320000000).toISOString());
    expect(second).toMatchObject({ remote: 'remote', employmentType: 'contract' });
  });

  it('Ashby: skips unlisted postings and reads compensation', async () => {
    const postings = (await board('ashby', 'fernhill')).filter(
      (p) => p.title === 'Machine Learning Engineer' || p.title === 'Unlisted Role',
    );
    expect(postings).toHaveLength(1);
    expect(postings[0]).toMatchObject({
      title: 'Machine Learning Engineer',
      locations: ['London, UK', 'Remote (UK)'],
      remote: 'hybrid',
      employmentType: 'full_time',
      salary: { min: 90000, max: 120000, currency: 'GBP', period: 'year' },
    });
  });

  it('SmartRecruiters: fetches each posting for its job ad sections', async () => {
    const [posting] = await board('smartrecruiters', 'boschgroup');
    expect(posting).toMatchObject({
      title: 'Embedded Software Engineer (m/f/d)',
      company: 'Bosch Group',
      locations: ['Stuttgart, BW, Germany'],
      employmentType: 'full_time',
    });
    expect(posting!.descriptionHtml).toMatch(/Write C\+\+ for automotive ECUs[\s\S]*AUTOSAR/);
    expect(posting!.url).toContain('jobs.smartrecruiters.com/BoschGroup/744000012345678');
  });

  it('Workable: uses the account name and telecommuting flag', async () => {
    const [posting] = await board('workable', 'northwind');
    expect(posting).toMatchObject({
      atsId: 'A1B2C3D4E5',
      company: 'Northwind Traders',
      locations: ['Athens, Attica, Greece'],
      remote: 'remote',
      employmentType: 'full_time',
    });
  });

  it('Recruitee: reads string salaries, work model and UTC timestamps', async () => {
    const [posting] = await board('recruitee', 'fastned');
    expect(posting).toMatchObject({
      atsId: '1723456',
      company: 'Fastned',
      remote: 'hybrid',
      employmentType: 'full_time',
      salary: { min: 60000, max: 75000, currency: 'EUR', period: 'year' },
      postedAt: '2026-10-03T09:30:00.000Z',
    });
    expect(posting!.descriptionHtml).toContain('Elixir or Ruby');
  });

  it('names the board when it does not exist', async () => {
    const error = (await board('greenhouse', 'nope').catch((e: unknown) => e)) as AppError;
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toMatch(/no Greenhouse job board called "nope"/);
  });

  it('refuses a response in an unexpected shape', async () => {
    const odd = await startTestServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"jobs":"none"}');
    });
    const error = (await fetchBoard(
      gateway,
      { provider: 'greenhouse', board: 'x' },
      { endpoints: { greenhouse: () => `${odd.url}/x` } },
    ).catch((e: unknown) => e)) as AppError;
    await odd.close();
    expect(error.code).toBe('BAD_INPUT');
  });
});

describe('board references', () => {
  it.each([
    ['https://boards.greenhouse.io/acme', 'greenhouse', 'acme'],
    ['https://job-boards.greenhouse.io/acme/jobs/4012345', 'greenhouse', 'acme'],
    ['https://boards-api.greenhouse.io/v1/boards/acme/jobs', 'greenhouse', 'acme'],
    ['https://jobs.lever.co/brightwave/5d3c', 'lever', 'brightwave'],
    ['https://boards.greenhouse.io/embed/job_board?for=acme', 'greenhouse', 'acme'],
    ['https://job-boards.greenhouse.io/embed/job_app?for=acme&token=4012345', 'greenhouse', 'acme'],
    ['https://jobs.ashbyhq.com/fernhill', 'ashby', 'fernhill'],
    ['https://jobs.smartrecruiters.com/BoschGroup/744000012345678', 'smartrecruiters', 'BoschGroup'],
    ['https://apply.workable.com/northwind/j/A1B2C3', 'workable', 'northwind'],
    ['https://fastned.recruitee.com/o/backend', 'recruitee', 'fastned'],
    ['lever:brightwave', 'lever', 'brightwave'],
  ])('%s', (input, provider, name) => {
    expect(parseBoardRef(input)).toEqual({ provider, board: name });
  });

  it.each([
    ['https://job-boards.eu.greenhouse.io/acme', 'greenhouse'],
    ['https://job-boards.eu.greenhouse.io/acme/jobs/4012345', 'greenhouse'],
    ['https://boards-api.eu.greenhouse.io/v1/boards/acme/jobs', 'greenhouse'],
    ['https://jobs.eu.lever.co/acme', 'lever'],
    ['https://api.eu.lever.co/v0/postings/acme', 'lever'],
    ['greenhouse:eu:acme', 'greenhouse'],
  ])('keeps the EU region of %s', (input, provider) => {
    expect(parseBoardRef(input)).toEqual({ provider, board: 'acme', region: 'eu' });
  });

  it('says what is missing from a Workable job short link', () => {
    expect(() => parseBoardRef('https://apply.workable.com/j/A1B2C3D4E5')).toThrow(
      /names one job \(A1B2C3D4E5\), not the company's board/,
    );
  });

  it('resolves a Workable short link to its account by following its redirect', async () => {
    const redirect = await startTestServer((req, res) => {
      if (req.url?.startsWith('/j/')) return void res.writeHead(302, { location: '/northwind/j/A1B2C3D4E5/' }).end();
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><title>Data Analyst</title></html>');
    });
    // The short link's host is Workable's; the test serves its redirect from 127.0.0.1 through a gateway view.
    const local = {
      ...gateway,
      getText: (u: string) => gateway.getText(u.replace('https://apply.workable.com', redirect.url)),
    };
    const ref = await resolveBoardRef(local, 'https://apply.workable.com/j/A1B2C3D4E5');
    const unresolved = await resolveBoardRef(
      { ...gateway, getText: () => Promise.reject(new Error('offline')) },
      'https://apply.workable.com/j/A1B2C3D4E5',
    ).catch((e: Error) => e.message);
    await redirect.close();
    expect(ref).toEqual({ provider: 'workable', board: 'northwind' });
    expect(unresolved).toMatch(/names one job/);
  });

  it('rejects unknown hosts and bad names', () => {
    expect(() => parseBoardRef('https://boards.greenhouse.io/embed/job_board')).toThrow(
      /does not name a greenhouse board/,
    );
    expect(() => parseBoardRef('https://example.com/jobs')).toThrow(/not a supported job board/);
    expect(() => parseBoardRef('greenhouse:../etc')).toThrow(/not a greenhouse board name/);
    expect(() => parseBoardRef('acme')).toThrow(/Say which job board/);
  });
});
