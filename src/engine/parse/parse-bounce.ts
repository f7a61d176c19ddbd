/**
 * parseBounce: the one entry point for every form a bounce arrives in — SMTP reply lines, the
 * prose of a non-delivery report, a whole message or an mbox, as text or bytes.
 */
import { forwardedBounce } from './forwarded.ts';
import {
  hasBounceSignal,
  looksLikeMessage,
  looksLikeOutlookMsg,
  looksLikeSmtpLines,
  splitMbox,
} from './detect.ts';
import { decodeBytes, readInput } from './input.ts';
import { readMessage } from './message-reader.ts';
import { splitAtOriginal } from './original-markers.ts';
import { codesIn, collapseSpace, firstAddress } from './patterns.ts';
import { commandIn, remoteHostIn } from './smtp-context.ts';
import { readSesNotification } from './ses-notification.ts';
import { readPastedEvent } from '../feeds/pasted-event.ts';
import { readSmtpLines } from './smtp-lines.ts';
import { markRetrying } from './delay-notice.ts';
import {
  bareNameRecipients,
  MAX_RECIPIENTS,
  readNoticeText,
  recipientFromNotice,
} from './text-reader.ts';
import { parseHeaders } from './headers.ts';
import { splitHeaderBody } from './mime.ts';
import { mostSpecificStatus, parseDeliveryStatus, reportedAddress } from './delivery-status.ts';
import { looksLikePostfixLog, readPostfixLog } from './postfix-log.ts';
import { addressedIn, recipientAddressIn } from './recipient-context.ts';
import { readChallengeResponse } from './reports/challenge-response.ts';
import { readReportFile, readReportText } from './reports/find-report.ts';
import type { InputKind, OtherReport, ParsedBounce } from './types.ts';

const MAX_MBOX_MESSAGES = 500;
const NOT_A_FAILURE = 'This is a sending service’s event, but it reports no failed delivery.';

function binaryWarning(input: string | Uint8Array): string {
  if (typeof input !== 'string' && looksLikeOutlookMsg(input)) {
    return 'This looks like an Outlook .msg file, which is not text: open it with the file picker, or save the message as .eml, and try again.';
  }
  return 'This is not text (it looks like a binary file), so there is no bounce to read in it.';
}

export function parseBounce(input: string | Uint8Array): ParsedBounce {
  const { text, bytes, binary, warnings } = readInput(input);
  if (binary) {
    const report = typeof input === 'string' ? undefined : readReportFile(input);
    if (report) return { ...notABounce('report', report), warnings };
    return {
      kind: 'binary',
      isBounce: false,
      format: 'none',
      recipients: [],
      warnings: [...warnings, binaryWarning(input)],
    };
  }
  if (!text.trim()) {
    return {
      kind: 'empty',
      isBounce: false,
      format: 'none',
      recipients: [],
      warnings: [...warnings, 'There is nothing to read: the input is empty.'],
    };
  }
  const start = text.replace(/^\s+/, '');
  if (looksLikeMessage(start)) return withWarnings(readMessages(start, bytes), warnings);
  // A bounce forwarded from a mail program, pasted with the header lines it shows above it.
  const forwarded = forwardedBounce(start);
  if (forwarded) return withWarnings(readMessages(forwarded, bytes), warnings);
  // Text that is not a message has no charset to name: UTF-8 when valid, else latin1.
  const trimmed = bytes ? decodeBytes(start) : start;
  if (looksLikeSmtpLines(trimmed)) {
    const recipients = readSmtpLines(trimmed);
    return withWarnings(
      { kind: 'smtp', isBounce: true, format: 'smtp-lines', recipients, warnings: [] },
      warnings,
    );
  }
  return withWarnings(readProse(trimmed), warnings);
}

/** Another kind of report: recognised, summarised, and given no recipient or bounce reason. */
function notABounce(kind: InputKind, report: OtherReport): ParsedBounce {
  return { kind, isBounce: false, format: report.kind, recipients: [], report, warnings: [] };
}

function withWarnings(parsed: ParsedBounce, warnings: string[]): ParsedBounce {
  const capped = parsed.recipients.length > MAX_RECIPIENTS;
  if (!warnings.length && !capped) return parsed;
  const more = capped
    ? [
        `The bounce names more than ${MAX_RECIPIENTS} recipients; only the first ${MAX_RECIPIENTS} were read.`,
      ]
    : [];
  const result = { ...parsed, warnings: [...warnings, ...parsed.warnings, ...more] };
  if (capped) result.recipients = parsed.recipients.slice(0, MAX_RECIPIENTS);
  return result;
}

function readMessages(text: string, bytes: boolean): ParsedBounce {
  const messages = splitMbox(text);
  if (messages.length === 1) return readMessage(messages[0]!, bytes);
  const read = messages.slice(0, MAX_MBOX_MESSAGES).map((message) => readMessage(message, bytes));
  const bounces = read.filter((message) => message.isBounce);
  const first = bounces[0] ?? read[0]!;
  const warnings =
    messages.length > MAX_MBOX_MESSAGES
      ? [`Only the first ${MAX_MBOX_MESSAGES} messages of the mailbox were read.`]
      : [];
  return {
    ...first,
    format: `mbox/${first.format}`,
    recipients: bounces.flatMap((m) => m.recipients),
    warnings,
  };
}

/** Text copied from a mail client: report prose, perhaps with a pasted delivery-status block. */
function readProse(text: string): ParsedBounce {
  const pasted = readReportText(text);
  if (pasted) return notABounce('report', pasted);
  // One pasted webhook event of a sending service (SendGrid, Mailgun, SparkPost, Postmark, SES…).
  const event = readPastedEvent(text);
  if (event) return { kind: 'text', ...event, warnings: event.isBounce ? [] : [NOT_A_FAILURE] };
  const ses = readSesNotification(text);
  if (ses) return { kind: 'text', ...ses, warnings: [] };
  const { notice, original } = splitAtOriginal(text);
  const challenge = /^final-recipient\s*:/im.test(notice)
    ? undefined
    : readChallengeResponse(notice);
  if (challenge) return notABounce('text', challenge);
  const report = /^final-recipient\s*:/im.test(notice)
    ? parseDeliveryStatus(notice.replace(/^\s+/gm, ''), MAX_RECIPIENTS + 1)
    : undefined;
  let recipients = looksLikePostfixLog(notice) ? readPostfixLog(notice) : [];
  if (recipients.length === 0) recipients = readNoticeText(notice);
  if (
    report &&
    report.recipients.length > 0 &&
    report.recipients.some((r) => r.status || r.diagnostic)
  ) {
    recipients = report.recipients.map((fields) => {
      const diagnostic = collapseSpace(fields.diagnostic ?? '');
      return {
        ...reportedAddress(fields),
        action: fields.action,
        status: mostSpecificStatus(fields.status, diagnostic),
        replyCode: codesIn(diagnostic).replyCode,
        diagnostic,
        remoteMta: fields.remoteMta,
        command: commandIn(diagnostic),
      };
    });
  }
  if (recipients.every((r) => !r.address) && original) {
    const { head } = splitHeaderBody(original.replace(/^\s*\n/, ''));
    const named = bareNameRecipients(notice, addressedIn(parseHeaders(head)));
    if (named.length) recipients = named.map((address) => recipientFromNotice(address, notice));
  }
  if (recipients.length === 0) {
    const diagnostic = collapseSpace(notice.slice(0, 8000)).slice(0, 4000);
    const codes = codesIn(diagnostic);
    const address = recipientAddressIn(notice);
    const anyAddress = !!address || firstAddress(notice) !== undefined;
    if (!hasBounceSignal(diagnostic, codes.replyCode !== undefined || !!codes.status, anyAddress)) {
      return {
        kind: 'text',
        isBounce: false,
        format: 'text',
        recipients: [],
        warnings: [
          'This text has no SMTP code, no email address and no wording of a failed delivery, so it does not read as a bounce.',
        ],
      };
    }
    recipients = [
      {
        address: address ?? '',
        diagnostic,
        ...codes,
        command: commandIn(diagnostic),
        remoteMta: remoteHostIn(notice),
      },
    ];
  }
  markRetrying(recipients, '', notice);
  return { kind: 'text', isBounce: true, format: 'text', recipients, warnings: [] };
}
