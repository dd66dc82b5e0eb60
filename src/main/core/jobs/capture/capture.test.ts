import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/ipc/result';
import { createGateway } from '../../net/gateway';
import { startTestServer, type TestServer } from '../../net/test-server';
import { HIDDEN_INSTRUCTIONS_PAGE, INJECTED_INSTRUCTION, SAMPLE_PAGES } from '../testing/sample-pages';
import { captureFromPaste } from './capture-sources';
import { captureFromUrl } from './capture-url';

const SHARED_JOBS = path.resolve(import.meta.dirname, '../../../../../../shared/fixtures/jobs');
const INDEED = path.join(SHARED_JOBS, 'coverletterer_indeed_job.html');

let server: TestServer;
const routes = new Map<string, { status?: number; type: string; body: string | Buffer }>();
const gateway = createGateway({ hostIntervalMs: 0, retries: 0, timeoutMs: 5_000 });

beforeAll(async () => {
  for (const page of SAMPLE_PAGES) routes.set(page.path, { type: 'text/html; charset=utf-8', body: page.html });
  routes.set('/hidden', { type: 'text/html', body: HIDDEN_INSTRUCTIONS_PAGE });
  routes.set('/image.png', { type: 'image/png', body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) });
  routes.set('/broken-ld', {
    type: 'text/html',
    body: `<html><head><title>Nurse - St Mary's</title><script type="application/ld+json">{"@type":"JobPosting","title":"Nurse",, broken</script></head><body><article><h1>Registered Nurse</h1><p>${'Care for patients on a busy ward with a supportive team. '.repeat(8)}</p></article></body></html>`,
  });
  routes.set('/plain.txt', { type: 'text/plain; charset=utf-8', body: 'Job title: Barista\nCompany: Bean There\nLocation: Wellington, New Zealand\n\nMake great coffee for our customers every day.' });
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

describe.skipIf(!existsSync(INDEED))('URL capture of the saved Indeed page (../shared fixture)', () => {
  it('extracts title, company, location, salary, posted date and employment type exactly', async () => {
    const { draft, report } = await captureFromUrl(`${server.url}/viewjob?jk=54f1f8af68d722d2`, { gateway });
    const truth = JSON.parse(readFileSync(path.join(SHARED_JOBS, 'coverletterer.groundtruth.json'), 'utf8'))['coverletterer_indeed_job.html'];
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
    expect(draft.descriptionText).toContain('What You\'ll Actually Do');
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
      if (e.salaryMin) expect(draft.salary).toMatchObject({ min: e.salaryMin, max: e.salaryMax, currency: e.currency, period: e.period });
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

  it('reports a 404 as NOT_FOUND', async () => {
    const error = (await captureFromUrl(`${server.url}/jobs/gone`, { gateway }).catch((e: unknown) => e)) as AppError;
    expect(error.code).toBe('NOT_FOUND');
  });

  it('refuses something that is not a web address', async () => {
    const error = (await captureFromUrl('javascript:alert(1)', { gateway }).catch((e: unknown) => e)) as AppError;
    expect(error.code).toBe('BAD_INPUT');
  });
});

describe('paste capture', () => {
  it('infers title, company and location from a pasted LinkedIn-style ad', () => {
    const { draft, uncertain } = captureFromPaste(
      'Senior Frontend Engineer at Kiwi Health\nAuckland, New Zealand (Hybrid)\n\nAbout the job\nAt Kiwi Health, we build patient apps in React and TypeScript.\n\nSalary: NZ$140,000 - NZ$160,000 per year\nJob type: Full-time',
    );
    expect(draft).toMatchObject({ title: 'Senior Frontend Engineer', company: 'Kiwi Health', locations: ['Auckland, New Zealand'], remote: 'hybrid', employmentType: 'full_time', seniority: 'senior', source: 'paste' });
    expect(draft.salary).toEqual({ min: 140000, max: 160000, currency: 'NZD', period: 'year' });
    expect(uncertain).toEqual(['title', 'location']);
  });

  it('uses structured data when pasted HTML carries it, and sanitises it', () => {
    const { draft, report } = captureFromPaste(SAMPLE_PAGES[0]!.html.replace('<body>', `<body><div style="display:none">${INJECTED_INSTRUCTION}</div>`));
    expect(draft.title).toBe('Staff Data Engineer');
    expect(draft.descriptionText).not.toContain('Ignore all');
    expect(report.scripts + report.hiddenPassages).toBeGreaterThanOrEqual(0);
  });

  it('sanitises pasted HTML without structured data', () => {
    const { draft, report } = captureFromPaste(`<div><h2>Warehouse Lead</h2><p>Company: Fastship</p><p style="display:none">${INJECTED_INSTRUCTION}</p><p>Lead a team of twelve in our Leeds depot.</p></div>`);
    expect(draft.title).toBe('Warehouse Lead');
    expect(draft.company).toBe('Fastship');
    expect(draft.descriptionText).not.toContain('Ignore all');
    expect(report.hiddenPassages).toBe(1);
  });

  it('refuses an empty paste', () => {
    expect(() => captureFromPaste('   \n ')).toThrow(/Nothing was pasted/);
  });
});
