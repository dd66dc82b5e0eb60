import axe from 'axe-core';
import type { Page } from '@playwright/test';
import { createCore } from '../src/main/core/app-core';
import { jobCapture } from '../src/main/core/applications/testing/tracker-harness';
import { HUNTR_EXPORT } from '../src/main/core/applications/testing/tracker-exports.fixture';
import { expect, test } from './fixtures';

/** axe-core finds nothing on the page (injected through the debugger, so the app's CSP stays as it is). */
async function expectAccessible(page: Page): Promise<void> {
  await page.evaluate(axe.source);
  const result = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run());
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Seeds two applied applications through the real core on the app's data folder. */
async function seed(dataDir: string): Promise<void> {
  const core = createCore({ dataDir });
  for (const [title, company] of [
    ['Staff Data Engineer', 'Acme Analytics'],
    ['Product Designer', 'Kiwi Health'],
  ] as const) {
    const { job } = core.jobs.addCapture(jobCapture(title, company), 'saved');
    core.applications.applications.add({ jobId: job.id, status: 'applied', on: '2026-01-05' });
  }
  await core.close();
}

test('drag a card to another column with the mouse, then see the move on its timeline', async ({ app, shot }) => {
  await seed(app.dataDir);
  const { page } = app;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Applications' }).click();
  const applied = page.getByRole('list', { name: 'Applied applications' });
  const screening = page.getByRole('list', { name: 'Screening applications' });
  const card = applied.getByRole('button', { name: /Staff Data Engineer at Acme Analytics/ });
  await expect(card).toBeVisible();
  await shot('applications-board');
  await expectAccessible(page);

  const from = (await card.boundingBox())!;
  const to = (await page.getByRole('region', { name: 'Screening' }).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++)
    await page.mouse.move(
      from.x + from.width / 2 + ((to.x + to.width / 2 - from.x - from.width / 2) * i) / 12,
      to.y + 60,
    );
  await page.mouse.up();
  await expect(screening.getByRole('button', { name: /Staff Data Engineer at/ })).toBeVisible();
  await expect(applied.getByRole('button', { name: /Staff Data Engineer at/ })).toHaveCount(0);

  await screening.getByRole('button', { name: /Staff Data Engineer at/ }).press('Enter');
  const detail = page.getByRole('region', { name: 'Application detail' });
  await expect(detail.getByRole('list', { name: 'Timeline' })).toContainText('Moved to Screening (from Applied)');
  await shot('applications-detail');
  await expectAccessible(page);
});

test('move a card with the keyboard alone (space, arrows, space), then see the move on its timeline', async ({
  app,
}) => {
  await seed(app.dataDir);
  const { page } = app;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Applications' }).click();
  const card = page
    .getByRole('list', { name: 'Applied applications' })
    .getByRole('button', { name: /Product Designer at Kiwi Health/ });
  await card.focus();
  // Each step waits for what a screen reader hears (dnd-kit's live region) before the next key.
  const heard = (text: string) => expect(page.getByRole('status').filter({ hasText: text })).toHaveCount(1);
  await page.keyboard.press('Space');
  await heard('Product Designer at Kiwi Health is over Applied');
  await page.keyboard.press('ArrowRight');
  await heard('is over Screening');
  await page.keyboard.press('ArrowRight');
  await heard('is over Interviewing');
  await page.keyboard.press('Space');
  await heard('moved to Interviewing');
  const interviewing = page.getByRole('list', { name: 'Interviewing applications' });
  await expect(interviewing.getByRole('button', { name: /Product Designer at/ })).toBeVisible();

  await interviewing.getByRole('button', { name: /Product Designer at/ }).focus();
  await page.keyboard.press('Enter');
  const timeline = page.getByRole('region', { name: 'Application detail' }).getByRole('list', { name: 'Timeline' });
  await expect(timeline).toContainText('Moved to Interviewing (from Applied)');

  // The timeline takes a logged note, rendered from Markdown with nothing unsafe kept.
  await page.getByLabel('Event note').fill('Great call with **Hemi** <img src=x onerror="window.hacked=1">');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(timeline.locator('strong', { hasText: 'Hemi' })).toBeVisible();
  await expect(timeline.locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
});

test('import a Huntr export after its preview, then find it in the table and see the insight', async ({
  app,
  shot,
}) => {
  const { page } = app;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Applications' }).click();
  await expect(page.getByText('Nothing to track yet')).toBeVisible();
  await page
    .getByLabel('CSV file to import')
    .setInputFiles({ name: 'huntr.csv', mimeType: 'text/csv', buffer: Buffer.from(HUNTR_EXPORT) });
  const preview = page.getByRole('region', { name: 'Import preview' });
  await expect(preview.getByRole('heading')).toContainText('read as a huntr export');
  await expect(preview.getByRole('alert')).toContainText('Line 7: "13/45/2026" is not a date');
  await shot('applications-import-preview');
  await preview.getByRole('button', { name: 'Import 3 applications' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 3 applications' })).toBeVisible();

  await page.getByRole('tab', { name: 'Table' }).click();
  const table = page.getByRole('table', { name: 'Applications' });
  await expect(table.getByRole('row')).toHaveCount(4);
  await page.getByLabel('Search applications').fill('take-home');
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toContainText('Data Scientist');

  await page.getByRole('tab', { name: 'Insight' }).click();
  const insight = page.getByRole('region', { name: 'Insight' });
  await expect(insight.getByText('Response rate', { exact: true })).toBeVisible();
  await expect(insight.getByRole('img', { name: 'Funnel' })).toBeVisible();
  await shot('applications-insight');
  await expectAccessible(page);
});
