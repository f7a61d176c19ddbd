import type { Page } from '@playwright/test';

/**
 * The pages of the PDF Chromium prints the page to (A4, as most of the world prints): counted
 * from its page objects, `/Type /Page` but not the `/Type /Pages` tree above them.
 */
export async function printedPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}
