/** Barracuda Email Security (a gateway) and its Reputation Block List. */
import type { ProviderFamily } from './types.ts';

const BRBL = 'http://www.barracudacentral.org/rbl/how-to-use';

export const BARRACUDA: ProviderFamily<'barracuda'> = {
  id: 'barracuda',
  name: 'Barracuda',
  hosts: ['barracudanetworks.com', 'barracuda.com', 'cudamail.com'],
  mx: [
    {
      key: 'barracuda',
      name: 'Barracuda Email Protection',
      kind: 'gateway',
      // d<id>.ess.barracudanetworks.com, <region>.ess.barracuda.com
      suffixes: ['barracudanetworks.com', 'barracuda.com'],
      source: BRBL,
      observed: true,
    },
  ],
  signs: [{ pattern: /barracuda|cuda_nsu/, source: BRBL }],
  rules: [
    {
      id: 'barracuda-brbl',
      pattern: /barracuda reputation|barracudacentral/,
      code: 'BRBL',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning: 'The sending IP is on the Barracuda Reputation Block List.',
      source: 'https://luxsci.com/blog/?p=16857',
      example:
        '554 Service unavailable; Client host [mail.example.com] blocked using Barracuda Reputation; http://bbl.barracudacentral.com/q.cgi?ip=192.0.2.45',
    },
    {
      id: 'barracuda-user-unknown',
      pattern: /cuda_nsu/,
      code: 'cuda_nsu',
      reason: 'userunknown',
      meaning: 'The recipient is unknown.',
      source: 'https://smtp.codes/550',
      example:
        '550 cuda_nsu 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual alias table',
    },
    {
      id: 'barracuda-spoofed',
      pattern: /rejecting spoofed message/,
      code: 'spoofed',
      reason: 'policyviolation',
      meaning: 'The message looks like brand impersonation.',
      source: 'https://smtp.codes/550',
      example:
        '<bob@example.org>: host d123456a.ess.barracudanetworks.com[209.222.82.1] said: 550 permanent failure for one or more recipients (bob@example.org:rejecting spoofed message) (in reply to end of DATA command)',
    },
  ],
  blocklists: {
    lists: ['barracuda-brbl'],
    portals: [
      {
        label: 'Barracuda lookup',
        url: 'https://www.barracudacentral.org/lookups',
        note: 'Barracuda gateways block on BRBL; look up and request removal here.',
      },
    ],
    source: BRBL,
  },
};
