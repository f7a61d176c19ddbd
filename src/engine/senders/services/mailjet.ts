/**
 * Mailjet (Sinch). Recognised by its envelope and DKIM domain (mailjet.com), its X-MJ-Mid header
 * and its tracking host (mjt.lu).
 */
import type { SendingService } from '../types.ts';

const BLOCKED =
  'https://documentation.mailjet.com/hc/en-us/articles/360043102273-Understanding-Why-Your-Emails-Are-Blocked-and-How-to-Resolve-It';
const AUTH =
  'https://documentation.mailjet.com/hc/en-us/articles/360042412734-Authenticating-Domains-with-SPF-DKIM';

export const MAILJET: SendingService = {
  id: 'mailjet',
  name: 'Mailjet',
  source: AUTH,
  signals: {
    envelopeDomains: ['mailjet.com'],
    dkimDomains: ['mailjet.com'],
    dkimSelectors: [/^mailjet$/],
    receivedHosts: ['mailjet.com'],
    headers: [{ name: 'x-mj-mid' }, { name: 'x-mailjet-*' }],
    unsubscribeHosts: ['mjt.lu'],
  },
  spf: { include: 'spf.mailjet.com', source: AUTH },
  authentication: {
    page: { label: 'Mailjet: senders and domains', url: 'https://app.mailjet.com/account/sender' },
    where: 'Account settings > Senders & Domains > SPF/DKIM authentication',
    records: [
      { name: 'mailjet._domainkey.{domain}', type: 'TXT', value: 'k=rsa; p=<key Mailjet shows>' },
    ],
  },
  suppression: {
    hard: {
      title: 'Mailjet will block later messages to {address}',
      text: 'An address with a hard bounce in its history is blocked: Mailjet does not send later messages to it, and they show as blocked in its statistics.',
    },
    suppressed: {
      title: 'Mailjet blocked this message to {address}',
      text: 'Mailjet did not send it: the address has an earlier hard bounce or spam report, or Mailjet predicted from its sending history that it would not be delivered.',
    },
    remove:
      'If you are sure {address} is valid again and the person wants your mail, open a support ticket with Mailjet to unblock it.',
    link: { label: 'Mailjet: why your emails are blocked', url: BLOCKED },
  },
  ips: {
    text: 'Mailjet sends from shared IPs, used by many senders, unless you have a dedicated IP, whose reputation is yours alone (and needs warming up). A block of a shared Mailjet IP is Mailjet’s to handle: open a ticket with its support and include this bounce.',
    support: {
      label: 'Mailjet: what is a dedicated IP',
      url: 'https://documentation.mailjet.com/hc/fr/articles/360043101973-Qu-est-ce-qu-une-adresse-IP-d%C3%A9di%C3%A9e',
    },
  },
  naming: {
    field: 'event',
    source: AUTH,
    byReason: {},
    permanent: 'hard bounce',
    temporary: 'soft bounce',
  },
};
