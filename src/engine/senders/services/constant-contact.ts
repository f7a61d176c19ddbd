/**
 * Constant Contact. Recognised by its envelope and DKIM domains (constantcontact.com,
 * ccsend.com), its X-Roving-* headers and its link host (rs6.net).
 */
import type { SendingService } from '../types.ts';

const AUTH =
  'https://knowledgebase.constantcontact.com/articles/KnowledgeBase/35402-Self-Authenticating-Your-Email-Domain';

// Constant Contact's own community FAQ, written by its staff.
const SUSPENDED =
  'https://community.constantcontact.com/t5/FAQs/What-Are-Suspended-Bounces/ta-p/386104';

export const CONSTANT_CONTACT: SendingService = {
  id: 'constant-contact',
  name: 'Constant Contact',
  source: AUTH,
  signals: {
    envelopeDomains: ['constantcontact.com', 'ccsend.com'],
    dkimDomains: ['ccsend.com', 'constantcontact.com'],
    receivedHosts: ['constantcontact.com', 'ccsend.com'],
    headers: [{ name: 'x-roving-*' }],
    unsubscribeHosts: ['constantcontact.com', 'rs6.net'],
  },
  spf: { include: 'spf.constantcontact.com', source: AUTH },
  authentication: {
    page: { label: 'Constant Contact: self-authentication', url: AUTH },
    where: 'My Settings > Email domain authentication',
    records: [
      {
        name: '<selector>._domainkey.{domain}',
        type: 'CNAME',
        value: '<value Constant Contact shows>',
      },
    ],
  },
  suppression: {
    hard: {
      title: 'Constant Contact holds mail to {address} for 15 days',
      text: 'After a Non-existent bounce Constant Contact suspends the address for 15 days, for every Constant Contact account. If it bounces as Non-existent again after that, the hold has no end. The contact is not deleted: reports list it as Recommended for Removal.',
    },
    suppressed: {
      title: '{address} is Suspended at Constant Contact',
      text: 'Constant Contact did not send to it: the address bounced as Non-existent before, from your account or any other Constant Contact account.',
    },
    remove:
      'If {address} is valid, unsuspend it from the campaign’s Suspended bounce report in Constant Contact (edit it instead if it was mistyped); for more than 10 addresses, call Constant Contact’s Deliverability team.',
    link: { label: 'Constant Contact: what are Suspended bounces', url: SUSPENDED },
  },
  naming: {
    field: 'bounce category',
    source: AUTH,
    byReason: {},
    permanent: 'hard bounce',
    temporary: 'soft bounce',
  },
};
