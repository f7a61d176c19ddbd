/**
 * ActiveCampaign. Recognised by its envelope and DKIM domains (emsd1.com, acems1.com) and its
 * list pages (activehosted.com).
 */
import type { SendingService } from '../types.ts';

const AUTH =
  'https://help.activecampaign.com/hc/en-us/articles/206903370-SPF-DKIM-and-DMARC-Authentication';

export const ACTIVECAMPAIGN: SendingService = {
  id: 'activecampaign',
  name: 'ActiveCampaign',
  source: AUTH,
  signals: {
    envelopeDomains: ['emsd1.com', 'acems1.com'],
    dkimDomains: ['acems1.com', 'emsd1.com'],
    dkimSelectors: [/^dk2?$/],
    receivedHosts: ['emsd1.com', 'acems1.com'],
    unsubscribeHosts: ['activehosted.com'],
  },
  spf: { include: 'emsd1.com', source: AUTH },
  authentication: {
    page: { label: 'ActiveCampaign: SPF, DKIM and DMARC', url: AUTH },
    where: 'Settings > Advanced > Domains',
    records: [
      { name: 'dk._domainkey.{domain}', type: 'CNAME', value: 'dk.acems1.com' },
      { name: 'dk2._domainkey.{domain}', type: 'CNAME', value: 'dk2.acems1.com' },
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
