/**
 * Brevo (formerly Sendinblue). Recognised by its X-Mailin-* and X-sib-id headers and its
 * envelope and DKIM domains. Domain authentication is a Brevo code and two DKIM CNAMEs.
 */
import type { SendingService } from '../types.ts';

const AUTH = 'https://developers.brevo.com/docs/domain-authentication-and-verification';
const BOUNCES = 'https://help.brevo.com/hc/en-us/articles/209435165-What-is-a-Bounce-';

export const BREVO: SendingService = {
  id: 'brevo',
  name: 'Brevo (Sendinblue)',
  source: AUTH,
  signals: {
    envelopeDomains: ['sendinblue.com', 'brevo.com'],
    dkimDomains: ['sendinblue.com', 'brevo.com'],
    dkimSelectors: [/^brevo[12]$/],
    receivedHosts: ['sendinblue.com', 'brevo.com'],
    headers: [{ name: 'x-mailin-*' }, { name: 'x-sib-id' }],
    // Its own event feeds and exports, as the batch readers name them (src/engine/feeds).
    formats: ['brevo-event', 'brevo-events-csv'],
  },
  spf: { include: 'spf.brevo.com', source: AUTH },
  authentication: {
    page: { label: 'Brevo: domains', url: 'https://app.brevo.com/senders/domain/list' },
    where: 'Senders, Domains & Dedicated IPs > Domains > Authenticate',
    records: [
      { name: '{domain}', type: 'TXT', value: 'brevo-code:<code Brevo shows>' },
      {
        name: 'brevo1._domainkey.{domain}',
        type: 'CNAME',
        value: 'b1.<your-domain>.dkim.brevo.com',
      },
      {
        name: 'brevo2._domainkey.{domain}',
        type: 'CNAME',
        value: 'b2.<your-domain>.dkim.brevo.com',
      },
    ],
  },
  suppression: {
    hard: {
      title: 'Brevo has blocklisted {address}',
      text: 'After a hard bounce Brevo blocklists the contact: it does not try the address again, and later sends leave it out.',
    },
    soft: {
      title: 'Brevo retried this message for 36 hours',
      text: 'Brevo retries a deferred email for 36 hours before it reports a soft bounce. Five soft bounces in a row from email campaigns blocklist the contact; transactional email does not.',
    },
    remove:
      'In Brevo open the contact details page of {address} and unblock it (only if the person did not ask to be blocklisted: unblocking them then is unlawful). For transactional email: DELETE /v3/smtp/blockedContacts/{address}.',
    link: {
      label: 'Brevo: blocklist, unblock or resubscribe contacts',
      url: 'https://help.brevo.com/hc/en-us/articles/5317448358034-Blocklist-unblock-or-resubscribe-contacts',
    },
  },
  ips: {
    text: 'Brevo sends from shared IPs by default and watches the campaigns sent from them; dedicated IPs are an option for regular high volumes. A block of a shared Brevo IP is Brevo’s to handle: create a ticket with Brevo support from your account and include this bounce.',
    support: {
      label: 'Brevo: shared and dedicated IPs',
      url: 'https://help.brevo.com/hc/en-us/articles/209466865-Differences-between-a-shared-IP-and-a-dedicated-IP',
    },
  },
  naming: {
    field: 'bounce type',
    source: BOUNCES,
    byReason: {},
    permanent: 'hard bounce',
    temporary: 'soft bounce',
  },
};
