/** Orange, Wanadoo and La Poste (France): codes OFRnnn_nnn / LPNnnn_nnn. */
import type { ProviderFamily } from './types.ts';

const ORANGE = 'https://postmaster.orange.fr/';
const SISIMAI = 'https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/FrancePTT.pm';

export const ORANGE_FR: ProviderFamily = {
  id: 'orange',
  name: 'Orange / La Poste',
  hosts: /(?:\.|^)(?:orange\.fr|wanadoo\.fr|laposte\.net|francetelecom\.fr|orange\.com)$/,
  domains: /^(?:orange|wanadoo|laposte|voila)\.(?:fr|net)$/,
  signature: /\b(?:ofr|lpn)\d{0,3}_\d{3}\b/,
  rules: [
    {
      pattern: /\b((?:ofr|lpn)\d{0,3}_416)\b|\blpn416\b/,
      code: '$1',
      reason: 'userunknown',
      meaning: 'Invalid recipient.',
      source: SISIMAI,
    },
    {
      pattern: /\b((?:ofr|lpn)\d{0,3}_417)\b/,
      code: '$1',
      reason: 'mailboxfull',
      meaning: 'The recipient mailbox is over quota.',
      source: SISIMAI,
    },
    {
      pattern: /\b(lpn\d{3}_42[06])\b/,
      code: '$1',
      reason: 'suspend',
      meaning: 'The recipient mailbox is archived or blocked.',
      source: SISIMAI,
    },
    {
      pattern: /\b((?:ofr|lpn)\d{0,3}_10[1-8]|ofr_999)\b/,
      code: '$1',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning:
        'The source IP is blocked (spam reputation, Cloudmark or Spamhaus) or the service is refused.',
      source: ORANGE,
    },
    {
      pattern: /\b((?:ofr|lpn)\d{0,3}_104)\b/,
      code: '$1',
      reason: 'toomanyconn',
      actor: 'sender-esp',
      meaning: 'Too many connections.',
      source: SISIMAI,
    },
    {
      pattern: /\b(lpn\d{3}_401)\b|emetteur invalide/,
      code: 'LPN004_401',
      reason: 'authfailure',
      meaning: 'SPF does not allow the sending IP.',
      source: SISIMAI,
    },
    {
      pattern: /\b(lpn\d{3}_517)\b/,
      code: '$1',
      reason: 'authfailure',
      meaning: 'DMARC verification failed.',
      source: SISIMAI,
    },
    {
      pattern: /\b((?:ofr|lpn)\d{0,3}_40[5-9]|ofr_415)\b/,
      code: '$1',
      reason: 'rejected',
      meaning: 'Invalid sender.',
      source: SISIMAI,
    },
    {
      pattern: /\b((?:ofr|lpn)\d{0,3}_506)\b/,
      code: '$1',
      reason: 'spamdetected',
      meaning: 'The message was rejected as spam.',
      source: SISIMAI,
    },
    {
      pattern: /\b((?:ofr|lpn)\d{0,3}_505)\b/,
      code: '$1',
      reason: 'systemerror',
      meaning: 'Service refused at the end of DATA (temporary).',
      source: SISIMAI,
    },
    {
      pattern: /\b(lpn\d{3}_630)\b/,
      code: '$1',
      reason: 'policyviolation',
      meaning: 'Client host rejected by La Poste policy.',
      source: SISIMAI,
    },
    {
      pattern: /\b(ofr_305)\b/,
      code: '$1',
      reason: 'securityerror',
      meaning: 'Invalid authentication.',
      source: SISIMAI,
    },
    {
      pattern: /taille limite du message atteinte/,
      code: '514',
      reason: 'mesgtoobig',
      meaning: 'The message size limit was reached.',
      source: SISIMAI,
    },
  ],
};
