/**
 * Postmark. Recognised by its envelope and DKIM domain (mtasv.net), its X-PM-* headers, its
 * return path (pm_bounces@…) and its DKIM selectors (a date and "pm": 20210112221453pm).
 * Its own name for a bounce is its bounce type.
 */
import type { SendingService } from '../types.ts';

const TYPES = 'https://postmarkapp.com/developer/api/bounce-api#bounce-types';

export const POSTMARK: SendingService = {
  id: 'postmark',
  name: 'Postmark',
  source: 'https://postmarkapp.com/support/article/1091-how-do-i-set-up-dkim-for-postmark',
  signals: {
    envelopeDomains: ['mtasv.net'],
    envelopePatterns: [/^pm_bounces@/i],
    dkimDomains: ['mtasv.net'],
    dkimSelectors: [/^\d{14}pm$/],
    receivedHosts: ['mtasv.net'],
    headers: [{ name: 'x-pm-message-id' }, { name: 'x-pm-tag' }, { name: 'x-pm-rcpt' }],
    // Its own event feeds and exports, as the batch readers name them (src/engine/feeds).
    formats: ['postmark-bounce', 'postmark-bounces-csv'],
  },
  authentication: {
    page: {
      label: 'Postmark: sender signatures',
      url: 'https://account.postmarkapp.com/signature_domains',
    },
    where: 'Sender Signatures > Domains > your domain > DNS Settings',
    records: [
      { name: '<date>pm._domainkey.{domain}', type: 'TXT', value: 'k=rsa;p=<key Postmark shows>' },
    ],
    returnPath: {
      text: 'A custom Return-Path makes SPF pass for a subdomain of yours and align with your From domain.',
      records: [{ name: 'pm-bounces.{domain}', type: 'CNAME', value: 'pm.mtasv.net' }],
    },
  },
  suppression: {
    hard: {
      title: 'Postmark has deactivated {address}',
      text: 'After a hard bounce Postmark deactivates the address for the message stream: later messages to it are not sent until it is reactivated.',
    },
    remove:
      'In Postmark open the server’s message stream > Suppressions (or the bounce in Activity), find {address} and choose Reactivate; on the API: PUT /bounces/<bounce id>/activate.',
    link: {
      label: 'Postmark: bounces API',
      url: 'https://postmarkapp.com/developer/api/bounce-api',
    },
  },
  ips: {
    text: 'Postmark sends from IP pools it manages for all its customers; dedicated IPs are for high volumes. A block of a Postmark IP is for Postmark to handle: write to its support with this bounce.',
    support: { label: 'Postmark support', url: 'https://postmarkapp.com/support' },
  },
  naming: {
    field: 'bounce type',
    source: TYPES,
    byReason: {
      userunknown: 'HardBounce',
      hostunknown: 'HardBounce',
      hasmoved: 'AddressChange',
      mailboxfull: 'SoftBounce',
      spamdetected: 'SpamNotification',
      virusdetected: 'VirusNotification',
      blocked: 'Blocked',
      badreputation: 'Blocked',
      vacation: 'AutoResponder',
      feedback: 'SpamComplaint',
    },
    permanent: 'HardBounce',
    temporary: 'Transient',
  },
};
