import type { Classification, InputKind, ParsedBounce } from '../../engine/index.ts';
// The table alone, not the engine's index: these render on the main thread (decision 036).
import { isStillTrying, reasonWords } from '../../engine/rules/reason-info.ts';
import { permanenceOf } from './plain-words.ts';
import { reportTitle } from './report-text.ts';

const KIND_TEXT: Record<InputKind, string> = {
  empty: 'nothing to read',
  binary: 'a file that is not text',
  smtp: 'one or more mail server replies',
  text: 'some text',
  message: 'a whole email message',
  report: 'a report file',
};

/** What the parser found, as short lines, for the "doesn't look like a bounce" message. */
export function describeFindings(parsed: ParsedBounce): string[] {
  const found = [`We read ${KIND_TEXT[parsed.kind]}.`];
  if (parsed.autoReply) found.push('It is an automatic reply, such as an out-of-office notice.');
  if (parsed.feedback) {
    found.push(`It is a complaint (feedback) report of type "${parsed.feedback.feedbackType}".`);
  }
  const headers = parsed.bounceHeaders;
  if (headers?.from) found.push(`It is from ${headers.from}.`);
  if (headers?.subject) found.push(`Its subject is "${headers.subject}".`);
  if (parsed.recipients.length > 0) {
    found.push(`It names ${plural(parsed.recipients.length, 'recipient')}.`);
  } else {
    found.push('It names no failed recipient and no mail server error.');
  }
  return found;
}

/** One sentence for the polite live region when the diagnosis is ready. */
export function announceDiagnosis(parsed: ParsedBounce, results: Classification[]): string {
  if (parsed.kind === 'empty') return 'Diagnosis ready: there was nothing to read.';
  if (parsed.kind === 'binary') return 'Diagnosis ready: the input is not text.';
  if (parsed.report)
    return `Diagnosis ready: ${reportTitle(parsed.report.kind).replace(/^This/, 'this')}.`;
  if (!parsed.isBounce && results.length === 0) {
    return "Diagnosis ready: this doesn't look like a bounce.";
  }
  if (results.length === 0) return 'Diagnosis ready: no failed recipient was found.';
  const [first] = results;
  if (results.length === 1 && first) {
    const permanence = permanenceOf(first.permanent);
    const how =
      permanence === 'permanent'
        ? 'permanent'
        : permanence === 'temporary'
          ? 'temporary'
          : 'not a failure';
    const { title } = reasonWords(first.reason, isStillTrying(first.source));
    return `Diagnosis ready: ${title} (${how}).`;
  }
  return `Diagnosis ready for ${plural(results.length, 'recipient')}.`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
