import { describe, expect, it } from 'vitest';
import { parseBounce } from './parse-bounce.ts';
import { decapsulated, isInternalAddress, recipientAddressIn } from './recipient-context.ts';

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
