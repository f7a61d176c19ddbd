/**
 * Paths for causes on the sending side: the address, authentication, reputation and volume.
 * Checks are listed in the order their results matter for the cause.
 */
import { ask, end, run, yesNo } from './node-builders.ts';
import type { TreeNode } from './types.ts';

// prettier-ignore
export const SENDER_NODES: TreeNode[] = [
  // The recipient address: one bad address, or a list problem?
  ask('address-start', 'recipients', { one: 'address-one-checks', many: 'address-many-checks' }),
  run('address-one-checks', ['address'], 'address-one'),
  end('address-one', 'The address is wrong or no longer exists', ['verify-address', 'remove-if-persistent']),
  run('address-many-checks', ['address'], 'address-many'),
  end('address-many', 'Many addresses bounce: a list problem', ['list-hygiene', 'check-import', 'remove-if-persistent']),

  // Microsoft 365 Directory-Based Edge Blocking, AS(201806281): the tenant has no such mailbox.
  ask('dbeb-start', 'recipients', { one: 'dbeb-one-checks', many: 'dbeb-many-checks' }),
  run('dbeb-one-checks', ['address'], 'dbeb-one'),
  end('dbeb-one', 'Microsoft 365 has no mailbox for this address', ['verify-address', 'ask-recipient-admin-directory', 'remove-if-persistent'], 'recipient-admin'),
  run('dbeb-many-checks', ['address'], 'dbeb-many'),
  end('dbeb-many', 'Microsoft 365 refuses many addresses at this domain', ['dbeb-tenant', 'ask-recipient-admin-directory', 'list-hygiene'], 'recipient-admin'),

  // Authentication: SPF, DKIM, DMARC first; a new service and bulk volume change the advice.
  run('auth-start', ['spf', 'dkim', 'dmarc'], 'auth-esp'),
  yesNo('auth-esp', 'changed-esp', 'auth-new-bulk', 'auth-bulk'),
  yesNo('auth-new-bulk', 'bulk', 'auth-new-bulk-checks', 'auth-new-esp'),
  run('auth-new-bulk-checks', ['bulk-sender'], 'auth-new-esp-bulk'),
  end('auth-new-esp-bulk', 'A new sending service is not authenticated, and bulk rules apply', ['new-esp-authenticate', 'fix-auth-records', 'bulk-requirements', 'one-click-unsubscribe', 'resend-after-fix']),
  end('auth-new-esp', 'A new sending service is not authenticated yet', ['new-esp-authenticate', 'fix-auth-records', 'resend-after-fix']),
  yesNo('auth-bulk', 'bulk', 'auth-bulk-checks', 'auth-basic'),
  run('auth-bulk-checks', ['bulk-sender'], 'auth-bulk-rules'),
  end('auth-bulk-rules', 'Authentication fails and bulk-sender rules apply', ['fix-auth-records', 'bulk-requirements', 'one-click-unsubscribe', 'resend-after-fix']),
  end('auth-basic', 'The message failed authentication', ['fix-auth-records', 'resend-after-fix']),

  // The envelope sender was refused.
  run('rejected-start', ['spf', 'dmarc', 'blocklists'], 'rejected'),
  end('rejected', 'Your sender address or domain was refused', ['sender-domain-resolves', 'ask-allowlist']),

  // Reputation: blocklists and reverse DNS, then what changed.
  run('reputation-start', ['blocklists', 'reverse-dns'], 'reputation-esp'),
  yesNo('reputation-esp', 'changed-esp', 'reputation-new-ip', 'reputation-bulk'),
  end('reputation-new-ip', 'New sending servers without a reputation yet', ['warm-up-new-ip', 'delist-request', 'postmaster-tools']),
  yesNo('reputation-bulk', 'bulk', 'reputation-bulk-checks', 'reputation'),
  run('reputation-bulk-checks', ['spf', 'dkim', 'dmarc', 'bulk-sender'], 'reputation-bulk-rules'),
  end('reputation-bulk-rules', 'A bulk sender with a reputation problem', ['delist-request', 'bulk-requirements', 'list-hygiene', 'postmaster-tools']),
  end('reputation', 'The sending server’s reputation is the problem', ['delist-request', 'postmaster-tools']),

  run('ptr-start', ['reverse-dns', 'blocklists'], 'ptr'),
  end('ptr', 'The sending IP needs a proper reverse DNS name', ['ask-ptr']),

  // Too much, too fast.
  yesNo('volume-start', 'bulk', 'volume-bulk-checks', 'volume-checks'),
  run('volume-bulk-checks', ['spf', 'dkim', 'dmarc', 'bulk-sender', 'blocklists'], 'volume-bulk'),
  end('volume-bulk', 'A bulk sender was slowed down', ['slow-down', 'bulk-requirements', 'list-hygiene', 'postmaster-tools']),
  run('volume-checks', ['blocklists'], 'volume'),
  end('volume', 'Mail was sent too fast', ['slow-down', 'retry-later']),

  run('security-start', ['spf', 'dkim', 'dmarc'], 'security'),
  end('security', 'A security requirement of the receiver was not met', ['check-smtp-auth', 'fix-auth-records']),

  run('suppressed-start', ['address'], 'suppressed'),
  end('suppressed', 'Your sending service suppressed the address', ['check-suppression-list']),

  end('syntax', 'The servers did not understand each other', ['check-mailer-smtp']),

  run('general-start', ['address', 'spf', 'dkim', 'dmarc', 'blocklists'], 'general'),
  end('general', 'The cause is not clear: the checks narrow it down', ['read-server-text']),

  end('nothing', 'Nothing went wrong', ['nothing-to-do']),
  end('complaint', 'A recipient reported your message as spam', ['stop-sending-complainer', 'list-hygiene']),
];
