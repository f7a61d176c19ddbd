/** Gmail's reputation, content, mailbox, routing and Workspace rules. */
import { GMAIL_ERRORS, fieldManual } from './sources.ts';
import type { ProviderRule } from './types.ts';

export const GOOGLE_RULES: ProviderRule<'google'>[] = [
  {
    id: 'google-message-rejected',
    pattern: /message rejected\. see https:\/\/support\.google\.com\/mail\/answer\/69585/,
    code: '5.7.1',
    reason: 'spamdetected',
    meaning: 'Gmail refused the message as likely spam (its page 69585 explains).',
    source: 'https://github.com/Ombi-app/Ombi/issues/4916',
    example:
      '550 5.7.1 Message rejected. See https://support.google.com/mail/answer/69585 for more information. x7Kq2 - gsmtp',
  },
  {
    id: 'google-low-reputation',
    pattern: /low reputation of the sending (?:ip|domain)|reputation of the sending/,
    code: '5.7.1',
    reason: 'badreputation',
    actor: 'sender-esp',
    meaning: 'The sending IP or domain has a very low reputation at Gmail.',
    source: fieldManual(550, 36),
    example:
      '550-5.7.1 [192.0.2.45] Our system has detected that this message is likely suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked. Please visit https://support.google.com/mail/answer/188131 for more information. - gsmtp',
  },
  {
    id: 'google-not-rfc5322',
    pattern:
      /not rfc ?5322 compliant|multiple (?:subject|from|to|date)|duplicate headers|missing a valid (?:message-id|address in (?:the )?from)/,
    code: '5.7.1',
    reason: 'notcompliantrfc',
    meaning: 'The message is not RFC 5322 compliant (missing or duplicate headers).',
    source: fieldManual(550, 57),
    example:
      '550-5.7.1 [192.0.2.45 14] Messages missing a valid address in From: header, or having no From: header, are not accepted. - gsmtp',
  },
  {
    id: 'google-unsolicited',
    pattern: /likely unsolicited|suspicious due to the very low reputation|nature of the content/,
    code: '5.7.1',
    reason: 'spamdetected',
    meaning: 'Gmail classified the message as unsolicited.',
    source: fieldManual(550, 43),
    example:
      '550-5.7.1 [192.0.2.45] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. Please visit https://support.google.com/mail/?p=UnsolicitedMessageError for more information. - gsmtp',
  },
  {
    id: 'google-security-content',
    pattern: /content presents a potential security issue|blocked because its content/,
    code: '5.7.0',
    reason: 'policyviolation',
    meaning: 'The content (usually an attachment type) is considered a security risk.',
    source: GMAIL_ERRORS,
    example:
      '552-5.7.0 This message was blocked because its content presents a potential security issue. Please visit https://support.google.com/mail/?p=BlockedMessage to review our message content and attachment content guidelines. - gsmtp',
  },
  {
    id: 'google-disabled',
    pattern:
      /account that you tried to reach (?:is disabled|is inactive)|5\.2\.1\b.{0,80}(?:disabled|inactive)/,
    code: '5.2.1',
    reason: 'suspend',
    meaning: 'The recipient account is disabled or inactive.',
    source: fieldManual(550, 19),
    example:
      '550-5.2.1 The email account that you tried to reach is disabled. Learn more at https://support.google.com/mail/?p=DisabledUser - gsmtp',
  },
  {
    id: 'google-no-such-user',
    pattern: /account that you tried to reach does not exist|nosuchuser/,
    code: '5.1.1',
    reason: 'userunknown',
    meaning: 'The Gmail account does not exist.',
    source: fieldManual(550, 12),
    example:
      "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. Learn more at https://support.google.com/mail/?p=NoSuchUser - gsmtp",
  },
  {
    id: 'google-over-quota',
    pattern: /out of storage space|over (?:their )?quota|storage quota/,
    code: '4.2.2',
    reason: 'mailboxfull',
    meaning: 'The recipient’s Google storage is full.',
    source: fieldManual(452, 12),
    example:
      '452-4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp - gsmtp',
  },
  {
    id: 'google-size',
    pattern: /exceeded google'?s message size|message size limit/,
    code: '5.3.4',
    reason: 'mesgtoobig',
    meaning: 'The message exceeds Google’s size limits.',
    source: GMAIL_ERRORS,
    example:
      "552-5.3.4 Your message exceeded Google's message size limits. Please visit https://support.google.com/mail/?p=MaxSizeError to view our size guidelines. - gsmtp",
  },
];
