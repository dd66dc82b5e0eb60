import { createCore } from '../src/main/core/app-core';
import { insertTestJob } from '../src/main/core/match/testing';
import { SAMPLE_JOB, sampleProfile } from '../src/main/core/tailor/testing/sample-profile.fixture';
import { expect, test } from './fixtures';

test('generate with no model from a stored profile and job: live progress, then the result with zero flags', async ({
  app,
  shot,
}) => {
  const { page } = app;
  const core = createCore({ dataDir: app.dataDir });
  core.profile.save(sampleProfile());
  insertTestJob(core.database.db, {
    id: 'job-initech',
    title: SAMPLE_JOB.title,
    company: SAMPLE_JOB.company,
    text: SAMPLE_JOB.text,
  });
  await core.close();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs' }).click();
  await page.getByRole('list', { name: 'Jobs' }).getByText(SAMPLE_JOB.title).click();
  const panel = page.getByRole('region', { name: 'Tailored CV and letter' });
  await expect(panel.getByLabel('Writer')).toHaveValue('__none__');
  await panel.getByLabel('Letter tone').selectOption('enthusiastic');
  await panel.getByLabel('Letter length').selectOption('short');
  // The key points are the facts the selection stage proposes for this job.
  const points = panel.getByRole('group', { name: 'Key points for the letter' });
  await expect(points).toContainText('Led a team of 5 engineers building the Python settlement service.');
  await points.getByRole('checkbox', { name: /Mentored 3 junior developers/ }).check();
  await expect(points).toContainText('1 of 4');
  await panel.getByRole('button', { name: 'Generate' }).click();

  const progress = panel.getByRole('list', { name: 'Progress' });
  await expect(progress.getByRole('listitem')).toHaveCount(4);
  await expect(progress.locator('[data-status="done"]')).toHaveCount(4);
  await expect(progress).toContainText('Check every claim');
  const result = panel.getByLabel('Result');
  await expect(result.getByRole('status')).toContainText('every claim traces to your profile');
  await expect(result).toContainText('Written without a model');
  await expect(result).toContainText('Led a team of 5 engineers building the Python settlement service.');
  await result.locator('summary', { hasText: 'Cover letter' }).click();
  await expect(result.getByLabel('Cover letter')).toContainText(
    'I was excited to see the Senior Python Engineer opening at Initech',
  );
  await expect(result.getByLabel('Cover letter')).toContainText(
    'At Globex Retail, I mentored 3 junior developers through code review.',
  );
  await expect(result.getByRole('list', { name: 'ATS checks' })).toContainText('Contact details');
  await shot('tailor-no-model-result');
  // The run's CV is a document version: the review screen opens it.
  await result.getByRole('link', { name: 'Review and export the CV' }).click();
  await expect(page).toHaveURL(/#\/documents\?version=\d+$/);
  await expect(
    page.getByText('Led a team of 5 engineers building the Python settlement service.').first(),
  ).toBeVisible();
});
