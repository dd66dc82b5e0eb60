import { unzipSync } from 'fflate';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createCore } from '../src/main/core/app-core';
import { janeDoe } from '../src/main/core/documents/testing/profiles.fixture';
import { DELETE_ALL_CONFIRMATION } from '../src/shared/domain/privacy';
import { expect, test } from './fixtures';
import { addPastedJob, axeViolations, nav } from './helpers';

const JOB_AD =
  'Staff Engineer at Globex\nLondon, hybrid\nWe need TypeScript, PostgreSQL and Kubernetes. You will lead the payments platform.';

test('your data: the export is one zip of everything; delete-all needs the phrase and leaves an empty profile', async ({
  app,
  shot,
}) => {
  const { page } = app;
  const core = createCore({ dataDir: app.dataDir, watchIntervalMs: null });
  core.profile.save(janeDoe());
  await core.close();
  await page.reload();
  await nav(page, 'Profile');
  await expect(page.getByLabel('Full name')).toHaveValue('Jane Doe');
  await addPastedJob(page, JOB_AD);

  await nav(page, 'Settings');
  const section = page.getByRole('region', { name: 'Your data' });
  await expect(section.getByRole('table', { name: 'Backups' }).getByRole('row')).not.toHaveCount(1); // more than the header: the core backs up at start
  expect(await axeViolations(page, 'settings: your data')).toEqual([]);

  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Export all my data' }).click();
  const file = await (await download).path();
  const zip = readFileSync(file);
  expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
  const dump = JSON.parse(new TextDecoder().decode(unzipSync(new Uint8Array(zip))['database.json'])) as {
    tables: Record<string, unknown[]>;
  };
  expect(JSON.stringify(dump.tables)).toContain('Jane Doe');
  expect(JSON.stringify(dump.tables)).toContain('Globex');
  await expect(section.getByRole('status')).toContainText(/Saved jobsmith-data-.*\.zip/);

  await section.getByRole('button', { name: 'Delete all my data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete all your data?' });
  const confirm = dialog.getByRole('button', { name: 'Delete everything' });
  await expect(confirm).toBeDisabled();
  const phrase = dialog.getByLabel(/Type .* to confirm/);
  await phrase.fill(DELETE_ALL_CONFIRMATION.toLowerCase());
  await expect(confirm).toBeDisabled();
  expect(await axeViolations(page, 'settings: delete-all dialog')).toEqual([]);
  await shot('settings-delete-all');
  await phrase.fill(DELETE_ALL_CONFIRMATION);
  await expect(confirm).toBeEnabled();
  const reloaded = page.waitForEvent('load'); // every store starts again from the empty profile
  await confirm.click();
  await reloaded;
  await expect(dialog).toHaveCount(0);
  await expect(section.getByRole('status')).toContainText('All your data was deleted'); // said again after the reload

  await nav(page, 'Profile');
  await expect(page.getByText('Start here: tell Jobsmith who you are.')).toBeVisible();
  await expect(page.getByLabel('Full name')).toHaveValue('');
  await nav(page, 'Jobs');
  await expect(page.getByText('No jobs yet')).toBeVisible();
});

test('your data: a backup is restored at the next start, and the screen says the current data is kept aside', async ({
  app,
}) => {
  const { page } = app;
  await nav(page, 'Settings');
  const section = page.getByRole('region', { name: 'Your data' });
  const restore = section.getByRole('button', { name: /^Restore at next start: the backup of / }).first();
  await restore.click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('kept aside (renamed in the data folder), not deleted');
  await dialog.getByRole('button', { name: 'Restore at next start' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(section.getByRole('status')).toContainText('moved aside (renamed), not deleted');
  await expect(section.getByText('Restores at next start')).toBeVisible();
  expect(existsSync(path.join(app.dataDir, 'restore-pending.json'))).toBe(true);
});
