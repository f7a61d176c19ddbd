/**
 * Customer.io. Recognised only by its mail and tracking domain (customeriomail.com), so a
 * recognition from it alone is weak unless the envelope or DKIM domain is theirs.
 */
import type { SendingService } from '../types.ts';

const AUTH = 'https://docs.customer.io/journeys/authenticate-domain/';

export const CUSTOMER_IO: SendingService = {
  id: 'customer-io',
  name: 'Customer.io',
  source: AUTH,
  signals: {
    envelopeDomains: ['customeriomail.com'],
    dkimDomains: ['customeriomail.com'],
    receivedHosts: ['customeriomail.com'],
    unsubscribeHosts: ['customeriomail.com'],
  },
  authentication: {
    page: { label: 'Customer.io: authenticate your domain', url: AUTH },
    where: 'Workspace Settings > Sending domains',
    records: [
      {
        name: '<selector>._domainkey.{domain}',
        type: 'TXT',
        value: 'k=rsa; p=<key Customer.io shows>',
      },
    ],
  },
  suppression: {
    hard: {
      title: 'Customer.io’s email service has suppressed {address}',
      text: 'After a hard bounce the address goes on the email suppression list of the sending domain. The person stays in your workspace and can still get messages on other channels.',
    },
    remove:
      'In Customer.io open Workspace Settings > Workspace Suppressions, find {address} under Email suppressions and remove it. If you send through a Custom SMTP server, remove it at that email provider instead.',
    link: {
      label: 'Customer.io: email suppression lists',
      url: 'https://customer.io/docs/journeys/esp-suppression/',
    },
  },
  naming: {
    field: 'delivery status',
    source: AUTH,
    byReason: {},
    permanent: 'bounced',
    temporary: 'deferred',
  },
};
