import type { Page } from '@playwright/test';
import { SEED } from './fixtures/bounces.ts';
import { DOH_URL, expect, resolverRequests, test, useLocalResolver } from './fixtures/doh.ts';
import { BLOCKED } from './fixtures/journey-bounces.ts';
import { BouncePage } from './pages/bounce-page.ts';
import { DiagnosisPage } from './pages/diagnosis-page.ts';
import { ChecklistPage, ChecksPage, SenderPage } from './pages/wizard-pages.ts';

/**
 * The seed to the checklist with a ticked item; the one question answered "Many recipients",
 * not the assumed "Just this one", so that a restored walk shows the answer, not the assumption.
 */
async function seedChecklist(page: Page) {
  const bounce = new BouncePage(page);
  await bounce.goto();
  await bounce.diagnose(SEED);
  await new DiagnosisPage(page).waitForResult();
  await page.getByRole('link', { name: 'Next: sender details' }).click();
  const sender = new SenderPage(page);
  await sender.field('Failed recipient address').fill('jane@contoso.example');
  await sender.runChecks.click();
  const checklist = new ChecklistPage(page);
  await checklist.waitForAll();
  await checklist.answer(/one recipient, or for many/, 'Many recipients');
  await checklist.waitForAll();
  await page.getByRole('checkbox', { name: DONE_ITEM }).check();
  return checklist;
}

/** The to-do item the seed's "many recipients" path ends in. */
const DONE_ITEM = /Done: Ask the recipient’s administrator/;

/** The seed's question shows the answer given, not an assumption. */
async function expectAnswered(page: Page) {
  const question = page.getByRole('group', { name: /one recipient, or for many/ });
  await expect(question.getByRole('radio', { name: 'Many recipients' })).toBeChecked();
  await expect(question).not.toContainText('Assumed');
}

test.describe('share, keep, correct', () => {
  test('a share link restores the wizard at the same step, addresses redacted', async ({
    page,
    browser,
    offsite,
  }) => {
    await seedChecklist(page);
    await page.getByRole('button', { name: 'Create a share link' }).click();
    const link = await page.getByLabel('Share link').inputValue();
    expect(link).toMatch(/#\/open\?s=v1\.[A-Za-z0-9_-]+$/);
    expect(link).not.toContain('jane');

    // Another browser, nothing in its storage.
    const other = await browser.newContext();
    const fresh = await other.newPage();
    await useLocalResolver(fresh);
    const asked = resolverRequests(fresh);
    await fresh.goto(link);
    const checklist = new ChecklistPage(fresh);
    await expect(checklist.heading).toBeVisible();
    await expect(fresh).toHaveURL(/#\/checklist$/);
    await expect(fresh.getByRole('checkbox', { name: DONE_ITEM })).toBeChecked();
    await expectAnswered(fresh);

    // Opening the link asks no resolver anything: the checks wait, saying where they would go.
    const held = fresh.getByRole('region', { name: 'The checks wait for you' });
    await expect(held).toContainText(new URL(DOH_URL).host);
    await expect(checklist.status).toHaveText(/checks? waits? for you to run/);
    await expect(checklist.item(/^Recipient address/)).toContainText('Not run yet');
    await expect(fresh.getByText('What left this browser: 0 requests')).toBeVisible();
    expect(asked).toEqual([]);
    await held.getByRole('button', { name: 'Run the checks' }).click();
    await expect(checklist.status).toBeFocused();
    await checklist.waitForAll();
    await expect(checklist.item(/^Recipient address/)).toContainText('Could not check');
    expect(asked.length).toBeGreaterThan(0);
    await fresh.goto(fresh.url().replace('#/checklist', '#/sender'));
    await expect(new SenderPage(fresh).field('Failed recipient address')).toHaveValue(
      'redacted-1@contoso.example',
    );
    await other.close();
    expect(offsite).toEqual([]);
  });

  test('without redaction the link carries the addresses; a damaged link goes to the start', async ({
    page,
  }) => {
    await seedChecklist(page);
    await page
      .getByRole('checkbox', { name: 'Hide email addresses (the part before @) in the link' })
      .uncheck();
    await page.getByRole('button', { name: 'Create a share link' }).click();
    const link = await page.getByLabel('Share link').inputValue();
    await page.goto('about:blank');
    await page.evaluate(() => sessionStorage.clear()).catch(() => undefined);
    await page.goto(`${link.slice(0, -12)}`);
    await expect(new BouncePage(page).heading).toBeVisible();
  });

  test('reload, back and forward keep every answer and tick; "Start over" clears them', async ({
    page,
  }) => {
    const checklist = await seedChecklist(page);
    await page.reload();
    await checklist.waitForAll();
    const ticked = page.getByRole('checkbox', { name: DONE_ITEM });
    await expect(ticked).toBeChecked();
    await expectAnswered(page);
    // Step 4 was passed through: back goes to the sender details, as they were typed.
    await page.goBack();
    await expect(new SenderPage(page).field('Failed recipient address')).toHaveValue(
      'jane@contoso.example',
    );
    await page.goForward();
    await expect(ticked).toBeChecked();
    await expectAnswered(page);
    await expect(page.getByText(/What left this browser: [1-9]\d* requests?/)).toBeVisible();
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(new BouncePage(page).textbox).toHaveValue('');
    // The count of what left the browser starts again with the new start.
    await page.getByRole('link', { name: 'Settings and what left this browser' }).click();
    await expect(page.getByText('What left this browser: 0 requests')).toBeVisible();
    await page.goBack();
    await page.goto('/#/checklist');
    await expect(new BouncePage(page).heading).toBeVisible();
  });

  test('correcting the diagnosis changes the path: a corrected "mailbox full" runs no check', async ({
    page,
  }) => {
    const bounce = new BouncePage(page);
    await bounce.goto();
    await bounce.diagnose(SEED);
    await new DiagnosisPage(page).waitForResult();
    await page.getByLabel('What really happened').selectOption({ label: 'The mailbox is full' });
    await page.getByRole('button', { name: 'Use this reason' }).click();
    await expect(page.getByText('You corrected the diagnosis to')).toBeVisible();
    // The card at the top tells the corrected story too, not the old reading.
    const card = page.getByRole('article').first();
    await expect(card.getByRole('heading', { level: 2 })).toHaveText('The mailbox is full');
    await expect(card).toContainText('we had read “The address does not exist”');
    await expect(card).toContainText('over its storage quota');
    await expect(card).toContainText('The person you wrote to');
    await page.getByRole('link', { name: '5 Checklist' }).click();
    const checklist = new ChecklistPage(page);
    await expect(
      page.getByText(/Diagnosis: The mailbox is full \(as you corrected it\)/),
    ).toBeVisible();
    await expect(checklist.item('Wait, then resend')).toBeVisible();
    await expect(checklist.message()).toContainText('A message for the recipient');
  });
});

test.describe('settings and what left the browser', () => {
  test('the resolver is chosen in Settings; the panel lists every query and where it went', async ({
    page,
    offsite,
  }) => {
    await page.goto('/#/settings');
    await page.getByRole('radio', { name: /None: turn live lookups off/ }).check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.reload();
    await expect(page.getByRole('radio', { name: /None: turn live lookups off/ })).toBeChecked();
    await page.getByLabel('Resolver address').fill('http://dns.example/dns-query');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText(/Enter an https:\/\/ address/)).toBeVisible();
    await page.getByLabel('Resolver address').fill(DOH_URL);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Saved.')).toBeVisible();

    const bounce = new BouncePage(page);
    await bounce.goto();
    await bounce.diagnose(BLOCKED);
    await new DiagnosisPage(page).waitForResult();
    await page.getByRole('link', { name: '4 Checks' }).click();
    const checks = new ChecksPage(page);
    await expect(checks.status).toHaveText(/All 2 checks finished/);
    await expect(page.getByText(`Asking ${new URL(DOH_URL).host}.`)).toBeVisible();
    await page.getByText(/What left this browser: \d+ requests/).click();
    const table = page.getByRole('region', { name: 'Requests sent' }).getByRole('table');
    await expect(
      table.getByRole('row').filter({ hasText: '34.216.184.93.bl.spamcop.net' }),
    ).toContainText(new URL(DOH_URL).host);
    await expect(
      table.getByRole('row').filter({ hasText: '34.216.184.93.in-addr.arpa' }),
    ).toContainText('PTR');
    expect(offsite).toEqual([]);
  });

  test('with live lookups off nothing is sent and every check says how to look by hand', async ({
    page,
    offsite,
  }) => {
    await page.goto('/#/settings');
    await page.getByRole('radio', { name: /None: turn live lookups off/ }).check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    const bounce = new BouncePage(page);
    await bounce.goto();
    await bounce.diagnose(BLOCKED);
    await new DiagnosisPage(page).waitForResult();
    await page.getByRole('link', { name: '4 Checks' }).click();
    const checks = new ChecksPage(page);
    await checks.waitForAll();
    await expect(page.getByText('no resolver: live lookups are off')).toBeVisible();
    await checks.toChecklist.click();
    const checklist = new ChecklistPage(page);
    await checklist.waitForAll();
    await expect(checklist.choice(/change your sending service/, 'No')).toBeChecked();
    await expect(checklist.item(/^Reverse DNS/)).toContainText('Could not check');
    await expect(checklist.item(/^Reverse DNS/)).toContainText('Check it by hand');
    await expect(page.getByText('What left this browser: 0 requests')).toBeVisible();
    expect(offsite).toEqual([]);
  });
});
