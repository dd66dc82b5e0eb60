import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/ipc/result';
import { createGateway } from '../../net/gateway';
import { startTestServer, type TestServer } from '../../net/testing/test-server';
import { ATS_RECORDINGS } from '../testing/ats-recordings.fixture';
import { HIDDEN_INSTRUCTIONS_PAGE, INJECTED_INSTRUCTION, SAMPLE_PAGES } from '../testing/sample-pages.fixture';
import { captureFromPaste } from './capture-sources';
import { captureFromUrl } from './capture-url';
import { missingFiles, skipUnless } from '../../testing/skip-unless';

const SHARED_JOBS = path.resolve(import.meta.dirname, '../../../../../../shared/fixtures/jobs');
const INDEED = path.join(SHARED_JOBS, 'coverletterer_indeed_job.html');

let server: TestServer;
const routes = new Map<string, { status?: number; type: string; body: string | Buffer }>();
const gateway = createGateway({ hostIntervalMs: 0, retries: 0, timeoutMs: 5_000, allowPrivateHosts: ['127.0.0.1'] });

beforeAll(async () => {
  for (const page of SAMPLE_PAGES) routes.set(page.path, { type: 'text/html; charset=utf-8', body: page.html });
  routes.set('/hidden', { type: 'text/html', body: HIDDEN_INSTRUCTIONS_PAGE });
  routes.set('/image.png', { type: 'image/png', body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) });
  routes.set('/broken-ld', {
    type: 'text/html',
    body: `<html><head><title>Nurse - St Mary's</title><script type="application/ld+json">{"@type":"JobPosting","title":"Nurse",, broken</script></head><body><article><h1>Registered Nurse</h1><p>${'Care for patients on a busy ward with a supportive team. '.repeat(8)}</p></article></body></html>`,
  });
  routes.set('/plain.txt', {
    type: 'text/plain; charset=utf-8',
    body: 'Job title: Barista\nCompany: Bean There\nLocation: Wellington, New Zealand\n\nMake great coffee for our customers every day.',
  });
  const json = (body: unknown) => ({ type: 'application/json', body: JSON.stringify(body) });
  routes.set(
    '/api/lever/brightwave/5d3c1a2b-9f8e-4c1d-8a7b-112233445566',
    json((ATS_RECORDINGS.lever![0]!.body as unknown[])[0]),
  );
  routes.set('/api/greenhouse/acme/4012345', json(ATS_RECORDINGS.greenhouse![1]!.body));
  routes.set('/api/ashby/fernhill', json(ATS_RECORDINGS.ashby![0]!.body));
  if (existsSync(INDEED)) routes.set('/viewjob', { type: 'text/html; charset=utf-8', body: readFileSync(INDEED) });
  server = await startTestServer((req, res) => {
    const route = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
      return;
    }
    res.writeHead(route.status ?? 200, { 'content-type': route.type }).end(route.body);
  });
});
afterAll(() => server.close());

describe('URL capture of the saved Indeed page (../shared fixture)', skipUnless(missingFiles(INDEED)), () => {
  it('extracts title, company, location, salary, posted date and employment type exactly', async () => {
    const { draft, report } = await captureFromUrl(`${server.url}/viewjob?jk=54f1f8af68d722d2`, { gateway });
    const truth = JSON.parse(readFileSync(path.join(SHARED_JOBS, 'coverletterer.groundtruth.json'), 'utf8'))[
      'coverletterer_indeed_job.html'
    ];
    expect(draft.title).toBe(truth.asserted_by_source_tests.title_equals);
    expect(draft.company).toBe(truth.asserted_by_source_tests.company_equals);
    expect(draft.locations).toEqual(['Camberwell VIC 3124, Australia']);
    expect(draft.salary).toEqual({ min: 130000, max: 160000, currency: 'AUD', period: 'year' });
    expect(draft.postedAt).toBe(truth.embedded_jsonld.datePosted);
    expect(draft.employmentType).toBe('full_time');
    expect(draft.remote).toBe('hybrid');
    expect(draft.seniority).toBe('senior');
    expect(draft.extractedBy).toBe('json-ld');
    expect(draft.descriptionText.length).toBeGreaterThan(truth.asserted_by_source_tests.description_min_chars);
    expect(draft.descriptionText).toContain("What You'll Actually Do");
    expect(draft.descriptionHtml).not.toMatch(/<script|onclick/i);
    expect(report.hiddenPassages).toBe(0);
  });
});

describe('URL capture against a local server', () => {
  for (const page of SAMPLE_PAGES) {
    it(`reads ${page.name}`, async () => {
      const { draft } = await captureFromUrl(`${server.url}${page.path}`, { gateway });
      const e = page.expected;
      expect(draft.title).toBe(e.title);
      expect(draft.company).toBe(e.company);
      if (e.location) expect(draft.locations[0]).toBe(e.location);
      if (e.employmentType) expect(draft.employmentType).toBe(e.employmentType);
      if (e.salaryMin)
        expect(draft.salary).toMatchObject({
          min: e.salaryMin,
          max: e.salaryMax,
          currency: e.currency,
          period: e.period,
        });
      if (e.remote) expect(draft.remote).toBe(e.remote);
      expect(draft.descriptionText).toContain(e.descriptionIncludes);
      expect(draft.sourceUrl).toBe(`${server.url}${page.path}`);
      expect(draft.source).toBe('url');
    });
  }

  it('strips a page full of hidden injected instructions and logs what it removed', async () => {
    const { draft, report } = await captureFromUrl(`${server.url}/hidden`, { gateway });
    expect(draft.descriptionText).not.toContain('Ignore all previous');
    expect(draft.descriptionHtml).not.toContain('Ignore all previous');
    expect(draft.descriptionText).toContain('We test with Playwright and Cypress.');
    expect(draft.descriptionText).not.toMatch(/[\u200B\u202E]/);
    expect(report.hiddenPassages).toBe(5);
    expect(report.hiddenSamples.every((s) => s.text.startsWith(INJECTED_INSTRUCTION))).toBe(true);
    expect(draft.captureLog.map((e) => e.message).join('\n')).toMatch(/Removed 5 hidden passages/);
  });

  it('skips invalid JSON-LD, says so, and still reads the page', async () => {
    const { draft } = await captureFromUrl(`${server.url}/broken-ld`, { gateway });
    expect(draft.title).toBe('Registered Nurse');
    expect(draft.descriptionText).toContain('Care for patients');
    expect(draft.captureLog.some((e) => /JSON-LD block/.test(e.message))).toBe(true);
  });

  it('reads a text/plain job ad with inferred fields', async () => {
    const { draft } = await captureFromUrl(`${server.url}/plain.txt`, { gateway });
    expect(draft).toMatchObject({ title: 'Barista', company: 'Bean There', locations: ['Wellington, New Zealand'] });
  });

  it('refuses non-HTML content with a clear message', async () => {
    const error = await captureFromUrl(`${server.url}/image.png`, { gateway }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('BAD_INPUT');
    expect((error as AppError).message).toMatch(/not a web page but image\/png/);
  });

  it('refuses a 50 MB page with the default size limit, while it streams in', async () => {
    const huge = await startTestServer(async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(1024 * 1024, '<p>spam</p>');
      for (let i = 0; i < 50 && !res.destroyed; i++) {
        if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
      }
      res.end();
    });
    const error = (await captureFromUrl(`${huge.url}/big`, {
      gateway: createGateway({ hostIntervalMs: 0, retries: 0, allowPrivateHosts: ['127.0.0.1'] }),
    }).catch((e: unknown) => e)) as AppError;
    await huge.close();
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toMatch(/larger than the 15.0 MB limit/);
  });

  it('reports a 404 as NOT_FOUND', async () => {
    const error = (await captureFromUrl(`${server.url}/jobs/gone`, { gateway }).catch((e: unknown) => e)) as AppError;
    expect(error.code).toBe('NOT_FOUND');
  });

  it('refuses something that is not a web address', async () => {
    const error = (await captureFromUrl('javascript:alert(1)', { gateway }).catch((e: unknown) => e)) as AppError;
    expect(error.code).toBe('BAD_INPUT');
  });
});

describe('URL capture of ATS job pages through their public APIs', () => {
  const atsEndpoints = {
    lever: (b: string, id: string) => `${server.url}/api/lever/${b}/${id}`,
    greenhouse: (b: string, id: string) => `${server.url}/api/greenhouse/${b}/${id}`,
    boards: { ashby: (b: string) => `${server.url}/api/ashby/${b}` },
  };
  it.each([
    ['https://jobs.lever.co/brightwave/5d3c1a2b-9f8e-4c1d-8a7b-112233445566', 'Senior Product Designer', 'lever'],
    ['https://job-boards.greenhouse.io/acme/jobs/4012345?gh_src=abc', 'Senior Platform Engineer', 'greenhouse'],
    ['https://jobs.ashbyhq.com/fernhill/b6f0a3e2-7c5d-4f1e-9a2b-0c1d2e3f4a5b', 'Machine Learning Engineer', 'ashby'],
  ])('%s', async (url, title, provider) => {
    const { draft } = await captureFromUrl(url, { gateway, atsEndpoints });
    expect(draft).toMatchObject({
      title,
      source: 'url',
      sourceUrl: url,
      atsProvider: provider,
      extractedBy: `ats:${provider}`,
    });
    expect(draft.descriptionText.length).toBeGreaterThan(20);
    expect(draft.captureLog[0]!.message).toMatch(/public .* job-board API/);
  });
});

describe('paste capture', () => {
  it('infers title, company and location from a pasted LinkedIn-style ad', () => {
    const { draft, uncertain } = captureFromPaste(
      'Senior Frontend Engineer at Kiwi Health\nAuckland, New Zealand (Hybrid)\n\nAbout the job\nAt Kiwi Health, we build patient apps in React and TypeScript.\n\nSalary: NZ$140,000 - NZ$160,000 per year\nJob type: Full-time',
    );
    expect(draft).toMatchObject({
      title: 'Senior Frontend Engineer',
      company: 'Kiwi Health',
      locations: ['Auckland, New Zealand'],
      remote: 'hybrid',
      employmentType: 'full_time',
      seniority: 'senior',
      source: 'paste',
    });
    expect(draft.salary).toEqual({ min: 140000, max: 160000, currency: 'NZD', period: 'year' });
    expect(uncertain).toEqual(['title', 'location']);
  });

  it('uses structured data when pasted HTML carries it, and sanitises it', () => {
    const { draft, report } = captureFromPaste(
      SAMPLE_PAGES[0]!.html.replace('<body>', `<body><div style="display:none">${INJECTED_INSTRUCTION}</div>`),
    );
    expect(draft.title).toBe('Staff Data Engineer');
    expect(draft.descriptionText).not.toContain('Ignore all');
    expect(report.scripts + report.hiddenPassages).toBeGreaterThanOrEqual(0);
  });

  it('sanitises pasted HTML without structured data', () => {
    const { draft, report } = captureFromPaste(
      `<div><h2>Warehouse Lead</h2><p>Company: Fastship</p><p style="display:none">${INJECTED_INSTRUCTION}</p><p>Lead a team of twelve in our Leeds depot.</p></div>`,
    );
    expect(draft.title).toBe('Warehouse Lead');
    expect(draft.company).toBe('Fastship');
    expect(draft.descriptionText).not.toContain('Ignore all');
    expect(report.hiddenPassages).toBe(1);
  });

  it('refuses an empty paste', () => {
    expect(() => captureFromPaste('   \n ')).toThrow(/Nothing was pasted/);
  });
});
