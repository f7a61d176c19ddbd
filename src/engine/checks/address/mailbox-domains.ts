/**
 * Big consumer mailbox domains: the ones people mistype. Ordered by how often they appear in
 * mail (roughly), so that when a typo is equally close to two of them the more common one wins.
 * The source is where the provider or our knowledge base names the domain as theirs.
 */

export interface MailboxDomain {
  domain: string;
  provider: string;
  source: string;
}

const GOOGLE = 'https://support.google.com/mail/answer/81126';
const MS = 'https://substrate.office.com/ip-domain-management-snds/Postmaster/Troubleshooting';
const YAHOO = 'https://senders.yahooinc.com/best-practices/';
const APPLE = 'https://support.apple.com/en-us/102322';
const UNITED_INTERNET = 'https://postmaster.gmx.com/en/error-messages';
const FRANCE = 'https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/FrancePTT.pm';

export const MAILBOX_DOMAINS: readonly MailboxDomain[] = [
  { domain: 'gmail.com', provider: 'Gmail', source: GOOGLE },
  { domain: 'yahoo.com', provider: 'Yahoo Mail', source: YAHOO },
  { domain: 'hotmail.com', provider: 'Outlook.com', source: MS },
  { domain: 'outlook.com', provider: 'Outlook.com', source: MS },
  { domain: 'icloud.com', provider: 'iCloud Mail', source: APPLE },
  { domain: 'aol.com', provider: 'AOL Mail (Yahoo)', source: YAHOO },
  { domain: 'live.com', provider: 'Outlook.com', source: MS },
  { domain: 'msn.com', provider: 'Outlook.com', source: MS },
  { domain: 'googlemail.com', provider: 'Gmail', source: GOOGLE },
  { domain: 'hotmail.co.uk', provider: 'Outlook.com', source: MS },
  { domain: 'yahoo.co.uk', provider: 'Yahoo Mail', source: YAHOO },
  { domain: 'me.com', provider: 'iCloud Mail', source: APPLE },
  { domain: 'mac.com', provider: 'iCloud Mail', source: APPLE },
  { domain: 'ymail.com', provider: 'Yahoo Mail', source: YAHOO },
  { domain: 'rocketmail.com', provider: 'Yahoo Mail', source: YAHOO },
  { domain: 'gmx.de', provider: 'GMX', source: UNITED_INTERNET },
  { domain: 'gmx.net', provider: 'GMX', source: UNITED_INTERNET },
  { domain: 'gmx.com', provider: 'GMX', source: UNITED_INTERNET },
  { domain: 'web.de', provider: 'WEB.DE', source: UNITED_INTERNET },
  { domain: 'mail.com', provider: 'mail.com', source: UNITED_INTERNET },
  {
    domain: 't-online.de',
    provider: 'T-Online',
    source: 'https://www.spamresource.com/2020/06/whoops-t-onlinede-not-accepting-mail.html',
  },
  { domain: 'orange.fr', provider: 'Orange', source: FRANCE },
  { domain: 'wanadoo.fr', provider: 'Orange', source: FRANCE },
  { domain: 'laposte.net', provider: 'La Poste', source: FRANCE },
  { domain: 'free.fr', provider: 'Free', source: 'https://www.free.fr/' },
  { domain: 'sfr.fr', provider: 'SFR', source: 'https://www.sfr.fr/' },
  { domain: 'hotmail.fr', provider: 'Outlook.com', source: MS },
  { domain: 'yahoo.fr', provider: 'Yahoo Mail', source: YAHOO },
  { domain: 'libero.it', provider: 'Libero Mail', source: 'https://www.libero.it/' },
  {
    domain: 'comcast.net',
    provider: 'Xfinity (Comcast)',
    source: 'http://postmaster.comcast.net/mail-error-codes.html',
  },
  { domain: 'att.net', provider: 'AT&T (Yahoo)', source: 'https://bentonow.com/smtp-errors/yahoo' },
  {
    domain: 'sbcglobal.net',
    provider: 'AT&T (Yahoo)',
    source: 'https://bentonow.com/smtp-errors/yahoo',
  },
  {
    domain: 'yandex.ru',
    provider: 'Yandex Mail',
    source: 'https://yandex.com/support/mail/bounces/other.html',
  },
  {
    domain: 'mail.ru',
    provider: 'Mail.ru',
    source: 'https://errorsmaster.ru/oshibka-550-spam-message-rejected',
  },
  { domain: 'protonmail.com', provider: 'Proton Mail', source: 'https://proton.me/mail' },
  { domain: 'proton.me', provider: 'Proton Mail', source: 'https://proton.me/mail' },
  {
    domain: 'zoho.com',
    provider: 'Zoho Mail',
    source: 'https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html',
  },
];

/**
 * Real, unrelated domains that sit within typo distance of a big one and must never be
 * "corrected" (they are mailbox domains of their own or well-known businesses).
 */
export const LOOKALIKES_IN_USE: readonly string[] = [
  'email.com',
  'gmx.at',
  'gmx.ch',
  'hotmail.de',
  'hotmail.it',
  'hotmail.es',
  'outlook.de',
  'outlook.fr',
  'yahoo.de',
  'yahoo.ca',
  'yahoo.es',
  'yahoo.it',
  'live.de',
  'live.fr',
  'live.ca',
  'aim.com',
  'mail.de',
];

/**
 * Top-level-domain slips: what fingers type instead of the right TLD (".con" for ".com").
 * Deliberately only slips, never other real country codes such as .ca or .ch.
 */
export const TLD_SLIPS: Readonly<Record<string, readonly string[]>> = {
  com: [
    'con',
    'cmo',
    'ocm',
    'om',
    'cm',
    'co',
    'comm',
    'coom',
    'vom',
    'xom',
    'cpm',
    'clm',
    'cim',
    'c0m',
    'ccom',
    'comn',
  ],
  net: ['ner', 'nte', 'nt', 'nett', 'bet', 'met'],
  de: ['ed', 'dee', 'dr'],
  fr: ['rf', 'ft', 'frr'],
  'co.uk': ['co.k', 'couk', 'co.ukk', 'co.uj', 'cpm.uk', 'com.uk'],
  ru: ['ur', 'rru'],
  it: ['ti', 'itt'],
  me: ['em', 'mee'],
};
