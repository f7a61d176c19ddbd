import { defineConfig, devices, chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

// Which browser the tests drive, in this order:
// 1. $CHROME_PATH, when set;
// 2. Playwright's own Chromium, when `npx playwright install chromium` has put it on this machine;
// 3. Debian's Chromium at /usr/bin/chromium (installed by .ci/run when nothing else is there).
function browserPath(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return undefined;
  } catch {
    // Playwright has no browser of its own here; fall through to the system one.
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const executablePath = browserPath();
const port = Number(process.env.E2E_PORT ?? 4173);
const dohPort = Number(process.env.E2E_DOH_PORT ?? 5391);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? 'list' : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-quic',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'] },
      testIgnore: /performance\.spec\.ts$/,
    },
    {
      // Timing assertions run last and alone, so that the suite's own workers do not compete.
      name: 'performance',
      use: { ...devices['Desktop Chrome'] },
      testMatch: /performance\.spec\.ts$/,
      dependencies: ['chromium'],
    },
  ],
  webServer: [
    {
      command: `npm run build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // The local DNS-over-HTTPS server the wizard's checks ask (e2e/fixtures/zone.json); the
      // journeys point the app's resolver setting at it (e2e/fixtures/doh.ts).
      command: `npm run dns:serve -- --zone e2e/fixtures/zone.json --host 127.0.0.1 --port ${dohPort}`,
      url: `http://127.0.0.1:${dohPort}/__faults`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // A help site on another origin than the app's, for the embed tests (e2e/embed-*.spec.ts).
      command: `npx vite preview --outDir e2e/hosts --host 127.0.0.1 --port ${port + 1} --strictPort`,
      url: `http://127.0.0.1:${port + 1}/article.html`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
