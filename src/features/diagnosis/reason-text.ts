import type { Reason } from '../../engine/index.ts';

export interface ReasonText {
  /** A short title a support person can say out loud. */
  title: string;
  /** One sentence: what it means for the person who sent the email. */
  explanation: string;
}

/**
 * Plain words for each reason in Sisimai's vocabulary (meanings as listed in the corpus README,
 * https://libsisimai.org/en/reason/). Typed as a Record so that a new reason fails to compile
 * until it has words here.
 */
export const REASON_TEXT: Record<Reason, ReasonText> = {
  userunknown: {
    title: 'The address does not exist',
    explanation: 'The receiving server has no mailbox with this address; check it for typos.',
  },
  hostunknown: {
    title: 'The domain does not take email',
    explanation: 'The part after the @ does not exist or names no server that accepts mail.',
  },
  hasmoved: {
    title: 'The person has moved to another address',
    explanation: 'This address is no longer used; the bounce may say where to write instead.',
  },
  suspend: {
    title: 'The mailbox is switched off',
    explanation: 'The address exists, but its owner or provider has disabled or suspended it.',
  },
  mailboxfull: {
    title: 'The mailbox is full',
    explanation: 'The recipient has used all their storage, so new mail cannot be stored for now.',
  },
  exceedlimit: {
    title: 'The message is too big for this recipient',
    explanation: "The message is larger than the size this recipient's mailbox accepts.",
  },
  mesgtoobig: {
    title: 'The message is too big for the receiving server',
    explanation:
      'The message, with its attachments, is over the size limit of the receiving system.',
  },
  filtered: {
    title: "A filter on the recipient's side refused it",
    explanation:
      'The address was accepted, then a rule or filter at the receiving end turned the message away.',
  },
  rejected: {
    title: 'The sender address was refused',
    explanation: 'The receiving server would not take mail from this sender address or its domain.',
  },
  blocked: {
    title: 'The sending server was blocked',
    explanation:
      'The receiving server refused the server that sent the mail, often because of a blocklist or a missing reverse DNS name.',
  },
  badreputation: {
    title: 'The sender has a poor reputation',
    explanation:
      'The receiving provider does not trust mail from this sender or its servers enough to accept it.',
  },
  requireptr: {
    title: 'The sending server has no proper reverse DNS name',
    explanation:
      "The sending server's IP address has no matching host name (PTR record), which the receiver requires.",
  },
  authfailure: {
    title: 'The message failed sender authentication',
    explanation:
      'SPF, DKIM or DMARC did not pass, so the receiver could not confirm the mail really came from the sender domain.',
  },
  securityerror: {
    title: 'A security requirement was not met',
    explanation:
      'The receiver needed something the sending side did not provide, such as a login, encryption or permission to send.',
  },
  failedstarttls: {
    title: 'The encrypted connection failed',
    explanation: 'The servers had to switch to an encrypted (TLS) connection and could not.',
  },
  policyviolation: {
    title: "The message broke the receiver's rules",
    explanation:
      'Something in the message, such as an attachment type or its content, is not allowed by the receiving side.',
  },
  spamdetected: {
    title: 'The message looked like spam',
    explanation: "The receiver's spam filter judged the content to be spam and refused it.",
  },
  virusdetected: {
    title: 'A virus was found',
    explanation: 'The receiving server found malware in the message or an attachment.',
  },
  contenterror: {
    title: 'The message content is broken',
    explanation: 'The message or its encoding is malformed in a way the receiver could not handle.',
  },
  notcompliantrfc: {
    title: 'The message is not formatted to the standard',
    explanation:
      "The message's headers break the email format rules (duplicated headers, a bad Message-ID and the like).",
  },
  norelaying: {
    title: 'The server would not pass the message on',
    explanation:
      'The server that was contacted does not handle mail for this recipient and refuses to relay it.',
  },
  notaccept: {
    title: 'The receiving domain accepts no email at all',
    explanation:
      'The domain has declared that it takes no mail (for example with a "null MX" record).',
  },
  toomanyconn: {
    title: 'Too many connections or recipients at once',
    explanation:
      'The sending side opened too many connections or listed too many recipients in one go.',
  },
  speeding: {
    title: 'Too much mail, too fast',
    explanation:
      'The receiver is slowing this sender down because it sent a lot of mail in a short time.',
  },
  expired: {
    title: 'Delivery was given up after retrying',
    explanation:
      'The sending server kept trying for a long time and then stopped without delivering.',
  },
  networkerror: {
    title: 'The receiving server could not be reached',
    explanation: 'DNS or network trouble kept the sending server from reaching the receiving one.',
  },
  systemerror: {
    title: 'The receiving system had an error',
    explanation:
      'Something went wrong inside the receiving mail system; it is not about the message itself.',
  },
  systemfull: {
    title: 'The receiving system is out of space',
    explanation: 'The receiving server has run out of disk or other resources.',
  },
  mailererror: {
    title: 'A delivery program failed',
    explanation: 'The program that hands mail to the mailbox on the receiving server failed.',
  },
  syntaxerror: {
    title: 'The servers misunderstood each other',
    explanation:
      'The receiving server reported an error in the SMTP commands the sending server used.',
  },
  onhold: {
    title: 'Held: the cause is not clear yet',
    explanation: 'The bounce says delivery failed but not clearly why; more information is needed.',
  },
  suppressed: {
    title: "The address is on the sending service's do-not-send list",
    explanation:
      'Your email service did not even try, because this address bounced or complained before.',
  },
  vacation: {
    title: 'This is an automatic reply',
    explanation: 'An out-of-office or similar auto-reply came back; the message was delivered.',
  },
  feedback: {
    title: 'This is a complaint report',
    explanation:
      'A provider reports that a recipient marked a message as spam; it is not a delivery failure.',
  },
  delivered: {
    title: 'The message was delivered',
    explanation: 'This report says delivery succeeded.',
  },
  undefined: {
    title: "We couldn't tell what went wrong",
    explanation:
      "Nothing in the bounce pointed clearly to a cause; the server's own words below may still help.",
  },
};

export function reasonText(reason: Reason): ReasonText {
  return REASON_TEXT[reason];
}
