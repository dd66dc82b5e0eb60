import { createCore } from '../src/main/core/app-core';
import { SAMPLE_JOB, SAMPLE_PROFILE } from '../src/main/core/match/testing/sample-match.fixture';
import { insertTestJob } from '../src/main/core/match/testing';
import { expect, test } from './fixtures';

test('best matches ranks saved jobs and explains a match with evidence that leads to the profile', async ({
  app,
  shot,
}) => {
  const { page } = app;
  // Seed the profile and two jobs through the real core on the same data folder (SQLite WAL).
  const core = createCore({ dataDir: app.dataDir });
  core.profile.save(SAMPLE_PROFILE);
  insertTestJob(core.database.db, {
    id: 'job-python',
    title: SAMPLE_JOB.title,
    company: 'Logistics GmbH',
    text: SAMPLE_JOB.text,
  });
  insertTestJob(core.database.db, {
    id: 'job-office',
    title: 'Office Manager',
    company: 'Paper Ltd',
    text: 'Requirements\n- Microsoft Excel\n- Fluent French',
  });
  await core.close();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Best matches' }).click();
  await expect(page.getByRole('heading', { name: 'Best matches', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: 'Jobs ranked by match' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row').nth(1)).toContainText('Senior Python Engineer');
  await expect(table.getByRole('row').nth(1).getByLabel('Match 74 of 100')).toBeVisible();

  await table.getByRole('button', { name: 'Senior Python Engineer' }).click();
  const panel = page.getByRole('region', { name: 'Match' });
  await expect(panel.getByRole('meter', { name: 'Required skills' })).toBeVisible();
  const missing = panel.getByRole('region', { name: 'Missing keywords' });
  await expect(missing).toContainText('Apache Kafka');
  // Each gap's hint says where to prove it (shown on the chip's hover).
  await expect(missing.getByRole('listitem').filter({ hasText: 'Apache Kafka' })).toHaveAttribute(
    'title',
    /Senior Backend Engineer at Acme GmbH/,
  );
  await shot('match-panel');

  await panel
    .getByRole('region', { name: 'Matched keywords' })
    .getByRole('link', { name: /PostgreSQL serving/ })
    .first()
    .click();
  await expect(page).toHaveURL(/#\/profile\?fact=w1h1$/);
  await expect(page.getByRole('heading', { name: 'Profile', level: 1 })).toBeVisible();
  // The profile opens on the tab and entry that hold the bullet, scrolled to it, highlighted and focused.
  await expect(page.getByRole('tab', { name: 'Experience & more' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('button', { name: /^Senior Backend Engineer · Acme GmbH/ })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  const bullet = page.locator('[data-fact-id="w1h1"]');
  await expect(bullet).toHaveClass(/ring-2/);
  await expect(bullet).toBeInViewport();
  await expect(bullet.getByRole('textbox')).toHaveValue(/PostgreSQL serving 2M requests/);
  await expect(bullet.getByRole('textbox')).toBeFocused();
  await shot('profile-evidence-focus');
  // The highlight is brief; the other position stays collapsed.
  await expect(bullet).not.toHaveClass(/ring-2/, { timeout: 5000 });
  await expect(page.getByRole('button', { name: /^Software Developer · Beta Ltd/ })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
});

test('the jobs list sorts by match with the score on every row, and hints at the profile until there is one', async ({
  app,
}) => {
  const { page } = app;
  const core = createCore({ dataDir: app.dataDir });
  // The office job is the newest and its company comes first: each sort gives its own order.
  insertTestJob(core.database.db, {
    id: 'job-python',
    title: SAMPLE_JOB.title,
    company: 'Logistics GmbH',
    text: SAMPLE_JOB.text,
    updatedAt: '2025-01-01T00:00:00.000Z',
  });
  insertTestJob(core.database.db, {
    id: 'job-office',
    title: 'Office Manager',
    company: 'Albatros Ltd',
    text: 'Requirements\n- Microsoft Excel\n- Fluent French',
    updatedAt: '2025-02-01T00:00:00.000Z',
  });
  await core.close();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs' }).click();
  const list = page.getByRole('list', { name: 'Jobs' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  // No profile yet: a hint instead of empty badges, and "Best match" cannot be picked.
  await expect(page.getByRole('note')).toContainText('Match scores appear once your profile has something in it');
  await expect(list.getByLabel(/^Match \d+ of 100$/)).toHaveCount(0);
  const sort = page.getByRole('combobox', { name: 'Sort by' });
  await expect(sort.getByRole('option', { name: 'Best match' })).toBeDisabled();

  const seed = createCore({ dataDir: app.dataDir });
  seed.profile.save(SAMPLE_PROFILE);
  await seed.close();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile' }).click();
  await expect(page.getByRole('tab', { name: 'Basics' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs' }).click();

  await expect(page.getByRole('note')).toHaveCount(0);
  await expect(list.getByRole('listitem').nth(0)).toContainText('Office Manager');
  await expect(list.getByRole('listitem').nth(1).getByLabel('Match 74 of 100')).toBeVisible();
  // Keyboard: focus the control and step down from "Newest" to "Best match".
  await sort.focus();
  await page.keyboard.press('ArrowDown');
  await expect(sort).toHaveValue('match');
  await expect(list.getByRole('listitem').nth(0)).toContainText('Senior Python Engineer');
  await expect(list.getByRole('listitem').nth(0).getByLabel('Match 74 of 100')).toBeVisible();
  await expect(list.getByRole('listitem').nth(1)).toContainText('Office Manager');
  await sort.selectOption({ label: 'Company' });
  await expect(list.getByRole('listitem').nth(0)).toContainText('Albatros Ltd');
  await sort.selectOption({ label: 'Newest' });
  await expect(list.getByRole('listitem').nth(0)).toContainText('Office Manager');
});
