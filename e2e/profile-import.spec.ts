import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';
import { ROOT } from './launch';

const RESUMES = path.join(path.resolve(ROOT, '../shared'), 'fixtures/resumes');
const PDF = path.join(RESUMES, 'reactive-resume_azurill.pdf');

/** Drops a file on the Profile screen the way a person does from their file manager. */
async function dropFile(page: Page, file: string, type: string) {
  const dataTransfer = await page.evaluateHandle(
    ({ b64, name, mime }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], name, { type: mime }));
      return dt;
    },
    { b64: readFileSync(file).toString('base64'), name: path.basename(file), mime: type },
  );
  // Dropped on the window (the page body), not on a particular widget.
  const zone = page.locator('body');
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('dragover', { dataTransfer });
  await expect(page.getByText('Drop your CV to import it')).toBeVisible();
  await zone.dispatchEvent('drop', { dataTransfer });
}

test.describe('importing a CV', () => {
  test.skip(!existsSync(PDF), `needs ../shared/fixtures/resumes (absent here: ${RESUMES})`);

  test('a real PDF dropped on the window is parsed, reviewed, fixed and saved as a version', async ({ app, shot }) => {
    const { page } = app;
    await expect(page.getByRole('heading', { name: 'Profile', level: 1 })).toBeVisible();
    await dropFile(page, PDF, 'application/pdf');

    const review = page.getByRole('region', { name: 'Review import' });
    await expect(review.getByText('Review what Jobsmith read from reactive-resume_azurill.pdf')).toBeVisible({
      timeout: 30_000,
    });
    await expect(review.getByRole('region', { name: 'Document text' })).toContainText('Creative Solutions Inc.');
    await expect(review.getByLabel('Full name')).toHaveValue('John Doe');
    await expect(
      review.getByRole('listitem', { name: /position 1: Senior Web Developer · Creative Solutions Inc\./ }),
    ).toBeVisible();
    await shot('import-review');

    // Fix a field before saving: the headline.
    await review.getByLabel('Headline').fill('Senior Web Developer');
    await review.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText('Profile saved from your CV', { exact: true })).toBeVisible();

    // The basics form now shows the imported (and fixed) data.
    await expect(page.getByLabel('Full name')).toHaveValue('John Doe');
    await expect(page.getByLabel('Headline')).toHaveValue('Senior Web Developer');

    // The sections were stored; edit one, delete one with undo, save.
    await page.getByRole('tab', { name: 'Experience & more' }).click();
    await expect(page.getByRole('listitem', { name: /position 2: Web Developer · TechAdvancers/ })).toBeVisible();
    await page.getByRole('button', { name: 'Delete Web Developer · TechAdvancers' }).click();
    await expect(page.getByRole('listitem', { name: /TechAdvancers/ })).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(page.getByRole('listitem', { name: /position 2: Web Developer · TechAdvancers/ })).toBeVisible();
    // Reorder with the keyboard (the drag handle works with a mouse too): TechAdvancers moves up.
    const handle = page.getByRole('button', { name: 'Drag to reorder Web Developer · TechAdvancers' });
    await handle.focus();
    await page.keyboard.press('Space');
    await expect(page.getByText('Web Developer · TechAdvancers is over position 2 of 2.')).toBeAttached();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByText('Web Developer · TechAdvancers is over position 1 of 2.')).toBeAttached();
    await page.keyboard.press('Space');
    await expect(page.getByText('Dropped Web Developer · TechAdvancers at position 1 of 2.')).toBeAttached();
    await expect(page.getByRole('listitem', { name: /position 1: Web Developer · TechAdvancers/ })).toBeVisible();
    await page.getByRole('button', { name: 'Add skill' }).click();
    await page.getByLabel('skill 4 Skill').fill('TypeScript');
    // Edits save themselves (no Save button); the label confirms once the core has them.
    await expect(page.getByText('All changes saved')).toBeVisible();

    // Both the import and the editing session are versions; compare them.
    await page.getByRole('tab', { name: 'Versions' }).click();
    await expect(page.getByText('Imported reactive-resume_azurill.pdf (PDF)')).toBeVisible();
    await expect(page.getByText('Edited work, skills')).toBeVisible();
    await page.getByLabel('Compare version 1').check();
    await page.getByLabel('Compare version 2').check();
    await expect(page.getByRole('region', { name: 'Comparison' })).toContainText('added');
    await expect(page.getByRole('region', { name: 'Comparison' })).toContainText('TypeScript');
    await expect(page.getByRole('region', { name: 'Comparison' })).toContainText('work · order');
    await shot('profile-versions');
    await page.getByRole('button', { name: 'View version 1' }).click();
    await expect(page.getByRole('region', { name: 'Comparison' })).toContainText(
      'Senior Web Developer · Creative Solutions Inc.',
    );
    await expect(page.getByRole('region', { name: 'Comparison' })).not.toContainText('TypeScript');

    // Everything survives a restart.
    await app.restart();
    await expect(app.page.getByLabel('Full name')).toHaveValue('John Doe');
  });

  test('fields the parser was unsure of are marked and can be fixed before saving', async ({ app }) => {
    const { page } = app;
    await dropFile(page, path.join(RESUMES, 'billryan_resume-en.pdf'), 'application/pdf');
    const review = page.getByRole('region', { name: 'Review import' });
    await expect(review.getByText(/fields? to check \(marked\)/)).toBeVisible({ timeout: 30_000 });
    const unsure = review.locator('[data-uncertain]');
    await expect(unsure.first()).toBeVisible();
    await expect(unsure.first()).toContainText('Jobsmith was not sure about this');
    await unsure.first().locator('input, textarea').first().fill('Research Intern');
    await review.getByRole('button', { name: 'Save profile' }).click();
    await page.getByRole('tab', { name: 'Experience & more' }).click();
    await expect(page.getByRole('listitem', { name: /Research Intern/ })).toBeVisible();
  });

  test('a program renamed to .pdf is refused with a clear message and nothing is saved', async ({ app }) => {
    const { page } = app;
    const exe = path.join(app.dataDir, 'cv.pdf');
    const bytes = Buffer.alloc(2048);
    bytes.write('MZ\x90\x00This program cannot be run in DOS mode.', 'latin1');
    (await import('node:fs')).writeFileSync(exe, bytes);
    await dropFile(page, exe, 'application/pdf');
    await expect(page.getByRole('alert').filter({ hasText: 'Windows program' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('Start here: tell Jobsmith who you are.')).toBeVisible();
  });
});
