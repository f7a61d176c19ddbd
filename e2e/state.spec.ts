import { expect, test } from './fixtures/doh.ts';
import { SEED } from './fixtures/bounces.ts';
import { BouncePage } from './pages/bounce-page.ts';
import { DiagnosisPage } from './pages/diagnosis-page.ts';

test.describe('keeping and sharing the wizard state', () => {
  test('a deep link #/?bounce=… opens straight into the diagnosis', async ({ page }) => {
    const diagnosis = new DiagnosisPage(page);
    await page.goto(`/#/?bounce=${encodeURIComponent(SEED)}`);

    await diagnosis.waitForResult();
    await expect(page).toHaveURL(/#\/diagnosis$/);
    const evidence = await diagnosis.openEvidence();
    await expect(diagnosis.fact(evidence, 'Status')).toHaveText('5.4.1');

    await diagnosis.editButton.click();
    await expect(new BouncePage(page).textbox).toHaveValue(SEED);
  });

  test('a deep link with an empty bounce says there was nothing to read', async ({ page }) => {
    const diagnosis = new DiagnosisPage(page);
    await page.goto('/#/?bounce=');
    await diagnosis.waitForResult();
    await expect(page.getByRole('heading', { name: 'There was nothing to read' })).toBeVisible();
  });

  test('reloading keeps the pasted text', async ({ page }) => {
    const bounce = new BouncePage(page);
    await bounce.goto();
    await bounce.textbox.fill(SEED);
    await page.reload();
    await expect(bounce.textbox).toHaveValue(SEED);
  });

  test('reloading the diagnosis shows it again', async ({ page }) => {
    const bounce = new BouncePage(page);
    const diagnosis = new DiagnosisPage(page);
    await bounce.goto();
    await bounce.diagnose(SEED);
    await diagnosis.waitForResult();
    await page.reload();
    await diagnosis.waitForResult();
  });

  test('back and forward move between the steps without losing anything', async ({ page }) => {
    const bounce = new BouncePage(page);
    const diagnosis = new DiagnosisPage(page);
    await bounce.goto();
    await bounce.diagnose(SEED);
    await diagnosis.waitForResult();

    await page.goBack();
    await expect(bounce.textbox).toHaveValue(SEED);
    await page.goForward();
    await diagnosis.waitForResult();
  });

  test('"Start over" clears everything in one click, also after a reload', async ({ page }) => {
    const bounce = new BouncePage(page);
    const diagnosis = new DiagnosisPage(page);
    await bounce.goto();
    await bounce.diagnose(SEED);
    await diagnosis.waitForResult();

    await bounce.startOverButton.click();
    await expect(bounce.heading).toBeFocused();
    await expect(bounce.textbox).toHaveValue('');
    await expect(bounce.startOverButton).toHaveCount(0);
    await page.reload();
    await expect(bounce.textbox).toHaveValue('');
    await expect(page.getByRole('link', { name: /Diagnosis/ })).toHaveCount(0);
  });

  // Issue 13: a 1 MB paste was gone after a reload ("too large to keep").
  test('a paste too large for sessionStorage survives a reload, until "Start over"', async ({
    page,
  }) => {
    const bounce = new BouncePage(page);
    const diagnosis = new DiagnosisPage(page);
    await bounce.goto();
    const line = '550 5.1.1 <jane@example.org>: Recipient address rejected: User unknown\n';
    await bounce.fillLarge(line.repeat(Math.ceil((1.2 * 1024 * 1024) / line.length)));
    await expect(bounce.largeTextNote).toContainText('kept in this browser’s IndexedDB storage');
    await bounce.diagnoseButton.click();
    await diagnosis.waitForResult();

    await page.reload();
    await diagnosis.waitForResult();
    await diagnosis.editButton.click();
    await expect(bounce.largeTextNote).toContainText('Your bounce is 1.2 MB');

    await bounce.startOverButton.click();
    await expect(bounce.textbox).toHaveValue('');
    const kept = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('bounce-doctor');
          open.onsuccess = () => {
            const count = open.result.transaction('large-texts').objectStore('large-texts').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
    expect(kept).toBe(0);
    await page.reload();
    await expect(bounce.textbox).toHaveValue('');
  });

  test('the diagnosis step without a bounce leads back to the first step', async ({ page }) => {
    await page.goto('/#/diagnosis');
    await expect(new BouncePage(page).heading).toBeVisible();
    await expect(page).toHaveURL(/#\/$/);
  });
});
