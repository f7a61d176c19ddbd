import type { Locator, Page } from '@playwright/test';
import { SEED } from './fixtures/bounces.ts';
import { expect, test } from './fixtures/doh.ts';
import { BouncePage } from './pages/bounce-page.ts';
import { DiagnosisPage } from './pages/diagnosis-page.ts';
import { EmbeddedDoctor } from './pages/embedded-doctor.ts';
import { printedPages } from './pages/printed.ts';

/** What CSS puts after an element (its `::after` content), `none` when nothing. */
const after = (link: Locator) =>
  link.evaluate((element) => getComputedStyle(element, '::after').content);

const colours = (element: Locator) =>
  element.evaluate((node) => {
    const style = getComputedStyle(node);
    return { background: style.backgroundColor, text: style.color };
  });

/** The shown elements in `scope` whose own background is dark (a transparent one shows its parent's). */
const darkBackgrounds = (scope: Locator) =>
  scope.evaluate((top) =>
    [top, ...top.querySelectorAll('*')].flatMap((node) => {
      const [r = 0, g = 0, b = 0, a = 1] = (
        getComputedStyle(node).backgroundColor.match(/[\d.]+/g) ?? []
      ).map(Number);
      const light = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      return node.checkVisibility() && a > 0 && light < 128
        ? [`${node.tagName}.${node.className}`]
        : [];
    }),
  );

const WHITE_ON_BLACK = { background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' };

test.describe('on paper', () => {
  test('a link that leaves the app prints its address after its text; a step link does not', async ({
    page,
  }) => {
    await new BouncePage(page).goto();
    await new BouncePage(page).diagnose(SEED);
    const diagnosis = new DiagnosisPage(page);
    await diagnosis.waitForResult();
    const external = diagnosis
      .card()
      .getByRole('link', { name: /^What Microsoft .* says about it/ });
    const href = await external.getAttribute('href');
    expect(href).toMatch(/^https:\/\//);
    expect(await after(external)).toBe('none');

    const evidence = await diagnosis.openEvidence();
    const source = evidence.getByRole('link', { name: /^https:\/\// }).first();
    await expect(source).toBeVisible();

    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await after(external)).toBe(`" (${href})"`);
    // Hidden on paper like the step links, but its style is still computed.
    const step = page.getByRole('link', { name: 'Edit the bounce', includeHidden: true });
    expect(await after(step)).toBe('none');
    // The evidence's source links show their address as their text: it is not printed twice.
    expect(await after(source)).toBe('none');
  });

  test('the page prints light when the screen is dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const bounce = new BouncePage(page);
    await bounce.goto();
    await bounce.diagnose(SEED);
    await new DiagnosisPage(page).waitForResult();
    const root = page.locator('html');
    expect((await colours(root)).background).toBe('rgb(17, 20, 24)');

    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await colours(root)).toEqual(WHITE_ON_BLACK);
    expect(await darkBackgrounds(page.getByRole('main'))).toEqual([]);
  });

  test('in the demo help article, the embed’s Print prints the wizard alone, in light colours', async ({
    page,
  }) => {
    await page.goto('/embed-demo.html');
    await page.locator('bounce-doctor#doctor').evaluate((element) => {
      element.setAttribute('live-lookups', 'off');
    });
    const doctor = new EmbeddedDoctor(page.locator('bounce-doctor#doctor'));
    await doctor.waitForDiagnosis();
    await doctor.link('Next: sender details').click();
    await doctor.link('Run the checks').click();
    await expect(doctor.heading('Checklist')).toBeVisible();

    // The browser's dialog is not there to close: print() only counts, and afterprint is sent.
    await page.evaluate(() => {
      window.print = () => {
        document.body.dataset.printed = String(Number(document.body.dataset.printed ?? 0) + 1);
      };
    });
    const article = page.getByRole('heading', { level: 1, name: /What does “550 5\.4\.1/ });
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(article).toBeVisible();

    // The button is not on paper: pressed on screen, as a reader would.
    await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    await doctor.region.getByRole('button', { name: 'Print' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', '1');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(article).toBeHidden();
    await expect(page.getByRole('heading', { name: 'What the help site heard' })).toBeHidden();
    await expect(page.locator('#bounce-doctor-frame')).toBeHidden();
    await expect(doctor.heading('Checklist')).toBeVisible();
    expect(await colours(doctor.region)).toEqual(WHITE_ON_BLACK);
    expect(await darkBackgrounds(doctor.region)).toEqual([]);

    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await expect(article).toBeVisible();
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    await expect(page.locator('bounce-doctor#doctor')).not.toHaveAttribute(
      'data-bounce-doctor-printing',
    );
  });
});

test('printedPages counts the printed pages', async ({ page }) => {
  const pages = async (html: string, target: Page = page) => {
    await target.setContent(html);
    return printedPages(target);
  };
  expect(await pages('<p>One short page.</p>')).toBe(1);
  expect(
    await pages(
      '<p style="break-after: page">One</p><p style="break-after: page">Two</p><p>Three</p>',
    ),
  ).toBe(3);
});
