/**
 * Yahoo sender best practices (from Q1 2024). Read from a dated snapshot (Yahoo 2025-04) via
 * ../shared/knowledge/auth-facts.md.
 */
import type { ProviderRules } from '../checks/bulk-sender/requirement.ts';

const BEST_PRACTICES = 'https://senders.yahooinc.com/best-practices/';

export const YAHOO_BULK_SENDER: ProviderRules = {
  id: 'yahoo',
  name: 'Yahoo',
  bulkThreshold: 'senders of large volumes to Yahoo Mail (Yahoo publishes no exact number)',
  since: '2024-02',
  appliesTo: [
    { pattern: /^yahoo\.com$/, source: BEST_PRACTICES },
    {
      pattern:
        /^(?:yahoo\.(?:[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})|ymail\.com|rocketmail\.com|aol\.com)$/,
      source: 'observed',
    },
  ],
  requirements: [
    {
      id: 'yahoo-all-auth',
      tier: 'all',
      need: 'spf-or-dkim',
      text: 'Authenticate with SPF or DKIM.',
      source: BEST_PRACTICES,
    },
    {
      id: 'yahoo-all-ptr',
      tier: 'all',
      need: 'reverse-dns',
      text: 'Sending IPs need valid forward and reverse DNS.',
      source: BEST_PRACTICES,
    },
    {
      id: 'yahoo-all-spam',
      tier: 'all',
      need: 'spam-rate',
      text: 'Keep the spam complaint rate below 0.3%.',
      source: BEST_PRACTICES,
    },
    {
      id: 'yahoo-all-format',
      tier: 'all',
      need: 'rfc5322',
      text: 'Comply with RFC 5321 and RFC 5322.',
      source: BEST_PRACTICES,
    },
    {
      id: 'yahoo-bulk-auth',
      tier: 'bulk',
      need: 'spf-and-dkim',
      text: 'Authenticate with both SPF and DKIM.',
      source: BEST_PRACTICES,
    },
    {
      id: 'yahoo-bulk-dkim-size',
      tier: 'bulk',
      need: 'dkim-1024',
      text: 'DKIM keys must be at least 1024 bits.',
      source: BEST_PRACTICES,
    },
    {
      id: 'yahoo-bulk-dmarc',
      tier: 'bulk',
      need: 'dmarc-record',
      text: 'Publish a DMARC policy, at least p=none.',
      source: BEST_PRACTICES,
    },
    {
      id: 'yahoo-bulk-align',
      tier: 'bulk',
      need: 'dmarc-aligned',
      text: 'Mail must pass DMARC: the From domain aligns with SPF or DKIM (relaxed is fine).',
      source: BEST_PRACTICES,
    },
    {
      id: 'yahoo-bulk-unsub',
      tier: 'bulk',
      need: 'one-click-unsubscribe',
      text: 'One-click unsubscribe (RFC 8058 POST recommended) plus a visible link; honour within 2 days.',
      source: BEST_PRACTICES,
    },
  ],
};
