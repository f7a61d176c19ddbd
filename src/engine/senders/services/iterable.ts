/**
 * Iterable. Recognised by its domain (iterable.com: tracking links, envelope and hosts).
 */
import type { SendingService } from '../types.ts';

const BOUNCES = 'https://support.iterable.com/hc/en-us/articles/208182926-Email-Bounces';
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
  suppression: {
    hard: {
      title: 'Iterable has unsubscribed {address}',
      text: 'After a hard bounce Iterable unsubscribes the user from the message channel of the campaign and from the other marketing email channels of the project.',
    },
    soft: {
      title: 'Iterable does not unsubscribe {address} for a soft bounce',
      text: 'Iterable does not remove soft-bounced users by itself; its help suggests unsubscribing users who soft bounce again and again.',
    },
    remove:
      'A hard bounce only unsubscribed {address}: once the address works, subscribe it again to those channels in Iterable.',
    link: { label: 'Iterable: email bounces', url: BOUNCES },
  },
  naming: {
    field: 'bounce type',
    source: BOUNCES,
    byReason: {},
    permanent: 'hard bounce',
    temporary: 'soft bounce',
  },
};
