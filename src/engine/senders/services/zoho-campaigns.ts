/**
 * Zoho Campaigns. Recognised by its sending domain (zcsend.net) and its unsubscribe hosts
 * (maillist-manage.com and its regional twins). Not the mailbox provider Zoho Mail
 * (providers/zoho): another product, with its own id.
 */
import type { SendingService } from '../types.ts';

const BOUNCES =
  'https://help.zoho.com/portal/en/kb/campaigns/deliverability-guide/reputation-management/articles/what-are-bounces';
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
  suppression: {
    // zoho.com/campaigns/help/emailapi/events/bounce.html: "Upon a hard bounce, the contact is
    // automatically added to the suppression list"; its FAQ: a hard-bounced contact cannot be edited.
    hard: {
      title: 'Zoho Campaigns has moved {address} to its bounced contacts',
      text: 'After a hard bounce Zoho Campaigns adds the contact to the suppression list and takes it out of your active contacts; a hard-bounced contact cannot be edited.',
    },
    soft: {
      title: 'Zoho Campaigns retries a soft bounce within five days',
      text: 'An email that soft bounces is retried within the next five days; the contact stays active.',
    },
    remove:
      'Zoho Campaigns does not let you edit or reactivate a hard-bounced contact yourself: once {address} works again, ask Zoho Campaigns support to move it back to your list.',
    link: { label: 'Zoho Campaigns: bounces', url: BOUNCES },
  },
  naming: {
    field: 'bounce type',
    source: BOUNCES,
    byReason: {},
    permanent: 'hard bounce',
    temporary: 'soft bounce',
  },
};
