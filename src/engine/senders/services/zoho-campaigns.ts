/**
 * Zoho Campaigns. Recognised by its sending domain (zcsend.net) and its unsubscribe hosts
 * (maillist-manage.com and its regional twins). Not the mailbox provider Zoho Mail
 * (providers/zoho): another product, with its own id.
 */
import type { SendingService } from '../types.ts';

const AUTH = 'https://www.zoho.com/campaigns/help/domain-authentication.html';

export const ZOHO_CAMPAIGNS: SendingService = {
  id: 'zoho-campaigns',
  name: 'Zoho Campaigns',
  source: AUTH,
  signals: {
    envelopeDomains: ['zcsend.net'],
    dkimDomains: ['zcsend.net'],
    receivedHosts: ['zcsend.net'],
    unsubscribeHosts: ['maillist-manage.com', 'maillist-manage.eu', 'maillist-manage.in'],
  },
  spf: { include: 'zcsend.net', source: AUTH },
  authentication: {
    page: { label: 'Zoho Campaigns: domain authentication', url: AUTH },
    where: 'Settings > Sender Domains > Authenticate',
    records: [
      {
        name: '<selector>._domainkey.{domain}',
        type: 'TXT',
        value: 'k=rsa; p=<key Zoho Campaigns shows>',
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
