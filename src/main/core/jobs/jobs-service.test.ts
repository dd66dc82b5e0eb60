import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/result';
import { createTestDb } from '../db/testing';
import { createEventBus } from '../events';
import { createGateway } from '../net/gateway';
import { startTestServer, type TestServer } from '../net/testing/test-server';
import { ATS_RECORDINGS } from './testing/ats-recordings.fixture';
import { createJobsService, type JobsService } from './jobs-service';
import { createJobsRepo } from './store/jobs-repo';
import { SAMPLE_PAGES } from './testing/sample-pages.fixture';
import { createWatchRepo } from './watch/watch-repo';
import { createWatchService, type WatchService } from './watch/watch-service';

let server: TestServer;
let greenhouseBody: unknown = ATS_RECORDINGS.greenhouse![0]!.body;
beforeAll(async () => {
  server = await startTestServer((req, res) => {
    const page = SAMPLE_PAGES.find((p) => req.url === p.path || req.url?.startsWith(`${p.path}?`));
    if (page) return void res.writeHead(200, { 'content-type': 'text/html' }).end(page.html);
    // /gh/<board> lists the board; /gh/<board>/<id> is one job with its description (Greenhouse's two calls).
    const job = /^\/gh\/acme\/(\d+)/.exec(req.url ?? '')?.[1];
    const detail = job ? ATS_RECORDINGS.greenhouse!.find((r) => r.path.endsWith(`/${job}`))?.body : undefined;
    if (req.url?.startsWith('/gh/'))
      return void res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify(detail ?? greenhouseBody));
    res.writeHead(404).end();
  });
});
afterAll(() => server.close());

let db: ReturnType<typeof createTestDb>;
let jobs: JobsService;
let watch: WatchService;
let offline = false;
const notifications: unknown[] = [];
beforeEach(() => {
  db = createTestDb();
  offline = false;
  notifications.length = 0;
  greenhouseBody = ATS_RECORDINGS.greenhouse![0]!.body;
  const gateway = createGateway({
    hostIntervalMs: 0,
    retries: 0,
    isOffline: () => offline,
    allowPrivateHosts: ['127.0.0.1'],
  });
  jobs = createJobsService({ repo: createJobsRepo(db.db), gateway, browserPath: () => '/nonexistent/browser' });
  const events = createEventBus();
  events.subscribe((name, payload) => name === 'notification' && notifications.push(payload));
  watch = createWatchService({
    repo: createWatchRepo(db.db),
    jobs,
    gateway,
    events,
    isOffline: () => offline,
    endpoints: { greenhouse: (b) => `${server.url}/gh/${b}` },
  });
});
afterEach(() => db.cleanup());

const PASTE =
  'Warehouse Team Lead\nCompany: Fastship Logistics\nLocation: Leeds, United Kingdom\n\nLead a team of twelve in our Leeds depot. Forklift licence preferred.';

describe('jobs service (real database)', () => {
  it('stores a pasted job, finds it by full-text search and filters, and keeps the raw capture', async () => {
    const { job, duplicate } = await jobs.add({ kind: 'paste', text: PASTE });
    expect(duplicate).toBe(false);
    expect(job).toMatchObject({
      title: 'Warehouse Team Lead',
      company: 'Fastship Logistics',
      status: 'saved',
      source: 'paste',
    });
    expect(jobs.list({ text: 'forklift', limit: 50 }).map((j) => j.id)).toEqual([job.id]);
    expect(jobs.list({ text: 'fastship lead', limit: 50 })).toHaveLength(1);
    expect(jobs.list({ text: 'kubernetes', limit: 50 })).toHaveLength(0);
    expect(jobs.list({ text: '"); DROP TABLE jobs; --', limit: 50 })).toHaveLength(0);
    expect(jobs.list({ status: 'applied', limit: 50 })).toHaveLength(0);
    expect(jobs.list({ company: 'fastship', limit: 50 })).toHaveLength(1);
    expect(jobs.captures(job.id)[0]!.raw).toBe(PASTE);
    const detail = jobs.detail(job.id);
    expect(detail.job.id).toBe(job.id);
    expect(detail.captures).toHaveLength(1);
    expect(detail.captures[0]).toMatchObject({ source: 'paste', rawChars: PASTE.length });
    expect(detail.captures[0]).not.toHaveProperty('raw');
  });

  it('reports the configured browser and that a missing one is not used', () => {
    expect(jobs.browser()).toEqual({ configured: '/nonexistent/browser', inUse: null });
  });

  it('dedupes the same posting by content hash, canonical URL and ATS id', async () => {
    const first = await jobs.add({ kind: 'paste', text: PASTE });
    const again = await jobs.add({ kind: 'paste', text: `  ${PASTE.replace('twelve', 'TWELVE')}\n` });
    expect(again.duplicate).toBe(true);
    expect(again.job.id).toBe(first.job.id);
    expect(jobs.captures(first.job.id)).toHaveLength(2);

    const page = SAMPLE_PAGES[2]!;
    const byUrl = await jobs.add({ kind: 'url', url: `${server.url}${page.path}` });
    const withTracking = await jobs.add({ kind: 'url', url: `${server.url}${page.path}?utm_source=linkedin` });
    expect(withTracking).toMatchObject({ duplicate: true, job: { id: byUrl.job.id } });
    expect(jobs.list({ limit: 50 })).toHaveLength(2);
  });

  it('previews an extraction without storing it', async () => {
    const preview = await jobs.extract({ kind: 'paste', text: PASTE });
    expect(preview.draft.title).toBe('Warehouse Team Lead');
    expect(jobs.list({ limit: 50 })).toHaveLength(0);
  });

  it('edits and deletes jobs; FTS follows the edits', async () => {
    const { job } = await jobs.add({ kind: 'paste', text: PASTE });
    jobs.update(job.id, { title: 'Depot Supervisor', status: 'applied' });
    expect(jobs.list({ text: 'supervisor', limit: 50 })).toHaveLength(1);
    expect(jobs.list({ status: 'applied', limit: 50 })).toHaveLength(1);
    expect(jobs.remove(job.id)).toEqual({ removed: true });
    expect(jobs.list({ text: 'supervisor', limit: 50 })).toHaveLength(0);
    expect(() => jobs.get(job.id)).toThrow(AppError);
  });

  it('refuses URL capture in offline mode', async () => {
    offline = true;
    await expect(jobs.add({ kind: 'url', url: `${server.url}/x` })).rejects.toMatchObject({ code: 'OFFLINE' });
  });
});

describe('watchlist, saved searches and inbox', () => {
  it('puts new board postings in the inbox once, and notifies', async () => {
    const board = await watch.addBoard('https://boards.greenhouse.io/acme');
    expect(board).toMatchObject({ provider: 'greenhouse', board: 'acme', label: 'Acme' });
    expect((await watch.addBoard('greenhouse:acme')).id).toBe(board.id);
    const [result] = await watch.refresh();
    expect(result).toMatchObject({ found: 2, added: 2, error: null });
    const inbox = jobs.list({ status: 'new', limit: 50 });
    expect(inbox.map((j) => j.title).sort()).toEqual(['Account Executive', 'Senior Platform Engineer']);
    expect(inbox[0]).toMatchObject({ source: 'ats', atsProvider: 'greenhouse' });
    expect(notifications).toEqual([{ level: 'info', title: '2 new jobs in your inbox', body: 'Acme (2)' }]);

    const [second] = await watch.refresh();
    expect(second).toMatchObject({ found: 2, added: 0 });
    expect(notifications).toHaveLength(1);
  });

  it('lets only postings that pass a saved search through', async () => {
    watch.addSearch({ name: 'Platform', keywords: ['kubernetes'], location: '', remoteOnly: true });
    await watch.addBoard('greenhouse:acme');
    const [result] = await watch.refresh();
    expect(result!.added).toBe(1);
    expect(jobs.list({ status: 'new', limit: 50 }).map((j) => j.title)).toEqual(['Senior Platform Engineer']);
  });

  it('records a board error without failing the whole refresh', async () => {
    greenhouseBody = { unexpected: true };
    await watch.addBoard('greenhouse:acme');
    const [result] = await watch.refresh();
    expect(result!.error).toMatch(/shape Jobsmith does not recognise/);
    expect(watch.boards()[0]!.lastError).toMatch(/does not recognise/);
  });

  it('checks the watchlist on a schedule, and not while offline', async () => {
    await watch.addBoard('greenhouse:acme');
    offline = true;
    const stop = watch.schedule(40);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(watch.boards()[0]!.lastCheckedAt).toBeNull();
    offline = false;
    // The board is marked checked after its last posting is stored, so wait for that too.
    await expect.poll(() => watch.boards()[0]!.lastCheckedAt, { timeout: 3000 }).not.toBeNull();
    stop();
    expect(jobs.list({ status: 'new', limit: 50 })).toHaveLength(2);
    expect(notifications).toHaveLength(1);
  });

  it('does not check boards in offline mode', async () => {
    await watch.addBoard('greenhouse:acme');
    offline = true;
    await expect(watch.refresh()).rejects.toMatchObject({ code: 'OFFLINE' });
  });
});

describe('model-assisted capture in the service', () => {
  const unsure =
    '<html><head><title>Platform Engineer</title></head><body><h1>Platform Engineer</h1><article><p>' +
    'Run our platform and help teams ship. '.repeat(10) +
    '</p></article></body></html>';
  const withModel = (enabled: boolean, generate: () => Promise<never>) =>
    createJobsService({
      repo: createJobsRepo(db.db),
      gateway: createGateway({ hostIntervalMs: 0, retries: 0 }),
      browserPath: () => null,
      modelAssist: { enabled: () => enabled, generate },
    });

  it('is off by default: no model is called while it is disabled', async () => {
    let calls = 0;
    const service = withModel(false, () => ((calls += 1), Promise.reject(new Error('x'))));
    await service.extract({ kind: 'paste', text: unsure });
    expect(calls).toBe(0);
  });

  it('keeps the capture, with a warning, when the model fails', async () => {
    const service = withModel(true, () => Promise.reject(new Error('provider down')));
    const preview = await service.extract({ kind: 'paste', text: unsure });
    expect(preview.draft.title).toBe('Platform Engineer');
    expect(preview.draft.captureLog.at(-1)?.message).toMatch(
      /model could not help with this capture \(provider down\)/,
    );
  });
});
