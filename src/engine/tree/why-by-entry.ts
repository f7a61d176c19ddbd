/**
 * Why a check matters, in sharper words than the check's own (checks/registry.ts) where the entry
 * the walk started from says more; "{provider}" is the receiving provider's name. Keyed by
 * entry id: the validator rejects a key that names no entry and a check that is not one.
 */
import type { CheckId } from '../checks/types.ts';
import type { EntryId } from './types.ts';

export const WHY_BY_ENTRY: Record<EntryId, Partial<Record<CheckId, string>>> = {
  'microsoft-dbeb': {
    address:
      '{provider} said its directory has no mailbox for this address (AS(201806281)): the check shows whether the domain really is hosted there and the address is well-formed.',
  },
  'gmail-auth': {
    spf: '{provider} refused the message because it could not authenticate it: SPF is one of the two ways to pass.',
    dkim: '{provider} requires SPF or DKIM to pass; a valid DKIM signature alone would have let this message in.',
    dmarc:
      '{provider} checks that SPF or DKIM aligns with your From domain, and applies your DMARC policy when neither does.',
    'bulk-sender':
      'Since 2024 {provider} requires aligned authentication, DMARC and one-click unsubscribe of bulk senders.',
  },
  auth: {
    spf: 'The receiver reported an authentication failure; SPF is the first thing it checks.',
  },
  reputation: {
    blocklists:
      '{provider} refused the sending server; a listing on a blocklist it uses is the usual reason.',
    'reverse-dns':
      'Servers without matching reverse DNS are refused or scored down by most receivers.',
  },
  tls: {
    'tls-policy':
      'The recipient domain’s MTA-STS policy says whether it requires encrypted delivery, to which servers and in what mode.',
    address: 'The recipient domain’s mail servers are the ones your server must reach over TLS.',
  },
  'gmail-tls': {
    'tls-policy':
      '{provider} requires TLS; the recipient domain’s policy says which servers and what mode.',
  },
  spam: {
    content:
      'The receiver judged the content to be spam; what it saw in the message is the first thing to check.',
  },
  format: { content: 'The receiver said the message is malformed; this check finds how.' },
  policy: {
    content: 'The receiver refused something in the message; attachments are the usual cause.',
  },
  size: {
    content:
      'The receiver said the message is too big; this compares it with the provider’s limit.',
  },
  network: {
    address: 'If the recipient domain has no working mail servers, delivery cannot succeed.',
  },
};
