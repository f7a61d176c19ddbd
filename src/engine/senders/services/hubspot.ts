/**
 * HubSpot marketing email. Recognised by its envelope and DKIM domain (hubspotemail.net) and the
 * hs1-/hs2- DKIM selectors it asks its customers to publish. HubSpot's SPF include names the
 * account, so it is one of the records HubSpot's page shows.
 */
import type { SendingService } from '../types.ts';

const AUTH = 'https://knowledge.hubspot.com/marketing-email/manage-email-authentication-in-hubspot';

export const HUBSPOT: SendingService = {
  id: 'hubspot',
  name: 'HubSpot',
  source: AUTH,
  signals: {
    envelopeDomains: ['hubspotemail.net'],
    dkimDomains: ['hubspotemail.net'],
    dkimSelectors: [/^hs[12]-\d+$/],
    receivedHosts: ['hubspotemail.net'],
  },
  authentication: {
    page: { label: 'HubSpot: email sending domains', url: AUTH },
    where: 'Settings > Content > Domains & URLs > Email sending domains',
    records: [
      {
        name: 'hs1-<id>._domainkey.{domain}',
        type: 'CNAME',
        value: '<your-domain>.hs01a.dkim.hubspotemail.net',
      },
      {
        name: 'hs2-<id>._domainkey.{domain}',
        type: 'CNAME',
        value: '<your-domain>.hs01b.dkim.hubspotemail.net',
      },
    ],
  },
  suppression: {
    hard: {
      title: 'HubSpot stops marketing email to {address}',
      text: 'After a hard bounce HubSpot marks the contact as bounced and sends it no more marketing email.',
    },
    remove:
      'In HubSpot open the contact record of {address}; once the address works, HubSpot’s help explains how to let it receive email again.',
    link: { label: 'HubSpot: email authentication', url: AUTH },
  },
  ips: {
    text: 'HubSpot sends marketing email from shared IPs unless the account has the Dedicated IP or Transactional Email add-on (Marketing Hub Professional or Enterprise). A block of HubSpot’s shared IPs is HubSpot’s to handle: contact HubSpot support with this bounce.',
    support: {
      label: 'HubSpot: connect a dedicated IP address',
      url: 'https://knowledge.hubspot.com/marketing-email/connect-a-dedicated-ip-address-for-sending-emails',
    },
  },
  naming: {
    field: 'bounce type',
    source: AUTH,
    byReason: {},
    permanent: 'hard bounce',
    temporary: 'soft bounce',
  },
};
