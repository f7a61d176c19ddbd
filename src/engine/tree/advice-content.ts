/** Advice for content causes and for causes on the recipient's side. */
import type { Advice } from './types.ts';

export const CONTENT_ADVICE: Advice[] = [
  {
    id: 'fix-mailer-encoding',
    title: 'Fix how the message is built',
    text: 'Use CRLF line endings, quoted-printable or base64 for 8-bit text, one Date, From and Message-ID each: most mail libraries do this when you let them build the message.',
    links: [{ label: 'RFC 5322', url: 'https://www.rfc-editor.org/rfc/rfc5322' }],
  },
  {
    id: 'remove-blocked-attachment',
    title: 'Send files as links, not attachments',
    text: 'Executable, script and disk-image attachments are blocked by most providers, also inside archives; share them through a download link instead.',
    links: [
      { label: 'Gmail blocked file types', url: 'https://support.google.com/mail/answer/6590' },
    ],
  },
  {
    id: 'shrink-message',
    title: 'Make the message smaller',
    text: 'Attachments grow by about a third when encoded; send large files as links and keep messages under 10 MB to be safe.',
  },
  {
    id: 'review-content',
    title: 'Review the content and links',
    text: 'Remove URL shorteners and links to domains on blocklists, keep a text part next to the HTML, and send only to people who asked for your mail.',
  },
  {
    id: 'ask-recipient-rules',
    title: 'Ask the recipient what their rules allow',
    text: 'Some organisations block whole file types or outside senders; the recipient’s administrator can tell you or make an exception.',
  },
];

export const RECIPIENT_ADVICE: Advice[] = [
  {
    id: 'wait-and-resend',
    title: 'Wait, then resend',
    text: 'A full mailbox is temporary: your server retries for a few days. If it gave up, resend in a day or two.',
  },
  {
    id: 'tell-recipient',
    title: 'Let the recipient know',
    text: 'Send them the message below by another channel (another address, chat, phone) so they can fix it on their side.',
  },
  {
    id: 'tell-recipient-admin',
    title: 'Tell the recipient’s mail administrator',
    text: 'If your server reaches other domains, the cause is on the receiving side: send the message below to their IT or postmaster with the facts they need.',
  },
  {
    id: 'ask-recipient-admin-directory',
    title: 'Ask the recipient’s administrator to confirm the address',
    text: 'Microsoft 365 refused the address at the edge because its directory has no such mailbox; a new or renamed mailbox may not be synced yet.',
    links: [
      {
        label: 'Microsoft: fix NDR 550 5.4.1',
        url: 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-4-1',
      },
    ],
  },
  {
    id: 'dbeb-tenant',
    title: 'Many addresses at one Microsoft 365 domain were refused',
    text: 'When every address at a domain is refused this way, the domain’s directory or its accepted-domain settings are wrong on their side.',
  },
  {
    id: 'ask-allowlist',
    title: 'Ask to be allowed through',
    text: 'Ask the recipient (or their administrator) to allow your address or domain, once your own checks in this list pass.',
  },
  {
    id: 'ask-recipient-admin-tls',
    title: 'Ask the recipient’s administrator about their TLS policy',
    text: 'If your server supports modern TLS, their policy or certificate may be at fault; the TLS policy check in this list shows what they publish.',
  },
  {
    id: 'retry-later',
    title: 'Try again later',
    text: 'This is usually temporary on the receiving side; resend in a few hours if your server has given up.',
  },
  {
    id: 'reach-another-way',
    title: 'Reach the recipient another way',
    text: 'The mailbox is disabled; ask them by phone or another address whether it will come back or what to use instead.',
  },
];
