/**
 * The enhanced mail system status codes (RFC 3463 and its updates, IANA registry), with the
 * reason each code points at when the text says nothing more specific. `reason: null` means the
 * code alone does not tell (X.7.1 covers everything from spam to relaying).
 * Registry: https://www.iana.org/assignments/smtp-enhanced-status-codes/
 */
import type { Reason } from '../vocabulary/reasons.ts';

export interface StatusCodeFact {
  /** Subject.detail, e.g. "1.1" for X.1.1. */
  code: string;
  title: string;
  reason: Reason | null;
  /** The reason when the class is 4 (persistent transient), where it differs. */
  transient?: Reason;
  source: string;
}

/**
 * X.3.2 "System not accepting network messages": RFC 3463 gives shutdown, load and maintenance
 * as examples, a system condition while it lasts (4.3.2); refused for good (5.3.2), the host
 * takes no mail. X.1.2 "Bad destination system address" given as temporary (4.1.2) is a name
 * lookup that did not complete, not a domain known not to exist.
 */
const TRANSIENT: Record<string, Reason> = { '1.2': 'networkerror', '3.2': 'systemerror' };

const RFC = (n: number) => `https://www.rfc-editor.org/rfc/rfc${n}`;

// prettier-ignore
const rows: [code: string, title: string, reason: Reason | null, rfc: number][] = [
  ['0.0', 'Other undefined status', null, 3463],
  ['1.0', 'Other address status', null, 3463],
  ['1.1', 'Bad destination mailbox address', 'userunknown', 3463],
  ['1.2', 'Bad destination system address', 'hostunknown', 3463],
  ['1.3', 'Bad destination mailbox address syntax', 'userunknown', 3463],
  ['1.4', 'Destination mailbox address ambiguous', 'userunknown', 3463],
  ['1.5', 'Destination address valid', null, 3463],
  ['1.6', 'Destination mailbox has moved, no forwarding address', 'hasmoved', 3463],
  ['1.7', "Bad sender's mailbox address syntax", 'rejected', 3463],
  ['1.8', "Bad sender's system address", 'rejected', 3463],
  ['1.9', 'Message relayed to non-compliant mailer', null, 3886],
  ['1.10', 'Recipient address has null MX', 'notaccept', 7505],
  ['2.0', 'Other or undefined mailbox status', null, 3463],
  ['2.1', 'Mailbox disabled, not accepting messages', 'suspend', 3463],
  ['2.2', 'Mailbox full', 'mailboxfull', 3463],
  ['2.3', 'Message length exceeds administrative limit', 'exceedlimit', 3463],
  ['2.4', 'Mailing list expansion problem', 'systemerror', 3463],
  ['3.0', 'Other or undefined mail system status', null, 3463],
  ['3.1', 'Mail system full', 'systemfull', 3463],
  ['3.2', 'System not accepting network messages', 'notaccept', 3463],
  ['3.3', 'System not capable of selected features', 'systemerror', 3463],
  ['3.4', 'Message too big for system', 'mesgtoobig', 3463],
  ['3.5', 'System incorrectly configured', 'systemerror', 3463],
  ['3.6', 'Requested priority was changed', null, 6710],
  ['4.0', 'Other or undefined network or routing status', 'networkerror', 3463],
  ['4.1', 'No answer from host', 'networkerror', 3463],
  ['4.2', 'Bad connection', 'networkerror', 3463],
  ['4.3', 'Directory server failure', 'systemerror', 3463],
  ['4.4', 'Unable to route', 'networkerror', 3463],
  ['4.5', 'Mail system congestion', 'systemerror', 3463],
  ['4.6', 'Routing loop detected', 'networkerror', 3463],
  ['4.7', 'Delivery time expired', 'expired', 3463],
  ['5.0', 'Other or undefined protocol status', null, 3463],
  ['5.1', 'Invalid command', 'syntaxerror', 3463],
  ['5.2', 'Syntax error', 'syntaxerror', 3463],
  ['5.3', 'Too many recipients', 'toomanyconn', 3463],
  ['5.4', 'Invalid command arguments', 'syntaxerror', 3463],
  ['5.5', 'Wrong protocol version', 'syntaxerror', 3463],
  ['5.6', 'Authentication exchange line is too long', 'syntaxerror', 4954],
  ['6.0', 'Other or undefined media error', 'contenterror', 3463],
  ['6.1', 'Media not supported', 'contenterror', 3463],
  ['6.2', 'Conversion required and prohibited', 'contenterror', 3463],
  ['6.3', 'Conversion required but not supported', 'contenterror', 3463],
  ['6.4', 'Conversion with loss performed', null, 3463],
  ['6.5', 'Conversion failed', 'contenterror', 3463],
  ['6.6', 'Message content not available', 'contenterror', 4468],
  ['6.7', 'Non-ASCII addresses not permitted for that sender/recipient', 'contenterror', 6531],
  ['6.8', 'UTF-8 string reply is required, but not permitted by the SMTP client', 'contenterror', 6531],
  ['6.9', 'UTF-8 header message cannot be transferred', 'contenterror', 6531],
  ['7.0', 'Other or undefined security status', null, 3463],
  ['7.1', 'Delivery not authorized, message refused', null, 3463],
  ['7.2', 'Mailing list expansion prohibited', 'rejected', 3463],
  ['7.3', 'Security conversion required but not possible', 'securityerror', 3463],
  ['7.4', 'Security features not supported', 'securityerror', 3463],
  ['7.5', 'Cryptographic failure', 'securityerror', 3463],
  ['7.6', 'Cryptographic algorithm not supported', 'securityerror', 3463],
  ['7.7', 'Message integrity failure', 'securityerror', 3463],
  ['7.8', 'Authentication credentials invalid', 'securityerror', 4954],
  ['7.9', 'Authentication mechanism is too weak', 'securityerror', 4954],
  ['7.10', 'Encryption needed', 'securityerror', 5248],
  ['7.11', 'Encryption required for requested authentication mechanism', 'securityerror', 4954],
  ['7.12', 'A password transition is needed', 'securityerror', 4954],
  ['7.13', 'User account disabled', 'suspend', 5248],
  ['7.14', 'Trust relationship required', 'securityerror', 5248],
  ['7.15', 'Priority level is too low', 'policyviolation', 6710],
  ['7.16', 'Message is too big for the specified priority', 'mesgtoobig', 6710],
  ['7.17', 'Mailbox owner has changed', 'hasmoved', 7293],
  ['7.18', 'Domain owner has changed', 'hasmoved', 7293],
  ['7.19', 'RRVS test cannot be completed', 'securityerror', 7293],
  ['7.20', 'No passing DKIM signature found', 'authfailure', 7372],
  ['7.21', 'No acceptable DKIM signature found', 'authfailure', 7372],
  ['7.22', 'No valid author-matched DKIM signature found', 'authfailure', 7372],
  ['7.23', 'SPF validation failed', 'authfailure', 7372],
  ['7.24', 'SPF validation error', 'authfailure', 7372],
  ['7.25', 'Reverse DNS validation failed', 'requireptr', 7372],
  ['7.26', 'Multiple authentication checks failed', 'authfailure', 7372],
  ['7.27', 'Sender address has null MX', 'rejected', 7505],
  ['7.28', 'Mail flood detected', 'speeding', 7372],
  ['7.29', 'ARC validation failure', 'authfailure', 8617],
  ['7.30', 'REQUIRETLS support required', 'securityerror', 8689],
];

export const STATUS_CODES: ReadonlyMap<string, StatusCodeFact> = new Map(
  rows.map(([code, title, reason, rfc]) => [
    code,
    { code, title, reason, transient: TRANSIENT[code], source: RFC(rfc) },
  ]),
);

export const STATUS_CLASSES: Record<string, string> = {
  '2': 'Success',
  '4': 'Persistent transient failure (temporary: a retry may succeed)',
  '5': 'Permanent failure (resending unchanged will fail again)',
};

/** The registry entry for "5.1.1", or undefined for codes outside it (provider extensions). */
export function statusFact(status: string | undefined | null): StatusCodeFact | undefined {
  if (!status) return undefined;
  return STATUS_CODES.get(status.slice(status.indexOf('.') + 1));
}
