import { GMAIL_VIA_SENDGRID } from './fixtures/sender-bounces.ts';
import { expect, test } from './fixtures/doh.ts';
import { expectNoAxeViolations, toChecklist, toSender } from './pages/sender-journey.ts';

// example.com publishes "v=spf1 include:_spf.broken.example ~all" (make-zone.ts); the bounce
// shows SendGrid, and the person says the domain's staff mail goes through Google Workspace.
const ADD = { name: 'Add another service' } as const;

test.describe('a domain that sends through several services', () => {
  test('SendGrid from the bounce and Google Workspace added: one SPF record with both includes', async ({
    page,
  }) => {
    const sender = await toSender(page, GMAIL_VIA_SENDGRID);
    await expect(sender.field('Sending service')).toHaveValue('sendgrid');
    await expect(sender.source('Sending service')).toContainText('x-sg-eid');

    await page.getByRole('button', ADD).click();
    const added = sender.field('Another sending service (2)');
    await expect(added).toBeFocused();
    // A service already chosen is not offered again.
    await expect(added.getByRole('option', { name: 'SendGrid' })).toHaveCount(0);
    await added.selectOption({ label: 'Google Workspace' });
    await expect(sender.source('Another sending service (2)')).toHaveText('Added by you.');
    await expect(sender.source('Sending service')).toContainText('x-sg-eid');
    await expect(page.getByRole('button', { name: 'Remove Google Workspace' })).toBeVisible();
    await expectNoAxeViolations(page);

    const checklist = await toChecklist(page);
    await expect(page.getByText(/Your domain also sends through Google Workspace/)).toBeVisible();
    const records = page.getByRole('main').getByRole('code').filter({ hasText: 'v=spf1' });
    await expect(records).toHaveCount(1);
    await expect(records).toHaveText('v=spf1 include:sendgrid.net include:_spf.google.com ~all');
    const spf = checklist.item('SPF for example.com');
    await expect(spf).toContainText('adds include:sendgrid.net for SendGrid');
    await expect(spf).toContainText('adds include:_spf.google.com for Google Workspace');
    // SendGrid's include costs 1 lookup, Google's 4 (their SPF data); the broken one goes.
    await expect(spf).toContainText('It needs 5 of the 10 DNS lookups SPF allows');
  });

  test('rows added and removed keep focus on the form, and a reload keeps them', async ({
    page,
  }) => {
    const sender = await toSender(page, GMAIL_VIA_SENDGRID);
    const add = page.getByRole('button', ADD);
    await add.click();
    await sender.field('Another sending service (2)').selectOption({ label: 'Mailgun' });
    await add.click();
    const third = sender.field('Another sending service (3)');
    await expect(third).toBeFocused();
    await expect(third.getByRole('option', { name: 'Mailgun' })).toHaveCount(0);
    await third.selectOption({ label: 'Google Workspace' });

    await page.getByRole('button', { name: 'Remove Mailgun' }).click();
    await expect(add).toBeFocused();
    // The row after the removed one moves up, its choice kept.
    await expect(sender.field('Another sending service (2)')).toHaveValue('google');
    await expect(sender.field('Another sending service (3)')).toHaveCount(0);

    await page.reload();
    await expect(sender.heading).toBeVisible();
    await expect(sender.field('Sending service')).toHaveValue('sendgrid');
    await expect(sender.field('Another sending service (2)')).toHaveValue('google');
    await page.getByRole('button', { name: 'Remove Google Workspace' }).press('Enter');
    await expect(add).toBeFocused();
    await expect(sender.field('Another sending service (2)')).toHaveCount(0);
    await expect(sender.source('Sending service')).toContainText('x-sg-eid');
  });
});
