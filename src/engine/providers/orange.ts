/** Orange, Wanadoo and La Poste (France): bilingual replies ending in codes OFRnnn_nnn / LPNnnn_nnn. */
import { fieldManual } from './sources.ts';
import type { ProviderFamily } from './types.ts';

const POSTMASTER = 'https://postmaster.orange.fr/';
const LAPOSTE = 'https://bentonow.com/smtp-errors/laposte';
const FM =
  'https://github.com/fm/smtp-codes/blob/f506d3491e380e7538bbe579f69e04482753803e/data/codes';

export const ORANGE: ProviderFamily<'orange'> = {
  id: 'orange',
  name: 'Orange / La Poste',
  hosts: ['orange.fr', 'wanadoo.fr', 'laposte.net', 'francetelecom.fr', 'orange.com'],
  mx: [
    {
      key: 'orange',
      name: 'Orange',
      kind: 'mailbox',
      suffixes: ['orange.fr', 'wanadoo.fr'],
      source: POSTMASTER,
    },
  ],
  domains: /^(?:orange|wanadoo|laposte|voila)\.(?:fr|net)$/,
  mailboxDomains: [
    { domain: 'orange.fr', brand: 'Orange', source: POSTMASTER },
    { domain: 'wanadoo.fr', brand: 'Orange', source: POSTMASTER },
    { domain: 'laposte.net', brand: 'La Poste', source: 'https://www.laposte.net/' },
  ],
  signs: [{ pattern: /\b(?:ofr|lpn)\d{0,3}_\d{3}\b/, source: POSTMASTER }],
  rules: [
    {
      id: 'orange-invalid-recipient',
      pattern: /\b((?:ofr|lpn)\d{0,3}_416)\b|\blpn416\b/,
      code: '$1',
      reason: 'userunknown',
      meaning: 'Invalid recipient.',
      source: fieldManual(550, 479),
      example:
        '550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]',
    },
    {
      id: 'orange-over-quota',
      pattern: /\b((?:ofr|lpn)\d{0,3}_417)\b/,
      code: '$1',
      reason: 'mailboxfull',
      meaning: 'The recipient mailbox is over quota.',
      source: fieldManual(552, 98),
      example: '552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]',
    },
    {
      id: 'orange-ip-blocked',
      pattern: /\b((?:ofr|lpn)\d{0,3}_10[1-8]|ofr_999)\b/,
      code: '$1',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning:
        'The source IP is blocked (spam reputation, Cloudmark or Spamhaus) or the service is refused.',
      source: fieldManual(550, 486),
      example:
        '550 mwinf5c10 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref http://csi.cloudmark.com/reset-request/?ip=192.0.2.45 [102]',
    },
    {
      id: 'orange-invalid-sender',
      pattern: /\b((?:ofr|lpn)\d{0,3}_40[5-9]|ofr_415)\b/,
      code: '$1',
      reason: 'rejected',
      meaning: 'Invalid sender.',
      source:
        'https://github.com/ActiveCampaign/smtp-field-manual/blob/67831a2e3a81cfacd8038a00cb389714a62e9342/data/codes/501.json#L64',
      example: '501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405]',
    },
    {
      id: 'orange-dkim',
      pattern: /\b(lpn\d{3}_402)\b/,
      code: '$1',
      reason: 'authfailure',
      meaning: 'La Poste requires DKIM on the sending domain.',
      source: `${FM}/550.json#L1048`,
      example:
        "550 5.7.20 Message refuse, DKIM n'est pas configure sur votre domaine d'expedition. Message refused, DKIM is not configured on your sending domain. LPN007_402",
    },
    {
      id: 'orange-dmarc',
      pattern: /\b(lpn\d{3}_517)\b/,
      code: '$1',
      reason: 'authfailure',
      meaning: 'The message failed DMARC and the sender domain asks receivers to reject it.',
      source: LAPOSTE,
      example:
        "550 5.7.1 Message refuse, la politique DMARC du domaine d'expedition n'est pas respectee. Message refused, DMARC policy of the sending domain is not respected. LPN007_517",
    },
    {
      id: 'orange-spam',
      pattern: /\b((?:ofr|lpn)\d{0,3}_5(?:06|10))\b/,
      code: '$1',
      reason: 'spamdetected',
      meaning: 'The message was rejected as spam.',
      source: fieldManual(550, 472),
      example: '550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]',
    },
    {
      id: 'orange-too-many-connections',
      pattern: /trop de connexions/,
      code: '421',
      reason: 'toomanyconn',
      actor: 'sender-esp',
      meaning: 'Too many connections from the sending server.',
      source: 'https://bentonow.com/smtp-errors/orange',
      example:
        '<bob@orange.fr>: host smtp-in.orange.fr[193.252.22.65] refused to talk to me: 421 mwinf5c10 ME Trop de connexions, veuillez verifier votre configuration.',
    },
  ],
  blocklists: {
    lists: ['spamhaus-zen', 'senderscore'],
    portals: [],
    source: fieldManual(550, 486),
  },
};
