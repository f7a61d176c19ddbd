import type { Page } from '@playwright/test';

/**
 * Holds back the engine's main-thread copy (the `engine-*.js` chunk under `assets`) until
 * `release()`. Had the diagnose worker failed, the fallback would wait for it and no diagnosis
 * would come: a diagnosis on screen while it is held was read in the worker. The way on from
 * the diagnosis walks the tree with the engine's code, so it needs the chunk once released.
 */
export async function holdMainThreadEngine(
  page: Page,
  assets: string,
): Promise<() => Promise<void>> {
  const held: (() => Promise<void>)[] = [];
  let released = false;
  const chunk = new RegExp(`${assets.replace(/[/.]/g, '\\$&')}/engine-[^/]*\\.js$`);
  await page.route(chunk, (route) => {
    if (released) return route.continue();
    held.push(() => route.continue());
  });
  return async () => {
    released = true;
    await Promise.all(held.splice(0).map((go) => go()));
  };
}
