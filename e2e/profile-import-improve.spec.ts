import type { Page } from 'playwright-core';
import { startFakeModelServer } from '../src/main/core/ai/testing/fake-model-server';
import { openai } from '../src/main/core/ai/testing/recorded-responses.fixture';
import { expect, test } from './fixtures';

// A CV written here (no ../shared needed), and a model reading of it that invents an employer.
const CV = `Ana Ruiz
Data Engineer
ana.ruiz@example.com | +34 612 345 678 | Madrid

Experience

Senior Data Engineer, Northwind Traders
Jan 2021 – Present
- Built the streaming pipeline for orders

Data Analyst, Bluefin Labs
Mar 2018 – Dec 2020
- Wrote the weekly sales report
`;
const READING = JSON.stringify({
  basics: { name: 'Ana Ruiz', label: 'Chief Data Officer' },
  work: [
    { name: 'Globex Corporation', position: 'Head of Data', startDate: '2016-01' },
    { name: 'Northwind Traders', position: 'Senior Data Engineer', location: 'Madrid', startDate: '2021-01' },
  ],
});

async function dropText(page: Page, name: string, text: string) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, text }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'text/plain' }));
      return dt;
    },
    { name, text },
  );
  const zone = page.locator('body');
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
}

test('import review: improve with a model shows only what the document says, and the chosen value goes into the draft', async ({
  app,
  shot,
}) => {
  const server = await startFakeModelServer(() => ({ sse: openai.stream([READING.slice(0, 60), READING.slice(60)]) }));
  try {
    const { page } = app;
    await page.getByRole('link', { name: 'Settings' }).click();
    const ollama = page.getByTestId('provider-ollama');
    await ollama.getByLabel(/Base URL/).fill(`${server.url}/v1`);
    await ollama.getByLabel(/Base URL/).blur();
    await ollama.getByRole('checkbox').click();
    await expect(ollama.getByRole('checkbox')).toBeChecked();

    await page.getByRole('link', { name: 'Profile' }).click();
    await expect(page.getByRole('heading', { name: 'Profile', level: 1 })).toBeVisible();
    await dropText(page, 'ana.txt', CV);
    const review = page.getByRole('region', { name: 'Review import' });
    await expect(review.getByText('Review what Jobsmith read from ana.txt')).toBeVisible({ timeout: 30_000 });

    await review.getByRole('button', { name: 'Improve with a model' }).click();
    const list = review.getByRole('table', { name: 'Model disagreements' });
    await expect(list).toBeVisible();
    await expect(list.getByRole('row')).toHaveCount(2);
    await expect(list).toContainText('Job 1 (Northwind Traders) · Location');
    await expect(list).toContainText('Madrid');
    await expect(review).toContainText('2 values the document does not contain');
    await expect(page.locator('body')).not.toContainText('Globex');
    await shot('import-improve');

    await list.getByRole('checkbox').check();
    await review.getByRole('button', { name: 'Use 1 chosen value' }).click();
    await expect(list).toHaveCount(0);
    await expect(page.locator('body')).not.toContainText(/Globex|Chief Data Officer/);
    await review.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText('Profile saved from your CV', { exact: true })).toBeVisible();
    expect(server.requests).toHaveLength(1);
  } finally {
    await server.close();
  }
});
