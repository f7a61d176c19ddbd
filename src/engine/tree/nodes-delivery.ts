/** Paths for content causes, the connection (TLS, network) and the recipient's side. */
import { end, run, yesNo } from './node-builders.ts';
import type { TreeNode } from './types.ts';

// prettier-ignore
export const DELIVERY_NODES: TreeNode[] = [
  // Spam verdicts: the content first, then authentication and blocklists.
  run('spam-start', ['content', 'spf', 'dkim', 'dmarc', 'blocklists'], 'spam-bulk'),
  yesNo('spam-bulk', 'bulk', 'spam-bulk-checks', 'spam'),
  run('spam-bulk-checks', ['bulk-sender'], 'spam-bulk-rules'),
  end('spam-bulk-rules', 'Bulk mail was judged to be spam', ['review-content', 'one-click-unsubscribe', 'bulk-requirements', 'list-hygiene']),
  end('spam', 'The message was judged to be spam', ['review-content', 'fix-auth-records']),

  run('format-start', ['content'], 'format'),
  end('format', 'The message is not built to the standard', ['fix-mailer-encoding']),

  run('policy-start', ['content'], 'policy'),
  end('policy', 'Something in the message is not allowed', ['remove-blocked-attachment', 'ask-recipient-rules']),

  run('size-start', ['content'], 'size'),
  end('size', 'The message is too big', ['shrink-message']),

  // The connection.
  run('tls-start', ['tls-policy', 'address'], 'tls'),
  end('tls', 'The encrypted (TLS) connection failed', ['fix-tls-sending', 'ask-recipient-admin-tls'], 'recipient-admin'),

  run('network-start', ['address', 'tls-policy'], 'network'),
  end('network', 'The receiving servers could not be reached', ['retry-later', 'tell-recipient-admin', 'check-outbound-port-25'], 'recipient-admin'),

  run('relay-start', ['address'], 'relay'),
  end('relay', 'The server refused to relay the message', ['use-authenticated-relay']),

  // The recipient's side: nothing in the sender's DNS can fix these.
  end('mailbox-full', 'The recipient’s mailbox is full', ['wait-and-resend', 'tell-recipient'], 'recipient'),
  end('suspended', 'The recipient’s mailbox is disabled', ['reach-another-way', 'remove-if-persistent'], 'recipient'),
  end('recipient-system', 'The receiving system had a problem', ['retry-later', 'tell-recipient-admin'], 'recipient-admin'),

  run('filtered-start', ['address', 'spf', 'dkim', 'dmarc'], 'filtered'),
  end('filtered', 'A filter on the recipient’s side refused the message', ['ask-allowlist', 'verify-address'], 'recipient-admin'),
];
