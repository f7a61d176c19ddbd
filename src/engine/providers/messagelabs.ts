/**
 * Broadcom (Symantec) Email Security.cloud, formerly MessageLabs. Its own notices relay the
 * receiving server's refusal ("This is the mail delivery agent at messagelabs.com"), so most of
 * what it reports is the other server's wording.
 */
import type { ProviderFamily } from './types.ts';

const RETURNED =
  'https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html';
const CODES =
  'https://knowledge.broadcom.com/external/article/169925/common-external-spam-filtering-error-cod.html';

export const MESSAGELABS: ProviderFamily<'messagelabs'> = {
  id: 'messagelabs',
  name: 'Broadcom MessageLabs (Symantec Email Security.cloud)',
  hosts: ['messagelabs.com'],
  mx: [
    {
      key: 'messagelabs',
      name: 'Symantec Email Security.cloud (MessageLabs)',
      kind: 'gateway',
      suffixes: ['messagelabs.com'],
      source: CODES,
      observed: true,
    },
  ],
  signs: [
    { pattern: /messagelabs|\[internal\] exceeded max time without delivery/, source: RETURNED },
  ],
  rules: [
    {
      id: 'messagelabs-expired',
      pattern: /\[internal\] exceeded max time without delivery/,
      code: '5.4.7',
      reason: 'expired',
      meaning:
        'Email Security.cloud accepted the message but could not deliver it before giving up.',
      source: RETURNED,
      example: '554 5.4.7 [internal] exceeded max time without delivery',
    },
  ],
};
