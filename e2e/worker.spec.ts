import { expect, test } from './fixtures/doh.ts';
import { SEED } from './fixtures/bounces.ts';
import { BouncePage } from './pages/bounce-page.ts';
import { DiagnosisPage } from './pages/diagnosis-page.ts';
import { holdMainThreadEngine } from './pages/main-thread-engine.ts';

test.describe('reading off the main thread', () => {
  test('the bounce is read in a Web Worker, not on the page', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
    const release = await holdMainThreadEngine(page, '/assets');
    const bounce = new BouncePage(page);
    const diagnosis = new DiagnosisPage(page);
    await bounce.goto();
    await bounce.diagnose(SEED);
    await diagnosis.waitForResult();

    expect(scripts.some((path) => /diagnose-worker-[^/]*\.js$/.test(path))).toBe(true);
    await release();
    await expect(page.getByRole('link', { name: 'Next: sender details' })).toBeVisible();
  });

  test('without Web Workers the page reads the bounce itself', async ({ page }) => {
    await page.addInitScript(() => {
      Reflect.deleteProperty(window, 'Worker');
    });
    const bounce = new BouncePage(page);
    const diagnosis = new DiagnosisPage(page);
    await bounce.goto();
    await bounce.diagnose(SEED);
    await diagnosis.waitForResult();
    const evidence = await diagnosis.openEvidence();
    await expect(diagnosis.fact(evidence, 'Status')).toHaveText('5.4.1');
  });

  test('a reader that never answers is stopped after 10 seconds with a clear message', async ({
    page,
  }) => {
    test.setTimeout(40_000);
    // A worker that takes every message and never replies, like an engine stuck in a regex.
    await page.addInitScript(() => {
      const log: string[] = [];
      (window as unknown as { workerLog: string[] }).workerLog = log;
      class SilentWorker extends EventTarget {
        postMessage() {
          log.push('message');
        }
        terminate() {
          log.push('terminated');
        }
      }
      Object.defineProperty(window, 'Worker', { value: SilentWorker });
    });
    const bounce = new BouncePage(page);
    const diagnosis = new DiagnosisPage(page);
    await bounce.goto();
    await bounce.diagnose(SEED);
    await expect(diagnosis.status).toHaveText('Reading your bounce…');

    const message = page.getByRole('heading', { name: 'This input took too long to read' });
    await expect(message).toBeVisible({ timeout: 15_000 });
    await expect(diagnosis.heading).toBeFocused();
    expect(
      await page.evaluate(() => (window as unknown as { workerLog: string[] }).workerLog),
    ).toEqual(['message', 'terminated']);
  });
});
