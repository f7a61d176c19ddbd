/**
 * Google Workspace (and Gmail) as the sender. The same mail system as the receiving provider
 * "google" (providers/google): Google's servers, Google's published ranges (_spf.google.com), so
 * the id is shared. Recognised from the returned message only, never from a Gmail reply: Gmail
 * refusing mail says nothing about who sent it.
 */
import type { SendingService } from '../types.ts';

const SPF = 'https://support.google.com/a/answer/10684623';
const DKIM = 'https://support.google.com/a/answer/174124';

export const GOOGLE: SendingService = {
  id: 'google',
  name: 'Google Workspace',
  source: DKIM,
  signals: {
    dkimSelectors: [/^google$/],
    receivedHosts: ['google.com', 'smtp.gmail.com'],
    ipRanges: [
      '209.85.128.0/17',
      '74.125.0.0/16',
      '64.233.160.0/19',
      '66.102.0.0/20',
      '72.14.192.0/18',
      '108.177.8.0/21',
      '173.194.0.0/16',
    ],
    headers: [{ name: 'x-google-smtp-source' }, { name: 'x-gm-message-state' }],
    messageIdDomains: ['mail.gmail.com'],
  },
  spf: { include: '_spf.google.com', lookups: 4, source: SPF },
  authentication: {
    page: {
      label: 'Google Admin console: authenticate email',
      url: 'https://admin.google.com/ac/apps/gmail/authenticateemail',
    },
    where: 'the Admin console, Apps > Google Workspace > Gmail > Authenticate email',
    records: [
      {
        name: 'google._domainkey.{domain}',
        type: 'TXT',
        value: 'v=DKIM1; k=rsa; p=<key the Admin console generates>',
      },
    ],
  },
  // No `suppression`: a Workspace mailbox keeps no list of addresses it will not send to (Google
  // documents none), so each message is tried again and bounces again. No `returnPath` either:
  // its envelope sender is the user's own address, so SPF already checks the From domain.
  ips: {
    text: 'Google Workspace sends from Google’s shared servers; there are no dedicated IPs. A block of Google’s servers is for Google Workspace support.',
    support: {
      label: 'Google Workspace: get support',
      url: 'https://support.google.com/a/answer/1047213',
    },
  },
};
