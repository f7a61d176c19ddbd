/**
 * Mailchimp Transactional (Mandrill). Recognised by its envelope, DKIM and Message-ID domain
 * (mandrillapp.com) and its X-Mandrill-User header. Hard bounces go on its rejection denylist.
 */
import type { SendingService } from '../types.ts';

const AUTH = 'https://mailchimp.com/developer/transactional/docs/authentication-delivery/';

export const MANDRILL: SendingService = {
  id: 'mandrill',
  name: 'Mailchimp Transactional (Mandrill)',
  source: AUTH,
  signals: {
    envelopeDomains: ['mandrillapp.com'],
    dkimDomains: ['mandrillapp.com'],
    dkimSelectors: [/^mte[12]$/],
    receivedHosts: ['mandrillapp.com'],
    headers: [{ name: 'x-mandrill-user' }],
    messageIdDomains: ['mandrillapp.com'],
  },
  spf: { include: 'spf.mandrillapp.com', source: AUTH },
  authentication: {
    page: {
      label: 'Mailchimp Transactional: sending domains',
      url: 'https://mandrillapp.com/settings/sending-domains',
    },
    where: 'Settings > Domains > Sending domains',
    records: [
      { name: 'mte1._domainkey.{domain}', type: 'CNAME', value: 'dkim1.mandrillapp.com' },
      { name: 'mte2._domainkey.{domain}', type: 'CNAME', value: 'dkim2.mandrillapp.com' },
    ],
  },
  suppression: {
    hard: {
      title: 'Mailchimp Transactional has put {address} on its rejection denylist',
      text: 'After a hard bounce the address goes on the account’s rejection denylist, and later messages to it are rejected without being sent.',
    },
    remove:
      'In Mailchimp Transactional open Outbound > Rejection Denylist, find {address} and delete it (or call /rejects/delete on the API).',
    link: {
      label: 'Mailchimp Transactional: delete from the denylist',
      url: 'https://mailchimp.com/developer/transactional/api/rejects/delete-from-denylist/',
    },
  },
  naming: {
    field: 'webhook event',
    source: 'https://mailchimp.com/developer/transactional/docs/webhooks/',
    byReason: {},
    permanent: 'hard_bounce',
    temporary: 'soft_bounce',
  },
};
