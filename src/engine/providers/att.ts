/** AT&T (att.net, sbcglobal.net, bellsouth.net ...); consumer mail moved to Yahoo's MX in 2025. */
import { fieldManual } from './sources.ts';
import type { ProviderFamily } from './types.ts';

const BLOCKS = 'http://worldnet.att.net/general-info/bls_info/block_enduser.html';
const YAHOO_MOVE = 'https://bentonow.com/smtp-errors/yahoo';

export const ATT: ProviderFamily<'att'> = {
  id: 'att',
  name: 'AT&T',
  hosts: ['att.net', 'sbcglobal.net', 'bellsouth.net', 'prodigy.net'],
  domains: /^(?:att|sbcglobal|bellsouth|pacbell|swbell|flash|ameritech|prodigy)\.net$/,
  mailboxDomains: [
    { domain: 'att.net', brand: 'AT&T (Yahoo)', source: YAHOO_MOVE },
    { domain: 'sbcglobal.net', brand: 'AT&T (Yahoo)', source: YAHOO_MOVE },
  ],
  signs: [
    {
      pattern:
        /att\.net\/blocks|dnsbl:attrbl|\bflp[dh]\d+|ldap:ou=rblmx|bellsouth\.net requires|abuse_rbl@abuse-att\.net/,
      source: BLOCKS,
    },
  ],
  rules: [
    {
      id: 'att-blocked',
      pattern: /dnsbl:(?:rbl|attrbl)|\bflpd\d+|blocked by ldap:ou=rblmx|blocked for abuse/,
      code: 'DNSBL:RBL',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning: 'The sending IP is on AT&T’s block list.',
      source:
        'https://www.suped.com/knowledge/email-deliverability/troubleshooting/why-am-i-seeing-increased-email-bounces-at-att',
      example:
        '553 5.3.0 flpd576 DNSBL:RBL 521< 192.0.2.45 >_is_blocked.For assistance forward this error to abuse_rbl@abuse-att.net',
    },
    {
      id: 'att-reverse-dns',
      pattern:
        /servers without a valid sender domain|failure in dns look-?up|requires valid sender domain/,
      code: '550 5.7.1',
      reason: 'requireptr',
      actor: 'sender-esp',
      meaning: 'The sending IP’s reverse DNS is missing or invalid.',
      source: fieldManual(550, 252),
      example:
        '550 5.7.1 Connections not accepted from servers without a valid sender domain.flph829 Fix reverse DNS for 192.0.2.45',
    },
    {
      id: 'att-suspended',
      pattern: /\[suspend\] mailbox currently suspended/,
      code: 'suspend',
      reason: 'suspend',
      meaning: 'The mailbox is suspended.',
      source: BLOCKS,
      example:
        '<bob@bellsouth.net>: host mx00.bellsouth.net[192.0.2.9] said: 550 [SUSPEND] Mailbox currently suspended--Please contact correspondent directly. (in reply to RCPT TO command)',
    },
  ],
  blocklists: {
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
};
