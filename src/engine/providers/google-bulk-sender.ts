/**
 * Gmail sender guidelines, enforced from 2024-02-01. Read from dated snapshots (Google 2026-03)
 * via ../shared/knowledge/auth-facts.md. Status codes: https://support.google.com/a/answer/3726730
 */
import type { ProviderRules } from '../checks/bulk-sender/requirement.ts';

const GUIDELINES = 'https://support.google.com/mail/answer/81126';
const FAQ = 'https://support.google.com/a/answer/14229414';

export const GMAIL_BULK_SENDER: ProviderRules = {
  id: 'google',
  name: 'Gmail',
  bulkThreshold:
    'about 5,000 or more messages a day to personal Gmail accounts from one primary domain (subdomains count together; the status is permanent)',
  since: '2024-02-01',
  appliesTo: [
    { pattern: /^gmail\.com$/, source: GUIDELINES },
    { pattern: /^googlemail\.com$/, source: 'observed' },
  ],
  requirements: [
    {
      id: 'gmail-all-auth',
      tier: 'all',
      need: 'spf-or-dkim',
      text: 'Set up SPF or DKIM for your sending domain.',
      source: GUIDELINES,
      codes: ['4.7.26', '5.7.26'],
    },
    {
      id: 'gmail-all-ptr',
      tier: 'all',
      need: 'reverse-dns',
      text: 'Sending IPs need forward and reverse DNS (PTR) that match.',
      source: GUIDELINES,
      codes: ['4.7.23', '5.7.25'],
    },
    {
      id: 'gmail-all-tls',
      tier: 'all',
      need: 'tls',
      text: 'Use a TLS connection to send.',
      source: GUIDELINES,
      codes: ['4.7.29', '5.7.29'],
    },
    {
      id: 'gmail-all-spam',
      tier: 'all',
      need: 'spam-rate',
      text: 'Keep the spam rate in Postmaster Tools below 0.3%.',
      source: GUIDELINES,
    },
    {
      id: 'gmail-all-format',
      tier: 'all',
      need: 'rfc5322',
      text: 'Format messages per RFC 5322.',
      source: GUIDELINES,
    },
    {
      id: 'gmail-all-spoof',
      tier: 'all',
      need: 'from-not-provider-domain',
      text: 'Do not put a gmail.com address in From when sending through other servers.',
      source: GUIDELINES,
    },
    {
      id: 'gmail-bulk-auth',
      tier: 'bulk',
      need: 'spf-and-dkim',
      text: 'Set up both SPF and DKIM.',
      source: GUIDELINES,
      codes: ['5.7.27', '5.7.30'],
    },
    {
      id: 'gmail-bulk-dmarc',
      tier: 'bulk',
      need: 'dmarc-record',
      text: 'Publish a DMARC record; p=none is enough.',
      source: GUIDELINES,
      codes: ['4.7.40', '5.7.40'],
    },
    {
      id: 'gmail-bulk-align',
      tier: 'bulk',
      need: 'dmarc-aligned',
      text: 'The From domain must align with the SPF or the DKIM domain (relaxed alignment is fine).',
      source: GUIDELINES,
      codes: ['4.7.32', '5.7.32'],
    },
    {
      id: 'gmail-bulk-unsub',
      tier: 'bulk',
      need: 'one-click-unsubscribe',
      text: 'Marketing mail needs one-click unsubscribe (RFC 8058) and a visible unsubscribe link; honour requests within 48 hours.',
      source: GUIDELINES,
    },
    {
      id: 'gmail-bulk-spam',
      tier: 'bulk',
      need: 'spam-rate',
      text: 'Keep the spam rate below 0.1% and never at 0.3% or more.',
      source: FAQ,
    },
  ],
};
