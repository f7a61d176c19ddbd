import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Changes the answer to one of the walk's questions, asked inline on steps 4 and 5: the choice
 * applies at once and keeps focus (there is no button to press).
 */
async function answerInline(page: Page, question: RegExp | string, option: string): Promise<void> {
  const radio = page
    .getByRole('group', { name: question })
    .getByRole('radio', { name: option, exact: true });
  await radio.check();
  await expect(radio).toBeChecked();
  await expect(radio).toBeFocused();
}

/** Step 3, "Sender details"; "Run the checks" opens the checklist, which runs them. */
export class SenderPage {
  readonly heading: Locator;
  readonly runChecks: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Sender details' });
    this.runChecks = page.getByRole('link', { name: 'Run the checks' });
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** The line under a field that says where its value came from. */
  source(label: string): Locator {
    return this.field(label).locator('xpath=following-sibling::p[1]');
  }
}

/** Step 4, "Checks". */
export class ChecksPage {
  readonly heading: Locator;
  readonly status: Locator;
  readonly list: Locator;
  readonly toChecklist: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = page.getByRole('heading', { level: 1, name: 'Checks' });
    this.status = main.getByRole('status').first();
    this.list = main.getByRole('list', { name: 'Checks' });
    this.toChecklist = page.getByRole('link', { name: 'See the checklist' });
  }

  answer(question: RegExp | string, option: string): Promise<void> {
    return answerInline(this.page, question, option);
  }

  check(name: RegExp | string): Locator {
    return this.list.getByRole('listitem').filter({ hasText: name });
  }

  async waitForAll(): Promise<void> {
    await expect(this.status).toHaveText(/^All \d+ checks finished/, { timeout: 20_000 });
  }
}

/** Step 5, "Checklist". */
export class ChecklistPage {
  readonly heading: Locator;
  readonly items: Locator;
  readonly status: Locator;
  readonly recheck: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = page.getByRole('heading', { level: 1, name: 'Checklist' });
    this.items = main.getByRole('list', { name: 'Checklist' }).getByRole('article');
    this.status = main.getByRole('status').first();
    this.recheck = page.getByRole('button', { name: 'Check again' });
  }

  item(title: RegExp | string): Locator {
    return this.items.filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  answer(question: RegExp | string, option: string): Promise<void> {
    return answerInline(this.page, question, option);
  }

  /** The radio of a question's choice, as the walk took it (given or assumed). */
  choice(question: RegExp | string, option: string): Locator {
    return this.page
      .getByRole('group', { name: question })
      .getByRole('radio', { name: option, exact: true });
  }

  async waitForAll(): Promise<void> {
    // The checklist first, so that a status of the step before it cannot pass for its own.
    await expect(this.heading).toBeVisible({ timeout: 20_000 });
    await expect(this.items.first()).toBeVisible({ timeout: 20_000 });
    await expect(this.status).not.toHaveText(/still running/, { timeout: 20_000 });
  }

  message(): Locator {
    return this.page.getByRole('region', { name: /A message for/ });
  }
}
