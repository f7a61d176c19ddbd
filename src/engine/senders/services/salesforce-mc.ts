/**
 * Salesforce Marketing Cloud (formerly ExactTarget). Recognised by its envelope, DKIM and host
 * domain (exacttarget.com) and its X-SFMC-Stack header. Its Sender Authentication Package sets up
 * a branded subdomain whose records Marketing Cloud manages.
 */
import type { SendingService } from '../types.ts';

const SAP = 'https://help.salesforce.com/s/articleView?id=mc_es_sender_authentication_package.htm';

const HELD = 'https://help.salesforce.com/apex/HTViewSolution?id=000232328&language=en_US';

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
  suppression: {
    hard: {
      title: 'Marketing Cloud counts this bounce toward Held status for {address}',
      text: 'A bounce sets the subscriber to Bounced. Three bounces over at least 15 days, or one hard bounce from a trusted domain, set it to Held (undeliverable): Marketing Cloud then leaves {address} out of every later send.',
    },
    soft: {
      title: 'Marketing Cloud counts this bounce toward Held status for {address}',
      text: 'A bounce sets the subscriber to Bounced. Three bounces over at least 15 days, or one hard bounce from a trusted domain, set it to Held (undeliverable): Marketing Cloud then leaves {address} out of every later send.',
    },
    remove:
      'To send to a Held subscriber again, re-import {address} with the status Active (export the held subscribers, or extract their status, and import them back); Salesforce advises against it for addresses that hard bounced.',
    link: { label: 'Marketing Cloud: Held status', url: HELD },
  },
  naming: {
    field: 'bounce category',
    source: SAP,
    byReason: {},
    permanent: 'hard bounce',
    temporary: 'soft bounce',
  },
};
