import { expect, test } from './fixtures';

test('a new user fills in the profile basics, and they persist across a restart', async ({ app, shot }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Profile', level: 1 })).toBeVisible();
  await expect(page.getByText('Start here: tell Jobsmith who you are.')).toBeVisible();
  await shot('profile-empty');

  await page.getByLabel('Full name').fill('Ada Lovelace');
  await page.getByLabel('Headline').fill('Analyst & Programmer');
  await page.getByLabel('Email').fill('ada@example.org');
  await page.getByLabel('Phone').fill('+44 20 7946 0000');
  await page.getByLabel('City').fill('London');
  await page.getByLabel('Country').fill('GB');
  await page.getByRole('button', { name: 'Add link' }).click();
  await page.getByLabel('Link 1 name').fill('GitHub');
  await page.getByLabel('Link 1 URL').fill('https://github.com/ada');
  await page.getByLabel('Summary').fill('Wrote the first published algorithm for a machine.');
  // Every edit saves itself; the label says so only once the core has confirmed.
  await expect(page.getByText('All changes saved')).toBeVisible();
  await shot('profile-saved');

  await page.reload();
  await expect(page.getByLabel('Full name')).toHaveValue('Ada Lovelace');

  await app.restart();
  const reopened = app.page;
  await expect(reopened.getByLabel('Full name')).toHaveValue('Ada Lovelace');
  await expect(reopened.getByLabel('Headline')).toHaveValue('Analyst & Programmer');
  await expect(reopened.getByLabel('Link 1 URL')).toHaveValue('https://github.com/ada');
  await expect(reopened.getByLabel('Summary')).toHaveValue('Wrote the first published algorithm for a machine.');
});

test('an invalid email is refused with a message on the field', async ({ app }) => {
  const { page } = app;
  await page.getByLabel('Full name').fill('Ada');
  await page.getByLabel('Email').fill('not-an-email');
  await expect(page.getByRole('alert').filter({ hasText: 'not a valid email address' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();
  await expect(page.getByText('All changes saved')).toHaveCount(0);
});

test('the shell is keyboard accessible and every area has an empty state', async ({ app, shot }) => {
  const { page } = app;
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  for (const [key, heading, empty] of [
    ['2', 'Jobs', 'No jobs yet'],
    ['4', 'Documents', 'No documents yet'],
    ['5', 'Applications', 'Nothing to track yet'],
    ['6', 'Settings', 'Offline mode'],
  ] as const) {
    await page.keyboard.press(`Control+${key}`);
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await expect(page.getByText(empty).first()).toBeVisible();
  }
  await shot('settings');
  await page.getByRole('radio', { name: 'Dark' }).click();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile' }).click();
  await shot('profile-dark');
});
