import { createCore } from '../src/main/core/app-core';
import { janeDoe } from '../src/main/core/documents/testing/profiles.fixture';
import { expect, test } from './fixtures';

test('documents: a CV from the profile with a template, its live preview, a listed version and a PDF download', async ({
  app,
  shot,
}) => {
  const { page } = app;
  const core = createCore({ dataDir: app.dataDir, watchIntervalMs: null });
  core.profile.save(janeDoe());
  await core.close();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Documents' }).click();
  await expect(page.getByRole('heading', { name: 'Documents', level: 1 })).toBeVisible();
  await page.getByLabel('Template').selectOption('modern');
  await page.getByRole('button', { name: 'New CV from profile' }).click();

  const versions = page.getByRole('navigation', { name: 'Document versions' });
  await expect(versions.getByRole('button', { name: /CV from the profile/ })).toHaveAttribute('aria-current', 'true');
  await expect(versions).toContainText('modern');
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('img', { name: /Preview of the document, 1 pages?/ })).toBeVisible();
  await expect(preview).toContainText('1 page');
  await shot('documents-preview');

  const download = page.waitForEvent('download');
  await page.getByRole('region', { name: 'Export' }).getByRole('button', { name: 'PDF' }).click();
  expect((await download).suggestedFilename()).toBe('Jane-Doe-CV.pdf');
  await expect(page.getByRole('region', { name: 'Export' }).getByRole('status')).toContainText(
    'Exported Jane-Doe-CV.pdf',
  );
});

test('documents: an unchecked claim blocks export until resolved; "It is true" adds it to the profile; an edit is checked again', async ({
  app,
  shot,
}) => {
  const { page } = app;
  const core = createCore({ dataDir: app.dataDir, watchIntervalMs: null });
  core.profile.save(janeDoe());
  const tailored = janeDoe();
  tailored.work[0]!.highlights[0]!.text = 'Led a team of five engineers rebuilding the settlement pipeline in Go.';
  const saved = core.documents.save({
    source: 'tailored',
    title: 'CV for Staff Engineer at Globex',
    content: { kind: 'cv', cv: tailored, citations: {} },
    flags: [
      {
        id: 'f1',
        blockId: 'h1',
        start: 15,
        end: 29,
        text: 'five engineers',
        kind: 'team-size',
        reason: 'no fact gives the team size',
        status: 'open',
      },
    ],
    matchBefore: 0.61,
    matchAfter: 0.74,
  });
  expect(saved.id).toBe(1);
  await core.close();

  // The tailoring flow ends on /documents?version=<id>: the version opens for review.
  await page.goto(page.url().replace(/#.*$/, '') + '#/documents?version=1');
  await expect(
    page
      .getByRole('navigation', { name: 'Document versions' })
      .getByRole('button', { name: /CV for Staff Engineer at Globex/ }),
  ).toHaveAttribute('aria-current', 'true');
  await expect(page.getByLabel('Match before 61, after 74')).toBeVisible();
  const changes = page.getByRole('region', { name: 'Changes from your profile' });
  await expect(changes).toContainText('Led a team of five engineers rebuilding the settlement pipeline in Go.');
  await expect(page.getByRole('region', { name: 'Document text' }).locator('mark')).toHaveText('five engineers');

  await page.getByRole('region', { name: 'Export' }).getByRole('button', { name: 'PDF' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Resolve 1 unchecked claim before exporting: "five engineers" (no fact gives the team size)',
  );
  await shot('documents-flag');

  // "It is true": the core adds the claim to the profile and saves a new version without the flag.
  await page.getByRole('group', { name: 'Claim "five engineers"' }).getByRole('button', { name: 'It is true' }).click();
  const versions = page.getByRole('navigation', { name: 'Document versions' });
  await expect(versions.getByRole('button')).toHaveCount(2);
  await expect(versions.getByRole('button').first()).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('group', { name: 'Claim "five engineers"' })).toHaveCount(0);
  const check = createCore({ dataDir: app.dataDir, watchIntervalMs: null });
  expect(check.profile.get().profile.basics.summary).toContain(
    'Led a team of five engineers rebuilding the settlement pipeline in Go.',
  );
  await check.close();

  // An edit cannot slip a new claim past the export guard: the saved text is checked again.
  const text = page.getByRole('region', { name: 'Document text' });
  await text
    .locator('[data-block-id="h1"]')
    .getByRole('button', { name: /^Edit / })
    .click();
  await text
    .getByRole('textbox')
    .fill('Led a team of five engineers rebuilding the settlement pipeline in Go, saving 70% of its cost.');
  await text.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Save as new version' }).click();
  await expect(versions.getByRole('button')).toHaveCount(3);
  await expect(text.locator('mark')).toHaveText('70%');
  await page.getByRole('region', { name: 'Export' }).getByRole('button', { name: 'PDF' }).click();
  await expect(page.getByRole('alert')).toContainText('Resolve 1 unchecked claim before exporting: "70%"');
  await page.getByRole('group', { name: 'Claim "70%"' }).getByRole('button', { name: 'Remove claim' }).click();
  await expect(versions.getByRole('button')).toHaveCount(4);
  await expect(page.getByRole('group', { name: 'Claim "70%"' })).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByRole('region', { name: 'Export' }).getByRole('button', { name: 'DOCX' }).click();
  expect((await download).suggestedFilename()).toBe('Jane-Doe-CV.docx');
});
