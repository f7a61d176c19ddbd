import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SEED } from './fixtures/bounces.ts';
import { DOH_URL, resolverRequests } from './fixtures/doh.ts';
import { expect, test } from './fixtures/help-site.ts';
import { EmbeddedDoctor } from './pages/embedded-doctor.ts';
import { holdMainThreadEngine } from './pages/main-thread-engine.ts';

test.describe('<bounce-doctor> on a help site', () => {
  test('a help article opens on the diagnosis of its bounce, and the page around it stays as it was', async ({
    page,
    helpSite,
  }) => {
    await helpSite.open();
    const before = await helpSite.facts();

    const doctor = new EmbeddedDoctor(await helpSite.embed({ bounce: SEED }));
    await doctor.waitForDiagnosis();
    await expect(doctor.region.getByText("Permanent — don't resend as is")).toBeVisible();
    // The result arrived without pulling the reader's focus, or the page, down to the embed.
    expect(await page.evaluate(() => [document.activeElement?.tagName, window.scrollY])).toEqual([
      'BODY',
      0,
    ]);

    await doctor.editLink.click();
    await expect(doctor.bounceHeading).toBeFocused();
    await expect(doctor.textbox).toHaveValue(SEED);
    await doctor.example('Mailbox full (temporary)').click();
    await doctor.waitForDiagnosis();
    await expect(doctor.diagnosisHeading).toBeFocused();
    await doctor.startOverButton.click();
    await expect(doctor.textbox).toHaveValue('');

    // URL, history, title, <head>, storage and every host style: as before the embed came.
    expect(await helpSite.facts()).toEqual(before);
    // The host's styles did not get in either: not its h1, its buttons, its letter-spacing.
    const heading = await doctor.bounceHeading.evaluate((element) => {
      const style = getComputedStyle(element);
      return [style.color, style.fontSize, style.letterSpacing, style.textTransform, style.display];
    });
    expect(heading).toEqual(['rgb(27, 31, 36)', '28px', 'normal', 'none', 'block']);
    await expect(doctor.diagnoseButton).not.toHaveCSS('background-color', 'rgb(255, 0, 255)');
    await expect(doctor.diagnoseButton).toHaveCSS('background-color', 'rgb(29, 78, 216)');

    // The events a help site can log: the steps, and each diagnosis by its codes alone.
    const log = await helpSite.log();
    expect(log.filter((entry) => entry.type === 'step').map((entry) => entry.detail)).toEqual([
      { step: 'diagnosis', index: 2 },
      { step: 'bounce', index: 1 },
      { step: 'diagnosis', index: 2 },
      { step: 'bounce', index: 1 },
    ]);
    const diagnoses = log.filter((entry) => entry.type === 'diagnosis');
    expect(diagnoses.map((entry) => entry.from)).toEqual(['doctor', 'doctor']);
    expect(diagnoses[0]?.detail).toMatchObject({
      status: 'ready',
      source: 'attribute',
      isBounce: true,
      recipients: [
        {
          status: '5.4.1',
          replyCode: 550,
          permanent: true,
          providerCode: 'AS(201806281)',
          providerRole: 'receiver',
        },
      ],
    });
    expect(diagnoses[1]?.detail).toMatchObject({
      source: 'example',
      recipients: [{ reason: 'mailboxfull', status: '4.2.2', permanent: false }],
    });
    expect(JSON.stringify(log)).not.toContain('jane@example.org');
  });

  test('the journey goes on to the checklist with the resolver the help site names', async ({
    page,
    helpSite,
  }) => {
    const resolverQueries = resolverRequests(page);
    await helpSite.open();
    const before = await helpSite.facts();
    const doctor = new EmbeddedDoctor(await helpSite.embed({ bounce: SEED, resolver: DOH_URL }));
    await doctor.waitForDiagnosis();

    await doctor.link('Next: sender details').click();
    await expect(doctor.heading('Sender details')).toBeFocused();
    await doctor.field('Failed recipient address').fill('jane@contoso.example');
    // Step 4 is passed through: the checklist runs the checks, its question asked inline.
    await doctor.link('Run the checks').click();
    await expect(doctor.heading('Checklist')).toBeFocused();
    await doctor.answer(/one recipient, or for many/, 'Just this one');
    const address = doctor.checklistItem(/Recipient address jane@contoso\.example/);
    await expect(address).toContainText('Could not check', { timeout: 20_000 });
    await address.getByRole('checkbox', { name: /^Done/ }).check();
    // A share link made inside the embed opens the standalone app the script came from, not
    // the help site's page.
    await doctor.region.getByRole('button', { name: 'Create a share link' }).click();
    const link = await doctor.region.getByRole('textbox', { name: 'Share link' }).inputValue();
    expect(link.startsWith(`${helpSite.app}/#/`)).toBe(true);

    expect(resolverQueries.length).toBeGreaterThan(0);
    const log = await helpSite.log();
    expect(log.filter((entry) => entry.type === 'step').map((entry) => entry.detail?.step)).toEqual(
      // Step 4 is passed through: the checklist runs the checks (decision 067).
      ['diagnosis', 'sender', 'checklist'],
    );
    expect(log.filter((entry) => entry.type === 'checklist')).toEqual([
      {
        type: 'checklist',
        from: 'doctor',
        detail: { item: expect.any(String), done: true, doneCount: 1 },
      },
    ]);
    // The resolver was the embed's setting: the help site's own storage was not written.
    const after = await helpSite.facts();
    expect([after.localStorage, after.sessionStorage, after.historyLength, after.url]).toEqual([
      before.localStorage,
      before.sessionStorage,
      before.historyLength,
      before.url,
    ]);
  });

  test('it opens where its attributes say, and follows them when they change', async ({
    helpSite,
  }) => {
    await helpSite.open();
    const doctor = new EmbeddedDoctor(
      await helpSite.embed({ bounce: SEED, 'start-step': 'bounce', theme: 'dark' }),
    );
    await expect(doctor.bounceHeading).toBeVisible();
    await expect(doctor.textbox).toHaveValue(SEED);
    expect(await doctor.style('background-color')).toBe('rgb(17, 20, 24)');

    // The help site's script changes them: the new bounce waits in the box (start-step="bounce").
    const element = helpSite.page.locator('bounce-doctor#doctor');
    await element.evaluate((doctor) => {
      doctor.setAttribute('theme', 'light');
      doctor.setAttribute('bounce', '452 4.2.2 Mailbox full, try again later');
    });
    await expect(doctor.textbox).toHaveValue('452 4.2.2 Mailbox full, try again later');
    expect(await doctor.style('background-color')).toBe('rgb(255, 255, 255)');
    // Diagnosed as it waits, the text is still the attribute's, not typed.
    await doctor.diagnoseButton.click();
    await doctor.waitForDiagnosis();
    await expect
      .poll(async () =>
        (await helpSite.log())
          .filter((e) => e.type === 'diagnosis' && e.from === 'doctor')
          .map((e) => e.detail?.source),
      )
      .toEqual(['attribute']);

    // Without start-step, a new bounce is diagnosed at once.
    const other = new EmbeddedDoctor(await helpSite.embed({}, 'other'));
    await expect(other.bounceHeading).toBeVisible();
    await helpSite.page
      .locator('bounce-doctor#other')
      .evaluate((doctor) =>
        doctor.setAttribute('bounce', '452 4.2.2 Mailbox full, try again later'),
      );
    await other.waitForDiagnosis();
    await expect(other.region.getByText(/^Diagnosis ready: .*\(temporary\)/)).toBeVisible();
  });

  test('theme="auto" follows the reader’s system, theme="light" does not', async ({
    page,
    helpSite,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await helpSite.open();
    const auto = new EmbeddedDoctor(await helpSite.embed({ theme: 'auto' }, 'auto'));
    const light = new EmbeddedDoctor(await helpSite.embed({ theme: 'light' }, 'light'));
    await expect(auto.bounceHeading).toBeVisible();
    await expect(light.bounceHeading).toBeVisible();
    expect(await auto.style('background-color')).toBe('rgb(17, 20, 24)');
    expect(await light.style('background-color')).toBe('rgb(255, 255, 255)');
    expect(await light.style('color-scheme')).toBe('light');
  });

  test('the help site restyles it through the documented custom properties only', async ({
    helpSite,
  }) => {
    await helpSite.open();
    const element = await helpSite.embed({});
    await element.evaluate((doctor) => {
      doctor.style.setProperty('--bd-color-primary', 'rgb(128, 0, 128)');
      doctor.style.setProperty('--bd-font', '"Courier New", monospace');
    });
    const doctor = new EmbeddedDoctor(element);
    await expect(doctor.diagnoseButton).toHaveCSS('background-color', 'rgb(128, 0, 128)');
    await expect(doctor.bounceHeading).toHaveCSS('font-family', '"Courier New", monospace');
    // The host's own --bg and --primary on :root do not reach in.
    expect(await doctor.style('background-color')).toBe('rgb(255, 255, 255)');
  });

  test('two embeds keep their own state, and persist="…" keeps it under its own name', async ({
    page,
    helpSite,
  }) => {
    await helpSite.open();
    await page.evaluate(() => sessionStorage.setItem('bounce-doctor:wizard', 'the host’s own'));
    const first = new EmbeddedDoctor(await helpSite.embed({ persist: 'faq' }, 'first'));
    const second = new EmbeddedDoctor(await helpSite.embed({}, 'second'));
    await first.textbox.fill('550 5.1.1 typed in the first');
    await second.textbox.fill('421 typed in the second');
    await expect(first.textbox).toHaveValue('550 5.1.1 typed in the first');

    await page.reload();
    await helpSite.embed({ persist: 'faq' }, 'first');
    await helpSite.embed({}, 'second');
    await expect(first.textbox).toHaveValue('550 5.1.1 typed in the first');
    await expect(second.textbox).toHaveValue('');
    const keys = await page.evaluate(() => Object.keys(sessionStorage).sort());
    expect(keys).toEqual(['bounce-doctor:embed:faq:bounce-doctor:wizard', 'bounce-doctor:wizard']);
    expect(await page.evaluate(() => sessionStorage.getItem('bounce-doctor:wizard'))).toBe(
      'the host’s own',
    );
  });

  test('the bounce is read in a Web Worker, though the script comes from another origin', async ({
    page,
    helpSite,
  }) => {
    const scripts: string[] = [];
    page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
    const release = await holdMainThreadEngine(page, '/embed/assets');
    await helpSite.open();
    const doctor = new EmbeddedDoctor(await helpSite.embed({ bounce: SEED }));
    await doctor.waitForDiagnosis();
    expect(scripts.some((path) => /\/embed\/assets\/diagnose-worker-[^/]*\.js$/.test(path))).toBe(
      true,
    );
    await release();
    await expect(doctor.link('Next: sender details')).toBeVisible();
  });

  test('files dropped on the help site’s page are the help site’s', async ({ page, helpSite }) => {
    await helpSite.open();
    const doctor = new EmbeddedDoctor(await helpSite.embed({}));
    await expect(doctor.textbox).toBeVisible();
    const taken = (target: 'host' | 'embed') =>
      page.evaluate((target) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File(['550 5.1.1'], 'bounce.eml', { type: 'message/rfc822' }));
        const element =
          target === 'host'
            ? document.getElementById('host-button')
            : document.querySelector('bounce-doctor')?.shadowRoot?.querySelector('textarea');
        const event = new DragEvent('dragover', {
          bubbles: true,
          cancelable: true,
          composed: true,
          dataTransfer: transfer,
        });
        element?.dispatchEvent(event);
        return event.defaultPrevented;
      }, target);
    expect(await taken('host')).toBe(false);
    expect(await taken('embed')).toBe(true);
  });
});

test.describe('accessibility inside the embed', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing on the bounce and diagnosis steps (${colorScheme})`, async ({
      page,
      helpSite,
    }) => {
      await page.emulateMedia({ colorScheme });
      await helpSite.open();
      const element = await helpSite.embed({});
      const doctor = new EmbeddedDoctor(element);
      await doctor.textbox.fill(' ');
      await doctor.diagnoseButton.click();
      await expect(doctor.region.getByText(/nothing to read yet/)).toBeVisible();
      await expectNoViolationsIn(page, 'bounce-doctor');

      await doctor.diagnose(SEED);
      await doctor.waitForDiagnosis();
      await doctor.region.getByText('Show the evidence').first().click();
      await expectNoViolationsIn(page, 'bounce-doctor');
    });
  }
});

async function expectNoViolationsIn(page: Page, selector: string) {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  expect(
    results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) })),
  ).toEqual([]);
  // axe looked inside the shadow root, not only at the element: such targets are [[host, inner]].
  const inside = results.passes
    .flatMap((rule) => rule.nodes)
    .filter(({ target: [first] }) => Array.isArray(first) && first.length > 1);
  expect(inside.length).toBeGreaterThan(10);
}
