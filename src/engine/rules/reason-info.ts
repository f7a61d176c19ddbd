/**
 * What each reason means for the people involved: who acts, whether it lasts, and the plain
 * words every screen, export and message uses for it (one table: the diagnosis card, the
 * checklist and the batch page say the same title). Our wording; the vocabulary is Sisimai's
 * (see corpus README).
 */
import type { Actor, Reason } from '../vocabulary/reasons.ts';

export type Persistence = 'permanent' | 'transient' | 'none';

export interface ReasonInfo {
  /** A short title a support person can say out loud; no full stop. */
  title: string;
  actor: Actor;
  /** Whether the condition usually persists when the server gives no class (no 4xx/5xx). */
  persistence: Persistence;
  /** One sentence: what happened. */
  what: string;
  /** One sentence: what to do. */
  todo: string;
}

// prettier-ignore
export const REASON_INFO: Record<Reason, ReasonInfo> = {
  userunknown: { title: 'The address does not exist', actor: 'sender', persistence: 'permanent', what: 'The receiving server says there is no mailbox at this address.', todo: 'Check the spelling of the address, or ask the recipient for a current one; remove it from your lists if it keeps bouncing.' },
  hostunknown: { title: 'The domain does not take email', actor: 'sender', persistence: 'permanent', what: "The recipient's domain has no mail server, or does not exist at all.", todo: 'Check the part of the address after the @ for typos.' },
  hasmoved: { title: 'The recipient has moved', actor: 'sender', persistence: 'permanent', what: 'The address used to exist but no longer takes mail.', todo: 'Ask the recipient for their new address and update your records.' },
  suspend: { title: 'The mailbox is switched off', actor: 'recipient', persistence: 'permanent', what: 'The mailbox exists but has been disabled, suspended or left inactive.', todo: 'Reach the recipient another way; resend once they confirm the mailbox works again.' },
  mailboxfull: { title: 'The mailbox is full', actor: 'recipient', persistence: 'transient', what: "The recipient's mailbox is over its storage quota.", todo: 'Wait and resend later, or tell the recipient to free up space.' },
  exceedlimit: { title: 'The message is too big for this recipient', actor: 'sender', persistence: 'permanent', what: "The message is larger than the recipient's own size limit.", todo: 'Send a smaller message: share large files as links instead of attachments.' },
  mesgtoobig: { title: 'The message is too big for the receiving server', actor: 'sender', persistence: 'permanent', what: 'The message is larger than the receiving system accepts.', todo: 'Send a smaller message: compress or remove attachments, or share them as links.' },
  filtered: { title: "Refused by the recipient's filter", actor: 'recipient-admin', persistence: 'permanent', what: "A rule or filter on the recipient's side refused the message after accepting the address.", todo: "Ask the recipient (or their administrator) to allow your address or domain; check the address too, since some systems answer this way for unknown users." },
  rejected: { title: 'The sender was refused', actor: 'sender', persistence: 'permanent', what: 'The receiving server refused the sender: the envelope sender address (MAIL FROM), its domain, or the server sending for it.', todo: "Make sure the sender address and its domain exist and resolve in DNS, and that you are allowed to send to this list or group; if they are, the server's own words say what about the sending it refused." },
  blocked: { title: 'Your sending server is blocked', actor: 'sender-esp', persistence: 'permanent', what: 'The receiving server refused the IP address or host that sent the message, often because of a blocklist.', todo: 'Check the sending IP against blocklists and ask for delisting, or send through a server with a good reputation.' },
  badreputation: { title: 'The sender has a poor reputation', actor: 'sender-esp', persistence: 'transient', what: "The receiving server throttled or refused mail because of the sending IP's or domain's reputation.", todo: 'Slow down, send only to engaged recipients, and check the provider’s postmaster tools.' },
  requireptr: { title: 'The sending IP has no valid reverse DNS', actor: 'sender-esp', persistence: 'permanent', what: 'The sending IP has no PTR record, or its PTR name does not point back to the IP.', todo: "Ask whoever runs the sending IP to publish a PTR record whose name resolves back to the same IP." },
  authfailure: { title: 'The message failed sender authentication', actor: 'sender', persistence: 'permanent', what: "The message failed the receiver's authentication checks (SPF, DKIM or DMARC).", todo: "Fix the sender domain's SPF record, DKIM signing and DMARC policy so the message passes and aligns." },
  securityerror: { title: 'A security requirement was not met', actor: 'sender-esp', persistence: 'permanent', what: 'The server refused the sending side for a security reason: it requires something the sender did not do, such as SMTP authentication, or the sending account is not allowed to send.', todo: 'Check the sending account settings: authentication, permissions and the server you submit through.' },
  failedstarttls: { title: 'The encrypted connection failed', actor: 'sender-esp', persistence: 'transient', what: 'The connection had to be encrypted with TLS and that did not work.', todo: "Check TLS on the sending server and the recipient's MTA-STS/TLS policy." },
  policyviolation: { title: "The message broke the receiver's rules", actor: 'sender', persistence: 'permanent', what: "The message broke the receiver's policy (attachment types, content rules, where it came from).", todo: 'Remove what the policy forbids (for example executable attachments) and resend, or ask the recipient about their rules.' },
  spamdetected: { title: 'The message looked like spam', actor: 'sender', persistence: 'permanent', what: "The receiver's filter classified the content as spam.", todo: 'Review the content and links, authenticate your mail, and send only to people who asked for it.' },
  virusdetected: { title: 'A virus was found', actor: 'sender', persistence: 'permanent', what: 'The receiving server found a virus or malware in the message.', todo: 'Scan the sending computer and the attachment; resend without the infected file.' },
  contenterror: { title: 'The message content is broken', actor: 'sender-esp', persistence: 'permanent', what: 'The content or its encoding is malformed (8-bit data without encoding, oversized headers, bad MIME).', todo: 'Fix how the sending software encodes the message.' },
  notcompliantrfc: { title: 'The message is not formatted to the standard', actor: 'sender-esp', persistence: 'permanent', what: 'The message breaks RFC 5322 (duplicate or missing headers, an invalid Message-ID).', todo: 'Fix the sending software so every message has one From, Date and Message-ID and no duplicate headers.' },
  norelaying: { title: 'The server would not pass the message on', actor: 'sender-esp', persistence: 'permanent', what: 'The server refused to pass the message on: it does not relay for this sender or domain.', todo: 'Send through your own authenticated outgoing server; if you run the recipient domain, check its MX records.' },
  notaccept: { title: 'The domain accepts no mail', actor: 'recipient-admin', persistence: 'permanent', what: 'The recipient domain publishes no usable mail server (null MX or no MX) or refuses all mail.', todo: 'The address cannot receive mail; ask the recipient for another address.' },
  toomanyconn: { title: 'Too many connections or recipients at once', actor: 'sender-esp', persistence: 'transient', what: 'The sending server opened too many connections or listed too many recipients at once.', todo: 'Send fewer recipients per message and fewer connections at a time.' },
  speeding: { title: 'Too much mail, too fast', actor: 'sender-esp', persistence: 'transient', what: 'The receiving server rate-limited the mail: too much, too fast.', todo: 'Slow down and retry later; spread large sends over time.' },
  expired: { title: 'Delivery gave up after retrying', actor: 'recipient-admin', persistence: 'permanent', what: 'The sending server kept retrying until the message expired from its queue.', todo: "Check that the recipient's domain and mail servers are reachable, then resend." },
  networkerror: { title: 'The receiving server could not be reached', actor: 'recipient-admin', persistence: 'transient', what: "The recipient's mail server could not be reached: a DNS error, a timeout or a mail loop.", todo: "Check the recipient domain's DNS (MX records) and try again later." },
  systemerror: { title: 'The receiving system had an error', actor: 'recipient-admin', persistence: 'transient', what: 'The receiving system had an internal error.', todo: 'Try again later; if it persists, tell the recipient’s administrator.' },
  systemfull: { title: 'The receiving system is out of space', actor: 'recipient-admin', persistence: 'transient', what: 'The receiving system ran out of disk space or resources.', todo: 'Try again later; the recipient’s administrator has to free space.' },
  mailererror: { title: 'A delivery program failed', actor: 'recipient-admin', persistence: 'transient', what: 'A program that delivers mail on the receiving system failed.', todo: "Tell the recipient's administrator; resend once it is fixed." },
  syntaxerror: { title: 'The servers misunderstood each other', actor: 'sender-esp', persistence: 'permanent', what: 'The servers did not understand each other: an SMTP command was malformed or out of order.', todo: 'Check the sending software or server configuration.' },
  onhold: { title: 'The cause is not clear yet', actor: 'sender', persistence: 'transient', what: 'The bounce does not say clearly why delivery failed.', todo: 'Read the server text in the evidence, and run the checks to narrow it down.' },
  suppressed: { title: "The address is on your sending service's do-not-send list", actor: 'sender-esp', persistence: 'permanent', what: "Your sending service did not even try: the address is on its suppression list after earlier bounces or complaints.", todo: 'Confirm the address is valid before removing it from the suppression list.' },
  vacation: { title: 'This is an automatic reply', actor: 'nobody', persistence: 'none', what: 'This is an out-of-office or auto-reply, not a bounce: the message was delivered.', todo: 'Nothing to fix.' },
  feedback: { title: 'A spam complaint (feedback report)', actor: 'sender', persistence: 'none', what: 'A mailbox provider reports that a recipient marked your message as spam.', todo: 'Stop sending to this recipient and review why they did not want the mail.' },
  delivered: { title: 'The message was delivered', actor: 'nobody', persistence: 'none', what: 'This is a delivery report: the message was delivered.', todo: 'Nothing to fix.' },
  undefined: { title: "We couldn't tell what went wrong", actor: 'sender', persistence: 'transient', what: 'The bounce gives no reason we can recognise.', todo: 'Read the server text in the evidence, and run the checks to narrow it down.' },
};

/** Reasons whose fix is a record in the sending domain's DNS, which someone else may run. */
export const FIXED_IN_SENDER_DNS: ReadonlySet<Reason> = new Set(['authfailure', 'rejected']);

/**
 * The words for a recipient the sending server is still trying (a delay warning, RFC 3464's
 * Action: delayed): nothing has failed for good, and nothing needs resending yet. A warning
 * read as `expired` (the vocabulary's name for it) has not expired, and one that names no cause
 * is told as the warning it is; one with a cause keeps the cause's words and says it is only a
 * warning.
 */
export const STILL_TRYING = {
  title: 'The sending server is still trying',
  what: 'The sending server could not deliver the message yet and keeps retrying; this notice is a warning, not a final bounce.',
  todo: "Nothing to resend now: if the retries fail, a final bounce follows. If delays keep happening, check that the recipient's domain and mail servers are reachable.",
};

const STILL_TRYING_NOTE = 'The sending server is still retrying: this notice is only a warning.';

/** The notice says the sending server is still trying this recipient. */
export const isStillTrying = (r: { action?: string; retrying?: true }): boolean =>
  r.action === 'delayed' || r.retrying === true;

/** What a reason means for the people involved, in words true also of a delay warning. */
export function reasonWords(reason: Reason, stillTrying: boolean): ReasonInfo {
  const info = REASON_INFO[reason];
  if (!stillTrying || info.persistence === 'none') return info;
  // Expired, or no cause named: the warning itself is the whole story.
  if (reason === 'expired' || reason === 'onhold' || reason === 'undefined')
    return { ...info, ...STILL_TRYING };
  return { ...info, what: `${info.what} ${STILL_TRYING_NOTE}` };
}

/**
 * Which check (or question) tells one reading from another: a check id of the wizard's tree, or
 * "recipient" when only the recipient or their administrator can say.
 */
export const SETTLED_BY: Record<Reason, string> = {
  userunknown: 'address',
  hostunknown: 'address',
  hasmoved: 'recipient',
  suspend: 'recipient',
  mailboxfull: 'recipient',
  exceedlimit: 'content',
  mesgtoobig: 'content',
  filtered: 'recipient',
  rejected: 'spf',
  blocked: 'blocklists',
  badreputation: 'blocklists',
  requireptr: 'reverse-dns',
  authfailure: 'dmarc',
  securityerror: 'recipient',
  failedstarttls: 'tls-policy',
  policyviolation: 'content',
  spamdetected: 'content',
  virusdetected: 'content',
  contenterror: 'content',
  notcompliantrfc: 'content',
  norelaying: 'address',
  notaccept: 'address',
  toomanyconn: 'recipient',
  speeding: 'recipient',
  expired: 'address',
  networkerror: 'address',
  systemerror: 'recipient',
  systemfull: 'recipient',
  mailererror: 'recipient',
  syntaxerror: 'recipient',
  onhold: 'address',
  suppressed: 'recipient',
  vacation: 'recipient',
  feedback: 'recipient',
  delivered: 'recipient',
  undefined: 'address',
};
