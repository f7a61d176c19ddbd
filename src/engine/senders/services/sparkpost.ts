/**
 * SparkPost. Recognised by its return path (msprvs1=…@, bounces.sparkpostmail.com), its DKIM
 * domain and selectors (scphNNNN) and its X-MSFBL header. It names a bounce by its bounce class.
 */
import type { SendingService } from '../types.ts';

const CLASSES = 'https://support.sparkpost.com/docs/deliverability/bounce-classification-codes';

export const SPARKPOST: SendingService = {
  id: 'sparkpost',
  name: 'SparkPost',
  source: 'https://support.sparkpost.com/docs/getting-started/setting-up-domains',
  signals: {
    envelopeDomains: ['sparkpostmail.com'],
    envelopePatterns: [/^msprvs1=/i],
    dkimDomains: ['sparkpostmail.com'],
    dkimSelectors: [/^scph\d{4}$/],
    receivedHosts: ['sparkpostmail.com'],
    headers: [{ name: 'x-msfbl' }],
    // Its own event feeds and exports, as the batch readers name them (src/engine/feeds).
    formats: ['sparkpost-event', 'sparkpost-events-csv'],
  },
  authentication: {
    page: {
      label: 'SparkPost: sending domains',
      url: 'https://app.sparkpost.com/domains/list/sending',
    },
    where: 'Configuration > Domains > Sending domains',
    records: [
      {
        name: 'scph<nnnn>._domainkey.{domain}',
        type: 'TXT',
        value: 'v=DKIM1; k=rsa; h=sha256; p=<key SparkPost shows>',
      },
    ],
    returnPath: {
      text: 'A bounce domain of yours makes SPF pass for your domain and align with your From address.',
      records: [{ name: 'bounces.{domain}', type: 'CNAME', value: 'sparkpostmail.com' }],
    },
  },
  suppression: {
    hard: {
      title: 'SparkPost has put {address} on your suppression list',
      text: 'Hard bounces (bounce classes 10, 30 and 90) add the address to the account’s suppression list, and later messages to it are dropped.',
    },
    remove: 'In SparkPost open Recipients > Suppressions, search for {address} and delete it.',
    link: {
      label: 'SparkPost: suppression list',
      url: 'https://support.sparkpost.com/docs/deliverability/suppression-list',
    },
  },
  ips: {
    text: 'SparkPost sends from its shared pool unless the account has dedicated IPs (any plan but Starter and Test; some plans include one). A new dedicated IP starts with a neutral reputation that you warm up; a block of SparkPost’s shared pool is for SparkPost support.',
    support: {
      label: 'SparkPost: dedicated IP pools',
      url: 'https://support.sparkpost.com/docs/deliverability/dedicated-ip-pools',
    },
  },
  naming: {
    field: 'bounce class',
    source: CLASSES,
    byReason: {
      userunknown: '10 (Invalid Recipient)',
      hostunknown: '10 (Invalid Recipient)',
      mailboxfull: '22 (Mailbox Full)',
      mesgtoobig: '23 (Too Large)',
      expired: '24 (Timeout)',
      blocked: '50 (Mail Block)',
      badreputation: '50 (Mail Block)',
      spamdetected: '52 (Spam Content)',
      virusdetected: '53 (Prohibited Attachment)',
      norelaying: '54 (Relaying Denied)',
      vacation: '60 (Auto-Reply)',
    },
    permanent: '40 (Generic Bounce)',
    temporary: '20 (Soft Bounce)',
  },
};
