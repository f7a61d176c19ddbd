import { describe, expect, it } from 'vitest';
import { classify } from '../classify/classify.ts';
import { parseBounce } from '../parse/parse-bounce.ts';
import { serviceById } from '../senders/registry.ts';
import { dsnReturning } from '../senders/test-bounces.ts';
import type { Classification, Reason } from '../classify/types.ts';
import { adminNote } from './notes/admin-note.ts';
import { customerNotes } from './notes/customer-note.ts';
import { readyMessage } from './message.ts';
import { serviceItems } from './service-items.ts';

const GMAIL_5726 =
  '550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. - gsmtp';

function classified(diagnostic?: string) {
  const c = classify(parseBounce(dsnReturning(['X-SG-EID: abc'], diagnostic)))[0];
  if (!c) throw new Error('no classification');
  return c;
}

describe('checklist items of the sending service', () => {
  it('an authentication refusal: turn on domain authentication, with its records for the domain', () => {
    const c = classified(GMAIL_5726);
    const items = serviceItems({
      service: serviceById('sendgrid')!,
      classification: c,
      reason: 'authfailure',
      fill: { address: 'jane@example.org', domain: 'shop.example' },
      results: {},
    });
    const auth = items.find((item) => item.id === 'service:authenticate');
    expect(auth?.title).toBe('Turn on domain authentication in SendGrid');
    expect(auth?.fixes.map((fix) => `${fix.record?.name} ${fix.record?.type}`)).toEqual([
      's1._domainkey.shop.example CNAME',
      's2._domainkey.shop.example CNAME',
      'em<id>.shop.example CNAME',
    ]);
    expect(auth?.links[0]?.url).toBe('https://app.sendgrid.com/settings/sender_auth');
    // A block is not a suppression: SendGrid tries the next message again.
    expect(items.find((item) => item.id === 'service:suppression')?.why).toContain(
      'tries the next message to jane@example.org again',
    );
  });

  it('an SES hard bounce: the address is on the suppression list, and how to take it off', () => {
    const c = classified();
    const items = serviceItems({
      service: serviceById('amazon-ses')!,
      classification: c,
      reason: c.reason,
      fill: { address: 'jane@example.org', domain: 'shop.example' },
      results: {},
    });
    const suppression = items.find((item) => item.id === 'service:suppression');
    expect(suppression?.title).toBe(
      'Amazon SES puts jane@example.org on your account’s suppression list',
    );
    expect(suppression?.fixes[0]?.text).toContain(
      'aws sesv2 delete-suppressed-destination --email-address jane@example.org',
    );
    expect(items.some((item) => item.id === 'service:authenticate')).toBe(false);
  });
});

describe('notes for the administrator and the customer', () => {
  const noteFor = (c: Classification, reason: Reason, permanence: string) =>
    adminNote({
      classification: c,
      reason,
      address: 'jane@example.org',
      actor: c.actor,
      permanence,
      items: [],
    });

  it('both name the failed address; the customer note comes in four languages', () => {
    const c = classified();
    const admin = noteFor(c, c.reason, 'permanent');
    expect(admin.subject).toContain('jane@example.org');
    expect(admin.body).toMatch(/^Mail to jane@example\.org was refused/);
    expect(admin.body).not.toContain('your address');
    const notes = customerNotes({ reason: c.reason, address: 'jane@example.org' });
    expect(Object.keys(notes)).toEqual(['en', 'de', 'fr', 'es']);
    for (const text of Object.values(notes)) expect(text).toContain('jane@example.org');
    expect(notes.en).toContain('does not exist');
    expect(notes.de).toContain('Ihre Nachricht an jane@example.org');
  });

  it('for a delay warning, say the message is not delivered yet and nothing needs resending', () => {
    const c = classified();
    const still = { ...c, source: { ...c.source, retrying: true as const } };
    const admin = noteFor(still, 'expired', 'temporary');
    expect(admin.subject).toBe('Delayed: the sending server is still trying (jane@example.org)');
    expect(admin.body).toMatch(/^Mail to jane@example\.org is delayed/);
    const notes = customerNotes({
      reason: 'expired',
      address: 'jane@example.org',
      stillTrying: true,
    });
    expect(notes.en).toMatch(/has not been delivered yet/);
    expect(notes.en).not.toMatch(/send it again/);
    for (const text of Object.values(notes)) expect(text).toContain('jane@example.org');
    const message = readyMessage({
      classification: still,
      to: 'recipient-admin',
      reasonTitle: 'The sending server is still trying',
      recipient: 'jane@example.org',
    });
    expect(message.subject).toBe(
      'Mail to jane@example.org is delayed: the sending server is still trying',
    );
    expect(message.body).toMatch(/is being delayed by your mail system/);
    expect(message.body).not.toMatch(/refused/);
  });

  it('without an address neither invents one', () => {
    const notes = customerNotes({ reason: 'mailboxfull' });
    for (const text of Object.values(notes)) expect(text).not.toMatch(/\{address\}|@/);
  });
});
