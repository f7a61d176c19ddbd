/**
 * Mailbox providers, recognised by the host names their MX records point at. Sources are the
 * providers' own setup pages where one names the hosts; "observed" rows cite a public MX lookup
 * of the provider's own domain that anyone can repeat.
 */
import type { MailProvider } from './provider-types.ts';

const mx = (domain: string): string => `https://mxtoolbox.com/SuperTool.aspx?action=mx%3a${domain}`;

export const MAILBOX_PROVIDERS: readonly MailProvider[] = [
  {
    key: 'outlook-com',
    family: 'microsoft',
    name: 'Outlook.com (Hotmail, Live, MSN)',
    kind: 'mailbox',
    suffixes: ['olc.protection.outlook.com'],
    source: mx('hotmail.com'),
    observed: true,
  },
  {
    key: 'microsoft-365',
    family: 'microsoft',
    name: 'Microsoft 365 (Exchange Online)',
    kind: 'mailbox',
    // <domain>.mail.protection.outlook.com; <domain>.<x>-v1.mx.microsoft for DNSSEC/DANE domains.
    suffixes: ['mail.protection.outlook.com', 'mx.microsoft'],
    source:
      'https://learn.microsoft.com/en-us/microsoft-365/admin/get-help-with-domains/create-dns-records-at-any-dns-hosting-provider',
  },
  {
    key: 'google',
    family: 'google',
    name: 'Google (Gmail / Google Workspace)',
    kind: 'mailbox',
    // smtp.google.com (current), aspmx.l.google.com + altN, aspmxN.googlemail.com (legacy).
    suffixes: ['google.com', 'googlemail.com', 'smtp.goog'],
    source: 'https://support.google.com/a/answer/174125',
  },
  {
    key: 'yahoo',
    family: 'yahoo',
    name: 'Yahoo Mail (also AOL, AT&T)',
    kind: 'mailbox',
    suffixes: ['yahoodns.net'],
    source: 'https://bentonow.com/smtp-errors/yahoo',
  },
  {
    key: 'icloud',
    family: 'apple',
    name: 'Apple iCloud Mail',
    kind: 'mailbox',
    suffixes: ['mail.icloud.com'],
    source: mx('icloud.com'),
    observed: true,
  },
  {
    key: 'zoho',
    family: 'zoho',
    name: 'Zoho Mail',
    kind: 'mailbox',
    suffixes: ['zoho.com', 'zoho.eu', 'zoho.in', 'zoho.com.au', 'zoho.jp', 'zohomail.com'],
    source: 'https://www.zoho.com/mail/help/adminconsole/configure-email-delivery.html',
  },
  {
    key: 'yandex',
    family: 'yandex',
    name: 'Yandex Mail',
    kind: 'mailbox',
    suffixes: ['yandex.net', 'yandex.ru'],
    source: mx('yandex.ru'),
    observed: true,
  },
  {
    key: 'mailru',
    family: 'mailru',
    name: 'Mail.ru',
    kind: 'mailbox',
    suffixes: ['mail.ru'],
    source: mx('mail.ru'),
    observed: true,
  },
  {
    key: 'united-internet',
    family: 'gmx',
    name: 'GMX / WEB.DE / mail.com',
    kind: 'mailbox',
    suffixes: ['gmx.net', 'gmx.com', 'web.de', 'mail.com'],
    source: mx('gmx.de'),
    observed: true,
  },
  {
    key: 'ionos',
    family: 'ionos',
    name: 'IONOS (1&1) mail hosting',
    kind: 'mailbox',
    suffixes: ['ionos.de', 'ionos.com', 'ionos.co.uk', 'kundenserver.de'],
    source: mx('ionos.de'),
    observed: true,
  },
  {
    key: 'orange',
    family: 'orange',
    name: 'Orange',
    kind: 'mailbox',
    suffixes: ['orange.fr', 'wanadoo.fr'],
    source: 'https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/FrancePTT.pm',
  },
  {
    key: 't-online',
    family: 't-online',
    name: 'T-Online (Deutsche Telekom)',
    kind: 'mailbox',
    suffixes: ['t-online.de'],
    source: mx('t-online.de'),
    observed: true,
  },
  {
    key: 'comcast',
    family: 'comcast',
    name: 'Xfinity (Comcast)',
    kind: 'mailbox',
    suffixes: ['comcast.net'],
    source: 'http://postmaster.comcast.net/mail-error-codes.html',
  },
];
