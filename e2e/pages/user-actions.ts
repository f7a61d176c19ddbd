import { expect, type Locator, type Page } from '@playwright/test';
import type { BouncePage, TestFile } from './bounce-page.ts';

/**
 * Counts what a person does on the way to the checklist (decision 067): each click, each key
 * press that submits or chooses, each file dropped. Typing or pasting the text is not an
 * action. After every action focus must be where the person goes on from (the new step's
 * heading unless told otherwise), never on <body>.
 */
export class UserActions {
  count = 0;

  constructor(readonly page: Page) {}

  async click(target: Locator, focus?: Locator): Promise<void> {
    const before = await this.headingText();
    await target.click();
    await this.counted(before, focus);
  }

  async press(target: Locator, key: string, focus?: Locator): Promise<void> {
    const before = await this.headingText();
    await target.press(key);
    await this.counted(before, focus);
  }

  async dropFile(bounce: BouncePage, file: TestFile): Promise<void> {
    const before = await this.headingText();
    await bounce.dropFile(file);
    await this.counted(before);
  }

  /**
   * Takes the way on that each step offers (the forward link of its "Next" navigation) until the
   * checklist shows its items; fails if it takes more than `max` actions.
   */
  async forwardToChecklist(max: number): Promise<void> {
    const checklist = this.page.getByRole('heading', { level: 1, name: 'Checklist' });
    for (let taken = 0; !(await checklist.isVisible()); taken++) {
      expect(taken, 'actions on the way to the checklist').toBeLessThan(max);
      // The way on, not the way back: on the diagnosis step it shows once the walk is known.
      await this.click(
        this.page
          .getByRole('navigation', { name: 'Next' })
          .getByRole('link', { name: /^(Next|Run the checks)\b/ }),
      );
    }
    await expect(this.page.getByRole('list', { name: 'Checklist' })).toBeVisible();
  }

  private headingText(): Promise<string | null> {
    return this.page.getByRole('heading', { level: 1 }).first().textContent();
  }

  private async counted(headingBefore: string | null, focus?: Locator): Promise<void> {
    this.count++;
    const heading = this.page.getByRole('heading', { level: 1 });
    if (!focus) await expect(heading).not.toHaveText(headingBefore ?? '');
    await expect(focus ?? heading).toBeFocused();
    expect(await this.page.evaluate(() => document.activeElement === document.body)).toBe(false);
  }
}
