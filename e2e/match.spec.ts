import { createCore } from '../src/main/core/app-core';
import { SAMPLE_JOB, SAMPLE_PROFILE } from '../src/main/core/match/__fixtures__/sample';
import { insertTestJob } from '../src/main/core/match/testing';
import { expect, test } from './fixtures';

test('best matches ranks saved jobs and explains a match with evidence that leads to the profile', async ({ app, shot }) => {
  const { page } = app;
  // Seed the profile and two jobs through the real core on the same data folder (SQLite WAL).
  const core = createCore({ dataDir: app.dataDir });
  core.profile.save(SAMPLE_PROFILE);
  insertTestJob(core.database.db, { id: 'job-python', title: SAMPLE_JOB.title, company: 'Logistics GmbH', text: SAMPLE_JOB.text });
  insertTestJob(core.database.db, { id: 'job-office', title: 'Office Manager', company: 'Paper Ltd', text: 'Requirements\n- Microsoft Excel\n- Fluent French' });
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
  await expect(missing).toContainText('Senior Backend Engineer at Acme GmbH');
  await shot('match-panel');

  await panel.getByRole('region', { name: 'Matched keywords' }).getByRole('link', { name: /PostgreSQL serving/ }).first().click();
  await expect(page).toHaveURL(/#\/profile\?fact=w1h1$/);
  await expect(page.getByRole('heading', { name: 'Profile', level: 1 })).toBeVisible();
});
