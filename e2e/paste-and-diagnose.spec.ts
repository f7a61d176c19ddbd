import { expect, test } from './fixtures/doh.ts';
import { MARKUP, SEED } from './fixtures/bounces.ts';
import { BouncePage } from './pages/bounce-page.ts';
import { DiagnosisPage } from './pages/diagnosis-page.ts';
import { DMARC_XML } from '../src/engine/test-support/report-samples.ts';

test.describe('pasting a bounce', () => {
  test('the seed bounce reads as a permanent 550 5.4.1 with its words in the evidence', async ({
    page,
  }) => {
    const bounce = new BouncePage(page);
    const diagnosis = new DiagnosisPage(page);
    await bounce.goto();
    await bounce.diagnose(SEED);

    await diagnosis.waitForResult();
    await expect(page).toHaveURL(/#\/diagnosis$/);
    const card = diagnosis.card();
    await expect(card.getByRole('heading', { level: 2 })).toBeVisible();
    await expect(card.getByText("Permanent — don't resend as is")).toBeVisible();
    await expect(card.getByRole('term').filter({ hasText: 'Who has to act' })).toBeVisible();

    const evidence = await diagnosis.openEvidence(card);
    await expect(diagnosis.fact(evidence, 'Status')).toHaveText('5.4.1');
    await expect(diagnosis.fact(evidence, 'Reply code')).toHaveText('550');
    await expect(evidence.getByText(SEED, { exact: true })).toBeVisible();
  });

  test('an example runs in one click', async ({ page }) => {
    const bounce = new BouncePage(page);
    const diagnosis = new DiagnosisPage(page);
    await bounce.goto();
    await bounce.example('Gmail: unauthenticated sender').click();

    await diagnosis.waitForResult();
    const evidence = await diagnosis.openEvidence();
    await expect(diagnosis.fact(evidence, 'Status')).toHaveText('5.7.26');
    await expect(diagnosis.fact(evidence, 'Reply code')).toHaveText('550');
  });

  test('a temporary failure says so in words', async ({ page }) => {
    const bounce = new BouncePage(page);
    const diagnosis = new DiagnosisPage(page);
    await bounce.goto();
    await bounce.example('Mailbox full (temporary)').click();

    await diagnosis.waitForResult();
    await expect(
      diagnosis.card().getByText('Temporary — the server will retry / try later'),
    ).toBeVisible();
  });

  test('a delay warning says the sending server is still trying, not that it gave up', async ({
    page,
  }) => {
    const bounce = new BouncePage(page);
    const diagnosis = new DiagnosisPage(page);
    await bounce.goto();
    await bounce.diagnose(
      [
        'Delivery to the following recipient has been delayed:',
        '',
        '     joe@example.com',
        '',
        'Message will be retried for 2 more day(s)',
      ].join('\n'),
    );

    await diagnosis.waitForResult();
    const card = diagnosis.card();
    await expect(card.getByRole('heading', { level: 2 })).toHaveText(
      'The sending server is still trying',
    );
    await expect(card.getByText('Temporary — the server will retry / try later')).toBeVisible();
    await expect(card.getByText(/Nothing to resend now/)).toBeVisible();
  });

  test('a pasted DMARC aggregate report is named and summed up, with no bounce reason', async ({
    page,
  }) => {
    const bounce = new BouncePage(page);
    const diagnosis = new DiagnosisPage(page);
    await bounce.goto();
    await bounce.diagnose(DMARC_XML);

    await diagnosis.waitForResult();
    await expect(diagnosis.status).toHaveText(
      'Diagnosis ready: this is a DMARC aggregate report, not a bounce.',
    );
    const report = page.getByRole('region', {
      name: 'This is a DMARC aggregate report, not a bounce',
    });
    await expect(
      report.getByText(/11 messages failed DMARC, from 203\.0\.113\.77 \(9\)/),
    ).toBeVisible();
    await expect(diagnosis.cards).toHaveCount(0);
  });

  test('empty input gets a message and stays on the first step', async ({ page }) => {
    const bounce = new BouncePage(page);
    await bounce.goto();
    await bounce.textbox.fill('   \n  ');
    await bounce.diagnoseButton.click();

    await expect(page.getByText('There is nothing to read yet.', { exact: false })).toBeVisible();
    await expect(bounce.textbox).toHaveAttribute('aria-invalid', 'true');
    await expect(bounce.textbox).toBeFocused();
    await expect(bounce.heading).toBeVisible();
  });

  test('pasted markup stays text: no element is created and no script runs', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    const bounce = new BouncePage(page);
    const diagnosis = new DiagnosisPage(page);
    await bounce.goto();
    await bounce.diagnose(MARKUP);

    await diagnosis.waitForResult();
    const evidence = await diagnosis.openEvidence();
    await expect(evidence.getByText(MARKUP, { exact: true })).toBeVisible();
    await expect(page.locator('img')).toHaveCount(0);
    await expect(page.locator('main script')).toHaveCount(0);

    await diagnosis.editButton.click();
    await expect(bounce.textbox).toHaveValue(MARKUP);
    await expect(page.locator('img')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test('a 10 MB paste does not hang the page', async ({ page }) => {
    test.setTimeout(60_000);
    const bounce = new BouncePage(page);
    const diagnosis = new DiagnosisPage(page);
    await bounce.goto();
    const line = '550 5.1.1 <jane@example.org>: Recipient address rejected: User unknown\n';
    await bounce.fillLarge(line.repeat(Math.ceil((10 * 1024 * 1024) / line.length)));
    // The box gives way to a short note: laying out 10 MB of text would freeze the page.
    await expect(bounce.largeTextNote).toContainText('Your bounce is 10.0 MB');
    await expect(bounce.largeTextNote).toBeFocused();
    await bounce.diagnoseButton.click();

    await expect(diagnosis.heading).toBeVisible();
    // Either the engine reads it or the worker is stopped after 10 s: never a hang.
    await expect(
      page.getByText(/^Diagnosis ready|This input took too long to read/).first(),
    ).toBeVisible({ timeout: 20_000 });

    await diagnosis.editButton.click();
    await expect(bounce.largeTextNote).toBeVisible();
    await bounce.largeTextNote.getByRole('button', { name: 'Clear it' }).click();
    await expect(bounce.textbox).toBeFocused();
    await expect(bounce.textbox).toHaveValue('');
  });

  test('keyboard only: Tab to the box, type, Tab to Diagnose, Enter, land on the result', async ({
    page,
  }) => {
    const bounce = new BouncePage(page);
    const diagnosis = new DiagnosisPage(page);
    await bounce.goto();

    await bounce.tabTo(bounce.textbox);
    await page.keyboard.type(SEED);
    await page.keyboard.press('Tab');
    await expect(bounce.diagnoseButton).toBeFocused();
    await page.keyboard.press('Enter');

    await diagnosis.waitForResult();
    await expect(diagnosis.heading).toBeFocused();
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    const bounce = new BouncePage(page);
    await bounce.goto();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    // The link must not send the hash router to a "main" route.
    await expect(page).not.toHaveURL(/#main/);
    await expect(bounce.heading).toBeVisible();
  });
});
