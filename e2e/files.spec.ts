import { writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures/doh.ts';
import { DSN_EML } from './fixtures/bounces.ts';
import { buildTestMsg } from './fixtures/outlook-msg.ts';
import { mutatedMsg } from '../src/features/paste/test-support/mutated-msg.ts';
import { BouncePage, emlFile } from './pages/bounce-page.ts';
import { DiagnosisPage } from './pages/diagnosis-page.ts';

const eml = emlFile(DSN_EML);

test.describe('reading a bounce from a file', () => {
  test('choosing an .eml with the button diagnoses it and keeps it for editing', async ({
    page,
  }) => {
    const bounce = new BouncePage(page);
    const diagnosis = new DiagnosisPage(page);
    await bounce.goto();
    await bounce.chooseFile(eml);

    await diagnosis.waitForResult();
    const evidence = await diagnosis.openEvidence();
    await expect(diagnosis.fact(evidence, 'Status')).toHaveText('5.1.1');
    await expect(evidence.getByText(/Recipient address rejected: User unknown/)).toBeVisible();

    await diagnosis.editButton.click();
    // A textarea reports line breaks as LF (HTML's value normalisation); the stored text keeps CRLF.
    await expect(bounce.textbox).toHaveValue(DSN_EML.replace(/\r\n/g, '\n'));
    await expect(page.getByText(/Loaded from bounce\.eml/)).toBeVisible();
  });

  test('dropping an .eml on the drop zone diagnoses it', async ({ page }) => {
    const bounce = new BouncePage(page);
    const diagnosis = new DiagnosisPage(page);
    await bounce.goto();
    await bounce.dropFile(eml);

    await diagnosis.waitForResult();
    const evidence = await diagnosis.openEvidence();
    await expect(evidence.getByText(/User unknown/).first()).toBeVisible();
  });

  test('an Outlook .msg is read in the browser', async ({ page }) => {
    // @kenjiuno/msgreader's iconv-lite is aliased to src/features/paste/iconv-shim.ts (vite.config.ts).
    const msg = buildTestMsg({
      headers:
        'From: Microsoft Outlook <postmaster@example.net>\r\nSubject: Undeliverable: Hello\r\nContent-Type: multipart/mixed; boundary="gone"\r\n\r\n',
      body: "Delivery has failed to these recipients or groups:\r\n\r\njane@example.org\r\nRemote server returned '550 5.1.1 User unknown'\r\n",
      attachments: [
        {
          fileName: 'details.txt',
          mimeTag: 'message/delivery-status',
          content:
            'Reporting-MTA: dns; mail.example.net\r\n\r\nFinal-Recipient: rfc822; jane@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\r\n',
        },
      ],
    });
    const bounce = new BouncePage(page);
    const diagnosis = new DiagnosisPage(page);
    await bounce.goto();
    await bounce.chooseFile({
      name: 'undeliverable.msg',
      mimeType: 'application/vnd.ms-outlook',
      buffer: Buffer.from(msg),
    });

    await diagnosis.waitForResult();
    const evidence = await diagnosis.openEvidence();
    await expect(diagnosis.fact(evidence, 'Status')).toHaveText('5.1.1');
    await diagnosis.editButton.click();
    await expect(bounce.textbox).toHaveValue(/Subject: Undeliverable: Hello/);
    await expect(bounce.textbox).toHaveValue(/Final-Recipient: rfc822; jane@example.org/);
    await expect(page.getByText(/converted from Outlook \.msg/)).toBeVisible();
  });

  // Issue 13: a 9.7 KB .msg whose sector chain loops froze the page for 6 s.
  test('a damaged .msg made to loop is said to be unreadable, and the page stays usable', async ({
    page,
  }) => {
    const bounce = new BouncePage(page);
    await bounce.goto();
    await bounce.chooseFile({
      name: 'looping.msg',
      mimeType: 'application/vnd.ms-outlook',
      buffer: Buffer.from(mutatedMsg(17)),
    });
    await expect(bounce.fileZone.getByRole('status')).toHaveText(
      /looping\.msg looks like an Outlook \.msg file, but this file could not be read/,
    );
    await bounce.textbox.fill('550 5.1.1 still typing');
    await expect(bounce.textbox).toHaveValue('550 5.1.1 still typing');
  });

  test('a binary file is refused in plain words', async ({ page }) => {
    const bounce = new BouncePage(page);
    await bounce.goto();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    await bounce.chooseFile({ name: 'screenshot.eml', mimeType: 'image/png', buffer: png });

    await expect(bounce.fileZone.getByRole('status')).toHaveText(
      /screenshot\.eml isn't text: it looks like a PNG image/,
    );
    await expect(bounce.heading).toBeVisible();
  });

  test('a file over 25 MB is refused before it is read', async ({ page }, testInfo) => {
    const bounce = new BouncePage(page);
    await bounce.goto();
    // By path, not as bytes: 25 MB sent over the browser protocol took most of the
    // test's time on a busy CI machine, and once all of it.
    const big = testInfo.outputPath('archive.mbox');
    await writeFile(big, Buffer.alloc(25 * 1024 * 1024 + 1, 0x41));
    await bounce.chooseFile(big);

    await expect(bounce.fileZone.getByRole('status')).toHaveText(/archive\.mbox is 25\.0 MB/);
    await expect(bounce.textbox).toHaveValue('');
  });
});
