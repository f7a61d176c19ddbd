import { expect, type Locator, type Page } from '@playwright/test';

export interface TestFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The batch triage page, located by role and label. */
export class BatchPage {
  readonly heading: Locator;
  readonly filesInput: Locator;
  readonly folderInput: Locator;
  readonly pasteBox: Locator;
  readonly summary: Locator;
  readonly groups: Locator;
  readonly recipients: Locator;
  readonly problems: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Triage a batch of bounces' });
    this.filesInput = page.getByLabel('Bounce files');
    this.folderInput = page.getByLabel('A folder of bounces');
    this.pasteBox = page.getByLabel('Or paste log lines, a CSV or JSON events');
    this.summary = page.getByRole('region', { name: 'Summary' });
    this.groups = page.getByRole('region', { name: 'Groups by cause' });
    this.recipients = page.getByRole('region', { name: /^Recipients/ });
    this.problems = page.getByRole('region', { name: /not read in full/ });
  }

  async goto(): Promise<void> {
    await this.page.goto('/#/batch');
    await expect(this.heading).toBeVisible();
  }

  async choose(files: TestFile[]): Promise<void> {
    await this.filesInput.setInputFiles(files);
  }

  /** Drops files on the page the way a browser does (a DataTransfer with File objects). */
  async drop(files: TestFile[]): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      (list) => {
        const transfer = new DataTransfer();
        for (const { name, mimeType, content } of list) {
          transfer.items.add(
            new File([Uint8Array.from(atob(content), (c) => c.charCodeAt(0))], name, {
              type: mimeType,
            }),
          );
        }
        return transfer;
      },
      files.map((f) => ({
        name: f.name,
        mimeType: f.mimeType,
        content: f.buffer.toString('base64'),
      })),
    );
    const zone = this.page.getByRole('region', { name: 'Your bounces' });
    await zone.dispatchEvent('dragover', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
  }

  async paste(text: string): Promise<void> {
    await this.pasteBox.fill(text);
    await this.page.getByRole('button', { name: 'Triage the pasted text' }).click();
  }

  /** The count shown under a summary label ("Failed recipients"). */
  count(label: string): Locator {
    return this.summary
      .getByRole('definition')
      .filter({ has: this.page.locator('xpath=.') })
      .and(this.summary.locator(`dt:text-is("${label}") + dd`));
  }

  group(title: RegExp | string): Locator {
    return this.groups
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  /** Presses Tab until `target` has focus, as a keyboard user would; fails after `max` presses. */
  async tabTo(target: Locator, max = 40): Promise<void> {
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press('Tab');
      if (await target.evaluate((element) => element === document.activeElement)) return;
    }
    throw new Error(`Focus did not reach ${target} after ${max} Tab presses.`);
  }

  async waitForDone(): Promise<void> {
    await expect(this.page.getByRole('region', { name: 'Reading the batch' })).toHaveCount(0, {
      timeout: 20_000,
    });
    await expect(this.summary).toBeVisible();
  }
}
