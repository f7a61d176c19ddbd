import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/doh.ts';

/** Tries an inline script in the page; under the policy it never runs. */
async function inlineScriptRuns(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.head.append(script);
    return (window as { inlineRan?: boolean }).inlineRan === true;
  });
}

const PAGES = [
  ['the app', '/'],
  ['the embed frame', '/embed/frame.html#origin=*'],
  ['the embed demo', '/embed-demo.html'],
] as const;

for (const [name, path] of PAGES) {
  test(`${name} carries a strict Content-Security-Policy, which refuses inline script`, async ({
    page,
    cspViolations,
  }) => {
    await page.goto(path);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    for (const directive of [
      "script-src 'self'",
      "style-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "default-src 'none'",
    ]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toContain('unsafe-');
    expect(await inlineScriptRuns(page)).toBe(false);
    // The violation is reported: the fixture would fail any other test on it.
    await expect.poll(() => cspViolations.some((text) => /script-src/.test(text))).toBe(true);
    cspViolations.length = 0;
  });
}
