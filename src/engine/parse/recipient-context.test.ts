import { describe, expect, it } from 'vitest';
import { parseBounce } from './parse-bounce.ts';
import {
  decapsulated,
  isInternalAddress,
  recipientAddressIn,
  subjectRecipient,
} from './recipient-context.ts';

describe('recipient-context', () => {
  it('tells Exchange internal names from addresses', () => {
    expect(
      isInternalAddress('IMCEAEX-_O=CORP_OU=EXCHANGE_CN=RECIPIENTS_CN=JDOE@corp.example'),
    ).toBe(true);
    expect(isInternalAddress('/O=CORP/OU=FIRST ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=JDOE')).toBe(
      true,
    );
    expect(isInternalAddress('jdoe@corp.example')).toBe(false);
  });

  it('unwraps an IMCEASMTP encapsulation', () => {
    expect(decapsulated('IMCEASMTP-bob+2Esmith+40partner+2Eexample@corp.example')).toBe(
      'bob.smith@partner.example',
    );
    expect(decapsulated('bob@partner.example')).toBe('bob@partner.example');
  });

  it('reads the address a pasted Final-Recipient encapsulates', () => {
    const dsn =
      'Final-Recipient: rfc822;IMCEASMTP-ana+40vale+2Eexample@corp.example\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 unknown\n';
    expect(parseBounce(dsn).recipients[0]).toMatchObject({
      address: 'ana@vale.example',
      finalRecipient: 'IMCEASMTP-ana+40vale+2Eexample@corp.example',
    });
  });

  it('passes over addresses to contact, the sender and reply addresses', () => {
    expect(
      recipientAddressIn('550 5.7.1 Rejected. Please contact postmaster@mx.example.org'),
    ).toBeUndefined();
    expect(
      recipientAddressIn('553 5.1.8 <news@sender.example>: Sender address rejected'),
    ).toBeUndefined();
    expect(recipientAddressIn('Not accepting mail from news@sender.example: bob@x.example')).toBe(
      'bob@x.example',
    );
    expect(recipientAddressIn('550 5.1.1 <bob@x.example>: Recipient address rejected')).toBe(
      'bob@x.example',
    );
  });
});

describe('subjectRecipient', () => {
  it.each([
    ['Undeliverable: Your message to yuri@mx.example', 'yuri@mx.example'],
    ['Delivery failure for <ann@example.org>', 'ann@example.org'],
    ["Undeliverable mail: Failed to deliver to '<quinn@cgp.example>'", 'quinn@cgp.example'],
    [
      'DELIVERY FAILURE: User Harry Potter (harry@notes.example) not listed in Domino Directory',
      'harry@notes.example',
    ],
  ])('reads the recipient %s names', (subject, address) => {
    expect(subjectRecipient(subject)).toBe(address);
  });

  it.each([
    'Undeliverable: Re: offer from jim@example.com',
    'Undeliverable: Question about jim@example.com',
    'Returned mail: see transcript for details',
  ])('takes no address that the returned subject merely holds: %s', (subject) => {
    expect(subjectRecipient(subject)).toBeUndefined();
  });
});

describe('a notice naming its recipient only in the Subject', () => {
  it('takes the recipient from the Subject', () => {
    const parsed = parseBounce(
      [
        'From: postmaster@mx.example',
        'To: sender@origin.example',
        'Subject: Undeliverable: Your message to yuri@mx.example',
        '',
        "This message could not be delivered because the recipient's mailbox does not exist.",
      ].join('\n'),
    );
    expect(parsed.recipients.map((r) => r.address)).toEqual(['yuri@mx.example']);
  });
});

describe('recipientAddressIn: where a moved user now receives mail', () => {
  it.each([
    '551 User not local; please try <joe@new.example>',
    '550 5.1.6 Recipient address rejected: User has moved to joe@new.example',
  ])('takes no forward address for the failed recipient: %s', (line) => {
    expect(recipientAddressIn(line)).toBeUndefined();
  });

  it('still takes the failed address named before it', () => {
    expect(
      recipientAddressIn('550 5.1.6 <old@example.org>: User has moved to joe@new.example'),
    ).toBe('old@example.org');
  });
});
