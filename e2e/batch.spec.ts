import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { zipSync } from 'fflate';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  EML_FOLDER,
  MBOX,
  NO_ADDRESS_CSV,
  POSTFIX_LOG,
  SENDGRID_CSV,
  SES_JSONL,
  UNKNOWN_COLUMNS_CSV,
} from '../src/engine/test-support/batch-fixtures.ts';
import { expect, test } from './fixtures/doh.ts';
import { BatchPage, type TestFile } from './pages/batch-page.ts';
import { DiagnosisPage } from './pages/diagnosis-page.ts';

const file = (name: string, content: string | Uint8Array, mimeType = 'text/plain'): TestFile => ({
  name,
  mimeType,
  buffer: Buffer.from(content),
});

/** Clicks a download button and returns the file's text. */
async function downloaded(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  let out = '';
  for await (const chunk of await download.createReadStream()) out += String(chunk);
  return out;
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) })),
  ).toEqual([]);
}

const HEADER = 'email,reason,status,provider,action,detail';
const suppressed = (address: string) =>
  `${address},userunknown,5.1.1,Gmail / Google Workspace,suppress,The address does not exist`;

test.describe('triage a batch', () => {
  test('a folder of mixed .eml bounces: counts, groups, checks, the suppression list', async ({
    page,
  }) => {
    const dir = await mkdtemp(join(tmpdir(), 'bounces-'));
    for (const eml of EML_FOLDER) await writeFile(join(dir, eml.name), eml.text);
    const batch = new BatchPage(page);
    await batch.goto();
    await batch.folderInput.setInputFiles(dir);
    await batch.waitForDone();
    await expect(batch.count('Failed recipients')).toHaveText('5');
    await expect(batch.count('Permanent')).toHaveText('4');
    await expect(batch.count('Addresses to suppress')).toHaveText('3');
    const unknown = batch.group('3 × The address does not exist');
    await expect(unknown).toContainText('Suppress the address');
    await expect(unknown).toContainText('3 at Gmail / Google Workspace (gmail.com 3)');
    await expect(batch.group('1 × The mailbox is full')).toContainText('Retry later');
    const blocked = batch.group('1 × Your sending server is blocked');
    await expect(blocked).toContainText('Fix our side');
    // Checked once, for the one sender the messages name, and shown on the group it explains.
    await expect(blocked.getByText('sender.example, 192.0.2.10')).toBeVisible();
    await expect(
      blocked.getByText(/^Blocklists for .*: (Pass|Fail|Warning|Could not check)\./),
    ).toBeVisible();
    await expect(unknown.getByText('Checks of the sender')).toHaveCount(0);
    const csv = await downloaded(page, 'Download the suppression list (CSV)');
    expect(csv.trim().split('\r\n')).toEqual([
      HEADER,
      suppressed('ann.lee@gmail.com'),
      suppressed('bo.chen@gmail.com'),
      suppressed('cy.diaz@gmail.com'),
    ]);
  });

  test('an mbox dropped on the page', async ({ page }) => {
    const batch = new BatchPage(page);
    await batch.goto();
    await batch.drop([file('march.mbox', MBOX, 'application/mbox')]);
    await batch.waitForDone();
    await expect(batch.count('Failed recipients')).toHaveText('5');
    await expect(batch.group('3 × The address does not exist')).toBeVisible();
  });

  test('a zip of .eml files', async ({ page }) => {
    const zip = zipSync(
      Object.fromEntries(
        EML_FOLDER.map((f) => [`bounces/${f.name}`, new TextEncoder().encode(f.text)]),
      ),
    );
    const batch = new BatchPage(page);
    await batch.goto();
    await batch.choose([file('bounces.zip', zip, 'application/zip')]);
    await batch.waitForDone();
    await expect(batch.count('Failed recipients')).toHaveText('5');
    await expect(batch.group('1 × Your sending server is blocked')).toBeVisible();
  });

  test('a SendGrid bounces CSV, then drill down to a recipient and back', async ({ page }) => {
    const batch = new BatchPage(page);
    const diagnosis = new DiagnosisPage(page);
    await batch.goto();
    await batch.choose([file('sendgrid-bounces.csv', SENDGRID_CSV, 'text/csv')]);
    await batch.waitForDone();
    await expect(batch.count('Failed recipients')).toHaveText('4');
    await expect(batch.group('2 × The address does not exist')).toBeVisible();
    await expect(batch.group('1 × The mailbox is full')).toBeVisible();
    const csv = await downloaded(page, 'Download the suppression list (CSV)');
    expect(csv.trim().split('\r\n')).toEqual([
      HEADER,
      suppressed('ann.lee@gmail.com'),
      suppressed('bo.chen@gmail.com'),
    ]);

    await batch
      .group('2 × The address does not exist')
      .getByRole('button', { name: /Show the 2 recipients/ })
      .click();
    await expect(
      page.getByRole('heading', { name: 'Recipients: The address does not exist' }),
    ).toBeFocused();
    await expect(batch.recipients.getByRole('status')).toHaveText('Showing 2 of 4 recipients.');
    const open = page.getByRole('button', { name: 'Open bo.chen@gmail.com in the wizard' });
    await open.click();
    await diagnosis.waitForResult();
    await expect(diagnosis.card()).toContainText(/does not exist/i);
    await expect(diagnosis.card()).toContainText('bo.chen@gmail.com');

    await page.goBack();
    await expect(batch.heading).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Recipients: The address does not exist' }),
    ).toBeVisible();
    await expect(open).toBeFocused();
    // The layout's link leads back too.
    await page.goForward();
    await diagnosis.waitForResult();
    await page.getByRole('link', { name: /Back to the batch triage \(4 recipients\)/ }).click();
    await expect(batch.recipients.getByRole('status')).toHaveText('Showing 2 of 4 recipients.');
  });

  test('an SES notification feed, one JSON object per line', async ({ page }) => {
    const batch = new BatchPage(page);
    await batch.goto();
    await batch.choose([file('ses-bounces.jsonl', SES_JSONL, 'application/x-ndjson')]);
    await batch.waitForDone();
    await expect(batch.count('Failed recipients')).toHaveText('3');
    await expect(batch.count('Temporary')).toHaveText('1');
    await expect(batch.group('2 × The address does not exist')).toBeVisible();
  });

  test('a Postfix log excerpt, pasted, with the keyboard alone', async ({ page }) => {
    const batch = new BatchPage(page);
    await batch.goto();
    await batch.tabTo(batch.pasteBox);
    await page.keyboard.insertText(POSTFIX_LOG);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await batch.waitForDone();
    await expect(batch.count('Failed recipients')).toHaveText('3');
    await expect(batch.group('2 × The address does not exist')).toContainText(
      '2 at Gmail / Google Workspace',
    );
    await expect(batch.group('1 × The mailbox is full')).toContainText('Retry later');
    const show = batch
      .group('2 × The address does not exist')
      .getByRole('button', { name: /Show the 2/ });
    await batch.tabTo(show);
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { name: 'Recipients: The address does not exist' }),
    ).toBeFocused();
    const open = page.getByRole('button', { name: 'Open ann.lee@gmail.com in the wizard' });
    await batch.tabTo(open);
    await page.keyboard.press('Enter');
    await new DiagnosisPage(page).waitForResult();
  });

  test('a CSV whose columns are not recognised asks which is which', async ({ page }) => {
    const batch = new BatchPage(page);
    await batch.goto();
    await batch.choose([file('contacts.csv', UNKNOWN_COLUMNS_CSV, 'text/csv')]);
    await expect(batch.problems).toContainText(
      'Which columns of contacts.csv hold the address and the reason?',
    );
    await batch.problems
      .getByLabel('The column with the email address')
      .selectOption({ label: 'Column 1: contact' });
    await batch.problems
      .getByLabel('The column with the reason or server reply')
      .selectOption({ label: 'Column 2: note' });
    await batch.problems
      .getByRole('button', { name: 'Read contacts.csv with these columns' })
      .click();
    await batch.waitForDone();
    await expect(batch.count('Failed recipients')).toHaveText('2');
    await expect(batch.problems).toHaveCount(0);
  });

  test('a share link carries the summary without the addresses', async ({ page }) => {
    const batch = new BatchPage(page);
    await batch.goto();
    await batch.choose([file('sendgrid-bounces.csv', SENDGRID_CSV, 'text/csv')]);
    await batch.waitForDone();
    await page.getByRole('button', { name: 'Make a share link' }).click();
    const link = await page.getByLabel('Share link').inputValue();
    const other = await page.context().newPage();
    await other.goto(link);
    const shared = other.getByRole('region', { name: 'A shared triage' });
    await expect(
      shared.getByRole('heading', { name: '2 × The address does not exist' }),
    ).toBeVisible();
    await expect(shared).not.toContainText('ann.lee');
    await other.close();
  });
});

test.describe('bad input gets a clear message and nothing breaks', () => {
  test('an empty CSV, a CSV without addresses, binary junk, a zip bomb and a 500 MB file', async ({
    page,
  }) => {
    const junk = Uint8Array.from({ length: 50_000 }, (_, i) => (i * 2654435761) >>> 24);
    const zeros = new Uint8Array(130 * 2 ** 20);
    const bomb = zipSync({ 'a.eml': zeros });
    // The archive claims the file is 10 bytes: only counting what comes out stops it.
    new DataView(bomb.buffer).setUint32(22, 10, true);
    const batch = new BatchPage(page);
    await batch.goto();
    await batch.choose([
      file('empty.csv', ''),
      file('people.csv', NO_ADDRESS_CSV, 'text/csv'),
      file('junk.bin', junk, 'application/octet-stream'),
      file('bomb.zip', bomb, 'application/zip'),
      file('bounces.csv', SENDGRID_CSV, 'text/csv'),
    ]);
    await batch.waitForDone();
    await expect(batch.problems).toContainText('empty.csv is empty: there is nothing to read.');
    await expect(batch.problems).toContainText('people.csv has no column of email addresses');
    await expect(batch.problems).toContainText("junk.bin isn't text: it looks like a binary file.");
    await expect(batch.problems).toContainText(
      /bomb\.zip was not read to the end: it expands to more than 128 MB/,
    );
    // The good file among them is still read.
    await expect(batch.count('Failed recipients')).toHaveText('4');

    await page.evaluate(() => {
      const transfer = new DataTransfer();
      const megabyte = new Uint8Array(2 ** 20);
      transfer.items.add(
        new File(
          Array.from({ length: 500 }, () => megabyte),
          'huge.mbox',
        ),
      );
      const zone = document.querySelector('.batch-input')!;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true }));
    });
    await expect(batch.problems).toContainText(
      /huge\.mbox is 500\.0 MB, more than the 256\.0 MB this page reads/,
    );
    await expect(batch.heading).toBeVisible();
  });
});

test.describe('accessibility and small screens', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 360, height: 740 },
  ]) {
    test(`axe finds nothing on a triaged batch at ${viewport.width} px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const batch = new BatchPage(page);
      await batch.goto();
      await expectNoAxeViolations(page);
      await batch.choose([
        ...EML_FOLDER.map((f) => file(f.name, f.text, 'message/rfc822')),
        file('contacts.csv', UNKNOWN_COLUMNS_CSV, 'text/csv'),
      ]);
      await batch.waitForDone();
      await batch
        .group('3 × The address does not exist')
        .getByRole('button', { name: /Show the 3/ })
        .click();
      await expect(
        batch.group('1 × Your sending server is blocked').getByText(/^SPF for/),
      ).toBeVisible();
      await expectNoAxeViolations(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
