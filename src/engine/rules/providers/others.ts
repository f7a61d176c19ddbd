/** Other mailbox providers with their own codes or wording. */
import type { ProviderFamily } from './types.ts';

const SISIMAI = 'https://github.com/sisimai/p5-sisimai/tree/master/lib/Sisimai/Rhost';

export const GMX: ProviderFamily = {
  id: 'gmx',
  name: 'GMX / WEB.DE / 1&1 (United Internet)',
  hosts:
    /(?:\.|^)(?:gmx\.net|gmx\.de|gmx\.com|web\.de|mail\.com|1and1\.com|1und1\.de|kundenserver\.de|ionos\.com)$/,
  domains: /^(?:gmx\.(?:de|net|at|ch|com)|web\.de|mail\.com)$/,
  signature: /postmaster\.gmx\.net|postmaster\.web\.de|nemesis esmtp|postmaster\.1and1\.com/,
  rules: [
    {
      pattern: /bad dns ptr|ptr resource record/,
      code: 'PTR',
      reason: 'requireptr',
      actor: 'sender-esp',
      meaning: 'The sending IP has no valid PTR record.',
      source: 'https://postmaster.gmx.net/en/error-messages',
    },
    {
      pattern: /ip address is block ?listed|nemesis esmtp service not available/,
      code: 'IP blocked',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning: 'The sending IP is on the block list of GMX/WEB.DE.',
      source: 'https://postmaster.gmx.net/en/error-messages',
    },
    {
      pattern: /reject due to spf policy/,
      code: 'SPF',
      reason: 'authfailure',
      meaning: 'SPF failed.',
      source: 'https://postmaster.gmx.net/en/error-messages',
    },
    {
      pattern: /speichervolumen|over quota/,
      code: 'quota',
      reason: 'mailboxfull',
      meaning: 'The mailbox is over quota.',
      source: 'https://postmaster.gmx.net/en/error-messages',
    },
    {
      pattern: /user is inactive/,
      code: '5.2.1',
      reason: 'suspend',
      meaning: 'The mailbox is inactive.',
      source: 'https://postmaster.gmx.net/en/error-messages',
    },
  ],
};

export const TENCENT: ProviderFamily = {
  id: 'tencent',
  name: 'Tencent QQ Mail',
  hosts: /(?:\.|^)(?:qq\.com|exmail\.qq\.com|foxmail\.com)$/,
  domains: /^(?:qq|foxmail)\.com$/,
  signature: /service\.mail\.qq\.com/,
  rules: [
    {
      pattern: /connection frequency limited|frequency limited/,
      code: 'frequency',
      reason: 'toomanyconn',
      actor: 'sender-esp',
      meaning: 'Too many connections from this IP.',
      source: SISIMAI,
    },
    {
      pattern: /ip frequency limited|\bip .{0,20}frequency/,
      code: 'IP frequency',
      reason: 'speeding',
      actor: 'sender-esp',
      meaning: 'Too much mail from this IP.',
      source: SISIMAI,
    },
    {
      pattern: /dmarc check failed/,
      code: 'DMARC',
      reason: 'authfailure',
      meaning: 'DMARC check failed.',
      source: SISIMAI,
    },
    {
      pattern: /mailbox unavailable or access denied|mailbox not found/,
      code: '550',
      reason: 'userunknown',
      meaning: 'The mailbox does not exist.',
      source: SISIMAI,
    },
  ],
};

export const FACEBOOK: ProviderFamily = {
  id: 'facebook',
  name: 'Facebook',
  hosts: /(?:\.|^)(?:facebook\.com|fb\.com|facebookmail\.com)$/,
  signature: /postmaster\.facebook\.com/,
  rules: [
    {
      pattern: /\b(rcp-p[12])\b|recipient preferences/,
      code: '$1',
      reason: 'filtered',
      actor: 'recipient',
      meaning: 'Refused because of the recipient’s preferences.',
      source: 'http://postmaster.facebook.com/response_codes',
    },
    {
      pattern: /\b(rcp-t[1-4])\b/,
      code: '$1',
      reason: 'speeding',
      actor: 'sender-esp',
      meaning: 'Temporarily refused (rate).',
      source: 'http://postmaster.facebook.com/response_codes',
    },
    {
      pattern: /\b(int-p[12])\b/,
      code: '$1',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning: 'Refused because of the sending IP.',
      source: 'http://postmaster.facebook.com/response_codes',
    },
  ],
};

export const NTT_DOCOMO: ProviderFamily = {
  id: 'docomo',
  name: 'NTT docomo',
  hosts: /(?:\.|^)docomo\.ne\.jp$/,
  domains: /^docomo\.ne\.jp$/,
  rules: [
    // docomo answers "550 Unknown user" at the end of DATA when its own filter refuses the sender.
    {
      pattern: /unknown user/,
      code: '550 Unknown user',
      reason: 'rejected',
      actor: 'recipient',
      meaning:
        'docomo refused the message after DATA; this usually means the recipient’s reception settings refuse your address or domain, not that the address is unknown.',
      source: SISIMAI,
    },
  ],
};

export const KDDI: ProviderFamily = {
  id: 'kddi',
  name: 'KDDI au (ezweb.ne.jp, au.com)',
  hosts: /(?:\.|^)(?:ezweb\.ne\.jp|au\.com|kddi\.com|dion\.ne\.jp)$/,
  domains: /^(?:ezweb\.ne\.jp|au\.com|[a-z0-9.]*\.dion\.ne\.jp)$/,
  rules: [],
};

export const ZOHO: ProviderFamily = {
  id: 'zoho',
  name: 'Zoho Mail',
  hosts: /(?:\.|^)(?:zoho\.com|zoho\.eu|zohomail\.com|zeptomail\.com)$/,
  rules: [
    {
      pattern: /mail rejected by destination domain/,
      code: '5.4.1',
      reason: 'filtered',
      actor: 'recipient-admin',
      meaning: 'The recipient domain’s filter rejected the message.',
      source: 'https://www.zoho.com/mail/help/',
    },
    {
      pattern: /virus .{0,60}detected/,
      code: '5.7.1',
      reason: 'virusdetected',
      meaning: 'A virus was detected.',
      source: 'https://www.zoho.com/mail/help/',
    },
  ],
};

export const MAILRU_YANDEX: ProviderFamily = {
  id: 'mailru',
  name: 'Mail.ru / Yandex',
  hosts: /(?:\.|^)(?:mail\.ru|yandex\.(?:ru|net|com)|list\.ru|bk\.ru|inbox\.ru)$/,
  domains: /^(?:mail|list|bk|inbox)\.ru$|^yandex\.(?:ru|com)$/,
  signature: /help\.mail\.ru|yandex/,
  rules: [
    {
      pattern: /spam message rejected|suspicion of spam/,
      code: 'spam',
      reason: 'spamdetected',
      meaning: 'The message was classified as spam.',
      source: 'http://help.mail.ru/notspam-support/',
    },
    {
      pattern: /dynamic ips?/,
      code: 'dynamic IP',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning: 'Mail from dynamic IPs is not accepted.',
      source: 'http://help.mail.ru/notspam-support/',
    },
  ],
};
