/**
 * Salesforce Marketing Cloud (formerly ExactTarget). Recognised by its envelope, DKIM and host
 * domain (exacttarget.com) and its X-SFMC-Stack header. Its Sender Authentication Package sets up
 * a branded subdomain whose records Marketing Cloud manages.
 */
import type { SendingService } from '../types.ts';

const SAP = 'https://help.salesforce.com/s/articleView?id=mc_es_sender_authentication_package.htm';

export const SALESFORCE_MC: SendingService = {
  id: 'salesforce-mc',
  name: 'Salesforce Marketing Cloud',
  source: SAP,
  signals: {
    envelopeDomains: ['exacttarget.com'],
    dkimDomains: ['exacttarget.com'],
    receivedHosts: ['exacttarget.com'],
    headers: [{ name: 'x-sfmc-stack' }],
    unsubscribeHosts: ['exacttarget.com', 'exct.net'],
  },
  spf: { include: 'cust-spf.exacttarget.com', source: SAP },
  authentication: {
    page: { label: 'Marketing Cloud: Sender Authentication Package', url: SAP },
    where:
      'the Sender Authentication Package: Marketing Cloud sets up a subdomain of yours and manages its SPF, DKIM and reverse DNS',
    records: [
      {
        name: '<subdomain>.{domain}',
        type: 'NS',
        value: '<name servers Marketing Cloud gives you>',
      },
    ],
  },
  naming: {
    field: 'bounce category',
    source: SAP,
    byReason: {},
    permanent: 'hard bounce',
    temporary: 'soft bounce',
  },
};
