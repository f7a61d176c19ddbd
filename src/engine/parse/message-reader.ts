/**
 * Reads a whole bounce message: the RFC 3464 report when there is one, the notice prose
 * otherwise (or as well, for what the report leaves out), the returned original, ARF reports
 * and auto-replies.
 */
import { forwardedBounce } from './forwarded.ts';
import { decodeHeaderValue, header, parseHeaders, type HeaderList } from './headers.ts';
import {
  mostSpecificStatus,
  parseDeliveryStatus,
  reportedAddress,
  type DsnRecipientFields,
} from './delivery-status.ts';
import { parseFeedbackReport } from './feedback-report.ts';
import { entityText, leaves, parseEntity, splitHeaderBody, type MimeEntity } from './mime.ts';
import { originalFromHeaders } from './original-message.ts';
import { splitAtOriginal } from './original-markers.ts';
import { cleanAddress, codesIn, collapseSpace, findAddresses, firstAddress } from './patterns.ts';
import { addressedIn, recipientAddressIn, subjectRecipient } from './recipient-context.ts';
import { commandIn, remoteHostIn } from './smtp-context.ts';
import {
  bareNameRecipients,
  MAX_RECIPIENTS,
  readNoticeText,
  recipientFromNotice,
} from './text-reader.ts';
import {
  AUTO_REPLY_SUBJECT,
  BOUNCE_BODY,
  BOUNCE_SENDER,
  BOUNCE_SUBJECT,
  EXPIRED_SUBJECT,
} from './bounce-signs.ts';
import { readSesNotification } from './ses-notification.ts';
import { readChallengeResponse } from './reports/challenge-response.ts';
import { reportInParts } from './reports/find-report.ts';
import { htmlToText } from './html-text.ts';
import { markRetrying } from './delay-notice.ts';
import { withoutBoilerplate } from './boilerplate.ts';
import type { OriginalMessage, ParsedBounce, ParsedRecipient, SmtpCommand } from './types.ts';

const DSN_TYPES = /^message\/(?:global-)?delivery-status$/;
const ORIGINAL_TYPES =
  /^(?:message\/(?:rfc822|global|partial)|text\/rfc822-headers|message\/global-headers|text\/rfc822)$/;
const DSN_IN_TEXT = /^(?:final-recipient|original-recipient|reporting-mta)\s*:/im;

interface Parts {
  notice?: MimeEntity;
  dsn?: MimeEntity;
  feedback?: MimeEntity;
  original?: MimeEntity;
}

function findParts(entity: MimeEntity): Parts {
  const parts: Parts = {};
  for (const leaf of leaves(entity)) {
    if (DSN_TYPES.test(leaf.type)) parts.dsn ??= leaf;
    else if (leaf.type === 'message/feedback-report') parts.feedback ??= leaf;
    else if (ORIGINAL_TYPES.test(leaf.type)) parts.original ??= leaf;
    else if (leaf.type === 'text/plain') parts.notice ??= leaf;
    else if (leaf.type === 'text/html' && !parts.notice) parts.notice = leaf;
  }
  return parts;
}

/**
 * The explanation a notice gives stands at its top; a notice that goes on for pages (HTML
 * newsletters returned inline, quoted originals without a marker) is read up to this point.
 */
const NOTICE_CHARS = 32 * 1024;

function noticeOf(parts: Parts, bytes: boolean): string {
  if (!parts.notice) return '';
  const text = entityText(parts.notice, bytes, NOTICE_CHARS * 3);
  if (parts.notice.type !== 'text/html')
    return text.length > NOTICE_CHARS ? text.slice(0, NOTICE_CHARS) : text;
  return htmlToText(text.slice(0, NOTICE_CHARS * 2)).slice(0, NOTICE_CHARS);
}

function originalOf(
  parts: Parts,
  inline: string | undefined,
  bytes: boolean,
): OriginalMessage | undefined {
  const source = parts.original ? entityText(parts.original, bytes) : inline;
  if (!source) return undefined;
  const { head, body } = splitHeaderBody(source.replace(/^\s*\n/, ''));
  const headers = parseHeaders(head);
  if (headers.length === 0) return undefined;
  const headersOnly = parts.original?.type.includes('headers') || !body.trim();
  return originalFromHeaders(headers, headersOnly ? undefined : body);
}

/** "mx.example.com. (192.0.2.1, the server for ...)" -> "mx.example.com" */
function hostOf(value: string | undefined): string | undefined {
  return (
    value
      ?.trim()
      .split(/[\s[(]/)[0]
      ?.replace(/\.$/, '')
      .toLowerCase() || undefined
  );
}

interface DiagnosticReading {
  diagnostic: string;
  codes: ReturnType<typeof codesIn>;
  host?: string;
  command?: SmtpCommand;
  statuses: Map<string | undefined, string | undefined>;
}

/**
 * What a Diagnostic-Code says, read once per text: a report of a thousand recipients most often
 * gives them all the same one (each reading of it cost some 15 µs, issue 13's fuzz).
 */
function diagnosticReader() {
  const read = new Map<string, DiagnosticReading>();
  return (raw: string): DiagnosticReading => {
    let reading = read.get(raw);
    if (!reading) {
      const diagnostic = collapseSpace(raw);
      reading = {
        diagnostic,
        codes: codesIn(diagnostic),
        host: remoteHostIn(diagnostic),
        command: commandIn(diagnostic),
        statuses: new Map(),
      };
      read.set(raw, reading);
    }
    return reading;
  };
}

function fromDsn(
  fields: DsnRecipientFields,
  reportingMta: string | undefined,
  readDiagnostic: (raw: string) => DiagnosticReading,
): ParsedRecipient {
  const reading = readDiagnostic(fields.diagnostic ?? '');
  const { diagnostic, statuses } = reading;
  let status = statuses.get(fields.status);
  if (!statuses.has(fields.status))
    statuses.set(fields.status, (status = mostSpecificStatus(fields.status, diagnostic)));
  const { address, originalRecipient, finalRecipient } = reportedAddress(fields);
  // Every record gets the same fields in the same order, so the recipients share one shape.
  return {
    address,
    originalRecipient,
    finalRecipient,
    action: fields.action,
    status,
    replyCode: reading.codes.replyCode,
    diagnostic,
    diagnosticType: fields.diagnosticType,
    remoteMta: hostOf(fields.remoteMta) ?? reading.host,
    reportingMta,
    command: reading.command,
    date: fields.lastAttemptDate,
  };
}

/** Fill what the report leaves out from what the prose says about the same recipient. */
function mergeProse(
  fromReport: ParsedRecipient,
  prose: ParsedRecipient | undefined,
): ParsedRecipient {
  if (!prose) return fromReport;
  const merged = { ...fromReport };
  const thin =
    !merged.diagnostic || !/[a-z]{3}/i.test(merged.diagnostic.replace(/^\d{3}\s*[\d.]*\s*/, ''));
  if (thin && prose.diagnostic)
    merged.diagnostic = collapseSpace(`${merged.diagnostic} ${prose.diagnostic}`);
  merged.command ??= prose.command ?? commandIn(prose.diagnostic);
  merged.remoteMta ??= prose.remoteMta;
  merged.replyCode ??= prose.replyCode;
  merged.status ??= prose.status;
  return merged;
}

/** A report line that says everything the prose could add (text, reply, host). */
function complete(r: ParsedRecipient): boolean {
  return (
    !!r.replyCode &&
    !!r.remoteMta &&
    /[a-z]{3}.*[a-z]{3}/i.test(r.diagnostic.replace(/^\d{3}\s*[\d.]*\s*/, ''))
  );
}

/** The SMTP stage the prose names near the recipient's address ("in reply to RCPT TO command"). */
function commandNear(notice: string, address: string): SmtpCommand | undefined {
  if (!address) return undefined;
  let at = notice.indexOf(address);
  if (at < 0) at = notice.toLowerCase().indexOf(address.toLowerCase());
  if (at < 0) return undefined;
  const end = notice.indexOf('\n\n', at);
  return commandIn(collapseSpace(notice.slice(at, end < 0 ? at + 600 : Math.min(end, at + 600))));
}

function sameAddress(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** An auto-reply (RFC 3834); only asked of messages that do not look like bounces. */
function autoReply(headers: HeaderList, subject: string): boolean {
  const submitted = header(headers, 'auto-submitted')?.toLowerCase() ?? '';
  if (submitted.startsWith('auto-replied')) return true;
  if (header(headers, 'x-autoreply') || header(headers, 'x-autorespond')) return true;
  return AUTO_REPLY_SUBJECT.test(subject.trim());
}

/** A subject saying time ran out applies to every recipient that names no other hint. */
function applySubjectHint(recipients: ParsedRecipient[], subject: string): void {
  if (!EXPIRED_SUBJECT.test(subject)) return;
  // The recipients are this parse's own objects: marking them in place is safe.
  for (const r of recipients) {
    if (r.hint) continue;
    r.hint = 'expired';
    r.hintText = subject;
  }
}

/** What reading a message concluded, before it is dressed as a ParsedBounce. */
type Outcome = Pick<
  ParsedBounce,
  'isBounce' | 'format' | 'recipients' | 'feedback' | 'autoReply' | 'report'
>;

interface Read {
  outcome: Outcome;
  bounceHeaders: NonNullable<ParsedBounce['bounceHeaders']>;
  original: () => OriginalMessage | undefined;
}

const READ_ORIGINAL = Symbol('read original');

interface Lazy {
  /** readMessageParts' reader, which reads the original once. */
  [READ_ORIGINAL]?: () => OriginalMessage | undefined;
}

/**
 * The original's headers are read only when someone asks (the wizard's pre-fill), not for every
 * bounce a script classifies: an own enumerable getter, which structured cloning, spreading and
 * JSON still read. It is one function for every result, with the reader in a symbol-keyed field:
 * a getter written in the object literal is a new function per result, and V8 then gives each
 * result a hidden class of its own, kept in the old generation until a full collection. The
 * class holds the getter and the getter the whole message text, so every text outlived the next
 * minor collections and was copied twice (15% of what the young generation allocated was
 * promoted, 0.6% now, and each minor collection took several times as long).
 */
const ORIGINAL_ON_DEMAND: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: Lazy) {
    return this[READ_ORIGINAL]?.();
  },
};

export function readMessage(text: string, bytes: boolean, depth = 0): ParsedBounce {
  const read = readMessageParts(text, bytes, depth);
  if ('forwarded' in read) return read.forwarded;
  const { outcome, bounceHeaders, original } = read;
  if (outcome.isBounce) applySubjectHint(outcome.recipients, bounceHeaders.subject ?? '');
  const result: ParsedBounce & Lazy = {
    kind: 'message',
    isBounce: outcome.isBounce,
    format: outcome.format,
    recipients: outcome.recipients,
    bounceHeaders,
    warnings: [],
  };
  Object.defineProperty(result, 'original', ORIGINAL_ON_DEMAND);
  result[READ_ORIGINAL] = original;
  if (outcome.feedback) result.feedback = outcome.feedback;
  if (outcome.autoReply) result.autoReply = outcome.autoReply;
  if (outcome.report) result.report = outcome.report;
  return result;
}

/** Complaint reports that do not use RFC 5965's MIME type (Microsoft JMRP, Yahoo/AOL FBL). */
const COMPLAINT_SUBJECT =
  /complaint about message from|abuse report|\bfbl\b|feedback loop|spam report/i;

/** How much of the notice a recipient carries as context: its opening, where explanations stand. */
const CONTEXT_CHARS = 800;

/** Give each recipient the notice's own words as context for what its diagnostic leaves open. */
function withContext(recipients: ParsedRecipient[], notice: string): ParsedRecipient[] {
  const context = notice.slice(0, CONTEXT_CHARS).trim();
  // The recipients are this parse's own objects.
  if (context) for (const r of recipients) r.context = context;
  return recipients;
}

/** The bounce a message forwards, read one level down, when it names a failed recipient. */
function forwardedRead(
  message: string,
  bytes: boolean,
  depth: number,
  how: string,
): ParsedBounce | undefined {
  const inner = readMessage(message, bytes, depth + 1);
  if (!inner.isBounce || inner.recipients.length === 0) return undefined;
  return {
    ...inner,
    warnings: [...inner.warnings, `This message forwards a bounce ${how} was read.`],
  };
}

/** A bounce forwarded as an attachment: the embedded message is the one to read. */
function embeddedBounce(parts: Parts, bytes: boolean, depth: number): ParsedBounce | undefined {
  if (!parts.original || parts.dsn || depth >= 2 || parts.original.type.includes('headers'))
    return undefined;
  const embedded = entityText(parts.original, bytes);
  const { head } = splitHeaderBody(embedded.replace(/^\s*\n/, ''));
  const headers = parseHeaders(head);
  const looksBounce =
    /multipart\/report/i.test(header(headers, 'content-type') ?? '') ||
    (BOUNCE_SENDER.test(header(headers, 'from') ?? '') &&
      BOUNCE_SUBJECT.test(decodeHeaderValue(header(headers, 'subject') ?? '')));
  if (!looksBounce) return undefined;
  const message = embedded.replace(/^\s*\n/, '');
  return forwardedRead(message, bytes, depth, 'as an attachment; the attached bounce');
}

/** A bounce forwarded in a message's text, under the header lines the mail program shows. */
function inlineBounce(notice: string, depth: number): ParsedBounce | undefined {
  const message = depth < 2 ? forwardedBounce(notice) : undefined;
  return message
    ? forwardedRead(message, false, depth, 'in its text; the forwarded bounce')
    : undefined;
}

function readMessageParts(
  text: string,
  bytes: boolean,
  depth: number,
): Read | { forwarded: ParsedBounce } {
  let memo: { value?: OriginalMessage } | undefined;
  const original = () => (memo ??= { value: originalOf(parts, inlineOriginal, bytes) }).value;
  const done = (outcome: Outcome): Read => {
    // A delay warning's recipients are still being tried: none of them has failed yet.
    if (outcome.isBounce && outcome.format !== 'arf' && !outcome.autoReply)
      markRetrying(outcome.recipients, subject, noticeText);
    return { outcome, bounceHeaders, original };
  };
  const entity = parseEntity(text);
  const headers = entity.headers;
  const subject = decodeHeaderValue(header(headers, 'subject') ?? '');
  const from = decodeHeaderValue(header(headers, 'from') ?? '');
  const bounceHeaders = {
    from,
    subject,
    date: header(headers, 'date'),
    messageId: header(headers, 'message-id'),
  };
  const parts = findParts(entity);
  const wholeNotice = noticeOf(parts, bytes);
  const { notice: noticeText, original: inlineOriginal } = splitAtOriginal(wholeNotice);
  let dsnText = parts.dsn ? entityText(parts.dsn, bytes) : undefined;
  // Some MTAs put the delivery-status fields in the text part itself.
  if (!dsnText && DSN_IN_TEXT.test(noticeText) && /^status\s*:/im.test(noticeText))
    dsnText = noticeText;

  // A bounce forwarded in the text of a message (as mail programs forward it).
  const inline = !dsnText && !parts.feedback ? inlineBounce(wholeNotice, depth) : undefined;
  if (inline) return { forwarded: inline };

  if (parts.feedback) {
    const feedback = parseFeedbackReport(entityText(parts.feedback, bytes));
    const rcpts = feedback.originalRcptTo.length
      ? feedback.originalRcptTo
      : [firstAddress(original()?.to ?? '') ?? ''];
    const recipients = rcpts.map((address) => ({
      address,
      diagnostic: collapseSpace(noticeText.slice(0, 1000)).slice(0, 500),
      hint: 'feedback',
    }));
    return done({ isBounce: true, format: 'arf', recipients, feedback });
  }

  // A DMARC aggregate or TLS report, or a challenge-response filter's request: not a bounce.
  const report =
    reportInParts(leaves(entity)) ??
    (dsnText ? undefined : readChallengeResponse(noticeText, subject));
  if (report) return done({ isBounce: false, format: report.kind, recipients: [], report });

  if (COMPLAINT_SUBJECT.test(subject) && !dsnText) {
    const address = firstAddress(original()?.to ?? '') ?? '';
    const recipients = [{ address, diagnostic: subject, hint: 'feedback', hintText: subject }];
    return done({ isBounce: true, format: 'arf', recipients });
  }

  // The prose is read only when the report leaves something out: reading it is most of the work.
  let proseMemo: ParsedRecipient[] | undefined;
  const prose = () => (proseMemo ??= readNoticeText(noticeText));
  if (dsnText) {
    // One more than the parser keeps, so that it can say there were more.
    const report = parseDeliveryStatus(dsnText, MAX_RECIPIENTS + 1);
    if (report.recipients.length > 0) {
      const transcript = noticeText.includes('>>>');
      const readDiagnostic = diagnosticReader();
      const recipients = report.recipients.map((fields) => {
        const r = fromDsn(fields, report.reportingMta, readDiagnostic);
        // A session transcript (">>> RCPT TO") needs the prose reader to tie replies to commands.
        if (complete(r) && !transcript) {
          return { ...r, command: r.command ?? commandNear(noticeText, r.address) };
        }
        const all = prose();
        const lone = all.length === 1 && report.recipients.length === 1 ? all[0] : undefined;
        const match =
          all.find((p) => sameAddress(p.address, r.address)) ??
          (fields.originalRecipient
            ? all.find((p) => sameAddress(p.address, fields.originalRecipient!))
            : undefined) ??
          (lone && (lone.replyCode || lone.status) ? lone : undefined);
        return mergeProse(r, match);
      });
      return done({
        isBounce: true,
        format: 'rfc3464',
        recipients: withContext(recipients, noticeText),
      });
    }
  }

  const forwarded = prose().some((p) => p.replyCode || p.status)
    ? undefined
    : embeddedBounce(parts, bytes, depth);
  if (forwarded) return { forwarded };

  const ses = readSesNotification(noticeText);
  if (ses) return done(ses);
  const bounceWords = BOUNCE_BODY.test(noticeText.slice(0, 3000));
  const looksBounce =
    BOUNCE_SENDER.test(from) || BOUNCE_SUBJECT.test(subject) || !!parts.dsn || bounceWords;
  if (!parts.dsn && !looksBounce && autoReply(headers, subject)) {
    const address = firstAddress(from) ?? '';
    return done({
      isBounce: true,
      format: 'rfc3834',
      autoReply: true,
      recipients: [
        {
          address,
          diagnostic: subject,
          context: noticeText.slice(0, CONTEXT_CHARS).trim(),
          hint: 'vacation',
        },
      ],
    });
  }
  // Exim names every failed address in X-Failed-Recipients (deliver.c), also those its text
  // shows only as a file or pipe it could not deliver to.
  const listedFailed = findAddresses(header(headers, 'x-failed-recipients') ?? '', 200).map(
    cleanAddress,
  );
  if (prose().length > 0 && (looksBounce || prose().some((p) => p.replyCode || p.status))) {
    const read = prose();
    const missing = listedFailed.filter((a) => !read.some((r) => sameAddress(r.address, a)));
    const recipients = [...read, ...missing.map((a) => recipientFromNotice(a, noticeText))];
    return done({
      isBounce: true,
      format: 'text',
      recipients: withContext(recipients, noticeText),
    });
  }
  if (!looksBounce) return done({ isBounce: false, format: 'none', recipients: [] });
  // A notice that lists its recipients by mailbox name only: the original's To and Cc complete them.
  const originalHeaders = original()?.headers;
  const named = listedFailed.length
    ? listedFailed
    : originalHeaders
      ? bareNameRecipients(noticeText, addressedIn(originalHeaders))
      : [];
  if (named.length) {
    const recipients = named.map((address) => recipientFromNotice(address, noticeText));
    return done({
      isBounce: true,
      format: 'text',
      recipients: withContext(recipients, noticeText),
    });
  }
  // A bounce whose prose names no recipient: the original's To, and what the prose says beyond
  // its template sentences as the diagnostic (nothing, when it says nothing).
  const gist = collapseSpace(withoutBoilerplate(collapseSpace(noticeText.slice(0, 4000)))).slice(
    0,
    2000,
  );
  const diagnostic = /\p{L}{2,}.*\p{L}{2,}.*\p{L}{2,}/su.test(gist) ? gist : '';
  const codes = codesIn(diagnostic);
  const address =
    firstAddress(original()?.to ?? '') ??
    recipientAddressIn(noticeText) ??
    subjectRecipient(subject) ??
    '';
  return done({
    isBounce: true,
    format: 'text',
    recipients: [
      {
        address,
        diagnostic,
        ...codes,
        context: noticeText.slice(0, CONTEXT_CHARS).trim(),
        command: commandIn(diagnostic),
        remoteMta: remoteHostIn(noticeText),
      },
    ],
  });
}
