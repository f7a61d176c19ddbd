/**
 * Batch inputs written for the tests from each service's documented format (field names and
 * bounce types from the pages cited in src/engine/feeds), not copied from anyone's test data.
 * Addresses use documentation domains (RFC 2606) or well-known mailbox providers with made-up
 * local parts; IPs are documentation ranges (RFC 5737).
 */

export interface DsnFields {
  to: string;
  status: string;
  diagnostic: string;
  remoteMta?: string;
  from?: string;
  /** The IP the original left from (in its Received header). */
  ip?: string;
}

/** A small RFC 3464 delivery-status notification for one recipient, CRLF line endings. */
export function dsnMessage(fields: DsnFields, id = 1): string {
  const from = fields.from ?? 'news@sender.example';
  const ip = fields.ip ?? '192.0.2.10';
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mta.sender.example>',
    `To: ${from}`,
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Mon, 03 Mar 2025 10:00:00 +0000',
    `Message-ID: <dsn-${id}@mta.sender.example>`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    `Your message to ${fields.to} could not be delivered.`,
    '',
    '--b1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mta.sender.example',
    '',
    `Final-Recipient: rfc822; ${fields.to}`,
    'Action: failed',
    `Status: ${fields.status}`,
    ...(fields.remoteMta ? [`Remote-MTA: dns; ${fields.remoteMta}`] : []),
    `Diagnostic-Code: smtp; ${fields.diagnostic}`,
    '',
    '--b1',
    'Content-Type: text/rfc822-headers',
    '',
    `Received: from mta.sender.example (mta.sender.example [${ip}]) by mx.receiver.example; Mon, 03 Mar 2025 09:59:59 +0000`,
    `From: ${from}`,
    `To: ${fields.to}`,
    'Subject: March newsletter',
    `Message-ID: <orig-${id}@sender.example>`,
    '',
    '--b1--',
    '',
  ].join('\r\n');
}

export const UNKNOWN_USER = {
  status: '5.1.1',
  diagnostic:
    "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.",
  remoteMta: 'gmail-smtp-in.l.google.com',
};

export const MAILBOX_FULL = {
  status: '4.2.2',
  diagnostic: '452 4.2.2 The recipient mailbox is full and cannot accept messages now.',
};

export const SPAMHAUS_BLOCK = {
  status: '5.7.1',
  diagnostic:
    '554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org',
  remoteMta: 'mx.receiver.example',
};

/** The folder of .eml bounces: three unknown users at Gmail, one full mailbox, one block. */
export const EML_FOLDER: { name: string; text: string }[] = [
  { name: 'bounce-1.eml', text: dsnMessage({ to: 'ann.lee@gmail.com', ...UNKNOWN_USER }, 1) },
  { name: 'bounce-2.eml', text: dsnMessage({ to: 'bo.chen@gmail.com', ...UNKNOWN_USER }, 2) },
  { name: 'bounce-3.eml', text: dsnMessage({ to: 'cy.diaz@gmail.com', ...UNKNOWN_USER }, 3) },
  { name: 'bounce-4.eml', text: dsnMessage({ to: 'dee@receiver.example', ...MAILBOX_FULL }, 4) },
  { name: 'bounce-5.eml', text: dsnMessage({ to: 'eve@receiver.example', ...SPAMHAUS_BLOCK }, 5) },
];

/** The same messages as one mbox (From_ lines, RFC 4155). */
export const MBOX = EML_FOLDER.map(
  (file) => `From MAILER-DAEMON Mon Mar  3 10:00:00 2025\n${file.text.replace(/\r\n/g, '\n')}\n`,
).join('');

/** SendGrid's Bounces export (Suppressions → Bounces → Export CSV): created,email,reason,status. */
export const SENDGRID_CSV = [
  'created,email,reason,status',
  '1709200000,ann.lee@gmail.com,"550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient\'s email address for typos or unnecessary spaces.",5.1.1',
  '1709200001,bo.chen@gmail.com,"550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient\'s email address for typos or unnecessary spaces.",5.1.1',
  '1709200002,dee@receiver.example,"452 4.2.2 Mailbox full",4.2.2',
  '1709200003,eve@receiver.example,"554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org",5.7.1',
].join('\r\n');

/** SendGrid event webhook batch: a bounce, a block, a drop, a deferral and an open. */
export const SENDGRID_EVENTS = JSON.stringify([
  {
    email: 'ann.lee@gmail.com',
    timestamp: 1709200000,
    'smtp-id': '<a1@sender.example>',
    event: 'bounce',
    sg_event_id: 'ev-1',
    sg_message_id: 'm-1',
    reason: '550 5.1.1 The email account that you tried to reach does not exist.',
    status: '5.1.1',
    type: 'bounce',
    bounce_classification: 'Invalid Address',
  },
  {
    email: 'fay@receiver.example',
    timestamp: 1709200001,
    event: 'dropped',
    sg_event_id: 'ev-2',
    sg_message_id: 'm-2',
    reason: 'Bounced Address',
  },
  {
    email: 'gus@receiver.example',
    timestamp: 1709200002,
    event: 'deferred',
    sg_event_id: 'ev-3',
    sg_message_id: 'm-3',
    response: '421 4.7.0 Try again later, closing connection.',
    attempt: '3',
  },
  {
    email: 'hal@receiver.example',
    timestamp: 1709200003,
    event: 'open',
    sg_event_id: 'ev-4',
    sg_message_id: 'm-4',
  },
]);

const sesBounce = (address: string, diagnostic: string, status: string, type = 'Permanent') => ({
  notificationType: 'Bounce',
  bounce: {
    bounceType: type,
    bounceSubType: type === 'Permanent' ? 'General' : 'MailboxFull',
    bouncedRecipients: [
      { emailAddress: address, action: 'failed', status, diagnosticCode: `smtp; ${diagnostic}` },
    ],
    timestamp: '2025-03-03T10:00:00.000Z',
    feedbackId: 'feedback-1',
    reportingMTA: 'dns; a1-2.smtp-out.amazonses.com',
  },
  mail: {
    timestamp: '2025-03-03T09:59:58.000Z',
    source: 'news@sender.example',
    sourceIp: '192.0.2.10',
    messageId: 'ses-1',
    destination: [address],
  },
});

/** SES notifications, one per line: two direct, one inside its SNS envelope. */
export const SES_JSONL = [
  JSON.stringify(sesBounce('ann.lee@gmail.com', UNKNOWN_USER.diagnostic, '5.1.1')),
  JSON.stringify(sesBounce('bo.chen@gmail.com', UNKNOWN_USER.diagnostic, '5.1.1')),
  JSON.stringify({
    Type: 'Notification',
    MessageId: 'sns-1',
    TopicArn: 'arn:aws:sns:eu-west-1:123456789012:bounces',
    Message: JSON.stringify(
      sesBounce('dee@receiver.example', MAILBOX_FULL.diagnostic, '4.2.2', 'Transient'),
    ),
    Timestamp: '2025-03-03T10:00:01.000Z',
  }),
].join('\n');

/** A Mailgun webhook post for a permanent failure. */
export const MAILGUN_WEBHOOK = JSON.stringify({
  signature: { timestamp: '1709200000', token: 'token', signature: 'signature' },
  'event-data': {
    event: 'failed',
    timestamp: 1709200000.5,
    id: 'mg-1',
    severity: 'permanent',
    reason: 'bounce',
    recipient: 'ann.lee@gmail.com',
    envelope: {
      sender: 'bounces@mg.sender.example',
      'sending-ip': '192.0.2.10',
      targets: 'ann.lee@gmail.com',
    },
    message: {
      headers: { from: 'news@sender.example', to: 'ann.lee@gmail.com', subject: 'March' },
    },
    'delivery-status': {
      code: 550,
      message: '5.1.1 The email account that you tried to reach does not exist.',
      description: '',
      'attempt-no': 1,
      'mx-host': 'gmail-smtp-in.l.google.com',
    },
  },
});

/** Mailgun's Events API page: one suppressed address and one temporary failure. */
export const MAILGUN_EVENTS = JSON.stringify({
  items: [
    {
      event: 'failed',
      timestamp: 1709200001,
      severity: 'permanent',
      reason: 'suppress-bounce',
      recipient: 'fay@receiver.example',
      'delivery-status': { code: 605, message: 'Not delivering to previously bounced address' },
    },
    {
      event: 'failed',
      timestamp: 1709200002,
      severity: 'temporary',
      reason: 'generic',
      recipient: 'gus@receiver.example',
      'delivery-status': { code: 421, message: '4.7.0 Try again later' },
    },
  ],
  paging: {},
});

/** A SparkPost webhook batch: a bounce and a delay. */
export const SPARKPOST_WEBHOOK = JSON.stringify([
  {
    msys: {
      message_event: {
        type: 'bounce',
        rcpt_to: 'ann.lee@gmail.com',
        raw_reason: '550 5.1.1 The email account that you tried to reach does not exist.',
        reason: '550 5.1.1 The email account ...',
        bounce_class: '10',
        error_code: '550',
        friendly_from: 'news@sender.example',
        msg_from: 'msprvs1=x@bounces.sender.example',
        sending_ip: '192.0.2.10',
        timestamp: '1709200000',
      },
    },
  },
  {
    msys: {
      message_event: {
        type: 'delay',
        rcpt_to: 'gus@receiver.example',
        raw_reason: '421 4.7.0 Try again later',
        bounce_class: '21',
        timestamp: '1709200001',
      },
    },
  },
]);

/** A Postmark bounce webhook. */
export const POSTMARK_WEBHOOK = JSON.stringify({
  RecordType: 'Bounce',
  ID: 42,
  Type: 'HardBounce',
  TypeCode: 1,
  Name: 'Hard bounce',
  MessageID: 'pm-1',
  ServerID: 1,
  Description:
    'The server was unable to deliver your message (ex: unknown user, mailbox not found).',
  Details: 'smtp;550 5.1.1 The email account that you tried to reach does not exist.',
  Email: 'ann.lee@gmail.com',
  From: 'news@sender.example',
  BouncedAt: '2025-03-03T10:00:00Z',
  Inactive: true,
  CanActivate: true,
  Subject: 'March',
  MessageStream: 'broadcast',
});

/** A Brevo transactional webhook for a hard bounce. */
export const BREVO_WEBHOOK = JSON.stringify({
  event: 'hard_bounce',
  email: 'ann.lee@gmail.com',
  id: 1,
  date: '2025-03-03 11:00:00',
  ts: 1709200000,
  'message-id': '<brevo-1@sender.example>',
  ts_event: 1709200000,
  subject: 'March',
  sending_ip: '192.0.2.10',
  reason: '550 5.1.1 The email account that you tried to reach does not exist.',
});

/** Mailchimp's cleaned contacts export (its CLEAN_* columns), with a BOM. */
export const MAILCHIMP_CLEANED_CSV =
  '\ufeff"Email Address","First Name","Last Name",MEMBER_RATING,OPTIN_TIME,CLEAN_TIME,CLEAN_CAMPAIGN_TITLE,CLEAN_CAMPAIGN_ID\r\n' +
  'ann.lee@gmail.com,Ann,Lee,2,"2024-01-01 10:00:00","2025-03-03 10:00:00","March newsletter",abc123\r\n' +
  'fay@receiver.example,Fay,,1,"2024-02-01 10:00:00","2025-03-03 10:05:00","March newsletter",abc123\r\n';

/** Microsoft 365 message trace (Get-MessageTrace | Export-Csv): one failed, one delivered. */
export const M365_TRACE_CSV = [
  '"Received","SenderAddress","RecipientAddress","Subject","Status","ToIP","FromIP","Size","MessageId","MessageTraceId"',
  '"3/3/2025 10:00:00 AM","news@sender.example","ann.lee@gmail.com","March","Failed","","192.0.2.10","24000","<m1@sender.example>","0b6f0a66-0000-0000-0000-000000000001"',
  '"3/3/2025 10:00:01 AM","news@sender.example","dee@receiver.example","March","Delivered","","192.0.2.10","24000","<m2@sender.example>","0b6f0a66-0000-0000-0000-000000000002"',
].join('\r\n');

/** A Postfix log excerpt: the queue manager's from= line, two bounces and a deferral. */
export const POSTFIX_LOG = [
  'Mar  3 10:00:00 mta postfix/qmgr[812]: 4XyZ1abc: from=<news@sender.example>, size=24000, nrcpt=3 (queue active)',
  "Mar  3 10:00:01 mta postfix/smtp[901]: 4XyZ1abc: to=<ann.lee@gmail.com>, relay=gmail-smtp-in.l.google.com[192.0.2.25]:25, delay=1.1, delays=0.1/0/0.5/0.5, dsn=5.1.1, status=bounced (host gmail-smtp-in.l.google.com[192.0.2.25] said: 550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550 5.1.1 unnecessary spaces. (in reply to RCPT TO command))",
  "Mar  3 10:00:02 mta postfix/smtp[901]: 4XyZ1abc: to=<bo.chen@gmail.com>, relay=gmail-smtp-in.l.google.com[192.0.2.25]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host gmail-smtp-in.l.google.com[192.0.2.25] said: 550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550 5.1.1 unnecessary spaces. (in reply to RCPT TO command))",
  'Mar  3 10:00:03 mta postfix/smtp[902]: 4XyZ1abc: to=<dee@receiver.example>, relay=mx.receiver.example[192.0.2.30]:25, delay=2, delays=0.1/0/1/0.9, dsn=4.2.2, status=deferred (host mx.receiver.example[192.0.2.30] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))',
  'Mar  3 10:00:04 mta postfix/qmgr[812]: 4XyZ1abc: removed',
].join('\n');

/** An Exim main log excerpt: an arrival, a failure and a deferral. */
export const EXIM_LOG = [
  '2025-03-03 10:00:00 1tAbCd-000123-AB <= news@sender.example H=app.sender.example [192.0.2.10] P=esmtpsa S=24000',
  '2025-03-03 10:00:01 1tAbCd-000123-AB ** ann.lee@gmail.com R=dnslookup T=remote_smtp H=gmail-smtp-in.l.google.com [192.0.2.25]: SMTP error from remote mail server after RCPT TO:<ann.lee@gmail.com>: 550 5.1.1 The email account that you tried to reach does not exist.',
  '2025-03-03 10:00:02 1tAbCd-000123-AB == dee@receiver.example R=dnslookup T=remote_smtp defer (-44) H=mx.receiver.example [192.0.2.30]: SMTP error from remote mail server after RCPT TO:<dee@receiver.example>: 452 4.2.2 Mailbox full',
].join('\n');

/** A CSV from some other tool: semicolons, a BOM, a quoted reason with a newline inside. */
export const GENERIC_CSV =
  '\ufeffRecipient;Bounce reason;Date\n' +
  'ann.lee@gmail.com;"550 5.1.1 The email account that you tried to reach does not exist.\nPlease check the address.";2025-03-03\n' +
  'dee@receiver.example;452 4.2.2 Mailbox full;2025-03-03\n';

/** A CSV whose columns the reader cannot place by itself. */
export const UNKNOWN_COLUMNS_CSV =
  'contact,note,when\nann.lee@gmail.com,550 5.1.1 no such user,2025-03-03\ndee@receiver.example,452 4.2.2 mailbox full,2025-03-03\n';

/** A CSV without any address. */
export const NO_ADDRESS_CSV = 'name,city\nAnn,Lisbon\nBo,Oslo\n';
