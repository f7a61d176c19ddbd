/**
 * "Try an example" bounces. Addresses and IPs use the documentation ranges (RFC 2606 domains,
 * RFC 5737 addresses); the wording follows what each provider really sends.
 */
export interface Example {
  id: string;
  /** Button text: who sent it and what it is about. */
  label: string;
  text: string;
}

export const EXAMPLES: readonly Example[] = [
  {
    // Microsoft 365 Directory-Based Edge Blocking:
    // https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-4-1
    id: 'microsoft-access-denied',
    label: 'Microsoft 365: access denied',
    text: '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)',
  },
  {
    // Gmail's reply to unauthenticated mail: https://support.google.com/a/answer/3726730
    id: 'gmail-unauthenticated',
    label: 'Gmail: unauthenticated sender',
    text: [
      '550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail',
      '550-5.7.26 requires all senders to authenticate with either SPF or DKIM.',
      '550-5.7.26',
      '550-5.7.26  Authentication results:',
      '550-5.7.26  DKIM = did not pass',
      '550-5.7.26  SPF [example.com] with ip: [192.0.2.25] = did not pass',
      '550-5.7.26',
      '550-5.7.26  For instructions on setting up authentication, go to',
      '550 5.7.26  https://support.google.com/mail/answer/81126#authentication 2adb3069b0e04-12345 - gsmtp',
    ].join('\n'),
  },
  {
    // RFC 3463 s3.3: X.2.2 mailbox full; 452 is "insufficient system storage" (RFC 5321 s4.2.3).
    id: 'mailbox-full',
    label: 'Mailbox full (temporary)',
    text: '452 4.2.2 <jane@example.org>: Recipient address rejected: Mailbox full, try again later',
  },
  {
    // Yahoo's deferral for volume or complaints: https://senders.yahooinc.com/smtp-error-codes/
    id: 'yahoo-tss04',
    label: 'Yahoo: TSS04 deferral',
    text: '421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
  },
  {
    // The shape of Postfix's bounce(8) report as a mail client shows it.
    id: 'postfix-ndr',
    label: 'Postfix: user unknown',
    text: [
      'This is the mail system at host mail.example.com.',
      '',
      "I'm sorry to have to inform you that your message could not",
      "be delivered to one or more recipients. It's attached below.",
      '',
      '                   The mail system',
      '',
      '<nobody@example.org>: host mx.example.org[198.51.100.7] said: 550 5.1.1',
      '    <nobody@example.org>: Recipient address rejected: User unknown in virtual',
      '    mailbox table (in reply to RCPT TO command)',
    ].join('\n'),
  },
];
