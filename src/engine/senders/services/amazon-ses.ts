/**
 * Amazon SES. Recognised by its envelope, DKIM and Message-ID domain (amazonses.com), the
 * X-SES-Outgoing and Feedback-ID headers, its own bounces (reporting server *.amazonses.com,
 * the SES event JSON, the suppression-list texts) and the ranges of amazonses.com's SPF record.
 */
import type { SendingService } from '../types.ts';

const SUPPRESSION = 'https://docs.aws.amazon.com/ses/latest/dg/sending-email-suppression-list.html';

export const AMAZON_SES: SendingService = {
  id: 'amazon-ses',
  name: 'Amazon SES',
  source: 'https://docs.aws.amazon.com/ses/latest/dg/send-email-authentication.html',
  signals: {
    envelopeDomains: ['amazonses.com'],
    dkimDomains: ['amazonses.com'],
    // Easy DKIM tokens: 32 lower-case letters and digits.
    dkimSelectors: [/^[a-z0-9]{32}$/],
    receivedHosts: ['amazonses.com'],
    ipRanges: [
      '199.255.192.0/22',
      '199.127.232.0/22',
      '54.240.0.0/18',
      '69.169.224.0/20',
      '23.249.208.0/20',
      '23.251.224.0/19',
      '76.223.176.0/20',
    ],
    headers: [{ name: 'x-ses-outgoing' }, { name: 'feedback-id', value: /:AmazonSES\s*$/i }],
    messageIdDomains: ['amazonses.com'],
    // The texts SES writes when it did not send (global or account-level suppression list).
    bounceText: [
      /Amazon SES has suppressed sending to this address/i,
      /Amazon SES did not send the message to this address/i,
    ],
    reportingHosts: ['amazonses.com'],
    formats: ['amazonses-json'],
  },
  spf: {
    include: 'amazonses.com',
    lookups: 1,
    source: 'https://docs.aws.amazon.com/ses/latest/dg/send-email-authentication-spf.html',
  },
  authentication: {
    page: {
      label: 'Amazon SES: verified identities',
      url: 'https://console.aws.amazon.com/ses/home#/identities',
    },
    where: 'the SES console, Configuration > Identities > your domain > Authentication (Easy DKIM)',
    records: [
      { name: '<token1>._domainkey.{domain}', type: 'CNAME', value: '<token1>.dkim.amazonses.com' },
      { name: '<token2>._domainkey.{domain}', type: 'CNAME', value: '<token2>.dkim.amazonses.com' },
      { name: '<token3>._domainkey.{domain}', type: 'CNAME', value: '<token3>.dkim.amazonses.com' },
    ],
    returnPath: {
      text: 'By default SES’s own domain is the envelope sender, so SPF passes but does not align with your From domain. A custom MAIL FROM domain (a subdomain of yours) makes it align.',
      records: [
        { name: 'mail.{domain}', type: 'MX', value: '10 feedback-smtp.<region>.amazonses.com' },
        { name: 'mail.{domain}', type: 'TXT', value: 'v=spf1 include:amazonses.com ~all' },
      ],
    },
  },
  suppression: {
    hard: {
      title: 'Amazon SES puts {address} on your account’s suppression list',
      text: 'After a hard bounce SES adds the address to your account-level suppression list and from then on accepts but does not send messages to it. Accounts that started using SES after 25 November 2019 do this by default, for bounces and complaints; older accounts only if it was turned on.',
    },
    suppressed: {
      title: '{address} is on Amazon SES’s suppression list',
      text: 'SES did not try to deliver this message: the address was already on a suppression list (bounceSubType OnAccountSuppressionList: your account’s; Suppressed: SES’s global list, which SES empties by itself after a while).',
    },
    soft: {
      title: 'Amazon SES does not suppress {address} for a temporary failure',
      text: 'SES retries a deferred message for a while before it reports a Transient bounce; only hard bounces put an address on the account-level suppression list.',
    },
    remove:
      'In the SES console, in the Region you send from, open Configuration > Suppression list, select {address} and choose Remove; or run: aws sesv2 delete-suppressed-destination --email-address {address}',
    link: { label: 'Amazon SES: the account-level suppression list', url: SUPPRESSION },
  },
  ips: {
    text: 'SES sends from shared IPs unless you lease dedicated IPs (standard or managed). A block of a shared SES IP is for AWS to handle: open a case with AWS Support and include this bounce.',
    support: {
      label: 'Amazon SES: dedicated IP addresses',
      url: 'https://docs.aws.amazon.com/ses/latest/dg/dedicated-ip.html',
    },
  },
  naming: {
    field: 'bounceType/bounceSubType',
    source: 'https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html',
    byReason: {
      userunknown: 'Permanent/NoEmail',
      suppressed: 'Permanent/Suppressed',
      mailboxfull: 'Transient/MailboxFull',
      mesgtoobig: 'Transient/MessageTooLarge',
      exceedlimit: 'Transient/MessageTooLarge',
      contenterror: 'Transient/ContentRejected',
      spamdetected: 'Transient/ContentRejected',
      policyviolation: 'Transient/ContentRejected',
      virusdetected: 'Transient/AttachmentRejected',
    },
    permanent: 'Permanent/General',
    temporary: 'Transient/General',
    read: /\b(?:Permanent|Transient|Undetermined)\/(?:General|NoEmail|Suppressed|OnAccountSuppressionList|MailboxFull|MessageTooLarge|ContentRejected|AttachmentRejected|Undetermined)\b/,
  },
};
