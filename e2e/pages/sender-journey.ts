import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { BouncePage } from './bounce-page.ts';
import { DiagnosisPage } from './diagnosis-page.ts';
import { ChecklistPage, SenderPage } from './wizard-pages.ts';

/**
 * Pastes the bounce and opens the sender step through the step navigation: it is offered as
 * the way on only when a check needs a detail nobody filled in (decision 067).
 */
export async function toSender(page: Page, text: string): Promise<SenderPage> {
  const bounce = new BouncePage(page);
  await bounce.goto();
  await bounce.diagnose(text);
  await new DiagnosisPage(page).waitForResult();
  await page.getByRole('link', { name: '3 Sender' }).click();
  const sender = new SenderPage(page);
  await expect(sender.heading).toBeFocused();
  return sender;
}

/** Opens the checklist, which runs the checks with the questions' assumed answers. */
export async function toChecklist(page: Page): Promise<ChecklistPage> {
  await page.getByRole('link', { name: '5 Checklist' }).click();
  const checklist = new ChecklistPage(page);
  await expect(checklist.heading).toBeFocused();
  await checklist.waitForAll();
  return checklist;
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
}
