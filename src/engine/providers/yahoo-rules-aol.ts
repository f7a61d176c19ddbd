/** AOL's own short codes (now on Yahoo's platform): RTR:xx, RLY:xx, CON:xx. */
import type { ProviderRule } from './types.ts';

const HOSTCHEETAH = 'http://community.hostcheetah.com/topic/267/aol-postmaster/';
const MAILERFORUM = 'http://www.mailerforum.com/xf/threads/aol-bounces-and-false-positives.3032/';

export const YAHOO_RULES_AOL: ProviderRule<'yahoo'>[] = [
  {
    id: 'yahoo-aol-blocked',
    pattern: /\b(rtr:(?:bb|bg|du|rd))\b/,
    code: '$1',
    reason: 'blocked',
    actor: 'sender-esp',
    meaning: 'AOL refuses connections from this IP (a listing, or dynamic address space).',
    source: HOSTCHEETAH,
    example: '554 RTR:BB http://postmaster.info.aol.com/errors/554rtrbb.html',
  },
  {
    id: 'yahoo-aol-reputation',
    pattern: /\b(rly:b1|rtr:ch)\b/,
    code: '$1',
    reason: 'badreputation',
    actor: 'sender-esp',
    meaning:
      'AOL refuses mail from this IP because of its reputation (complaints, spam-like traffic).',
    source: 'http://postmaster-us.info.aol.com/errors/554rlyb1.html',
    example: '554 RLY:B1 http://postmaster.info.aol.com/errors/554rlyb1.html',
  },
  {
    id: 'yahoo-aol-sender',
    pattern: /\b(rly:sn)\b/,
    code: 'RLY:SN',
    reason: 'rejected',
    meaning: 'AOL refuses the sender address.',
    source: MAILERFORUM,
    example: '554 RLY:SN http://postmaster.info.aol.com/errors/554rlysn.html',
  },
  {
    id: 'yahoo-aol-connections',
    pattern: /\b(con:b1)\b/,
    code: 'CON:B1',
    reason: 'toomanyconn',
    actor: 'sender-esp',
    meaning: 'Too many connections from this IP to AOL at once.',
    source: MAILERFORUM,
    example: '421 CON:B1 http://postmaster.info.aol.com/errors/421conb1.html',
  },
];
