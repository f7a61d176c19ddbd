/**
 * Where a walk starts, from the diagnosis. Rows are tried in order and the first match wins, so
 * rows for a provider's code come before the rows for reasons. Every reason has a row (the
 * validator checks it).
 */
import type { Entry } from './types.ts';

// prettier-ignore
export const ENTRIES: Entry[] = [
  // https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-4-1
  { id: 'microsoft-dbeb', label: 'Microsoft 365 AS(201806281)', provider: 'microsoft', codes: ['AS(201806281)'], start: 'dbeb-start' },
  // Gmail's authentication codes: https://support.google.com/a/answer/3726730
  { id: 'gmail-auth', label: 'Gmail 5.7.26 / 5.7.27 / 5.7.30 / 5.7.32 / 5.7.40', codes: ['5.7.26', '4.7.26', '5.7.27', '4.7.27', '5.7.30', '4.7.30', '5.7.32', '4.7.32', '5.7.40', '4.7.40'], start: 'auth-start' },
  // Outlook.com high-volume rule: https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730
  { id: 'outlook-volume-auth', label: 'Outlook.com 5.7.515', codes: ['5.7.515'], start: 'auth-start' },
  // Yahoo deferrals for volume or complaints: https://senders.yahooinc.com/smtp-error-codes/
  { id: 'yahoo-deferral', label: 'Yahoo TSS04 / TSS09', provider: 'yahoo', codes: ['TSS04', 'TSS09'], start: 'volume-start' },
  // Gmail's TLS requirement, 4.7.29 / 5.7.29.
  { id: 'gmail-tls', label: 'Gmail 5.7.29', codes: ['5.7.29', '4.7.29'], start: 'tls-start' },

  { id: 'address', label: 'Address does not exist', reasons: ['userunknown', 'hostunknown', 'hasmoved', 'notaccept'], start: 'address-start' },
  { id: 'auth', label: 'Authentication failed', reasons: ['authfailure'], start: 'auth-start' },
  { id: 'rejected', label: 'Sender refused', reasons: ['rejected'], start: 'rejected-start' },
  { id: 'reputation', label: 'Blocked or poor reputation', reasons: ['blocked', 'badreputation'], start: 'reputation-start' },
  { id: 'ptr', label: 'No reverse DNS', reasons: ['requireptr'], start: 'ptr-start' },
  { id: 'volume', label: 'Too much, too fast', reasons: ['speeding', 'toomanyconn'], start: 'volume-start' },
  { id: 'security', label: 'Security requirement', reasons: ['securityerror'], start: 'security-start' },
  { id: 'tls', label: 'TLS failed', reasons: ['failedstarttls'], start: 'tls-start' },
  { id: 'spam', label: 'Judged to be spam', reasons: ['spamdetected'], start: 'spam-start' },
  { id: 'format', label: 'Malformed message', reasons: ['contenterror', 'notcompliantrfc'], start: 'format-start' },
  { id: 'policy', label: 'Policy or virus', reasons: ['policyviolation', 'virusdetected'], start: 'policy-start' },
  { id: 'size', label: 'Too big', reasons: ['mesgtoobig', 'exceedlimit'], start: 'size-start' },
  { id: 'network', label: 'Unreachable or expired', reasons: ['networkerror', 'expired'], start: 'network-start' },
  { id: 'relay', label: 'Relaying refused', reasons: ['norelaying'], start: 'relay-start' },
  { id: 'mailbox-full', label: 'Mailbox full', reasons: ['mailboxfull'], start: 'mailbox-full' },
  { id: 'suspended', label: 'Mailbox disabled', reasons: ['suspend'], start: 'suspended' },
  { id: 'recipient-system', label: 'Receiving system trouble', reasons: ['systemerror', 'systemfull', 'mailererror'], start: 'recipient-system' },
  { id: 'filtered', label: 'Filtered by the recipient', reasons: ['filtered'], start: 'filtered-start' },
  { id: 'suppressed', label: 'Suppressed', reasons: ['suppressed'], start: 'suppressed-start' },
  { id: 'syntax', label: 'SMTP error', reasons: ['syntaxerror'], start: 'syntax' },
  { id: 'unclear', label: 'Cause unclear', reasons: ['onhold', 'undefined'], start: 'general-start' },
  { id: 'complaint', label: 'Spam complaint', reasons: ['feedback'], start: 'complaint' },
  { id: 'not-a-failure', label: 'Not a failure', reasons: ['vacation', 'delivered'], start: 'nothing' },
];
