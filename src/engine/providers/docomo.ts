/**
 * NTT docomo (Japanese mobile carrier). docomo answers "550 Unknown user" both for an address
 * that does not exist and for mail its subscriber's reception settings refuse.
 */
import type { ProviderFamily } from './types.ts';

const ERROR_MAIL =
  'https://support.ntt.com/mail/faq/detail/pid2300000e64?themeDId=309&themeSubDId=271';

export const DOCOMO: ProviderFamily<'docomo'> = {
  id: 'docomo',
  name: 'NTT docomo',
  hosts: ['docomo.ne.jp'],
  domains: /^docomo\.ne\.jp$/,
  rules: [
    // After DATA the address was already accepted: the refusal is the recipient's filter.
    {
      id: 'docomo-reception-refused',
      pattern: /unknown user/,
      code: '550 Unknown user',
      reason: 'rejected',
      actor: 'recipient',
      commands: ['DATA'],
      meaning:
        'docomo refused the message after DATA; this usually means the recipient’s reception settings (anti-spam filter) refuse your address or domain, not that the address is unknown.',
      source: ERROR_MAIL,
      example:
        'host mfsmax.docomo.ne.jp[203.138.181.240] said: 550 Unknown user bob@docomo.ne.jp (in reply to end of DATA command)',
      alternatives: [
        {
          reason: 'userunknown',
          why: 'docomo gives the same answer when the address does not exist.',
          settleBy: 'address',
        },
      ],
    },
  ],
};
