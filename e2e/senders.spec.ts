import {
  GMAIL_SRS_FORWARD,
  GMAIL_VIA_SENDGRID,
  SES_HARD_BOUNCE,
} from './fixtures/sender-bounces.ts';
import { expect, test } from './fixtures/doh.ts';
import { expectNoAxeViolations, toChecklist, toSender } from './pages/sender-journey.ts';

test.describe('the sending service, forwarding and the notes', () => {
  test('Gmail 5.7.26 through SendGrid: domain authentication with its CNAMEs, one SPF record', async ({
    page,
    offsite,
  }) => {
    const sender = await toSender(page, GMAIL_VIA_SENDGRID);
    const service = sender.field('Sending service');
    await expect(service).toHaveValue('sendgrid');
    await expect(sender.source('Sending service')).toContainText('X-SG-EID'.toLowerCase());
    const checklist = await toChecklist(page);

    await expect(page.getByText(/Sent through SendGrid — recognised from/)).toBeVisible();
    const auth = checklist.item('Turn on domain authentication in SendGrid');
    await expect(auth).toContainText('Settings > Sender Authentication');
    // Each record it asks for, with the user's domain filled in.
    const cname = auth.getByRole('listitem').filter({ hasText: 's1._domainkey.example.com' });
    await expect(cname.getByRole('code').nth(1)).toHaveText('CNAME');
    await expect(cname.getByRole('code').nth(2)).toHaveText(
      's1.domainkey.u<id>.wl<n>.sendgrid.net',
    );
    await expect(
      auth.getByRole('code').filter({ hasText: 's2._domainkey.example.com' }),
    ).toBeVisible();

    // One SPF record in the whole checklist: the broken include out, SendGrid's in.
    const spf = checklist.item('SPF for example.com');
    await expect(spf).toContainText('Fail');
    const records = page.getByRole('main').getByRole('code').filter({ hasText: 'v=spf1' });
    await expect(records).toHaveCount(1);
    await expect(records).toContainText('v=spf1 include:sendgrid.net ~all');
    await expect(spf).toContainText('of the 10 DNS lookups SPF allows');
    await expectNoAxeViolations(page);
    expect(offsite).toEqual([]);
  });

  test('an SES hard bounce: the address is on SES’s suppression list, and how to remove it', async ({
    page,
    offsite,
  }) => {
    const sender = await toSender(page, SES_HARD_BOUNCE);
    await expect(sender.field('Sending service')).toHaveValue('amazon-ses');
    const checklist = await toChecklist(page);

    const suppression = checklist.item(
      'Amazon SES puts ann.lee@gmail.com on your account’s suppression list',
    );
    await expect(suppression).toContainText('Configuration > Suppression list');
    await expect(suppression).toContainText(
      'aws sesv2 delete-suppressed-destination --email-address ann.lee@gmail.com',
    );
    await expect(
      page.getByText(/Amazon SES calls this bounce bounceType\/bounceSubType/),
    ).toContainText('Permanent/General');

    // The customer note names the address, in the language chosen.
    const customer = page.getByRole('region', { name: 'Note for the customer' });
    await expect(customer).toContainText(
      'Your message to ann.lee@gmail.com could not be delivered',
    );
    await customer.getByLabel('Language of the customer note').selectOption({ label: 'Deutsch' });
    await expect(customer).toContainText('ann.lee@gmail.com');
    await expect(customer.getByText(/ann\.lee@gmail\.com/)).toHaveAttribute('lang', 'de');
    const admin = page.getByRole('region', { name: 'Note for the administrator' });
    await expect(admin).toContainText('Mail to ann.lee@gmail.com was refused');

    // Both notes go into the Markdown export.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Markdown' }).click();
    const md = Buffer.concat(await (await (await download).createReadStream()).toArray()).toString(
      'utf8',
    );
    expect(md).toContain('## Note for the administrator');
    expect(md).toContain('## Note for the customer (Deutsch)');
    expect(md).toContain('ann.lee@gmail.com');
    await expectNoAxeViolations(page);
    expect(offsite).toEqual([]);
  });

  test('an SRS-forwarded SPF failure names the forwarder as the one to act', async ({
    page,
    offsite,
  }) => {
    await toSender(page, GMAIL_SRS_FORWARD);
    const checklist = await toChecklist(page);
    const forward = checklist.item(
      'Ask the administrator of forwarder.example to fix the forwarding',
    );
    await expect(forward).toContainText('SRS');
    await expect(forward).toContainText('ARC');
    await expect(page.getByRole('region', { name: 'Note for the administrator' })).toContainText(
      'Who has to act: the administrator of forwarder.example',
    );
    await expectNoAxeViolations(page);
    expect(offsite).toEqual([]);
  });
});
