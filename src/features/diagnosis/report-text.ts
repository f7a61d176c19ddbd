import type { ReportKind } from '../../engine/index.ts';

/** What each kind of report is, and what it means for the person who pasted it. */
export const REPORT_TEXT: Record<ReportKind, { title: string; meaning: string }> = {
  'dmarc-aggregate': {
    title: 'This is a DMARC aggregate report, not a bounce',
    meaning:
      'Mail providers send these reports to the address in your DMARC record (rua=). Nothing bounced: the report counts the messages it saw from your domain and which of them failed SPF and DKIM alignment.',
  },
  'tls-rpt': {
    title: 'This is a TLS report, not a bounce',
    meaning:
      'Sending systems send these reports to the address in your _smtp._tls record. Nothing bounced: the report counts the encrypted connections they made to your mail servers and why any of them failed.',
  },
  'challenge-response': {
    title: "This is a spam filter's request to confirm you, not a bounce",
    meaning:
      'Your message was held, not refused. If you wrote to this person, answer the request and the message is delivered. If you did not send the message, ignore it: someone may have used your address.',
  },
};

/** The heading's words, for the status line that announces the diagnosis. */
export function reportTitle(kind: ReportKind): string {
  return REPORT_TEXT[kind].title;
}
