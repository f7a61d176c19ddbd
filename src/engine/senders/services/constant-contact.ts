/**
 * Constant Contact. Recognised by its envelope and DKIM domains (constantcontact.com,
 * ccsend.com), its X-Roving-* headers and its link host (rs6.net).
 */
import type { SendingService } from '../types.ts';

const AUTH =
  'https://knowledgebase.constantcontact.com/articles/KnowledgeBase/35402-Self-Authenticating-Your-Email-Domain';

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
  naming: {
    field: 'bounce category',
    source: AUTH,
    byReason: {},
    permanent: 'hard bounce',
    temporary: 'soft bounce',
  },
};
