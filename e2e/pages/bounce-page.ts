import { expect, type Locator, type Page } from '@playwright/test';

export interface TestFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A whole message as the `.eml` file a person drops or chooses. */
export const emlFile = (text: string): TestFile => ({
  name: 'bounce.eml',
  mimeType: 'message/rfc822',
  buffer: Buffer.from(text),
});

/** Step 1, "Bounce": paste, drop or choose a bounce. Locates by role and label only. */
export class BouncePage {
  readonly heading: Locator;
  readonly textbox: Locator;
  readonly diagnoseButton: Locator;
  readonly chooseFileButton: Locator;
  readonly fileZone: Locator;
  readonly startOverButton: Locator;
  /** Stands in for the text box when the text is too large to show. */
  readonly largeTextNote: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Why did my email bounce?' });
    this.textbox = page.getByRole('textbox', { name: 'Your bounce' });
    this.diagnoseButton = page.getByRole('button', { name: 'Diagnose', exact: true });
    this.chooseFileButton = page.getByRole('button', { name: 'Choose a file' });
    this.fileZone = page.getByRole('region', { name: 'Or use a file' });
    this.startOverButton = page.getByRole('button', { name: 'Start over' });
    this.largeTextNote = page.getByRole('group', { name: 'Your bounce' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.heading).toBeVisible();
    // index.html paints the heading before the app starts; wait for the app itself.
    await expect(this.diagnoseButton).toBeVisible();
  }

  async diagnose(text: string): Promise<void> {
    await this.textbox.fill(text);
    await this.diagnoseButton.click();
  }

  example(label: string): Locator {
    return this.page.getByRole('button', { name: label });
  }

  /** Puts a large text in the box the way a paste does, without typing it key by key. */
  async fillLarge(text: string): Promise<void> {
    await this.textbox.evaluate((element, value) => {
      const textarea = element as HTMLTextAreaElement;
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
      setValue?.call(textarea, value);
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
  }

  /** Chooses a file given as bytes, or by its path on disk (a large file goes faster by path). */
  async chooseFile(file: TestFile | string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.chooseFileButton.click();
    await (await chooser).setFiles(file);
  }

  async dropFile(file: TestFile): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, mimeType, content }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(content)], name, { type: mimeType }));
        return transfer;
      },
      { name: file.name, mimeType: file.mimeType, content: [...file.buffer] },
    );
    await this.fileZone.dispatchEvent('dragover', { dataTransfer });
    await this.fileZone.dispatchEvent('drop', { dataTransfer });
  }

  /** Presses Tab until `target` has focus, as a keyboard user would; fails after `max` presses. */
  async tabTo(target: Locator, max = 20): Promise<void> {
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press('Tab');
      if (await target.evaluate((element) => element === document.activeElement)) return;
    }
    throw new Error(`Focus did not reach ${target} after ${max} Tab presses.`);
  }
}
