/**
 * Outlook.com consumer mail (outlook.com, hotmail.com, live.com) requirements for high-volume
 * senders, enforced from 2025-05-05 with "550 5.7.515 Access denied, sending domain [...] does
 * not meet the required authentication level". Read from a dated snapshot (Microsoft 2025-08)
 * via ../shared/knowledge/auth-facts.md. Microsoft lists no separate all-sender rules here.
 */
import { HIGH_VOLUME } from './sources.ts';
import type { ProviderRules } from '../checks/bulk-sender/requirement.ts';

export const OUTLOOK_BULK_SENDER: ProviderRules = {
  id: 'microsoft',
  name: 'Outlook.com',
  bulkThreshold: 'domains sending more than 5,000 messages a day to Outlook.com consumer mailboxes',
  since: '2025-05-05',
  // Consumer Outlook.com only: Microsoft 365 tenants (onmicrosoft.com, custom domains) are not meant.
  appliesTo: [
    { pattern: /^(?:outlook|hotmail|live)\.com$/, source: 'auth-facts.md [MS-HV]' },
    {
      pattern: /^(?:(?:outlook|hotmail|live)\.(?:[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})|msn\.com)$/,
      source: 'observed',
    },
  ],
  requirements: [
    {
      id: 'outlook-bulk-spf',
      tier: 'bulk',
      need: 'spf',
      text: 'SPF must pass for the sending domain.',
      source: HIGH_VOLUME,
      codes: ['5.7.515'],
    },
    {
      id: 'outlook-bulk-dkim',
      tier: 'bulk',
      need: 'dkim',
      text: 'DKIM must pass.',
      source: HIGH_VOLUME,
      codes: ['5.7.515'],
    },
    {
      id: 'outlook-bulk-dmarc',
      tier: 'bulk',
      need: 'dmarc-record',
      text: 'Publish DMARC with at least p=none.',
      source: HIGH_VOLUME,
      codes: ['5.7.515'],
    },
    {
      id: 'outlook-bulk-align',
      tier: 'bulk',
      need: 'dmarc-aligned',
      text: 'DMARC must align with SPF or DKIM.',
      source: HIGH_VOLUME,
      codes: ['5.7.515'],
    },
  ],
};
