import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtsProvider } from '../../../../shared/domain/job';
import { type AppError } from '../../../../shared/ipc/result';
import { createGateway } from '../../net/gateway';
import { startTestServer, type TestServer } from '../../net/test-server';
import { ATS_RECORDINGS } from './ats-recordings';
import { parseBoardRef } from './board-ref';
import { fetchBoard, type AtsEndpoints } from './fetch-board';

let server: TestServer;
const gateway = createGateway({ hostIntervalMs: 0, retries: 0, allowPrivateHosts: ['127.0.0.1'] });
let endpoints: AtsEndpoints;

beforeAll(async () => {
  server = await startTestServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const [provider, ...rest] = url.pathname.split('/').filter(Boolean);
    const path = `/${rest.join('/')}${url.pathname.endsWith('/') ? '/' : ''}`;
    const hit = ATS_RECORDINGS[provider ?? '']?.find((r) => r.path === path);
    if (!hit) return void res.writeHead(404, { 'content-type': 'application/json' }).end('{"status":404,"error":"Not Found"}');
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(hit.body));
  });
  const base = server.url;
  endpoints = {
    greenhouse: (b) => `${base}/greenhouse/v1/boards/${b}/jobs?content=true`,
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
  it('Greenhouse: decodes the entity-encoded content and reads metadata', async () => {
    const [first, second] = await board('greenhouse', 'acme');
    expect(first).toMatchObject({ atsId: '4012345', title: 'Senior Platform Engineer', company: 'Acme Analytics', locations: ['Remote - Europe'], remote: 'remote', employmentType: 'full_time', url: 'https://job-boards.greenhouse.io/acme/jobs/4012345' });
    expect(first!.descriptionHtml).toContain('<li>Go or Rust</li>');
    expect(first!.postedAt).toBe('2026-09-28T14:00:00.000Z');
    expect(second!.employmentType).toBeNull();
  });

  it('Lever: joins description, lists and additional; reads salary range and workplace type', async () => {
    const [first, second] = await board('lever', 'brightwave');
    expect(first).toMatchObject({ title: 'Senior Product Designer', company: 'Brightwave', locations: ['Toronto, ON', 'Montreal, QC'], remote: 'hybrid', employmentType: 'full_time', salary: { min: 120000, max: 140000, currency: 'CAD', period: 'year' } });
    expect(first!.descriptionHtml).toMatch(/Figma[\s\S]*What you bring[\s\S]*learning budget/);
    expect(first!.postedAt).toBe(new Date(1759320000000).toISOString());
    expect(second).toMatchObject({ remote: 'remote', employmentType: 'contract' });
  });

  it('Ashby: skips unlisted postings and reads compensation', async () => {
    const postings = await board('ashby', 'fernhill');
    expect(postings).toHaveLength(1);
    expect(postings[0]).toMatchObject({ title: 'Machine Learning Engineer', locations: ['London, UK', 'Remote (UK)'], remote: 'hybrid', employmentType: 'full_time', salary: { min: 90000, max: 120000, currency: 'GBP', period: 'year' } });
  });

  it('SmartRecruiters: fetches each posting for its job ad sections', async () => {
    const [posting] = await board('smartrecruiters', 'boschgroup');
    expect(posting).toMatchObject({ title: 'Embedded Software Engineer (m/f/d)', company: 'Bosch Group', locations: ['Stuttgart, BW, Germany'], employmentType: 'full_time' });
    expect(posting!.descriptionHtml).toMatch(/Write C\+\+ for automotive ECUs[\s\S]*AUTOSAR/);
    expect(posting!.url).toContain('jobs.smartrecruiters.com/BoschGroup/744000012345678');
  });

  it('Workable: uses the account name and telecommuting flag', async () => {
    const [posting] = await board('workable', 'northwind');
    expect(posting).toMatchObject({ atsId: 'A1B2C3D4E5', company: 'Northwind Traders', locations: ['Athens, Attica, Greece'], remote: 'remote', employmentType: 'full_time' });
  });

  it('Recruitee: reads string salaries, work model and UTC timestamps', async () => {
    const [posting] = await board('recruitee', 'fastned');
    expect(posting).toMatchObject({ atsId: '1723456', company: 'Fastned', remote: 'hybrid', employmentType: 'full_time', salary: { min: 60000, max: 75000, currency: 'EUR', period: 'year' }, postedAt: '2026-10-03T09:30:00.000Z' });
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
    const error = (await fetchBoard(gateway, { provider: 'greenhouse', board: 'x' }, { endpoints: { greenhouse: () => `${odd.url}/x` } }).catch((e: unknown) => e)) as AppError;
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
    ['https://jobs.eu.lever.co/brightwave', 'lever', 'brightwave'],
    ['https://jobs.ashbyhq.com/fernhill', 'ashby', 'fernhill'],
    ['https://jobs.smartrecruiters.com/BoschGroup/744000012345678', 'smartrecruiters', 'BoschGroup'],
    ['https://apply.workable.com/northwind/j/A1B2C3', 'workable', 'northwind'],
    ['https://fastned.recruitee.com/o/backend', 'recruitee', 'fastned'],
    ['lever:brightwave', 'lever', 'brightwave'],
  ])('%s', (input, provider, name) => {
    expect(parseBoardRef(input)).toEqual({ provider, board: name });
  });

  it('rejects unknown hosts and bad names', () => {
    expect(() => parseBoardRef('https://example.com/jobs')).toThrow(/not a supported job board/);
    expect(() => parseBoardRef('greenhouse:../etc')).toThrow(/not a greenhouse board name/);
    expect(() => parseBoardRef('acme')).toThrow(/Say which job board/);
  });
});
