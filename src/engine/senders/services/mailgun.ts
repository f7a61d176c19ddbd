/**
 * Mailgun. Recognised by its return path (bounce+<id>.<id>-<recipient>@<your Mailgun domain>),
 * its X-Mailgun-* headers and its own hosts. It names a failure by its event's severity.
 */
import type { SendingService } from '../types.ts';

const DOCS = 'https://documentation.mailgun.com/docs/mailgun/user-manual/get-started/';

export const MAILGUN: SendingService = {
  id: 'mailgun',
  name: 'Mailgun',
  source: DOCS,
  signals: {
    envelopeDomains: ['mailgun.org', 'mailgun.net'],
    envelopePatterns: [/^bounce\+[0-9a-f]+\.[0-9a-f]+-.+@/i],
    dkimDomains: ['mailgun.org'],
    dkimSelectors: [/^(?:mailo|krs|pdk[12])$/],
    receivedHosts: ['mailgun.net', 'mailgun.org'],
    headers: [{ name: 'x-mailgun-*' }],
    // Its own event feeds and exports, as the batch readers name them (src/engine/feeds).
    formats: ['mailgun-event', 'mailgun-bounces-csv'],
  },
  spf: { include: 'mailgun.org', source: DOCS },
  authentication: {
    page: { label: 'Mailgun: sending domains', url: 'https://app.mailgun.com/mg/sending/domains' },
    where: 'Send > Sending > Domains > your domain > DNS records',
    // The selector and key are the domain's own; Mailgun's page shows both.
    records: [
      {
        name: '<selector>._domainkey.{domain}',
        type: 'TXT',
        value: 'k=rsa; p=<key Mailgun shows>',
      },
    ],
    returnPath: {
      text: 'Mailgun’s bounces go to the domain you added in Mailgun (Mailgun suggests a subdomain such as mg.{domain}); its MX records receive them and its SPF record must include mailgun.org.',
      records: [
        { name: 'mg.{domain}', type: 'MX', value: '10 mxa.mailgun.org' },
        { name: 'mg.{domain}', type: 'MX', value: '10 mxb.mailgun.org' },
      ],
    },
  },
  suppression: {
    hard: {
      title: 'Mailgun has put {address} on the domain’s Bounces list',
      text: 'After a permanent failure Mailgun adds the address to the sending domain’s Bounces list and drops later messages to it (the event says reason "suppress-bounce").',
    },
    soft: {
      title: 'Mailgun retries a temporary failure',
      text: 'A failure with severity "temporary" is retried for a while; it does not put the address on the Bounces list.',
    },
    remove:
      'In Mailgun open Send > Sending > Suppressions > Bounces for the domain, find {address} and delete it (or call DELETE /v3/<domain>/bounces/{address}).',
    link: {
      label: 'Mailgun: bounces API',
      url: 'https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Bounces/',
    },
  },
  ips: {
    text: 'Mailgun sends from shared IP pools unless you add dedicated IPs. A block of a shared Mailgun IP is for Mailgun to handle: open a ticket with Mailgun support and include this bounce.',
    support: { label: 'Mailgun help center', url: 'https://help.mailgun.com/' },
  },
  naming: {
    field: 'failed event severity',
    source: 'https://documentation.mailgun.com/docs/mailgun/user-manual/events/',
    byReason: { suppressed: 'failed, severity permanent, reason suppress-bounce' },
    permanent: 'failed, severity permanent',
    temporary: 'failed, severity temporary',
    read: /"severity"\s*:\s*"(?:permanent|temporary)"/,
  },
};
