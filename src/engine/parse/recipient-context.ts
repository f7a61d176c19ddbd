/**
 * Whether an address in a bounce's text is a failed recipient, or another address the notice
 * happens to mention: the sender it writes to, a postmaster or helpdesk its advice names, a
 * recipient it says was delivered, an internal directory name standing for a real address.
 */
import { headersNamed, type HeaderList } from './headers.ts';
import { cleanAddress, findAddresses } from './patterns.ts';

/**
 * Exchange's internal forms of an address: an IMCEAEX-… encapsulation of an X.500 name, or the
 * X.500 path itself (/O=…/OU=…/CN=…), which Exchange puts in Final-Recipient when the message
 * was addressed inside the organisation.
 * https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/imceaex-ndr
 */
export function isInternalAddress(address: string): boolean {
  return (
    /^(?:imceaex-|imcea[a-z]+-|\/o=|\/c=|c=[a-z]{2};)/i.test(address) || !address.includes('@')
  );
}

/**
 * Exchange writes an SMTP address it carries through its own store as IMCEASMTP-…@domain, each
 * character outside [A-Za-z0-9] as +XX (hex): IMCEASMTP-bob+40example+2Eorg@corp.example is
 * bob@example.org. Other encapsulations (IMCEAEX-, an X.500 name) hold no SMTP address.
 */
export function decapsulated(address: string): string {
  const inner = /^imceasmtp-(.+)@[^@]+$/i.exec(address)?.[1];
  if (!inner) return address;
  const decoded = inner.replace(/\+([0-9a-f]{2})/gi, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
  return decoded.includes('@') ? cleanAddress(decoded) : address;
}

/**
 * Words just before an address that make it someone to write to or the sender, not a recipient:
 * "contact postmaster@…", "send mail to helpdesk@…", "not accepting mail from news@…", "Sender
 * Address: …", "Reply-To: …", or where a moved user now receives mail ("551 User not local;
 * please try <new@…>", RFC 5321 s3.4; "has moved to new@…"). Read on the same line, up to the
 * address.
 */
const NOT_RECIPIENT_BEFORE =
  /(?:\b(?:please try|(?:has |have )?moved to|new address(?: is)?|contact(?:ing)?|e-?mail(?:ing)?(?: us)?(?: at)?|write(?: to)?|send(?: (?:a |an )?(?:mail|message|e-?mail|report))?(?: to)?|forward(?: this (?:message|report|email))?(?: to)?|reply(?:-to)?|report (?:it |this )?to|questions?(?: to)?|complaints?(?: to)?|support(?: at)?|help(?:desk)?(?: at)?|from|by|sender(?: address)?|originator|mailto:|call|visit|administrator(?: at)?|postmaster(?: at)?)\s*:?\s*<?"?)$/i;

/** Words right after an address that say it is the sender ("<a@b>: Sender address rejected"). */
const SENDER_AFTER =
  /^>?\s*[:.]*\s*(?:sender address rejected|sender (?:is )?(?:rejected|denied|blocked|refused)|\.\.\. sender)/i;

/** The first address in `text` that stands where a failed recipient would. */
export function recipientAddressIn(text: string): string | undefined {
  let from = 0;
  for (const address of findAddresses(text, 32)) {
    const at = text.indexOf(address, from);
    from = at + address.length;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const before = text.slice(Math.max(lineStart, at - 60), at);
    if (NOT_RECIPIENT_BEFORE.test(before)) continue;
    if (SENDER_AFTER.test(text.slice(from, from + 40))) continue;
    return cleanAddress(address);
  }
  return undefined;
}

/**
 * Words just before an address in a bounce's Subject that make it the failed recipient:
 * "Undeliverable: Your message to a@b", "Delivery failure for a@b", "Failed to deliver to
 * '<a@b>'", "DELIVERY FAILURE: User Jane Doe (a@b) not listed in Domino Directory" (Domino).
 * Any other address there may be a word of the returned message's subject.
 */
const SUBJECT_RECIPIENT_BEFORE =
  /(?:\b(?:to|for|recipient|rcpt)\s*:?\s*'?<?"?|\buser\b[^()]{0,80}\()$/i;

/** The failed recipient a bounce's Subject names, for a notice whose text names none. */
export function subjectRecipient(subject: string): string | undefined {
  let from = 0;
  for (const address of findAddresses(subject, 4)) {
    const at = subject.indexOf(address, from);
    from = at + address.length;
    if (SUBJECT_RECIPIENT_BEFORE.test(subject.slice(Math.max(0, at - 100), at)))
      return cleanAddress(address);
  }
  return undefined;
}

/**
 * A heading that lists recipients the message did reach ("Your message has been successfully
 * delivered to the following recipients:", Stalwart; "was delivered to", "relayed to") — the
 * addresses under it are not failures.
 */
export const DELIVERED_HEADING =
  /\b(?:(?:successfully|was|were|been|has been|have been) (?:delivered|relayed|forwarded)|delivery (?:to the following recipients? )?(?:was |has been )?(?:successful|succeeded|completed)|delivered successfully|delivered to the following|(?:was|were) also (?:sent|addressed) to|also (?:sent|addressed|copied) to|other recipients)\b/i;

/** A heading that lists failed or delayed recipients, ending a delivered list. */
export const FAILED_HEADING =
  /\b(?:could not|couldn't|cannot|can't|was not|wasn't|were not|not (?:yet )?been|failed|fail|undeliverable|did not reach|unable|error|permanent|temporary|delayed|problem)\b/i;

/** The addresses the original message was written to (its To and Cc), for names a notice lists bare. */
export function addressedIn(headers: HeaderList): string[] {
  return [...headersNamed(headers, 'to'), ...headersNamed(headers, 'cc')].flatMap((value) =>
    findAddresses(value, 200).map(cleanAddress),
  );
}
