/** Yahoo, AOL and the Yahoo Inc. platform (also AT&T consumer mail since 2025). */
import { YAHOO_BULK_SENDER } from './yahoo-bulk-sender.ts';
import { YAHOO_RULES } from './yahoo-rules.ts';
import { YAHOO_RULES_AOL } from './yahoo-rules-aol.ts';
import { YAHOO_BEST_PRACTICES, YAHOO_ERRORS } from './sources.ts';
import type { ProviderFamily } from './types.ts';

const AOL = 'http://postmaster-us.info.aol.com/errors/554rlyb1.html';

export const YAHOO: ProviderFamily<'yahoo'> = {
  id: 'yahoo',
  name: 'Yahoo / AOL',
  hosts: [
    'yahoo.com',
    'yahoodns.net',
    'yahoo.co.jp',
    'aol.com',
    'aim.com',
    'verizon.net',
    'yahoo.net',
  ],
  mx: [
    {
      key: 'yahoo',
      name: 'Yahoo Mail (also AOL, AT&T)',
      kind: 'mailbox',
      suffixes: ['yahoodns.net'],
      source: 'https://bentonow.com/smtp-errors/yahoo',
    },
  ],
  domains:
    /^(?:yahoo|ymail|rocketmail|aol|aim|verizon)\.(?:com|net|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/,
  mailboxDomains: [
    { domain: 'yahoo.com', brand: 'Yahoo Mail', source: YAHOO_BEST_PRACTICES },
    { domain: 'aol.com', brand: 'AOL Mail (Yahoo)', source: YAHOO_BEST_PRACTICES },
    { domain: 'yahoo.co.uk', brand: 'Yahoo Mail', source: YAHOO_BEST_PRACTICES },
    { domain: 'ymail.com', brand: 'Yahoo Mail', source: YAHOO_BEST_PRACTICES },
    { domain: 'rocketmail.com', brand: 'Yahoo Mail', source: YAHOO_BEST_PRACTICES },
    { domain: 'yahoo.fr', brand: 'Yahoo Mail', source: YAHOO_BEST_PRACTICES },
  ],
  signs: [
    {
      pattern: /\[(?:ip)?tss?\d\d\]|\[ph01\]|\[bl2[13]\]|\b4\.16\.5\d(?:\.1)?\b/,
      source: YAHOO_ERRORS,
    },
    {
      pattern:
        /postmaster\.(?:verizonmedia|yahooinc|yahoo)\.com|senders\.yahooinc\.com|help\.yahoo\.com\/kb\/postmaster|\.yahoodns\.net\b/,
      source: YAHOO_ERRORS,
    },
    { pattern: /delivery error: dd |yahoo requires all senders/, source: YAHOO_ERRORS },
    // AOL's own codes (RTR:DU, RLY:B1, CON:B1) and postmaster pages.
    {
      pattern: /postmaster(?:-us)?\.info\.aol\.com|\b(?:rtr|rly|con|dyn):[a-z0-9]{2}\b/,
      source: AOL,
    },
  ],
  rules: [...YAHOO_RULES, ...YAHOO_RULES_AOL],
  blocklists: {
    lists: ['spamhaus-zen'],
    portals: [
      {
        label: 'Yahoo Sender Hub',
        url: 'https://senders.yahooinc.com/',
        note: 'Yahoo names Spamhaus in BL21/BL23 bounces; its own blocks go through sender support.',
      },
    ],
    source: YAHOO_ERRORS,
  },
  bulkSender: YAHOO_BULK_SENDER,
};
