import type { Page } from '@playwright/test';
import { SEED } from './fixtures/bounces.ts';
import { expect, test, type HostLogEntry } from './fixtures/help-site.ts';
import { EmbeddedDoctor } from './pages/embedded-doctor.ts';

const heights = (log: HostLogEntry[]) =>
  log.filter((entry) => entry.data?.type === 'bounce-doctor:height');

/** The frame's inner height, how far it is from its content's, and how far the frame scrolls. */
async function frameFit(page: Page, selector: string) {
  const height = await page.locator(selector).evaluate((frame) => frame.clientHeight);
  const inside = page.frameLocator(selector);
  const content = await inside
    .locator('bounce-doctor')
    .evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
  const scrollable = await inside
    .locator('html')
    .evaluate((html) => html.scrollHeight - html.clientHeight);
  return { height, gap: height - content, scrollable };
}

test.describe('Bounce Doctor in a frame', () => {
  test('the frame tells the page its height, so it never scrolls inside the page', async ({
    page,
    helpSite,
  }) => {
    await helpSite.open();
    const before = await helpSite.facts();
    const frame = await helpSite.frame({ bounce: SEED, theme: 'dark' });
    const doctor = new EmbeddedDoctor(frame);
    await doctor.waitForDiagnosis();
    expect(await doctor.style('background-color')).toBe('rgb(17, 20, 24)');

    // The frame's height is its content's: nothing to scroll inside it.
    const fit = () => frameFit(page, '#doctor-frame');
    await expect.poll(async () => (await fit()).gap).toBe(0);
    const { height: diagnosisHeight, scrollable } = await fit();
    expect(diagnosisHeight).toBeGreaterThan(300);
    expect(scrollable).toBeLessThanOrEqual(0);
    expect(heights(await helpSite.log()).length).toBeGreaterThan(0);

    // Back to the (shorter) first step: the frame shrinks with it.
    await doctor.editLink.click();
    await expect(doctor.textbox).toHaveValue(SEED);
    await expect.poll(async () => (await fit()).height).not.toBe(diagnosisHeight);
    await expect.poll(async () => (await fit()).gap).toBe(0);

    const log = await helpSite.log();
    for (const message of heights(log)) {
      expect(message).toMatchObject({ from: 'doctor-frame', origin: helpSite.app });
      expect(message.data?.height).toEqual(expect.any(Number));
    }
    // The frame moved between steps in memory: the help site's address and history are as they were.
    const after = await helpSite.facts();
    expect([after.url, after.historyLength]).toEqual([before.url, before.historyLength]);
  });

  test('it tells the page what happened, as the component does', async ({ helpSite }) => {
    await helpSite.open();
    const doctor = new EmbeddedDoctor(await helpSite.frame({ bounce: SEED }));
    await doctor.waitForDiagnosis();
    await expect
      .poll(async () =>
        (await helpSite.log())
          .filter(
            (entry) => entry.type === 'message' && entry.data?.type !== 'bounce-doctor:height',
          )
          .map((entry) => entry.data?.type),
      )
      .toEqual(['bounce-doctor:ready', 'bounce-doctor:step', 'bounce-doctor:diagnosis']);
    const diagnosis = (await helpSite.log()).find(
      (entry) => entry.data?.type === 'bounce-doctor:diagnosis',
    );
    expect(diagnosis?.origin).toBe(helpSite.app);
    expect(diagnosis?.data?.detail).toMatchObject({
      status: 'ready',
      // The text came from the frame's options.
      source: 'option',
      recipients: [{ status: '5.4.1', replyCode: 550 }],
    });
  });

  test('it takes options from the page that frames it, and from no other origin', async ({
    page,
    helpSite,
  }) => {
    await helpSite.open();
    const doctor = new EmbeddedDoctor(await helpSite.frame({}));
    await expect(doctor.bounceHeading).toBeVisible();
    await helpSite.foreignFrame();
    await expect
      .poll(async () => (await helpSite.log()).some((e) => e.data?.type === 'bounce-doctor:ready'))
      .toBe(true);

    // Another site's frame on the same page tries to fill in a bounce and turn the theme dark.
    const ignored = page.waitForEvent(
      'console',
      (message) => message.type() === 'warning' && /ignored options from/.test(message.text()),
    );
    await page
      .frameLocator('#foreign')
      .locator('body')
      .evaluate(() => {
        window.parent.frames[0]?.postMessage(
          {
            type: 'bounce-doctor:options',
            options: { bounce: '550 from elsewhere', theme: 'dark' },
          },
          '*',
        );
      });
    expect((await ignored).text()).toContain(helpSite.foreignOrigin);
    await expect(doctor.bounceHeading).toBeVisible();
    await expect(doctor.textbox).toHaveValue('');
    expect(await doctor.style('background-color')).toBe('rgb(255, 255, 255)');

    // The help site itself may.
    await page.evaluate(() => {
      const frame = document.getElementById('doctor-frame') as HTMLIFrameElement;
      frame.contentWindow?.postMessage(
        {
          type: 'bounce-doctor:options',
          options: { theme: 'dark', bounce: '452 4.2.2 Mailbox full' },
        },
        new URL(frame.src).origin,
      );
    });
    await doctor.waitForDiagnosis();
    await expect.poll(() => doctor.style('background-color')).toBe('rgb(17, 20, 24)');
  });
});

// Issue 13: opened as a page, the frame took #resolver= from its own address.
test('opened as a page of its own, the frame takes no resolver from its address', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  const options = new URLSearchParams({
    origin: '*',
    bounce: SEED,
    resolver: 'https://dns.evil.example/dns-query',
  });
  await page.goto(`/embed/frame.html#${options}`);
  await new EmbeddedDoctor(page.locator('bounce-doctor')).waitForDiagnosis();
  expect(await page.locator('bounce-doctor').getAttribute('resolver')).toBeNull();
  expect(warnings).toContain(
    'Bounce Doctor frame: resolver is not taken from a link, which anyone can send; ignored.',
  );
});

test('the demo page shows the component, the frame and a deep link', async ({ page }) => {
  await page.goto('/embed-demo.html');
  const component = new EmbeddedDoctor(page.locator('bounce-doctor#doctor'));
  await component.waitForDiagnosis();
  await expect(page.getByRole('list').filter({ hasText: 'diagnosis: {' })).toBeVisible();

  const frame = new EmbeddedDoctor(page.frameLocator('#bounce-doctor-frame'));
  await frame.waitForDiagnosis();
  await expect.poll(async () => (await frameFit(page, '#bounce-doctor-frame')).gap).toBe(0);

  await page.getByRole('link', { name: 'Open this bounce in Bounce Doctor' }).click();
  await expect(page).toHaveURL(/#\/diagnosis$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Diagnosis' })).toBeVisible();
});
