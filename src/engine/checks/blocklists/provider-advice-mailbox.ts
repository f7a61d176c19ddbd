/**
 * Blocklist advice for mailbox providers: the lists they name in their bounces and their own
 * reputation / delisting pages.
 */
import type { Portal, ProviderAdvice } from './provider-lists.ts';

const OUTLOOK = 'https://substrate.office.com/ip-domain-management-snds/Postmaster/Troubleshooting';
export const PROOFPOINT: Portal = {
  label: 'Proofpoint IP check',
  url: 'https://ipcheck.proofpoint.com/',
  note: 'Look up the IP and request delisting from Proofpoint.',
};

export const MAILBOX_ADVICE: readonly ProviderAdvice[] = [
  {
    provider: 'microsoft',
    name: 'Microsoft (Microsoft 365, Outlook.com)',
    lists: ['spamhaus-zen'],
    portals: [
      {
        label: 'Microsoft delist portal',
        url: 'https://sender.office.com/',
        note: 'Microsoft 365 "banned sending IP" (5.7.606-649): request delisting here.',
      },
      {
        label: 'Outlook.com postmaster (SNDS)',
        url: OUTLOOK,
        note: 'Outlook.com blocks (S3150, OU-001...): check SNDS and open a sender support request.',
      },
    ],
    source: OUTLOOK,
  },
  {
    provider: 'google',
    name: 'Gmail / Google Workspace',
    lists: ['spamhaus-zen', 'spamhaus-dbl'],
    portals: [
      {
        label: 'Google Postmaster Tools',
        url: 'https://postmaster.google.com/',
        note: 'Gmail rates IP and domain reputation itself; see it here.',
      },
      {
        label: 'Gmail sender guidelines',
        url: 'https://support.google.com/mail/answer/81126',
        note: 'What Gmail requires of every sender.',
      },
    ],
    source: 'https://support.google.com/a/answer/3726730',
  },
  {
    provider: 'yahoo',
    name: 'Yahoo / AOL',
    lists: ['spamhaus-zen'],
    portals: [
      {
        label: 'Yahoo Sender Hub',
        url: 'https://senders.yahooinc.com/',
        note: 'Yahoo names Spamhaus in BL21/BL23 bounces; its own blocks go through sender support.',
      },
    ],
    source: 'https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/YahooInc.pm',
  },
  {
    provider: 'apple',
    name: 'Apple iCloud Mail',
    lists: ['spamhaus-zen', 'spamhaus-dbl'],
    portals: [
      PROOFPOINT,
      {
        label: 'Apple postmaster',
        url: 'https://support.apple.com/en-us/102322',
        note: 'iCloud filters with Proofpoint and Spamhaus (SBL, DBL).',
      },
    ],
    source: 'https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Apple.pm',
  },
  {
    provider: 'comcast',
    name: 'Xfinity (Comcast)',
    lists: ['spamhaus-zen', 'senderscore'],
    portals: [
      {
        label: 'Comcast error codes',
        url: 'http://postmaster.comcast.net/mail-error-codes.html',
        note: 'BL000001 = Spamhaus ZEN, BL000010 = Cloudmark CSI, BL000100 = SenderScore.',
      },
    ],
    source: 'http://postmaster.comcast.net/mail-error-codes.html',
  },
  {
    provider: 'orange',
    name: 'Orange / La Poste',
    lists: ['spamhaus-zen', 'senderscore'],
    portals: [],
    source: 'https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/FrancePTT.pm',
  },
  {
    provider: 'att',
    name: 'AT&T',
    lists: [],
    portals: [
      {
        label: 'AT&T blocks',
        url: 'http://att.net/blocks',
        note: 'AT&T runs its own block list; mail abuse_rbl@abuse-att.net with the full bounce.',
      },
    ],
    source:
      'https://www.suped.com/knowledge/email-deliverability/troubleshooting/why-am-i-seeing-increased-email-bounces-at-att',
  },
  {
    provider: 'gmx',
    name: 'GMX / WEB.DE / mail.com',
    lists: [],
    portals: [
      {
        label: 'GMX postmaster',
        url: 'https://postmaster.gmx.com/en/error-messages',
        note: 'Open the case URL from the last line of the bounce.',
      },
    ],
    source: 'https://postmaster.gmx.com/en/error-messages',
  },
  {
    provider: 't-online',
    name: 'T-Online',
    lists: [],
    portals: [
      {
        label: 'T-Online postmaster',
        url: 'mailto:tosa@rx.t-online.de',
        note: 'T-Online blocks unknown senders; ask for a reset and publish an imprint page on the sending host.',
      },
    ],
    source: 'https://www.spamresource.com/2020/06/whoops-t-onlinede-not-accepting-mail.html',
  },
];
