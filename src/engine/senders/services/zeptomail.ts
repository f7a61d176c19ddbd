/**
 * ZeptoMail, Zoho's transactional service. Recognised by its bounce domain (the bounce-zem.
 * subdomain it asks for) and its hosts (zeptomail.com).
 */
import type { SendingService } from '../types.ts';

const DOMAINS = 'https://www.zoho.com/zeptomail/help/domains.html';

export const ZEPTOMAIL: SendingService = {
  id: 'zeptomail',
  name: 'ZeptoMail (Zoho)',
  source: DOMAINS,
  signals: {
    envelopeDomains: ['zeptomail.com'],
    envelopePatterns: [/@bounce-zem\./i],
    dkimDomains: ['zeptomail.com'],
    receivedHosts: ['zeptomail.com'],
  },
  authentication: {
    page: { label: 'ZeptoMail: domains', url: DOMAINS },
    where: 'Mail Agents > Domains > your domain',
    records: [
      {
        name: '<selector>._domainkey.{domain}',
        type: 'TXT',
        value: 'k=rsa; p=<key ZeptoMail shows>',
      },
    ],
    returnPath: {
      text: 'The bounce address is a subdomain of yours, so SPF aligns with your From domain.',
      records: [
        {
          name: 'bounce-zem.{domain}',
          type: 'CNAME',
          value: '<cluster ZeptoMail shows>.zeptomail.com',
        },
      ],
    },
  },
  naming: {
    field: 'bounce type',
    source: DOMAINS,
    byReason: {},
    permanent: 'hard bounce',
    temporary: 'soft bounce',
  },
};
