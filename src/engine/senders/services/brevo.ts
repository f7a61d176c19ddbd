/**
 * Brevo (formerly Sendinblue). Recognised by its X-Mailin-* and X-sib-id headers and its
 * envelope and DKIM domains. Domain authentication is a Brevo code and two DKIM CNAMEs.
 */
import type { SendingService } from '../types.ts';

const AUTH = 'https://developers.brevo.com/docs/domain-authentication-and-verification';

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
  naming: {
    field: 'bounce type',
    source: AUTH,
    byReason: {},
    permanent: 'hard bounce',
    temporary: 'soft bounce',
  },
};
