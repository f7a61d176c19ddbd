/**
 * Why each check matters, for this bounce: a default per check, and sharper words where the
 * entry the tree started from says more ("{provider}" is the receiving provider's name).
 */
import type { CheckId } from '../checks/types.ts';

export const WHY: Record<CheckId, string> = {
  address:
    'If the address or its domain is wrong, nothing you fix on your side gets the message through.',
  spf: 'SPF tells receivers which servers may send for your domain; mail from a server it does not list fails.',
  dkim: 'A DKIM signature proves the message came from your domain unchanged; without a valid key it fails.',
  dmarc: 'DMARC tells receivers what to do when SPF and DKIM do not align with your From domain.',
  'reverse-dns': 'Receivers distrust servers whose IP has no host name pointing back to it.',
  blocklists: 'Receivers refuse mail from IPs and domains on the blocklists they use.',
  'tls-policy':
    'The recipient domain may require encrypted delivery; its policy says what your server must do.',
  'bulk-sender':
    'Big providers hold bulk senders to extra rules; missing one is reason enough to refuse.',
  content:
    'Receivers refuse messages that are malformed, too big, or carry blocked files or links.',
};

export const WHY_BY_ENTRY: Record<string, Partial<Record<CheckId, string>>> = {
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
      'The receiver requires encrypted delivery; its MTA-STS policy says which servers and what mode.',
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

export function whyText(check: CheckId, entry: string, provider: string | undefined): string {
  const text = WHY_BY_ENTRY[entry]?.[check] ?? WHY[check];
  return text.replaceAll('{provider}', provider ?? 'The receiver');
}
