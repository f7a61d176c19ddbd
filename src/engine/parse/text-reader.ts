/**
 * Reads the prose of a non-delivery report (Postfix, Exim, Sendmail, qmail, Exchange, Notes,
 * Courier and the many that imitate them): which recipients failed and what the receiving
 * server said about each. Works line by line, so it copes with text pasted from a mail client.
 */
import {
  ADDRESS,
  addressSpans,
  cleanAddress,
  codesIn,
  collapseSpace,
  withoutAddresses,
} from './patterns.ts';
import { commandIn, remoteHostIn, transcriptCommand } from './smtp-context.ts';
import { decapsulated, DELIVERED_HEADING, FAILED_HEADING } from './recipient-context.ts';
import type { ParsedRecipient, SmtpCommand } from './types.ts';

/** A line that names a failed recipient: the address leads the line, perhaps after a label. */
const RECIPIENT_LINE = new RegExp(
  String.raw`^\s*(?:[*>-]+\s*)?` +
    String.raw`(?:(?:recipient address|original-recipient|final-recipient|addressed to|could not be delivered to|failed recipient|recipient|rcpt to|your message to|to)\s*:\s*)?` +
    String.raw`(?:rfc822;\s*)?[<"]?(${ADDRESS.source})[>"]?(.*)$`,
  'iu',
);

/** What may follow the address on a recipient line (anything else means prose, not a recipient). */
const RECIPIENT_TAIL =
  /^(?:\s*$|\s*:|\s+on\s|\s*<mailto:|\s*\(|\s*\.\.\.|\s*\[|\s+-\s|\s+<|\s*,\s*$|\s+(?:has|was|is|could|failed|because)\b)/i;

/** Labels that introduce header summaries of the original message, not failed recipients. */
const SUMMARY_LABEL =
  /^\s*(?:to|from|cc|subject|sent|date|mail from|original sender|reply-to)\s*:/i;

/** A recipient's explanation is a few lines; past this it is something else (a pasted log). */
const MAX_BLOCK_CHARS = 8000;

/** A recipient's explanation; recipients listed together hold one (see readBlocks). */
interface Explanation {
  lines: string[];
  /** Characters collected so far. */
  size: number;
  /** How many blocks hold it. */
  holders: number;
}

interface Block {
  address: string;
  /** How far the line naming the recipient is indented. */
  indent: number;
  text: Explanation;
}

/** Prose that names the failed recipient mid-sentence ("There was an error delivering your mail to <a@b>."). */
const INLINE_RECIPIENT = new RegExp(
  String.raw`(?:delivering your (?:mail|message) to|could not be delivered to|unable to deliver (?:message |your message )?to|delivery to|your message to|was not delivered to|failed to deliver to|sent to)\s*:?\s*<?(${ADDRESS.source})>?(.*)$`,
  'iu',
);

function recipientOnLine(line: string): { address: string; rest: string } | undefined {
  if (!line.includes('@')) return undefined;
  if (SUMMARY_LABEL.test(line) && !/^\s*(?:rcpt )?to\s*:\s*<?\S+@\S+>?\s*$/i.test(line))
    return undefined;
  const inline = INLINE_RECIPIENT.exec(line);
  if (inline)
    return {
      address: cleanAddress(inline[1]!),
      rest: inline[2]!
        .replace(/^[>.:\s]+/, '')
        .replace(/^\(?and other recipients[^)]*\)?[.\s]*/i, ''),
    };
  const match = RECIPIENT_LINE.exec(line);
  if (!match) return undefined;
  const rest = match[2] ?? '';
  if (!RECIPIENT_TAIL.test(rest)) return undefined;
  if (/^\s*to\s*:/i.test(line) && !/rcpt/i.test(line)) return undefined;
  return { address: cleanAddress(match[1]!), rest: rest.replace(/^\s*[:>"]*\s*/, '') };
}

/** Sendmail-style transcript: ">>> RCPT To:<a@b>" then "<<< 550 5.1.1 ...". */
function readTranscript(lines: string[]): Map<string, { command: SmtpCommand; reply: string }> {
  const replies = new Map<string, { command: SmtpCommand; reply: string }>();
  let command: SmtpCommand | undefined;
  let commandAddress: string | undefined;
  for (const line of lines) {
    const sent = transcriptCommand(line);
    if (sent) {
      command = sent;
      commandAddress = sent === 'RCPT' ? /<([^>]+)>/.exec(line)?.[1] : undefined;
      continue;
    }
    const reply = /^\s*<<<\s*(.*)$/.exec(line)?.[1];
    if (!reply || !command) continue;
    const key = (commandAddress ? cleanAddress(commandAddress) : '*').toLowerCase();
    const previous = replies.get(key);
    if (previous && previous.command === command) previous.reply += ' ' + reply;
    else if (!previous || /^[45]/.test(reply)) replies.set(key, { command, reply });
  }
  return replies;
}

const NOT_BLANK = /\S/;
const isBlank = (line: string) => line.length === 0 || !NOT_BLANK.test(line);

/** A separator line ("------", "=====") ends a recipient's explanation. */
const RULE_LINE = /^\s*(?:-{3,}|={5,})/;

/** A delivery-status field pasted inline ends the prose explanation before it. */
const DSN_FIELD =
  /^\s*(?:action|status|remote-mta|reporting-mta|diagnostic-code|final-recipient|original-recipient|x-actual-recipient|last-attempt-date|arrival-date)\s*:/i;

/** "A message sent by" / "From:" just before an address: that is the sender, not a recipient. */
const SENDER_CONTEXT = /(?:sent by|message from|sender|from)\s*:?\s*$/i;

/** Sendmail's per-recipient result: "550 5.1.1 <a@b>... User unknown". */
const SENDMAIL_RESULT = new RegExp(
  String.raw`^\s*[45]\d\d[ -](?:[45]\.\d{1,3}\.\d{1,3} )?<?(${ADDRESS.source})>?\.\.\.\s*(.*)$`,
  'u',
);

/** A notice naming more recipients than this is read up to that many. */
export const MAX_RECIPIENTS = 1000;

/** Leading whitespace, a tab counting as eight. */
function indentOf(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === ' ') width++;
    else if (char === '\t') width += 8;
    else break;
  }
  return width;
}

/** Where the addresses of a line stand, when it names at least two (and is not a wall of text). */
function severalAddresses(line: string): (readonly [number, number])[] | undefined {
  if (line.length > 4000 || line.indexOf('@') === line.lastIndexOf('@')) return undefined;
  const spans = addressSpans(line);
  return spans.length >= 2 ? spans : undefined;
}

/**
 * A line holding nothing but addresses ("a@x.example, <b@x.example>; c@x.example"), or
 * addresses and one explanation for them all after a colon ("a@x.example, b@y.example: User
 * unknown").
 */
function addressList(
  line: string,
  spans: readonly (readonly [number, number])[],
): { addresses: string[]; rest: string } | undefined {
  if (SUMMARY_LABEL.test(line)) return undefined;
  // Between the addresses nothing but separators; before them, separators or a heading that
  // says they failed ("The following recipients were unknown: a@x, b@y").
  const lead = line.slice(0, spans[0]![0]);
  let from = SEPARATORS.test(lead) || !failedListHeading(lead) ? 0 : lead.length;
  for (const [start, end] of spans) {
    if (!SEPARATORS.test(line.slice(from, start))) return undefined;
    from = end;
  }
  const addresses = spans.slice(0, 200).map(([start, end]) => cleanAddress(line.slice(start, end)));
  // A heading that says they failed explains them all, as words after them would.
  const heading = from > 0 ? lead.trim() : '';
  const tail = line.slice(from);
  if (SEPARATORS.test(tail)) return { addresses, rest: heading };
  const said = SHARED_EXPLANATION.exec(tail);
  return said ? { addresses, rest: `${heading} ${said[1]!.trim()}`.trim() } : undefined;
}

/** A heading on the line of the addresses it lists, saying they failed. */
function failedListHeading(lead: string): boolean {
  return (
    lead.length < 200 &&
    /:\s*<?$/.test(lead) &&
    (FAILED_HEADING.test(lead) || /\bunknown\b/i.test(lead)) &&
    !DELIVERED_HEADING.test(lead) &&
    !CONTACT_LABEL.test(lead)
  );
}

const SHARED_EXPLANATION = /^[>"]?\s*:\s*(\S.*)$/;

/** After an address, its own reason in brackets: "a@x (user unknown), b@y (mailbox full)". */
const BRACKETED_REASON = /^[\s>"]*\(([^()]{1,300})\)[\s,;.]*[<"]?$/;

/** A line of addresses each followed by its own reason in brackets, as some gateways list them. */
function reasonedList(
  line: string,
  spans: readonly (readonly [number, number])[],
): { address: string; reason: string }[] | undefined {
  if (!SEPARATORS.test(line.slice(0, spans[0]![0]))) return undefined;
  const items: { address: string; reason: string }[] = [];
  for (const [i, [start, end]] of spans.slice(0, 200).entries()) {
    const next = spans[i + 1]?.[0] ?? line.length;
    const reason = BRACKETED_REASON.exec(line.slice(end, next))?.[1]?.trim();
    if (!reason) return undefined;
    items.push({ address: cleanAddress(line.slice(start, end)), reason });
  }
  return items;
}

const SEPARATORS = /^[\s<>,;"]*$/;

/** The line before an address that introduces someone to write to ("please contact:"). */
const CONTACT_LABEL =
  /\b(?:contact|write to|send (?:\w+ )?to|e-?mail (?:us|to)|reach us|questions?|assistance|help ?desk|support team|administrator)\b[^.!?]*:\s*$|\b(?:please contact|write to|mail to|e-?mail us at)\s*$/i;

/**
 * The time Exchange 2003's reports put after each failed recipient ("joe@example.org on Thu,
 * 29 Apr 2010 00:00:00 -0000", "… on 3/5/2002 10:12 AM"): when it failed, not why.
 */
const DELIVERY_DATE =
  /^on\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{1,2}\s+[a-z]{3,9}\s+\d{2,4}|\d{1,2}\/\d{1,2}\/\d{2,4}|[a-z]{3,9}\s+\d{1,2},?\s+\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?(?:\s+[+-]\d{4})?(?:\s+\([^)]*\))?\s*$/i;

/** RFC 3676 s4.3: a line of "-- " starts a signature; nothing after it is the notice. */
const SIGNATURE = /^-- ?$/;

/** The recipients a notice's lines name, and the lines that name them. */
interface BlocksRead {
  blocks: Block[];
  /** Lines that named a recipient (an address line, a list of them). */
  naming: Set<string>;
}

function readBlocks(lines: string[], notice: string): BlocksRead {
  const blocks = new Map<string, Block>();
  const naming = new Set<string>();
  let current: Block | undefined;
  // Recipients listed one after another with no words of their own share what follows them
  // ("was not delivered to: a, b because: …"; Sendmail's bare list before its transcript). They
  // hold one explanation, written once: a thousand listed recipients followed by a long
  // explanation cost a thousand copies of it otherwise (issue 13's fuzz, 1 s for 250 KB).
  let sharing = new Set<Block>();
  // The explanations the group writes to: the one its listed recipients hold, and those of
  // recipients that had words of their own before they were listed again.
  let writing: Explanation[] = [];
  let blankRun = 0;
  let previous = '';
  // Past the recipients kept the rest of the notice is theirs it does not keep: not read (a
  // 4.5 MB notice of addresses cost a second to read to its end, issue 13's fuzz).
  let full = false;
  const blockFor = (written: string, indent: number): Block | undefined => {
    const address = decapsulated(written);
    const key = address.toLowerCase();
    let block = blocks.get(key);
    // One more than the cap, so that the caller can tell the notice went on.
    if (!block && blocks.size <= MAX_RECIPIENTS)
      blocks.set(key, (block = { address, indent, text: { lines: [], size: 0, holders: 1 } }));
    else if (!block) full = true;
    return block;
  };
  /** The block's explanation, its own from now on: copied if others hold it too. */
  const own = (block: Block): Explanation => {
    const held = block.text;
    if (held.holders === 1) return held;
    held.holders--;
    return (block.text = { lines: [...held.lines], size: held.size, holders: 1 });
  };
  const append = (text: Explanation, line: string) => {
    if (text.size >= MAX_BLOCK_CHARS) return;
    text.lines.push(line.slice(0, MAX_BLOCK_CHARS));
    text.size += line.length;
  };
  const add = (block: Block, line: string) => {
    if (!sharing.has(block)) return append(own(block), line);
    for (const text of writing) append(text, line);
  };
  const start = (address: string, indent: number): Block | undefined => {
    const block = blockFor(address, indent);
    if (!block) return undefined;
    const listing =
      current !== undefined && current.text.lines.length === 0 && sharing.has(current);
    if (!listing) {
      sharing = new Set([block]);
      writing = [own(block)];
    } else if (!sharing.has(block)) {
      sharing.add(block);
      if (block.text.lines.length === 0 && block.text.holders === 1) {
        // Listed with no words of its own: it holds the group's (still empty) explanation.
        block.text = current!.text;
        block.text.holders++;
      } else writing.push(own(block));
    }
    return block;
  };
  // Under a heading listing recipients the message did reach, addresses are not failures. Most
  // notices have no such heading: one look at the whole notice spares a test of every line.
  const mayListDelivered = DELIVERED_HEADING.test(notice);
  let deliveredList = false;
  for (const line of lines) {
    if (full || (line.length <= 3 && SIGNATURE.test(line))) break;
    const before = previous;
    if (!isBlank(line)) previous = line;
    const hasAt = line.includes('@');
    if (!hasAt && mayListDelivered) {
      if (line.length < 200 && DELIVERED_HEADING.test(line) && !FAILED_HEADING.test(line)) {
        deliveredList = true;
        current = undefined;
        continue;
      }
      if (deliveredList && FAILED_HEADING.test(line)) deliveredList = false;
    }
    if (deliveredList) continue;
    // A line indented deeper than its recipient continues that recipient's explanation, even
    // when it starts with an address (Postfix wraps "said: 554 5.7.1\n    <sender@…>: …").
    const continues =
      current !== undefined && current.text.lines.length > 0 && indentOf(line) > current.indent;
    const result = hasAt && !continues ? SENDMAIL_RESULT.exec(line) : null;
    if (result) {
      const block = blockFor(cleanAddress(result[1]!), indentOf(line));
      if (block) own(block).lines.push(line.trim());
      current = undefined;
      sharing = new Set();
      writing = [];
      continue;
    }
    // Only the end of the line before can introduce an address: a bounded test, however long.
    const lead = before.length > 200 ? before.slice(-200) : before;
    const mayName = hasAt && !continues && !SENDER_CONTEXT.test(lead) && !CONTACT_LABEL.test(lead);
    // The addresses of a line naming several, found once for the two shapes of list.
    const spans = mayName ? severalAddresses(line) : undefined;
    const listed = spans ? addressList(line, spans) : undefined;
    if (listed) {
      naming.add(line);
      for (const address of listed.addresses) current = start(address, indentOf(line)) ?? current;
      if (current && listed.rest) add(current, listed.rest);
      blankRun = 0;
      continue;
    }
    const reasoned = spans ? reasonedList(line, spans) : undefined;
    if (reasoned) {
      // Each address with its own reason: none joins a list the line before left open.
      naming.add(line);
      current = undefined;
      for (const { address, reason } of reasoned) {
        current = start(address, indentOf(line)) ?? current;
        if (current) add(current, reason);
      }
      blankRun = 0;
      continue;
    }
    const found = mayName ? recipientOnLine(line) : undefined;
    if (found && !/^\s*<<</.test(line)) {
      naming.add(line);
      current = start(found.address, indentOf(line));
      const rest = found.rest.replace(DELIVERY_DATE, '');
      if (current && rest) add(current, rest);
      blankRun = 0;
      continue;
    }
    if (!current) continue;
    if (isBlank(line)) {
      blankRun++;
      // A blank line right after the address, or after a label ("For the following reason:"),
      // separates it from its explanation rather than ending it.
      const { lines: said } = current.text;
      const last = said[said.length - 1];
      const open = said.length === 0 || (last !== undefined && /:\s*$/.test(last));
      if (!open || blankRun > 1) current = undefined;
      continue;
    }
    blankRun = 0;
    if (RULE_LINE.test(line) || (line.includes(':') && DSN_FIELD.test(line))) {
      current = undefined;
      continue;
    }
    add(current, line.trim());
  }
  return { blocks: [...blocks.values()], naming };
}

/** Undo one level of "> " quoting when most of the text is quoted (a forwarded bounce). */
function unquote(lines: string[]): string[] {
  if (!lines.some((line) => line.charCodeAt(0) === 62)) return lines; // no line starts with ">"
  const filled = lines.filter((line) => line.trim());
  const quoted = filled.filter((line) => /^> ?(?!>)/.test(line) || line === '>');
  return quoted.length > filled.length / 2
    ? lines.map((line) => line.replace(/^> ?(?!>)|^>$/, ''))
    : lines;
}

const HAS_CODE = /(?<![\d.])[245]\d\d[ -]|(?<![\d.])[245]\.\d{1,3}\.\d{1,3}(?!\d|\.\d)|\(#[45]\.\d/;

/** Paragraphs of the notice that carry an SMTP reply or status code. */
function codeParagraphs(lines: string[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const text = current.join(' ');
    if (HAS_CODE.test(text)) paragraphs.push(collapseSpace(text));
    current = [];
  };
  for (const line of lines) {
    if (isBlank(line)) flush();
    else current.push(line);
  }
  flush();
  return paragraphs.slice(0, 3);
}

/**
 * The notice's lines that explain no recipient in particular. Of a notice naming several, the
 * lines naming any of them are left out too: what it says of one is not said of the others.
 */
function generalLines(lines: string[], blocks: readonly Block[], naming: Set<string>): string[] {
  if (blocks.length === 0) return lines;
  const explaining = new Set<string>();
  // Recipients listed together hold one explanation: each is read once.
  for (const text of new Set(blocks.map((block) => block.text)))
    for (const line of text.lines) explaining.add(line);
  const several = blocks.length > 1;
  return lines.filter((line) => !explaining.has(line.trim()) && !(several && naming.has(line)));
}

/**
 * The notice without address-only lines and without what it says of any recipient: the
 * explanation of last resort. A recipient that says too little borrows the notice's general
 * words, never another recipient's reply (nor its own again).
 */
function noticeGist(lines: string[]): string {
  const kept: string[] = [];
  let size = 0;
  for (const line of lines) {
    if (size > 3000) break;
    if (withoutAddresses(line).replace(/[\s<>"':;,.()*-]/g, '').length === 0) continue;
    kept.push(line.slice(0, 3000));
    size += line.length;
  }
  return collapseSpace(kept.join(' ')).slice(0, 1500);
}

const WORDS = /\p{L}{2,}/gu;

/** Too little to classify: no code and at most a few words besides addresses. */
function thin(text: string): boolean {
  if (HAS_CODE.test(text)) return false;
  // Counted up to the fourth: enough to know, without listing every word of a long text.
  const rest = withoutAddresses(text);
  let count = 0;
  WORDS.lastIndex = 0;
  while (count < 4 && WORDS.exec(rest)) count++;
  return count < 4;
}

/** Read the recipients and their diagnostics from the notice text of a bounce. */
export function readNoticeText(notice: string): ParsedRecipient[] {
  const lines = unquote(notice.split('\n'));
  const transcript = notice.includes('>>>')
    ? readTranscript(lines)
    : new Map<string, { command: SmtpCommand; reply: string }>();
  const { blocks, naming } = readBlocks(lines, notice);
  let generalMemo: string[] | undefined;
  const general = () => (generalMemo ??= generalLines(lines, blocks, naming));
  let generalHost: string | undefined | null = null;
  // The host a notice names outside any recipient's explanation (or anywhere, for one recipient).
  const noticeHost = () =>
    generalHost === null
      ? (generalHost = remoteHostIn(blocks.length > 1 ? general().join('\n') : notice))
      : generalHost;
  const single = blocks.length === 1;
  // The same for every recipient that says too little: read once, not once per recipient.
  let gist: string | undefined;
  // Recipients listed together hold one explanation, and most then read alike: each
  // explanation, and each diagnostic, is read once.
  const explained = new Map<Explanation, { text: string; hasCode: boolean; host?: string }>();
  const explain = (text: Explanation) => {
    let read = explained.get(text);
    if (!read) {
      const joined = text.lines.join(' ');
      read = {
        text: collapseSpace(joined),
        hasCode: HAS_CODE.test(joined),
        host: remoteHostIn(text.lines.join('\n')),
      };
      explained.set(text, read);
    }
    return read;
  };
  // One string per explanation, so that the maps below find it without reading it again.
  const gisted = new Map<string, string>();
  const withGist = (diagnostic: string) => {
    let read = gisted.get(diagnostic);
    if (read === undefined)
      gisted.set(
        diagnostic,
        (read = collapseSpace(`${diagnostic} ${(gist ??= noticeGist(general()))}`)),
      );
    return read;
  };
  const thinness = new Map<string, boolean>();
  const isThin = (diagnostic: string) => {
    let read = thinness.get(diagnostic);
    if (read === undefined) thinness.set(diagnostic, (read = thin(diagnostic)));
    return read;
  };
  const readings = new Map<string, ReturnType<typeof codesIn> & { command?: SmtpCommand }>();
  const reading = (diagnostic: string) => {
    let read = readings.get(diagnostic);
    if (!read)
      readings.set(diagnostic, (read = { ...codesIn(diagnostic), command: commandIn(diagnostic) }));
    return read;
  };
  return blocks.map((block) => {
    const session = transcript.get('*');
    const fromTranscript = transcript.get(block.address.toLowerCase()) ?? session;
    const own = explain(block.text);
    let diagnostic = own.text;
    if (fromTranscript && (!/\d{3}/.test(diagnostic) || /^\(?reason:/i.test(diagnostic))) {
      diagnostic = collapseSpace(`${diagnostic} ${fromTranscript.reply}`);
    } else if (session && session.command !== 'DATA' && !diagnostic.includes(session.reply)) {
      // A refusal before any recipient (at MAIL FROM or the greeting) explains every recipient.
      diagnostic = collapseSpace(`${session.reply} ${diagnostic}`);
    }
    // The explanation may stand in its own paragraph ("Technical details of permanent failure:").
    if (single && !HAS_CODE.test(diagnostic)) {
      const extra = codeParagraphs(lines).filter((p) => !diagnostic.includes(p));
      if (extra.length) diagnostic = collapseSpace(`${diagnostic} ${extra.join(' ')}`);
    }
    if (isThin(diagnostic)) diagnostic = withGist(diagnostic);
    const { replyCode, status, command } = reading(diagnostic);
    const ownReply = transcript.get(block.address.toLowerCase());
    return {
      address: block.address,
      diagnostic,
      replyCode,
      status,
      command: command ?? ownReply?.command ?? (own.hasCode ? undefined : session?.command),
      remoteMta: own.host ?? noticeHost(),
    };
  });
}

/** A heading over a list of recipients ("…could not be delivered to the following recipients:"). */
const LIST_HEADING =
  /\bfollowing (?:recipients?|addresses|address(?:\(es\))?|users?|mailboxes)\b.*:\s*$/i;
const BARE_NAME = /^\s+([\p{L}\p{N}._+-]{1,64})\s*$/u;

/**
 * Recipients a notice lists by mailbox name only (AOL listed screen names, GroupWise user IDs),
 * given their address by the original message's To and Cc, which name them in full.
 */
export function bareNameRecipients(notice: string, addressed: string[]): string[] {
  if (addressed.length === 0) return [];
  const byLocal = new Map<string, string>();
  for (const address of addressed) {
    const local = address.slice(0, address.lastIndexOf('@')).toLowerCase();
    if (!byLocal.has(local)) byLocal.set(local, address);
  }
  const found: string[] = [];
  let listing = false;
  for (const line of notice.split('\n').slice(0, 400)) {
    if (LIST_HEADING.test(line)) {
      listing = true;
      continue;
    }
    if (!listing) continue;
    const name = BARE_NAME.exec(line)?.[1];
    const address = name ? byLocal.get(name.toLowerCase()) : undefined;
    if (address) found.push(address);
    else if (!isBlank(line)) listing = false;
  }
  return found;
}

/** A recipient the notice names only in a list: the notice's words are its explanation. */
export function recipientFromNotice(address: string, notice: string): ParsedRecipient {
  const lines = notice.split('\n');
  const diagnostic = collapseSpace(noticeGist(lines));
  const codes = codesIn(diagnostic);
  return {
    address,
    diagnostic,
    replyCode: codes.replyCode,
    status: codes.status,
    command: commandIn(diagnostic),
    remoteMta: remoteHostIn(notice),
  };
}
