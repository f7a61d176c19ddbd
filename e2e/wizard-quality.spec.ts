import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SEED } from './fixtures/bounces.ts';
import { expect, test } from './fixtures/doh.ts';
import { BLOCKED } from './fixtures/journey-bounces.ts';
import { BouncePage } from './pages/bounce-page.ts';
import { DiagnosisPage } from './pages/diagnosis-page.ts';
import { printedPages } from './pages/printed.ts';
import { ChecklistPage, ChecksPage, SenderPage } from './pages/wizard-pages.ts';

async function expectNoAxeViolations(page: Page, step: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) })),
    step,
  ).toEqual([]);
}

/** The blocklist journey up to the checklist, checking each step with axe on the way. */
async function walkWithAxe(page: Page): Promise<void> {
  const bounce = new BouncePage(page);
  await bounce.goto();
  await bounce.diagnose(BLOCKED);
  await new DiagnosisPage(page).waitForResult();
  await expectNoAxeViolations(page, 'diagnosis');
  await page.getByRole('link', { name: 'Next: sender details' }).click();
  const sender = new SenderPage(page);
  await sender.field('From address').fill('news@shop.example');
  await expectNoAxeViolations(page, 'sender');
  await sender.runChecks.click();
  // Step 4 is passed through: the checklist runs the checks and asks its questions inline.
  const checklist = new ChecklistPage(page);
  await expect(page.getByRole('group', { name: /change your sending service/ })).toBeVisible();
  await expectNoAxeViolations(page, 'checklist with its questions');
  await checklist.answer(/send bulk mail/, 'Yes');
  await checklist.waitForAll();
  await page.getByText(/What left this browser/).click();
  await expectNoAxeViolations(page, 'checklist finished, panel open');
  await page.getByRole('link', { name: '4 Checks' }).click();
  const checks = new ChecksPage(page);
  await checks.waitForAll();
  await expectNoAxeViolations(page, 'checks');
  await page.getByRole('link', { name: '5 Checklist' }).click();
  await checklist.waitForAll();
  await page.getByRole('button', { name: 'Create a share link' }).click();
  await expect(page.getByLabel('Share link')).toBeVisible();
  await expectNoAxeViolations(page, 'checklist');
}

const layouts = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: '360 px', viewport: { width: 360, height: 740 } },
] as const;

for (const colorScheme of ['light', 'dark'] as const) {
  for (const layout of layouts) {
    test.describe(`wizard, ${colorScheme}, ${layout.name}`, () => {
      test.use({ colorScheme, viewport: layout.viewport });

      test('axe finds nothing on steps 2 to 5', async ({ page, offsite }) => {
        test.setTimeout(60_000);
        await walkWithAxe(page);
        if (layout.name === '360 px') {
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow).toBeLessThanOrEqual(0);
        }
        expect(offsite).toEqual([]);
      });
    });
  }
}

test('axe finds nothing on "How it decides" and Settings, light and dark', async ({
  page,
  offsite,
}) => {
  // Four full axe runs, one over the whole decision tree: on a busy 2-core CI machine they take
  // longer than the default 30 s, with nothing wrong.
  test.setTimeout(90_000);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/#/how-it-decides');
    await expect(page.getByRole('heading', { level: 1, name: 'How it decides' })).toBeVisible();
    await page.getByText('Read it as a list').first().click();
    await expectNoAxeViolations(page, `how it decides, ${colorScheme}`);
    await page.goto('/#/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expectNoAxeViolations(page, `settings, ${colorScheme}`);
  }
  expect(offsite).toEqual([]);
});

test('"How it decides" and Settings fit 360 px without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/#/how-it-decides', '/#/settings']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('"How it decides" draws every part of the tree from its data', async ({ page }) => {
  await page.goto('/#/how-it-decides');
  const diagrams = page.getByRole('img', { name: /When the diagnosis is/ });
  await expect(diagrams.first()).toBeVisible();
  expect(await diagrams.count()).toBeGreaterThan(20);
  await expect(
    page.getByText('The validator finds no dangling or unreachable step.'),
  ).toBeVisible();
  const seed = page.getByRole('img', {
    name: 'When the diagnosis is: Microsoft 365 AS(201806281).',
  });
  await expect(seed).toContainText('one recipient, or for many?');
  await expect(seed).toContainText('Microsoft 365 has no mailbox');
});

test('keyboard only: from the bounce to a ticked checklist item, focus on each heading', async ({
  page,
  offsite,
}) => {
  const bounce = new BouncePage(page);
  await bounce.goto();
  await bounce.tabTo(bounce.textbox);
  await page.keyboard.insertText(SEED);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const diagnosis = new DiagnosisPage(page);
  await diagnosis.waitForResult();
  await expect(diagnosis.heading).toBeFocused();

  await bounce.tabTo(page.getByRole('link', { name: 'Next: sender details' }), 40);
  await page.keyboard.press('Enter');
  const sender = new SenderPage(page);
  await expect(sender.heading).toBeFocused();
  await bounce.tabTo(sender.field('Failed recipient address'));
  await page.keyboard.type('jane@contoso.example');
  await bounce.tabTo(sender.runChecks);
  await page.keyboard.press('Enter');

  // Step 4 is passed through; the question is asked inline, its assumed answer checked.
  const checklist = new ChecklistPage(page);
  await expect(checklist.heading).toBeFocused();
  await checklist.waitForAll();
  await bounce.tabTo(checklist.choice(/one recipient, or for many/, 'Just this one'));
  await page.keyboard.press('ArrowDown');
  const many = checklist.choice(/one recipient, or for many/, 'Many recipients');
  await expect(many).toBeChecked();
  await expect(many).toBeFocused();
  await checklist.waitForAll();
  const done = page.getByRole('checkbox', { name: /^Done: / }).first();
  await bounce.tabTo(done, 40);
  await page.keyboard.press('Space');
  await expect(done).toBeChecked();
  expect(offsite).toEqual([]);
});

test('results are announced: the status region reads each stage', async ({ page }) => {
  const bounce = new BouncePage(page);
  await bounce.goto();
  await bounce.diagnose(BLOCKED);
  await new DiagnosisPage(page).waitForResult();
  await page.getByRole('link', { name: '4 Checks' }).click();
  const checks = new ChecksPage(page);
  await expect(checks.status).toHaveAttribute('role', 'status');
  await expect(checks.status).toHaveText(/All 2 checks finished: 1 fail, 1 pass\.$/);
});

test('the checklist prints as one clean page: no navigation, buttons or panels', async ({
  page,
}) => {
  const bounce = new BouncePage(page);
  await bounce.goto();
  await bounce.example('Gmail: unauthenticated sender').click();
  await new DiagnosisPage(page).waitForResult();
  await page.getByRole('link', { name: 'Next: sender details' }).click();
  await new SenderPage(page).field('From address').fill('news@example.com');
  await new SenderPage(page).runChecks.click();
  const checklist = new ChecklistPage(page);
  await checklist.waitForAll();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Steps' })).toBeHidden();
  await expect(checklist.recheck).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Export' })).toBeHidden();
  await expect(checklist.item('SPF for example.com')).toBeVisible();
  expect(await printedPages(page)).toBe(1);
});

test('pasted markup stays text all the way to the checklist', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  const markup =
    '<img src=x onerror=alert(1)> 550 5.7.1 Client host [93.184.216.34] blocked <b>x</b>';
  const bounce = new BouncePage(page);
  await bounce.goto();
  await bounce.diagnose(markup);
  await new DiagnosisPage(page).waitForResult();
  await page.getByRole('link', { name: 'Next: sender details' }).click();
  await new SenderPage(page).field('From address').fill('<script>alert(3)</script>@shop.example');
  await page.getByRole('link', { name: '5 Checklist' }).click();
  await new ChecklistPage(page).waitForAll();
  await expect(page.locator('main img, main script, main b')).toHaveCount(0);
  expect(dialogs).toBe(0);
});
