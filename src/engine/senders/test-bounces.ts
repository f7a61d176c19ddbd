/**
 * Bounces for the sending-service tests: a Postfix-style DSN whose returned message carries the
 * header lines given, shaped as each service writes them.
 */
const crlf = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

export function dsnReturning(
  headers: string[],
  diagnostic = '550 5.1.1 <jane@example.org>: Recipient address rejected: User unknown',
): string {
  return crlf([
    'From: MAILER-DAEMON@mx.relay.example (Mail Delivery System)',
    'To: news@shop.example',
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain',
    '',
    'Your message could not be delivered.',
    '',
    '--b',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.relay.example',
    '',
    'Final-Recipient: rfc822; jane@example.org',
    'Action: failed',
    `Status: ${/\b[245]\.\d\.\d+\b/.exec(diagnostic)?.[0] ?? '5.0.0'}`,
    `Diagnostic-Code: smtp; ${diagnostic}`,
    '',
    '--b',
    'Content-Type: text/rfc822-headers',
    '',
    ...headers,
    'From: News <news@shop.example>',
    'To: jane@example.org',
    'Subject: Our news',
    '',
    '--b--',
  ]);
}
