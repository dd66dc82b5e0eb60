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
  await addPastedJob(page, 'Data Engineer at Polar Foods\nOslo, Norway (Hybrid)\n\nRequirements\n- Python\n- Apache Kafka\n- Curiosity\n\nNice to have\n- Terraform');
  await expect(page.getByRole('region', { name: 'Match', exact: true })).toBeVisible();
  await check('Jobs (a job open)');
  await open(page, '/matches', 'Best matches');
  await page.getByRole('table', { name: 'Jobs ranked by match' }).getByRole('button', { name: 'Data Engineer' }).click();
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
  await addPastedJob(page, 'Data Engineer at Polar Foods\nOslo, Norway (Hybrid)\n\nRequirements\n- Python\n- Apache Kafka\n- Curiosity\n\nNice to have\n- Terraform\n\n' + 'We move data from our 300 stores into one warehouse. '.repeat(30));
  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const s of SCREENS) {
      await open(page, s.path, s.heading);
      await page.waitForTimeout(300);
      await page.screenshot({ path: `e2e-output/screenshots/screen-${s.heading.replace(/\s+/g, '-').toLowerCase()}-${size.width}x${size.height}.png` });
    }
  }
  await shot('last');
});
