/**
 * RFC 5965 message/feedback-report: an ARF complaint, not a bounce.
 */
import { parseHeaders, header, headersNamed } from './headers.ts';
import { typedValue } from './delivery-status.ts';
import type { FeedbackReport } from './types.ts';

export function parseFeedbackReport(text: string): FeedbackReport {
  const fields = parseHeaders(text.trim());
  return {
    feedbackType: header(fields, 'feedback-type')?.toLowerCase() ?? 'abuse',
    userAgent: header(fields, 'user-agent'),
    sourceIp: header(fields, 'source-ip'),
    originalMailFrom: typedValue(header(fields, 'original-mail-from')),
    originalRcptTo: [
      ...headersNamed(fields, 'original-rcpt-to'),
      ...headersNamed(fields, 'removal-recipient'),
    ].map((value) => typedValue(value) ?? value),
    arrivalDate: header(fields, 'arrival-date') ?? header(fields, 'received-date'),
    reportedDomain: header(fields, 'reported-domain'),
  };
}
