/**
 * Twilio SendGrid. Recognised by its envelope and DKIM domain (sendgrid.net), its own headers
 * (X-SG-EID, X-SG-ID), its Message-IDs ("…@geopod-ismtpd-…"), link-branding hosts and the ranges
 * of its SPF record. Domain authentication with automated security asks for three CNAMEs.
 */
import type { SendingService } from '../types.ts';

const AUTH =
  'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/how-to-set-up-domain-authentication';

export const SENDGRID: SendingService = {
  id: 'sendgrid',
  name: 'SendGrid',
  source: AUTH,
  signals: {
    envelopeDomains: ['sendgrid.net'],
    // Automated security's return path: bounces+<uid>-<hash>=<recipient>@em<N>.<your domain>.
    envelopePatterns: [/^bounces\+\d+-[0-9a-f]+-.+@em\d+\./i],
    dkimDomains: ['sendgrid.net'],
    dkimSelectors: [/^s[12]$/],
    receivedHosts: ['sendgrid.net'],
    // The ranges sendgrid.net's own SPF record lists.
    ipRanges: [
      '167.89.0.0/17',
      '208.117.48.0/20',
      '50.31.32.0/19',
      '198.37.144.0/20',
      '198.21.0.0/21',
      '192.254.112.0/20',
      '168.245.0.0/17',
      '149.72.0.0/16',
      '159.183.0.0/16',
    ],
    headers: [{ name: 'x-sg-eid' }, { name: 'x-sg-id' }],
    unsubscribeHosts: ['ct.sendgrid.net', 'sendgrid.net'],
    messageIdPatterns: [/@geopod-ismtpd-/i, /@ismtpd\d/i],
    // Its own event feeds and exports, as the batch readers name them (src/engine/feeds).
    formats: ['sendgrid-event', 'sendgrid-csv'],
  },
  spf: {
    include: 'sendgrid.net',
    lookups: 1,
    source: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/spf-records',
  },
  authentication: {
    page: {
      label: 'SendGrid: Sender Authentication',
      url: 'https://app.sendgrid.com/settings/sender_auth',
    },
    where: 'Settings > Sender Authentication > Authenticate Your Domain',
    // With automated security (the default) SendGrid asks for three CNAMEs; the numbers are the
    // account's and SendGrid's page shows them.
    records: [
      {
        name: 's1._domainkey.{domain}',
        type: 'CNAME',
        value: 's1.domainkey.u<id>.wl<n>.sendgrid.net',
      },
      {
        name: 's2._domainkey.{domain}',
        type: 'CNAME',
        value: 's2.domainkey.u<id>.wl<n>.sendgrid.net',
      },
    ],
    returnPath: {
      text: 'The third record is the return path: bounces then go to a subdomain of yours, so SPF passes for your domain and aligns with your From address.',
      records: [{ name: 'em<id>.{domain}', type: 'CNAME', value: 'u<id>.wl<n>.sendgrid.net' }],
    },
  },
  suppression: {
    hard: {
      title: 'SendGrid has put {address} on its Bounces list',
      text: 'After a hard bounce SendGrid adds the address to its Bounces suppression list and drops later messages to it without trying to deliver them.',
    },
    soft: {
      title: 'SendGrid retries a deferred message for up to 72 hours',
      text: 'A temporary refusal is retried for up to 72 hours; only then does the message count as a bounce.',
    },
    block: {
      title: 'SendGrid has recorded this refusal on its Blocks list',
      text: 'A block does not put the address on a suppression list: SendGrid tries the next message to {address} again, and it will be refused again until the cause is fixed.',
    },
    remove:
      'In SendGrid open Suppressions > Bounces, find {address} and remove it (or call DELETE /v3/suppression/bounces/{address}).',
    link: {
      label: 'SendGrid: Bounces',
      url: 'https://www.twilio.com/docs/sendgrid/ui/sending-email/bounces',
    },
  },
  ips: {
    text: 'Lower SendGrid plans send from shared IP pools; dedicated IPs come with the Pro plans. A block of a shared SendGrid IP is SendGrid’s to handle: open a ticket with its support and include this bounce. A dedicated IP’s reputation is yours to warm up and keep.',
    support: { label: 'SendGrid support', url: 'https://support.sendgrid.com/' },
  },
  naming: {
    field: 'bounce classification',
    source:
      'https://www.twilio.com/docs/sendgrid/ui/analytics-and-reporting/bounce-and-block-classifications',
    byReason: {
      userunknown: 'Invalid Address',
      hostunknown: 'Invalid Address',
      mailboxfull: 'Mailbox Unavailable',
      suspend: 'Mailbox Unavailable',
      spamdetected: 'Content',
      virusdetected: 'Content',
      contenterror: 'Content',
      policyviolation: 'Content',
      blocked: 'Reputation',
      badreputation: 'Reputation',
      speeding: 'Frequency or Volume Too High',
      toomanyconn: 'Frequency or Volume Too High',
      authfailure: 'Technical Failure',
      securityerror: 'Technical Failure',
      failedstarttls: 'Technical Failure',
      networkerror: 'Technical Failure',
      expired: 'Technical Failure',
      systemerror: 'Technical Failure',
    },
    permanent: 'Unclassified',
    temporary: 'Unclassified',
  },
};
