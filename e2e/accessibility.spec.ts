import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/doh.ts';
import { SEED } from './fixtures/bounces.ts';
import { BouncePage } from './pages/bounce-page.ts';
import { DiagnosisPage } from './pages/diagnosis-page.ts';

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) })),
  ).toEqual([]);
}

const layouts = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: '360 px', viewport: { width: 360, height: 740 } },
] as const;

for (const colorScheme of ['light', 'dark'] as const) {
  for (const layout of layouts) {
    test.describe(`axe, ${colorScheme}, ${layout.name}`, () => {
      test.use({ colorScheme, viewport: layout.viewport });

      test('the bounce step has no violations', async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        const bounce = new BouncePage(page);
        await bounce.goto();
        await bounce.textbox.fill(' ');
        await bounce.diagnoseButton.click(); // show the error state too
        await expect(page.getByText(/nothing to read yet/)).toBeVisible();
        await expectNoAxeViolations(page);
      });

      test('the diagnosis step has no violations, evidence open', async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        const bounce = new BouncePage(page);
        const diagnosis = new DiagnosisPage(page);
        await bounce.goto();
        await bounce.diagnose(SEED);
        await diagnosis.waitForResult();
        await diagnosis.openEvidence();
        await expectNoAxeViolations(page);
      });
    });
  }
}

test('nothing needs sideways scrolling at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const bounce = new BouncePage(page);
  const diagnosis = new DiagnosisPage(page);
  await bounce.goto();
  await bounce.diagnose(SEED);
  await diagnosis.waitForResult();
  await diagnosis.openEvidence();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('printing shows the result without navigation or buttons', async ({ page }) => {
  const bounce = new BouncePage(page);
  const diagnosis = new DiagnosisPage(page);
  await bounce.goto();
  await bounce.diagnose(SEED);
  await diagnosis.waitForResult();
  await page.emulateMedia({ media: 'print' });

  await expect(page.getByRole('navigation', { name: 'Steps' })).toBeHidden();
  await expect(diagnosis.editButton).toBeHidden();
  await expect(diagnosis.card().getByText(SEED, { exact: true })).toBeVisible();
});
