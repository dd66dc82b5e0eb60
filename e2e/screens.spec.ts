import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addPastedJob, axeViolations } from './helpers';

const SIZES = [
  { width: 900, height: 600 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;
const SCREENS = [
  { path: '/profile', heading: 'Profile' },
  { path: '/jobs', heading: 'Jobs' },
  { path: '/matches', heading: 'Best matches' },
  { path: '/documents', heading: 'Documents' },
  { path: '/applications', heading: 'Applications' },
  { path: '/settings', heading: 'Settings' },
] as const;

async function open(page: Page, path: string, heading: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: heading }).click();
  await expect(page).toHaveURL(new RegExp(`#${path}`));
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

/** Every screen, empty and with a job open, passes axe-core (WCAG 2.1 AA rules) with no violation, in light and dark. */
test('axe-core finds no violation on any screen', async ({ app }) => {
  test.setTimeout(400_000);
  const { page } = app;
  const report: string[] = [];
  const check = async (label: string) => {
    const found = await axeViolations(page, label);
    if (found.length) console.log(found.join('\n'));
    report.push(...found);
  };
  for (const s of SCREENS) {
    await open(page, s.path, s.heading);
    await check(`${s.heading} (empty)`);
  }
  await open(page, '/profile', 'Profile');
  await page.getByLabel('Full name').fill('Ada Lovelace');
  await page.getByLabel('Headline').fill('Data engineer: Python, SQL');
  await addPastedJob(
    page,
    'Data Engineer at Polar Foods\nOslo, Norway (Hybrid)\n\nRequirements\n- Python\n- Apache Kafka\n- Curiosity\n\nNice to have\n- Terraform',
  );
  await expect(page.getByRole('region', { name: 'Match', exact: true })).toBeVisible();
  await check('Jobs (a job open)');
  await open(page, '/matches', 'Best matches');
  await page
    .getByRole('table', { name: 'Jobs ranked by match' })
    .getByRole('button', { name: 'Data Engineer' })
    .click();
  await check('Best matches (a row open)');
  await open(page, '/settings', 'Settings');
  await page.getByRole('radio', { name: 'Dark' }).click();
  for (const s of SCREENS) {
    await open(page, s.path, s.heading);
    await check(`${s.heading} (dark)`);
  }
  expect(report, report.join('\n')).toEqual([]);
});

/** Screenshots of every screen at the three sizes the layout is checked at (e2e-output/screenshots). */
test('screenshots of every screen at 900×600, 1280×800 and 1920×1080', async ({ app, shot }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await page.getByLabel('Full name').fill('Ada Lovelace');
  await page.getByLabel('Headline').fill('Data engineer: Python, SQL');
  await addPastedJob(
    page,
    'Data Engineer at Polar Foods\nOslo, Norway (Hybrid)\n\nRequirements\n- Python\n- Apache Kafka\n- Curiosity\n\nNice to have\n- Terraform\n\n' +
      'We move data from our 300 stores into one warehouse. '.repeat(30),
  );
  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const s of SCREENS) {
      await open(page, s.path, s.heading);
      await page.waitForTimeout(300);
      await page.screenshot({
        path: `e2e-output/screenshots/screen-${s.heading.replace(/\s+/g, '-').toLowerCase()}-${size.width}x${size.height}.png`,
      });
    }
  }
  await shot('last');
});

/** Long titles in the import review wrap inside their cards at every width from 900 to 1920 px; nothing leaves its card. */
test('import review rows stay inside their cards from 900 to 1920 px', async ({ app }) => {
  const { page } = app;
  const long = 'Principal Distributed Systems and Developer Experience Engineer, Platform Infrastructure';
  const resume = {
    basics: { name: 'Jo Park', label: 'Engineer', email: 'jo@example.org' },
    work: [
      {
        name: 'Internationale Handelsgesellschaft für Logistik und Versand mbH',
        position: long,
        startDate: '2019-01',
        highlights: ['Ran the deploy pipeline for 40 teams'],
      },
      { name: 'Acme', position: 'Engineer', startDate: '2015-03', endDate: '2018-12' },
    ],
  };
  const dataTransfer = await page.evaluateHandle((body) => {
    const dt = new DataTransfer();
    dt.items.add(new File([body], 'resume.json', { type: 'application/json' }));
    return dt;
  }, JSON.stringify(resume));
  for (const type of ['dragenter', 'dragover', 'drop'])
    await page.locator('body').dispatchEvent(type, { dataTransfer });
  const review = page.getByRole('region', { name: 'Review import' });
  await expect(review.getByRole('button', { name: new RegExp(`^${long.slice(0, 20)}`) })).toBeVisible({
    timeout: 30_000,
  });
  for (const size of [
    { width: 900, height: 600 },
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    const escaped = await review.locator('li[data-fact-id]').evaluateAll((rows) =>
      rows.flatMap((row) => {
        const box = row.getBoundingClientRect();
        return [...row.querySelectorAll(':scope > div > *')]
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.right > box.right + 0.5 || r.left < box.left - 0.5)
          .map(() => row.getAttribute('aria-label'));
      }),
    );
    expect(escaped, `at ${size.width}px`).toEqual([]);
    await page.screenshot({ path: `e2e-output/screenshots/import-review-${size.width}x${size.height}.png` });
  }
});
