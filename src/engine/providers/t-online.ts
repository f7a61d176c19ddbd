/** T-Online (Deutsche Telekom): refuses unknown sending IPs and names its postmaster address. */
import { mxLookup } from './sources.ts';
import type { ProviderFamily } from './types.ts';

const BL = 'https://www.spamresource.com/2020/06/whoops-t-onlinede-not-accepting-mail.html';

export const T_ONLINE: ProviderFamily<'t-online'> = {
  id: 't-online',
  name: 'T-Online (Deutsche Telekom)',
  hosts: ['t-online.de'],
  mx: [
    {
      key: 't-online',
      name: 'T-Online (Deutsche Telekom)',
      kind: 'mailbox',
      suffixes: ['t-online.de'],
      source: mxLookup('t-online.de'),
      observed: true,
    },
  ],
  domains: /^(?:t-online|magenta)\.de$/,
  mailboxDomains: [{ domain: 't-online.de', brand: 'T-Online', source: BL }],
  signs: [{ pattern: /rx\.t-online\.de|\bt-online\.de\b/, source: BL }],
  rules: [
    {
      id: 't-online-ip-refused',
      pattern: /\((?:bl|nowl)\)|tosa@rx\.t-online\.de/,
      code: 'IP refused',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning:
        'T-Online refuses the sending IP: it is listed, or has no (or a bad) reputation there yet, as new or long-idle IPs do. Ask tosa@rx.t-online.de, with an imprint page on the sending host’s web site.',
      source: BL,
      example:
        '554 IP=192.0.2.45 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)',
    },
  ],
  blocklists: {
    lists: [],
    portals: [
      {
        label: 'T-Online postmaster',
        url: 'mailto:tosa@rx.t-online.de',
        note: 'T-Online blocks unknown senders; ask for a reset and publish an imprint page on the sending host.',
      },
    ],
    source: BL,
  },
};
