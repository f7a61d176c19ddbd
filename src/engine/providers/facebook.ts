/** Facebook's mail servers (facebook.com, facebookmail.com): codes from its postmaster page. */
import type { ProviderFamily } from './types.ts';

const CODES = 'http://postmaster.facebook.com/response_codes';

export const FACEBOOK: ProviderFamily<'facebook'> = {
  id: 'facebook',
  name: 'Facebook',
  hosts: ['facebook.com', 'fb.com', 'facebookmail.com'],
  signs: [{ pattern: /postmaster\.facebook\.com|facebook\.com\/postmaster/, source: CODES }],
  rules: [
    {
      id: 'facebook-no-recipient',
      pattern: /\b(rcp-p1|int-p[134])\b/,
      code: '$1',
      reason: 'userunknown',
      meaning: 'The recipient address does not exist.',
      source: CODES,
      example:
        '550 5.1.1 RCP-P1 http://postmaster.facebook.com/response_codes?ip=192.0.2.45#rcp The attempted recipient address does not exist.',
    },
    {
      id: 'facebook-preferences',
      pattern: /\b(rcp-p2)\b|recipient preferences/,
      code: 'RCP-P2',
      reason: 'filtered',
      actor: 'recipient',
      meaning: 'Refused because of the recipient’s preferences.',
      source: CODES,
      example:
        "550 5.7.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.45#rcp The attempted recipient's preferences prevent messages from being delivered.",
    },
    {
      id: 'facebook-recipient-unavailable',
      pattern: /\b(rcp-t1)\b/,
      code: 'RCP-T1',
      reason: 'systemerror',
      meaning:
        'The recipient is temporarily unavailable because of an internal problem at Facebook.',
      source: CODES,
      example:
        '450 4.2.0 RCP-T1 http://postmaster.facebook.com/response_codes?ip=192.0.2.45#rcp The attempted recipient address is not currently available due to an internal system issue.',
    },
    {
      id: 'facebook-too-big',
      pattern: /\b(msg-p1|int-p2)\b/,
      code: '$1',
      reason: 'mesgtoobig',
      meaning: 'The message exceeds Facebook’s maximum size.',
      source: CODES,
      example:
        "552 5.3.4 MSG-P1 http://postmaster.facebook.com/response_codes?ip=192.0.2.45#msg The message exceeds Facebook's maximum allowed size.",
    },
    {
      id: 'facebook-no-ptr',
      pattern: /\b(dns-p3)\b/,
      code: 'DNS-P3',
      reason: 'requireptr',
      actor: 'sender-esp',
      meaning: 'The sending mail server has no reverse DNS record.',
      source: CODES,
      example:
        '550 5.7.1 DNS-P3 http://postmaster.facebook.com/response_codes?ip=192.0.2.45#dns Your mail server does not have a reverse DNS record.',
    },
    {
      id: 'facebook-sender-domain',
      pattern: /\b(dns-p[12])\b/,
      code: '$1',
      reason: 'rejected',
      meaning: 'The MAIL FROM domain does not exist or has no MX record.',
      source: CODES,
      example:
        '550 5.1.8 DNS-P1 http://postmaster.facebook.com/response_codes?ip=192.0.2.45#dns Your SMTP MAIL FROM domain does not exist.',
    },
  ],
};
