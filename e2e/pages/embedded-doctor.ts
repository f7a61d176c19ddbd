import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

/**
 * Bounce Doctor inside a help site's page: in <bounce-doctor>'s shadow root or in the frame.
 * Everything is found by role and label within the embed's region (roles pierce shadow roots).
 */
export class EmbeddedDoctor {
  readonly region: Locator;
  readonly bounceHeading: Locator;
  readonly textbox: Locator;
  readonly diagnoseButton: Locator;
  readonly diagnosisHeading: Locator;
  readonly diagnosisReady: Locator;
  readonly editLink: Locator;
  readonly startOverButton: Locator;

  constructor(scope: Page | Locator | FrameLocator) {
    this.region = scope.getByRole('region', { name: 'Bounce Doctor' });
    const region = this.region;
    this.bounceHeading = region.getByRole('heading', {
      level: 1,
      name: 'Why did my email bounce?',
    });
    this.textbox = region.getByRole('textbox', { name: 'Your bounce' });
    this.diagnoseButton = region.getByRole('button', { name: 'Diagnose', exact: true });
    this.diagnosisHeading = region.getByRole('heading', { level: 1, name: 'Diagnosis' });
    this.diagnosisReady = region.getByRole('status').filter({ hasText: /^Diagnosis ready/ });
    this.editLink = region.getByRole('link', { name: 'Edit the bounce' });
    this.startOverButton = region.getByRole('button', { name: 'Start over' });
  }

  async diagnose(text: string): Promise<void> {
    await this.textbox.fill(text);
    await this.diagnoseButton.click();
  }

  async waitForDiagnosis(): Promise<void> {
    await expect(this.diagnosisHeading).toBeVisible();
    await expect(this.diagnosisReady).toBeVisible();
  }

  example(label: string): Locator {
    return this.region.getByRole('button', { name: label });
  }

  heading(name: string): Locator {
    return this.region.getByRole('heading', { level: 1, name });
  }

  link(name: string): Locator {
    return this.region.getByRole('link', { name });
  }

  field(label: string): Locator {
    return this.region.getByLabel(label, { exact: true });
  }

  /** Answers a question asked inline on the checklist; the choice applies at once. */
  async answer(question: RegExp | string, option: string): Promise<void> {
    const radio = this.region
      .getByRole('group', { name: question })
      .getByRole('radio', { name: option, exact: true });
    await radio.check();
    await expect(radio).toBeChecked();
  }

  checklistItem(title: RegExp | string): Locator {
    return (
      this.region
        .getByRole('list', { name: 'Checklist' })
        .getByRole('article')
        // A `has` locator is relative to each article when it starts from the page.
        .filter({ has: this.region.page().getByRole('heading', { name: title }) })
    );
  }

  /** The computed value of a CSS property of the embed's top element. */
  async style(property: string): Promise<string> {
    return this.region.evaluate(
      (element, name) => getComputedStyle(element).getPropertyValue(name),
      property,
    );
  }
}
