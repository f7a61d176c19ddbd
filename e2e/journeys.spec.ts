import { SEED } from './fixtures/bounces.ts';
import {
  BLOCKED,
  CONTENT_EML,
  GMAIL_EML,
  GMAIL_STEADY,
  TLS_REQUIRED,
} from './fixtures/journey-bounces.ts';
import { DOH_URL, expect, resolverRequests, test } from './fixtures/doh.ts';
import { BouncePage, emlFile } from './pages/bounce-page.ts';
import { DiagnosisPage } from './pages/diagnosis-page.ts';
import { UserActions } from './pages/user-actions.ts';
import { ChecklistPage, ChecksPage, SenderPage } from './pages/wizard-pages.ts';

// Paste or drop, then at most two more actions (decision 067). Each journey takes the way on
// that every step offers, counting the clicks, and checks where focus lands after each.
test.describe('three actions from paste to checklist', () => {
  test('the seed: Diagnose, Next, Run the checks; the assumed answer changes in place', async ({
    page,
    offsite,
  }) => {
    const bounce = new BouncePage(page);
    const checklist = new ChecklistPage(page);
    const actions = new UserActions(page);
    await bounce.goto();
    await bounce.textbox.fill(SEED);
    await actions.click(bounce.diagnoseButton);
    await new DiagnosisPage(page).waitForResult();
    // The bounce names no address and no server: step 3 asks for them, and may be left empty.
    await actions.forwardToChecklist(3 - actions.count);
    expect(actions.count).toBeLessThanOrEqual(3);
    await checklist.waitForAll();
    await expect(page.getByText(/Microsoft 365 has no mailbox for this address\./)).toBeVisible();

    const many = checklist.choice(/one recipient, or for many/, 'Many recipients');
    await actions.click(many, many);
    await expect(
      page.getByText(/Microsoft 365 refuses many addresses at this domain\./),
    ).toBeVisible();
    await expect(page.getByRole('group', { name: /one recipient, or for many/ })).not.toContainText(
      'Assumed',
    );
    expect(offsite).toEqual([]);
  });

  test('Gmail 5.7.26 as a whole .eml: drop it, Next, and the checks use its headers', async ({
    page,
    offsite,
  }) => {
    const bounce = new BouncePage(page);
    const checklist = new ChecklistPage(page);
    const actions = new UserActions(page);
    await bounce.goto();
    const asked = resolverRequests(page);
    await actions.dropFile(bounce, emlFile(GMAIL_EML));
    await new DiagnosisPage(page).waitForResult();
    await expect(
      page.getByText(
        'Every detail the checks need is filled in: the checks have started, and the checklist shows what they find.',
      ),
    ).toBeVisible();
    // They start as soon as their inputs are known, before the checklist is opened.
    await expect.poll(() => asked.length).toBeGreaterThan(0);
    await actions.forwardToChecklist(3 - actions.count);
    expect(actions.count).toBeLessThanOrEqual(3);
    await checklist.waitForAll();
    await expect(checklist.item('SPF for example.com')).toContainText('Fail');
    await expect(checklist.item('DKIM for example.com')).toContainText('mail2024');
    await expect(checklist.item('DMARC for example.com')).toContainText('Fail');
    await expect(checklist.item(/^Bulk-sender/)).toHaveCount(0);

    // "Do you send bulk mail?" was assumed "No"; "Yes" adds the bulk-sender rules in place.
    const bulk = checklist.choice(/send bulk mail/, 'Yes');
    await actions.click(bulk, bulk);
    await expect(checklist.item(/^Bulk-sender/)).toBeVisible({ timeout: 20_000 });
    await checklist.waitForAll();

    // What the checks used came from the returned headers, as step 3 shows.
    await page.getByRole('link', { name: '3 Sender' }).click();
    const sender = new SenderPage(page);
    await expect(sender.field('Sending IP address')).toHaveValue('192.0.2.25');
    await expect(sender.field('DKIM selector')).toHaveValue('mail2024');
    await expect(sender.field('From address')).toHaveValue('news@example.com');
    expect(offsite).toEqual([]);
  });

  test('a full mailbox: the example, then Next', async ({ page, offsite }) => {
    const bounce = new BouncePage(page);
    const checklist = new ChecklistPage(page);
    const actions = new UserActions(page);
    await bounce.goto();
    await actions.click(bounce.example('Mailbox full (temporary)'));
    await new DiagnosisPage(page).waitForResult();
    await actions.forwardToChecklist(3 - actions.count);
    expect(actions.count).toBeLessThanOrEqual(3);
    await expect(checklist.item('Wait, then resend')).toContainText('To do');
    expect(offsite).toEqual([]);
  });

  test('text that is not a bounce offers no way on', async ({ page }) => {
    const bounce = new BouncePage(page);
    await bounce.goto();
    await bounce.diagnose('Lunch at noon?');
    await new DiagnosisPage(page).waitForResult();
    await expect(page.getByRole('link', { name: 'Edit the bounce' })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Next/ })).toHaveCount(0);
  });
});

test.describe('from a pasted bounce to a checklist', () => {
  test('Microsoft 365 AS(201806281): the address path ends in a note to their admin', async ({
    page,
    offsite,
  }) => {
    const bounce = new BouncePage(page);
    const diagnosis = new DiagnosisPage(page);
    const sender = new SenderPage(page);
    const checks = new ChecksPage(page);
    const checklist = new ChecklistPage(page);
    await bounce.goto();
    await bounce.diagnose(SEED);
    await diagnosis.waitForResult();
    // Ranked readings, and which check settles the other one.
    const possible = page.getByRole('region', { name: 'Possible causes, most likely first' });
    await expect(possible.getByRole('listitem').nth(1)).toContainText(
      'The checklist runs that check too',
    );

    await page.getByRole('link', { name: 'Next: sender details' }).click();
    await expect(sender.heading).toBeFocused();
    // Only what the planned checks need: the address, and the blocklists that settle the
    // other reading ("a blocked sending server"); no DKIM selector, no envelope domain.
    await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(3);
    await expect(sender.field('DKIM selector')).toHaveCount(0);
    await expect(sender.source('Failed recipient address')).toHaveText(/Not in the bounce/);
    await sender.field('Failed recipient address').fill('jane@contoso.example');
    await expect(sender.source('Failed recipient address')).toHaveText('Typed by you.');
    await sender.runChecks.click();

    // Step 4 is passed through: the checklist runs the checks, the question asked beside it.
    await expect(checklist.heading).toBeFocused();
    await expect(page).toHaveURL(/#\/checklist$/);
    await expect(checklist.choice(/one recipient, or for many/, 'Just this one')).toBeChecked();
    await expect(page.getByRole('group', { name: /one recipient, or for many/ })).toContainText(
      'Assumed: Just this one, until you choose.',
    );
    await checklist.waitForAll();
    const address = checklist.item(/Recipient address jane@contoso\.example/);
    await expect(address).toContainText('Could not check');
    await expect(address).toContainText('the bounce says it does not');
    await expect(address).toContainText('run by Microsoft 365');
    await expect(address).toContainText(
      'Microsoft 365 / Outlook.com said its directory has no mailbox',
    );
    // No sending IP: only the domain was looked up, which settles nothing about the server.
    const lists = checklist.item(/^Blocklists/);
    await expect(lists).toContainText('Could not check');
    await expect(lists).toContainText('would settle the other reading');
    await expect(lists).toContainText(/no sending IP was checked/i);
    await expect(lists).toContainText('Where to find it: The sending IP is in the Received:');
    await expect(
      checklist.item('Ask the recipient’s administrator to confirm the address'),
    ).toContainText('To do');
    const message = checklist.message();
    await expect(message).toContainText('recipient’s mail administrator');
    await expect(message).toContainText('AS(201806281)');

    // Step 4 is still there to look at: the same checks, the same question.
    await page.getByRole('link', { name: '4 Checks' }).click();
    await expect(checks.heading).toBeFocused();
    await checks.waitForAll();
    // The domain takes mail, but that says nothing against "no such mailbox": no green badge.
    await expect(checks.check('jane@contoso.example')).toContainText('Could not check');
    await expect(checks.check('Blocklists')).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Just this one' })).toBeChecked();
    expect(offsite).toEqual([]);
  });
});

test.describe('authentication, reputation, content and TLS', () => {
  test('Gmail 5.7.26: a broken SPF include fails, with a corrected record and a starter DMARC record', async ({
    page,
    offsite,
  }) => {
    const bounce = new BouncePage(page);
    const sender = new SenderPage(page);
    const checklist = new ChecklistPage(page);
    await bounce.goto();
    await bounce.example('Gmail: unauthenticated sender').click();
    await new DiagnosisPage(page).waitForResult();
    await page.getByRole('link', { name: 'Next: sender details' }).click();

    // Pre-filled from Gmail's own words, each saying so.
    await expect(sender.field('Envelope (Return-Path) domain')).toHaveValue('example.com');
    await expect(sender.source('Envelope (Return-Path) domain')).toContainText(
      'receiving server’s reply',
    );
    await expect(sender.field('Sending IP address')).toHaveValue('192.0.2.25');
    await sender.field('From address').fill('news@example.com');
    await sender.field('Sending service').selectOption({ label: 'Google Workspace' });
    await sender.runChecks.click();

    // SPF, DKIM and DMARC run at once: the two questions take "No" until answered.
    await checklist.waitForAll();
    await expect(checklist.choice(/change your sending service/, 'No')).toBeChecked();
    await expect(checklist.choice(/send bulk mail/, 'No')).toBeChecked();
    const spf = checklist.item('SPF for example.com');
    await expect(spf).toContainText('Fail');
    await expect(spf).toContainText('_spf.broken.example');
    await expect(spf).toContainText('Gmail / Google Workspace refused the message');
    await expect(
      spf.getByRole('code').filter({ hasText: 'v=spf1 include:_spf.google.com ~all' }),
    ).toBeVisible();
    const dmarc = checklist.item('DMARC for example.com');
    await expect(dmarc).toContainText('Fail');
    await expect(dmarc.getByRole('code').filter({ hasText: 'v=DMARC1; p=none' })).toBeVisible();
    await expect(checklist.item('DKIM for example.com')).toContainText('Could not check');

    // Markdown for a ticket, JSON for tools.
    const markdown = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Markdown' }).click();
    const md = await (await (await markdown).createReadStream()).toArray();
    const text = Buffer.concat(md).toString('utf8');
    expect(text).toContain('- [ ] **FAIL** SPF for example.com');
    expect(text).toContain('example.com TXT "v=spf1 include:_spf.google.com ~all"');
    // The head says when the checks ran, against which resolver, and for which bounce.
    expect(text).toMatch(/^- Checked: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d \(.+\)$/m);
    expect(text).toContain(`- Resolver: ${new URL(DOH_URL).host}, ${DOH_URL}\n`);
    expect(text).toContain(
      '- Bounce: `550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail`',
    );
    const json = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download JSON' }).click();
    const data = JSON.parse(
      Buffer.concat(await (await (await json).createReadStream()).toArray()).toString('utf8'),
    ) as { items: { id: string; status: string }[] };
    expect(data.items.find((item) => item.id === 'check:spf')?.status).toBe('fail');
    expect(offsite).toEqual([]);
  });

  test('a listed IP fails on SpamCop; Spamhaus refuses the resolver and says how to check by hand', async ({
    page,
    offsite,
  }) => {
    const bounce = new BouncePage(page);
    const sender = new SenderPage(page);
    const checklist = new ChecklistPage(page);
    await bounce.goto();
    await bounce.diagnose(BLOCKED);
    await new DiagnosisPage(page).waitForResult();
    await page.getByRole('link', { name: 'Next: sender details' }).click();
    await expect(sender.field('Sending IP address')).toHaveValue('93.184.216.34');
    await sender.field('From address').fill('news@shop.example');
    await sender.runChecks.click();

    await checklist.waitForAll();
    await expect(checklist.choice(/change your sending service/, 'No')).toBeChecked();
    await expect(checklist.choice(/send bulk mail/, 'No')).toBeChecked();
    const lists = checklist.item(/^Blocklists for 93\.184\.216\.34/);
    await expect(lists).toContainText('Fail');
    await expect(lists).toContainText('Listed on SpamCop');
    await expect(lists).toContainText('could not be checked here: Spamhaus ZEN');
    await expect(lists).toContainText('127.255.255.254');
    await expect(lists.getByRole('link', { name: /spamcop/i }).first()).toBeVisible();
    await expect(checklist.item(/^Reverse DNS of 93\.184\.216\.34/)).toContainText('Pass');
    await expect(checklist.item('Ask to be removed from the lists that name you')).toBeVisible();
    expect(offsite).toEqual([]);
  });

  test('a full mailbox is temporary: no DNS check, a message to the recipient', async ({
    page,
    offsite,
  }) => {
    const bounce = new BouncePage(page);
    const checklist = new ChecklistPage(page);
    await bounce.goto();
    await bounce.example('Mailbox full (temporary)').click();
    await new DiagnosisPage(page).waitForResult();
    await expect(
      page.getByText('No DNS check can change this bounce, so the checklist comes next.'),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Next: checklist' }).click();

    await expect(checklist.heading).toBeFocused();
    await expect(checklist.item('Wait, then resend')).toContainText('To do');
    await expect(page.getByText(/— temporary\./)).toBeVisible();
    const message = checklist.message();
    await expect(message).toContainText('A message for the recipient');
    await expect(message).toContainText('jane@example.org');
    await expect(message).toContainText('over its storage quota');
    await expect(page.getByText('What left this browser: 0 requests')).toBeVisible();
    // The steps passed through are still there, and say why there was nothing to do.
    await page.getByRole('link', { name: '3 Sender' }).click();
    await expect(
      page.getByText('This diagnosis needs no details about your sending'),
    ).toBeVisible();
    await page.getByRole('link', { name: '4 Checks' }).click();
    await expect(page.getByText('Nothing in your DNS can change this bounce')).toBeVisible();
    expect(offsite).toEqual([]);
  });

  test('a content rejection from a full .eml: blocked attachment and a listed link domain', async ({
    page,
    offsite,
  }) => {
    const bounce = new BouncePage(page);
    const checklist = new ChecklistPage(page);
    await bounce.goto();
    await bounce.chooseFile(emlFile(CONTENT_EML));
    await new DiagnosisPage(page).waitForResult();
    // The original is in the bounce: nothing to ask on step 3.
    await page.getByRole('link', { name: 'Next: checklist' }).click();
    await checklist.waitForAll();

    const content = checklist.item('Message content');
    await expect(content).toContainText('Fail');
    await expect(content).toContainText('invoice.exe');
    await expect(content).toContainText('promo-deals.example on Spamhaus DBL');
    await expect(checklist.item('Send files as links, not attachments')).toBeVisible();
    await page.getByRole('link', { name: '3 Sender' }).click();
    await expect(page.getByText('The bounce carries the original message')).toBeVisible();
    expect(offsite).toEqual([]);
  });

  test('a TLS-required failure: the recipient’s MTA-STS policy, a note to their admin', async ({
    page,
    offsite,
  }) => {
    const bounce = new BouncePage(page);
    const sender = new SenderPage(page);
    const checklist = new ChecklistPage(page);
    await bounce.goto();
    await bounce.diagnose(TLS_REQUIRED);
    await new DiagnosisPage(page).waitForResult();
    // The bounce names the recipient, all the checks need: on to the checklist.
    await page.getByRole('link', { name: 'Next: checklist' }).click();

    await checklist.waitForAll();
    const tls = checklist.item('TLS policy of tls.example');
    await expect(tls).toContainText('Could not check');
    await expect(tls).toContainText('publishes MTA-STS');
    await expect(tls).toContainText('https://mta-sts.tls.example/.well-known/mta-sts.txt');
    await expect(checklist.item('Recipient address jane@tls.example')).toContainText('Pass');
    await expect(checklist.message()).toContainText('recipient’s mail administrator');
    await page.getByRole('link', { name: '3 Sender' }).click();
    await expect(sender.field('Failed recipient address')).toHaveValue('jane@tls.example');
    await expect(sender.source('Failed recipient address')).toHaveText(
      /From the failed recipient named in the bounce/,
    );
    // The policy file is not fetched unless the settings allow it.
    expect(offsite).toEqual([]);
  });
});

test('with the setting on, the MTA-STS policy file is read, and listed as having left', async ({
  page,
  offsite,
}) => {
  const policyUrl = 'https://mta-sts.tls.example/.well-known/mta-sts.txt';
  // Stands in for the recipient's policy host, which sends CORS headers like a few real ones.
  await page.route(policyUrl, (route) =>
    route.fulfill({
      status: 200,
      headers: { 'access-control-allow-origin': '*', 'content-type': 'text/plain' },
      body: 'version: STSv1\nmode: enforce\nmx: mx.tls.example\nmax_age: 604800\n',
    }),
  );
  await page.goto('/#/settings');
  await page.getByRole('checkbox', { name: /Read MTA-STS policy files/ }).check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  const bounce = new BouncePage(page);
  await bounce.goto();
  await bounce.diagnose(TLS_REQUIRED);
  await new DiagnosisPage(page).waitForResult();
  await page.getByRole('link', { name: '5 Checklist' }).click();
  const checklist = new ChecklistPage(page);
  await checklist.waitForAll();
  const tls = checklist.item('TLS policy of tls.example');
  await expect(tls).toContainText('Pass');
  await expect(tls).toContainText('MTA-STS enforce, 1 of 1 MX host(s) match');
  await page.getByText(/What left this browser/).click();
  const table = page.getByRole('region', { name: 'Requests sent' }).getByRole('table');
  await expect(table.getByRole('row').filter({ hasText: policyUrl })).toContainText('HTTP 200');
  // The one request that left for somewhere else is the one the setting allowed.
  expect(offsite).toEqual([policyUrl]);
  offsite.length = 0;
});

test.describe('when the resolver fails', () => {
  test.describe.configure({ mode: 'serial' });

  test('resolver down mid-way: the last check says it could not ask, and "Check again" recovers', async ({
    page,
    offsite,
    doh,
  }) => {
    const PTR = '35.216.184.93.in-addr.arpa';
    const bounce = new BouncePage(page);
    const sender = new SenderPage(page);
    const checks = new ChecksPage(page);
    const checklist = new ChecklistPage(page);
    try {
      await bounce.goto();
      await bounce.diagnose(GMAIL_STEADY);
      await new DiagnosisPage(page).waitForResult();
      await page.getByRole('link', { name: 'Next: sender details' }).click();
      await sender.field('From address').fill('billing@steady.example');
      await sender.field('DKIM selector').fill('google');
      await sender.runChecks.click();
      await checklist.waitForAll();
      await expect(checklist.status).toHaveText(/3 passed/);

      // The resolver drops every connection from here on (for this journey's names).
      await doh.setFault('down', [PTR]);
      await page.getByRole('link', { name: '4 Checks' }).click();
      // The step's heading takes focus once it shows (layout.tsx); answering before that races it.
      await expect(checks.heading).toBeFocused();
      await checks.answer(/send bulk mail/, 'Yes');
      await checks.waitForAll();
      await expect(checks.check('Bulk-sender')).toContainText('Could not check');
      // The answer read by the bulk-sender rules only: SPF, DKIM and DMARC kept their results.
      await expect(checks.check('SPF for steady.example')).toContainText('Pass');
      await checks.toChecklist.click();
      const bulk = checklist.item(/^Bulk-sender/);
      await expect(bulk).toContainText('did not get through');
      await expect(checklist.item('SPF for steady.example')).toContainText('Pass');

      await doh.setFault('none');
      await checklist.recheck.click();
      await checklist.waitForAll();
      await expect(bulk).toContainText('Pass');
      await expect(checklist.status).toHaveText(/4 passed/);
    } finally {
      await doh.setFault('none');
    }
    expect(offsite).toEqual([]);
  });
});
