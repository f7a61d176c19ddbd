import type { Page } from '@playwright/test';

/**
 * How many pages the page prints to: the page objects of `page.pdf()` (ISO 32000-1 §7.7.3.3,
 * `/Type /Page`), not the page tree nodes (`/Type /Pages`). Chromium writes them uncompressed.
 */
export async function pdfPageCount(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}
