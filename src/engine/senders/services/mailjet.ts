/**
 * Mailjet (Sinch). Recognised by its envelope and DKIM domain (mailjet.com), its X-MJ-Mid header
 * and its tracking host (mjt.lu).
 */
import type { SendingService } from '../types.ts';

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
  naming: {
    field: 'event',
    source: AUTH,
    byReason: {},
    permanent: 'hard bounce',
    temporary: 'soft bounce',
  },
};
