import { expect, type Locator, type Page } from '@playwright/test';

/** Step 2, "Diagnosis": the result view. */
export class DiagnosisPage {
  readonly heading: Locator;
  readonly status: Locator;
  readonly cards: Locator;
  readonly editButton: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = page.getByRole('heading', { level: 1, name: 'Diagnosis' });
    this.status = main.getByRole('status');
    this.cards = main.getByRole('article');
    this.editButton = page.getByRole('link', { name: 'Edit the bounce' });
  }

  /** Waits until the diagnosis (not the "Reading…" placeholder) is shown. */
  async waitForResult(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.status).toHaveText(/^Diagnosis ready/);
  }

  card(index = 0): Locator {
    return this.cards.nth(index);
  }

  /** Opens "Show the evidence" in a card and returns the panel. */
  async openEvidence(card: Locator = this.card()): Promise<Locator> {
    await card.getByText('Show the evidence').click();
    return card.getByRole('group');
  }

  /** The value next to a term in a definition list (dt/dd) inside `scope`. */
  fact(scope: Locator, term: string): Locator {
    return scope
      .getByRole('term')
      .filter({ hasText: new RegExp(`^${term}$`) })
      .locator('xpath=following-sibling::dd[1]');
  }
}
