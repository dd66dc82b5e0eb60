import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HIDDEN_INSTRUCTIONS_PAGE, SAMPLE_PAGES } from '../src/main/core/jobs/testing/sample-pages.fixture';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** A local site replaying job pages, so capture by URL never touches the internet. */
let server: Server;
let site = '';
test.beforeAll(async () => {
  server = createServer((req, res) => {
    const page = SAMPLE_PAGES.find((p) => p.path === req.url);
    if (page) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page.html);
    if (req.url === '/trap')
      return void res.writeHead(200, { 'content-type': 'text/html' }).end(HIDDEN_INSTRUCTIONS_PAGE);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** "Add job" → URL → read → check → save: the one flow every capture path shares. */
async function addByUrl(page: Page, url: string) {
  await page
    .getByRole('button', { name: /Add (your first )?job/ })
    .first()
    .click();
  await page.getByLabel('Job page address').fill(url);
  await page.getByRole('button', { name: 'Read page' }).click();
  await page.getByRole('region', { name: 'Check the captured job' }).getByRole('button', { name: 'Save job' }).click();
}

test('capture a job by URL, read it, and find it again by search', async ({ app, shot }) => {
  const { page } = app;
  await page.getByRole('link', { name: 'Jobs' }).click();
  await expect(page.getByText('No jobs yet')).toBeVisible();

  await addByUrl(page, `${site}${SAMPLE_PAGES[0]!.path}`);
  const detail = page.getByRole('region', { name: 'Job detail' });
  await expect(detail.getByRole('heading', { name: 'Staff Data Engineer' })).toBeVisible();
  await expect(detail.getByText('Acme Analytics')).toBeVisible();
  await expect(detail.getByLabel('Job description')).toContainText('Spark and Kafka at scale');
  await expect(detail.getByText(/EUR 95,000–120,000 a year/)).toBeVisible();
  await shot('jobs-captured-url');

  await addByUrl(page, `${site}${SAMPLE_PAGES[2]!.path}`);
  await expect(detail.getByRole('heading', { name: 'Product Designer' })).toBeVisible();

  const list = page.getByRole('list', { name: 'Jobs' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await page.getByLabel('Search jobs').fill('kafka');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByText('Staff Data Engineer')).toBeVisible();
});

test('capture a job by paste: check the guessed fields, correct one, save', async ({ app }) => {
  const { page } = app;
  await page.getByRole('link', { name: 'Jobs' }).click();
  await page.getByRole('button', { name: 'Add your first job' }).click();
  await page.getByRole('button', { name: 'Paste' }).click();
  await page
    .getByLabel('Job ad text')
    .fill(
      'Senior Frontend Engineer at Kiwi Health\nAuckland, New Zealand (Hybrid)\n\nWe build patient apps in React and TypeScript.',
    );
  await page.getByRole('button', { name: 'Read job ad' }).click();
  const check = page.getByRole('region', { name: 'Check the captured job' });
  await expect(check.getByLabel('Title')).toHaveValue('Senior Frontend Engineer');
  await expect(check.getByLabel('Company')).toHaveValue('Kiwi Health');
  await expect(check.getByLabel('Location')).toHaveValue('Auckland, New Zealand');
  await check.getByLabel('Company').fill('Kiwi Health Ltd');
  await check.getByRole('button', { name: 'Save job' }).click();
  const detail = page.getByRole('region', { name: 'Job detail' });
  await expect(detail.getByText('Kiwi Health Ltd')).toBeVisible();
});

test('a page with hidden instructions is cleaned and the capture log says what was removed', async ({ app, shot }) => {
  const { page } = app;
  await page.getByRole('link', { name: 'Jobs' }).click();
  await addByUrl(page, `${site}/trap`);
  const detail = page.getByRole('region', { name: 'Job detail' });
  await expect(detail.getByRole('heading', { name: 'QA Engineer' })).toBeVisible();
  await expect(detail.getByLabel('Job description')).not.toContainText('Ignore all previous instructions');
  await detail.getByText('Capture log').click();
  await expect(detail.getByLabel('Capture log')).toContainText('Removed 5 hidden passages');
  await shot('jobs-hidden-removed');
});
