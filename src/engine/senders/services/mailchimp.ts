/**
 * Mailchimp (campaigns). Recognised by its envelope, DKIM and Message-ID domains (mcsv.net,
 * mcdlv.net, rsgsv.net), its headers (X-MC-User, X-Mailer "Mailchimp Mailer", X-Campaign) and its
 * unsubscribe hosts (list-manage.com). Mailchimp's own domain is the envelope sender, so it asks
 * for no SPF include; domain authentication is two DKIM CNAMEs.
 */
import type { SendingService } from '../types.ts';

const BOUNCES = 'https://mailchimp.com/help/soft-vs-hard-bounces/';

export const MAILCHIMP: SendingService = {
  id: 'mailchimp',
  name: 'Mailchimp',
  source: 'https://mailchimp.com/help/set-up-email-domain-authentication/',
  signals: {
    envelopeDomains: ['mcsv.net', 'mcdlv.net', 'rsgsv.net'],
    dkimDomains: ['mcsv.net', 'mcdlv.net', 'mailchimpapp.net'],
    dkimSelectors: [/^k[23]$/],
    receivedHosts: ['mcsv.net', 'mcdlv.net', 'rsgsv.net'],
    headers: [
      { name: 'x-mc-user' },
      { name: 'x-mailer', value: /mailchimp mailer/i },
      { name: 'x-campaign', value: /^mailchimp/i },
    ],
    unsubscribeHosts: ['list-manage.com', 'mailchimpapp.net'],
    messageIdDomains: ['mcsv.net', 'mcdlv.net', 'rsgsv.net'],
    // Its own event feeds and exports, as the batch readers name them (src/engine/feeds).
    formats: ['mailchimp-cleaned-csv'],
  },
  authentication: {
    page: { label: 'Mailchimp: domains', url: 'https://admin.mailchimp.com/account/domains/' },
    where: 'Account & billing > Domains > Authenticate',
    records: [
      { name: 'k2._domainkey.{domain}', type: 'CNAME', value: 'dkim2.mcsv.net' },
      { name: 'k3._domainkey.{domain}', type: 'CNAME', value: 'dkim3.mcsv.net' },
    ],
  },
  suppression: {
    hard: {
      title: 'Mailchimp has cleaned {address} from the audience',
      text: 'After a hard bounce Mailchimp marks the contact Cleaned: it stays in the audience but gets no more campaigns.',
    },
    soft: {
      title: 'Mailchimp counts this as a soft bounce',
      text: 'Mailchimp retries a soft bounce for up to 72 hours, and cleans the contact after 7 soft bounces (15 when the contact has recent activity).',
    },
    remove:
      'A cleaned contact cannot be resubscribed by hand in Mailchimp: once {address} works again, the person signs up again through your signup form.',
    link: { label: 'Mailchimp: soft vs. hard bounces', url: BOUNCES },
  },
  ips: {
    text: 'Mailchimp sends campaigns from its own shared IPs; there are no dedicated IPs for campaigns. A block of Mailchimp’s IPs is for Mailchimp to handle: contact Mailchimp support with this bounce.',
    support: { label: 'Mailchimp: contact support', url: 'https://mailchimp.com/contact/' },
  },
  naming: {
    field: 'bounce type',
    source: BOUNCES,
    byReason: {},
    permanent: 'hard bounce',
    temporary: 'soft bounce',
  },
};
