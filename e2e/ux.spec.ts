import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';
import { addPastedJob, nav } from './helpers';

/** A local server: /job is a posting, /model.gguf is a model download that fails, anything else is 404. */
let server: Server;
let site = '';
const hits: string[] = [];
const JOB_HTML =
  '<html><head><title>Platform Engineer</title></head><body><h1>Platform Engineer</h1><p>Acme Robotics, Berlin. We run Kubernetes and Go services; you will own the deploy pipeline.</p></body></html>';
test.beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url === '/job')
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(JOB_HTML);
    if (req.url === '/slow.gguf') {
      // A large model that trickles in: long enough to be stopped.
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': String(50_000_000),
        'accept-ranges': 'none',
      });
      if (req.method === 'HEAD') return void res.end();
      const timer = setInterval(() => res.write(Buffer.alloc(16_384)), 100);
      res.on('close', () => clearInterval(timer));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('an edit survives switching tabs and areas mid-edit, and is saved', async ({ app }) => {
  const { page } = app;
  await page.getByLabel('Full name').fill('Grace Hopper');
  await page.getByLabel('Headline').fill('Rear admiral');
  // Straight away, before any save could finish: another tab, then another area (Ctrl+2) and back.
  await page.getByRole('tab', { name: 'Experience & more' }).click();
  await page.getByRole('button', { name: 'Add position' }).click();
  await page.getByLabel('position 1 Title').fill('Programmer');
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('heading', { name: 'Jobs', level: 1 })).toBeVisible();
  await page.keyboard.press('Control+1');
  // Back on the same tab, with the new position there.
  await page.getByRole('button', { name: /^Programmer/ }).click();
  await expect(page.getByLabel('position 1 Title')).toHaveValue('Programmer');
  await page.getByRole('tab', { name: 'Basics' }).click();
  await expect(page.getByLabel('Full name')).toHaveValue('Grace Hopper');
  await expect(page.getByText('All changes saved')).toBeVisible();
  await app.restart();
  await expect(app.page.getByLabel('Headline')).toHaveValue('Rear admiral');
});

test('Ctrl+Z undoes a removed bullet and Ctrl+Shift+Z redoes it', async ({ app }) => {
  const { page } = app;
  await page.getByRole('tab', { name: 'Experience & more' }).click();
  await page.getByRole('button', { name: 'Add position' }).click();
  await page.getByRole('button', { name: 'Add a line' }).click();
  await page.getByRole('textbox', { name: 'position 1 Highlights 1', exact: true }).fill('Wrote the first compiler');
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.getByRole('button', { name: 'Remove position 1 Highlights 1' }).click();
  await expect(page.getByRole('textbox', { name: 'position 1 Highlights 1', exact: true })).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('textbox', { name: 'position 1 Highlights 1', exact: true })).toHaveValue(
    'Wrote the first compiler',
  );
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('textbox', { name: 'position 1 Highlights 1', exact: true })).toHaveCount(0);
  // The toast's Undo brings that very bullet back.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'position 1 Highlights 1', exact: true })).toHaveValue(
    'Wrote the first compiler',
  );
});

test('a deleted job comes back with Undo, and stays back', async ({ app }) => {
  const { page } = app;
  await addPastedJob(
    page,
    'Data Analyst at Polar Foods\nOslo, Norway\n\nSQL, dashboards and forecasting for our stores.',
  );
  const detail = page.getByRole('region', { name: 'Job detail' });
  await expect(detail.getByRole('heading', { name: 'Data Analyst' })).toBeVisible();
  await detail.getByRole('button', { name: 'Delete job' }).click();
  await expect(page.getByRole('list', { name: 'Jobs' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Jobs' }).getByRole('listitem')).toHaveCount(1);
  await page.waitForTimeout(8_500);
  await page.reload();
  await expect(page.getByRole('list', { name: 'Jobs' }).getByRole('listitem')).toHaveCount(1);
});

test('a failed URL keeps its text and offers to paste the text instead', async ({ app }) => {
  const { page } = app;
  await nav(page, 'Jobs');
  await page.getByRole('button', { name: 'Add your first job' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a job' });
  const address = `${site}/gone`;
  await dialog.getByLabel('Job page address').fill(address);
  await dialog.getByRole('button', { name: 'Read page' }).click();
  await expect(dialog.getByRole('alert')).toBeVisible();
  await expect(dialog.getByLabel('Job page address')).toHaveValue(address);
  await dialog.getByRole('button', { name: 'Paste the text instead' }).click();
  await expect(dialog.getByLabel('Job ad text')).toBeVisible();
});

test('a URL capture shows the same preview before anything is saved', async ({ app }) => {
  const { page } = app;
  await nav(page, 'Jobs');
  await page.getByRole('button', { name: 'Add your first job' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a job' });
  await dialog.getByLabel('Job page address').fill(`${site}/job`);
  await dialog.getByRole('button', { name: 'Read page' }).click();
  await expect(dialog.getByRole('region', { name: 'Check the captured job' }).getByLabel('Title')).toHaveValue(
    'Platform Engineer',
  );
  await dialog.getByRole('button', { name: 'Discard' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByText('No jobs yet')).toBeVisible();
});

test('a model download that fails says why and offers Retry', async ({ app }) => {
  const { page } = app;
  await nav(page, 'Settings');
  await page.getByLabel('Model address').fill(`${site}/model.gguf`);
  await page.getByRole('button', { name: 'Download', exact: true }).last().click();
  const downloads = page.getByRole('list', { name: 'Downloads' });
  await expect(downloads.getByRole('alert')).toBeVisible({ timeout: 20_000 });
  await expect(downloads).toContainText('failed');
  const before = hits.filter((h) => h === '/model.gguf').length;
  await downloads.getByRole('button', { name: 'Retry' }).click();
  await expect.poll(() => hits.filter((h) => h === '/model.gguf').length, { timeout: 20_000 }).toBeGreaterThan(before);
  await expect(downloads.getByRole('button', { name: 'Retry' })).toBeVisible({ timeout: 20_000 });
});

test('at 900×600 the Jobs screen shows the open job and its match without scrolling', async ({ app, shot }) => {
  const { page } = app;
  await page.setViewportSize({ width: 900, height: 600 });
  await addPastedJob(
    page,
    'Site Reliability Engineer at Fjord Cloud\nBergen, Norway (Remote)\n\nKubernetes, Terraform and Go. On-call one week in six.',
  );
  const selected = page.getByRole('region', { name: 'Selected job' });
  await expect(selected.getByRole('region', { name: 'Job detail' })).toBeVisible();
  const box = await selected.boundingBox();
  expect(box!.y).toBeLessThan(300);
  expect(box!.y + Math.min(box!.height, 200)).toBeLessThanOrEqual(600);
  expect(await page.locator('#main').evaluate((el) => el.scrollTop)).toBe(0);
  await shot('jobs-900x600');
});

test('each screen opens at its top; Back returns to where it was', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1000, height: 500 });
  await page.getByRole('tab', { name: 'Experience & more' }).click();
  const main = page.locator('#main');
  await main.evaluate((el) => el.scrollTo(0, 400));
  await expect.poll(() => main.evaluate((el) => el.scrollTop)).toBeGreaterThan(300);
  await nav(page, 'Settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  expect(await main.evaluate((el) => el.scrollTop)).toBe(0);
  await page.goBack();
  await expect.poll(() => main.evaluate((el) => el.scrollTop)).toBeGreaterThan(300);
});

test('a provider corrected after a failed test works at the next test', async ({ app }) => {
  const { startFakeModelServer } = await import('../src/main/core/ai/testing/fake-model-server');
  const { openai } = await import('../src/main/core/ai/testing/recorded-responses.fixture');
  const model = await startFakeModelServer(() => ({
    sse: openai.stream(['{"ok":true,', '"word":"pong"}'], 'qwen2.5:7b'),
  }));
  try {
    const { page } = app;
    await nav(page, 'Settings');
    const ollama = page.getByTestId('provider-ollama');
    await ollama.getByLabel('Model').fill('qwen2.5:7b');
    // Nothing listens on port 9 of this computer: the test fails and says so.
    await ollama.getByLabel(/Base URL/).fill('http://127.0.0.1:9/v1');
    await ollama.getByLabel(/Base URL/).blur();
    await ollama.getByRole('checkbox').click();
    await ollama.getByRole('button', { name: 'Test connection' }).click();
    await expect(ollama.getByRole('alert')).toBeVisible({ timeout: 30_000 });
    // Corrected: the next test reaches the server at once (no pause left over from the failure).
    await ollama.getByLabel(/Base URL/).fill(`${model.url}/v1`);
    await ollama.getByLabel(/Base URL/).blur();
    await ollama.getByRole('button', { name: 'Test connection' }).click();
    await expect(ollama.getByRole('status')).toContainText('Works: qwen2.5:7b', { timeout: 30_000 });
  } finally {
    await model.close();
  }
});

test('a job file dropped on the empty Jobs screen opens the same check-then-save preview', async ({ app }) => {
  const { page } = app;
  await nav(page, 'Jobs');
  const text = 'Backend Engineer at Nordlicht Energy\nHamburg, Germany (Hybrid)\n\nRequirements\n- Go\n- PostgreSQL';
  const dataTransfer = await page.evaluateHandle((body) => {
    const dt = new DataTransfer();
    dt.items.add(new File([body], 'backend-engineer.txt', { type: 'text/plain' }));
    return dt;
  }, text);
  const target = page.getByText('No jobs yet');
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await expect(page.getByText("Drop the job's file, link or text to add it")).toBeVisible();
  await target.dispatchEvent('drop', { dataTransfer });
  const check = page.getByRole('dialog', { name: 'Add a job' }).getByRole('region', { name: 'Check the captured job' });
  await expect(check.getByLabel('Title')).toHaveValue('Backend Engineer');
  await check.getByRole('button', { name: 'Save job' }).click();
  await expect(
    page.getByRole('region', { name: 'Job detail' }).getByRole('heading', { name: 'Backend Engineer' }),
  ).toBeVisible();
});

test('a second CV import merges by default, shows what will change first, and warns about another name', async ({
  app,
}) => {
  const { page } = app;
  await page.getByLabel('Full name').fill('Jo Park');
  await expect(page.getByText('All changes saved')).toBeVisible();
  const resume = {
    basics: { name: 'Sam Lee', email: 'sam@example.org' },
    work: [{ name: 'Beta GmbH', position: 'Data Lead', startDate: '2020-01' }],
  };
  const dataTransfer = await page.evaluateHandle((body) => {
    const dt = new DataTransfer();
    dt.items.add(new File([body], 'other.json', { type: 'application/json' }));
    return dt;
  }, JSON.stringify(resume));
  for (const type of ['dragenter', 'dragover', 'drop'])
    await page.locator('body').dispatchEvent(type, { dataTransfer });
  const review = page.getByRole('region', { name: 'Review import' });
  await expect(
    review.getByRole('alert').filter({ hasText: 'This CV is for “Sam Lee”, but your profile is “Jo Park”' }),
  ).toBeVisible({ timeout: 30_000 });
  // Merge is the main action; nothing is saved before the plan is shown and confirmed.
  await review.getByRole('button', { name: 'Merge into my profile…' }).click();
  const plan = review.getByLabel('What will change');
  await expect(plan).toContainText('add 1: Data Lead · Beta GmbH (Experience)');
  await review.getByRole('button', { name: 'Merge and save' }).click();
  await expect(review).toHaveCount(0);
  await page.getByRole('tab', { name: 'Experience & more' }).click();
  await expect(page.getByRole('button', { name: /^Data Lead · Beta GmbH/ })).toBeVisible();
});

test('Stop ends a running model download, and the row offers Retry', async ({ app }) => {
  const { page } = app;
  await nav(page, 'Settings');
  await page.getByLabel('Model address').fill(`${site}/slow.gguf`);
  await page.getByRole('button', { name: 'Download', exact: true }).last().click();
  const downloads = page.getByRole('list', { name: 'Downloads' });
  await expect(downloads).toContainText(/[1-9][\d.]* MB of 50\.0 MB/, { timeout: 30_000 });
  await downloads.getByRole('button', { name: 'Stop' }).click();
  await expect(downloads).toContainText('stopped', { timeout: 20_000 });
  await expect(downloads.getByRole('button', { name: 'Retry' })).toBeVisible();
});

test('offline mode shows in the shell on every screen, with what it allows', async ({ app }) => {
  const { page } = app;
  await nav(page, 'Settings');
  await page.getByRole('checkbox', { name: /^Offline mode Jobsmith makes/ }).check();
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  for (const area of ['Profile', 'Jobs', 'Best matches', 'Settings']) {
    await nav(page, area);
    await expect(sidebar.getByRole('status')).toContainText(
      'Offline mode is on. Only servers on this computer are reached.',
    );
  }
  await page.getByRole('checkbox', { name: /may use model servers on this computer/ }).uncheck();
  await expect(page.getByText('Decided: no.')).toBeVisible();
  await expect(sidebar.getByRole('status')).toContainText('Jobsmith contacts no one.');
});
