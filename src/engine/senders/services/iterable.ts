/**
 * Iterable. Recognised by its domain (iterable.com: tracking links, envelope and hosts).
 */
import type { SendingService } from '../types.ts';

const AUTH = 'https://support.iterable.com/hc/en-us/articles/115004779123-Email-Authentication';

export const ITERABLE: SendingService = {
  id: 'iterable',
  name: 'Iterable',
  source: AUTH,
  signals: {
    envelopeDomains: ['iterable.com'],
    dkimDomains: ['iterable.com'],
    receivedHosts: ['iterable.com'],
    unsubscribeHosts: ['iterable.com'],
  },
  authentication: {
    page: { label: 'Iterable: email authentication', url: AUTH },
    where: 'Settings > Sending domains (Iterable’s team sets up the records with you)',
    records: [
      {
        name: '<selector>._domainkey.{domain}',
        type: 'CNAME',
        value: '<value Iterable gives you>',
      },
    ],
  },
  naming: {
    field: 'bounce type',
    source: AUTH,
    byReason: {},
    permanent: 'hard bounce',
    temporary: 'soft bounce',
  },
};
