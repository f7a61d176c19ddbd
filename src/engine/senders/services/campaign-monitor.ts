/**
 * Campaign Monitor. Recognised by its envelope and link domains (createsend.com and the
 * cmailNN.com family) and its "cm" DKIM selector.
 */
import type { SendingService } from '../types.ts';

const AUTH = 'https://help.campaignmonitor.com/s/article/email-authentication';

export const CAMPAIGN_MONITOR: SendingService = {
  id: 'campaign-monitor',
  name: 'Campaign Monitor',
  source: AUTH,
  signals: {
    envelopeDomains: ['createsend.com'],
    envelopePatterns: [/@(?:[\w-]+\.)*cmail\d+\.com$/i],
    dkimDomains: ['createsend.com', 'createsend1.com'],
    dkimSelectors: [/^cm$/],
    receivedHosts: ['createsend.com'],
    unsubscribeHosts: ['createsend.com', 'createsend1.com'],
  },
  spf: { include: '_spf.createsend.com', source: AUTH },
  authentication: {
    page: { label: 'Campaign Monitor: email authentication', url: AUTH },
    where: 'Account settings > Domains > Authenticate',
    records: [
      {
        name: 'cm._domainkey.{domain}',
        type: 'TXT',
        value: 'k=rsa; p=<key Campaign Monitor shows>',
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
