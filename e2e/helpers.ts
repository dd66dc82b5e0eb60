import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

/** Adds a job through "Add job" → Paste → preview → Save job. */
export async function addPastedJob(page: Page, text: string): Promise<void> {
  await nav(page, 'Jobs');
  await page
    .getByRole('button', { name: /^Add (your first )?job$/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Add a job' });
  await dialog.getByRole('button', { name: 'Paste' }).click();
  await dialog.getByLabel('Job ad text').fill(text);
  await dialog.getByRole('button', { name: 'Read job ad' }).click();
  await dialog
    .getByRole('region', { name: 'Check the captured job' })
    .getByRole('button', { name: 'Save job' })
    .click();
  await expect(dialog).toHaveCount(0);
}

let axeSource: string | null = null;

/** Runs axe-core (WCAG 2.0/2.1 A and AA, plus best practices) on the page; returns one line per violation. */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  // Evaluated through the debugger (not a <script> tag), so the app's strict CSP stays as it ships.
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            opts: object,
          ): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 3),
    }));
  });
  return violations.map((v) => `${label}: ${v.id} (${v.impact}) ${v.help}: ${v.targets.join(' | ')}`);
}
