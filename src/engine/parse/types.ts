/**
 * What the parser makes of a bounce, whatever form it arrived in. Everything here is text found
 * in the input; interpretation (reason, who acts) belongs to the classifier.
 */

export type InputKind =
  /** Nothing to read. */
  | 'empty'
  /** Bytes that are not text (an image, a zip, ...). */
  | 'binary'
  /** One or more SMTP reply lines ("550 5.1.1 ..."). */
  | 'smtp'
  /** The text of a non-delivery report, as copied from a mail client. */
  | 'text'
  /** A whole message (.eml, mbox) with headers. */
  | 'message'
  /** A report file or its text: DMARC aggregate XML, TLS report JSON, or either compressed. */
  | 'report';

/** The SMTP command during which the receiving server refused the message (RFC 5321 s4.1). */
export type SmtpCommand =
  'CONN' | 'HELO' | 'EHLO' | 'STARTTLS' | 'AUTH' | 'MAIL' | 'RCPT' | 'DATA' | 'BDAT' | 'QUIT';

export interface ParsedRecipient {
  /** The failed recipient address, as the bounce gives it (may be empty when it names none). */
  address: string;
  /** RFC 3464 Original-Recipient, when it differs. */
  originalRecipient?: string;
  /**
   * RFC 3464 Final-Recipient when it is an internal name (Exchange's IMCEAEX-… or /O=…/CN=…)
   * and `address` is therefore the Original-Recipient: kept as evidence.
   */
  finalRecipient?: string;
  /** RFC 3464 Action: failed, delayed, delivered, relayed, expanded. */
  action?: string;
  /**
   * The notice is a delay warning: the sending server has not given up and is still retrying
   * (delay-notice.ts). Its report's Action, when it has one, still says what the report says.
   */
  retrying?: true;
  /** Enhanced status code, "5.1.1" (RFC 3463). */
  status?: string;
  /** Basic SMTP reply code, 550 (RFC 5321 s4.2). */
  replyCode?: number;
  /** The receiving server's words (Diagnostic-Code or the quoted reply), unfolded. */
  diagnostic: string;
  /** RFC 3464 diagnostic-type ("smtp", "x-unix", ...). */
  diagnosticType?: string;
  remoteMta?: string;
  reportingMta?: string;
  command?: SmtpCommand;
  /** Last-Attempt-Date or Arrival-Date, as written. */
  date?: string;
  /**
   * A reason the reporting MTA itself states unambiguously in its own format (Exim's "retry
   * timeout exceeded", qmail's "no mailbox here by that name", ...). A hint, not a verdict.
   */
  hint?: string;
  /** The text the hint was read from, for the evidence panel. */
  hintText?: string;
  /** The report's prose around this recipient, consulted when the diagnostic alone says little. */
  context?: string;
}

export interface DkimSignatureRef {
  domain: string;
  selector: string;
}

export interface ReceivedHop {
  from?: string;
  by?: string;
  ip?: string;
  raw: string;
}

/** The original message (or its headers) when the bounce carries it. */
export interface OriginalMessage {
  from?: string;
  to?: string;
  subject?: string;
  messageId?: string;
  returnPath?: string;
  date?: string;
  dkim: DkimSignatureRef[];
  authenticationResults: string[];
  received: ReceivedHop[];
  /** The public IP the message most likely left the sender's systems from. */
  sendingIp?: string;
  /** Header fields in order, unfolded, names as written. */
  headers: [name: string, value: string][];
  /** The body when the bounce includes the whole message, else undefined. */
  body?: string;
  /** True when only the headers were returned. */
  headersOnly: boolean;
}

/** RFC 5965 feedback report fields. */
export interface FeedbackReport {
  feedbackType: string;
  userAgent?: string;
  sourceIp?: string;
  originalMailFrom?: string;
  originalRcptTo: string[];
  arrivalDate?: string;
  reportedDomain?: string;
}

/**
 * Mail that reports on mail but is not a bounce: a DMARC aggregate report (RFC 7489 appendix C),
 * an SMTP TLS report (RFC 8460), a challenge-response filter asking the sender to prove they are
 * a person. Recognised so that none of them is given a bounce reason.
 */
export type ReportKind = 'dmarc-aggregate' | 'tls-rpt' | 'challenge-response';

export interface OtherReport {
  kind: ReportKind;
  /** One or two plain sentences: who reported, the period, what failed and from where. */
  summary: string;
  /** Who sent the report (organisation, or the filter's name), when it says. */
  reporter?: string;
  /** The period covered, ISO 8601 (UTC), for aggregate and TLS reports. */
  period?: { begin: string; end: string };
  /** Messages (DMARC) or TLS sessions (TLS-RPT) counted, and how many of them failed. */
  total?: number;
  failed?: number;
  /** Where the failures came from: sending IPs with their count. */
  failingSources?: { ip: string; count: number }[];
  /** The domains whose policy was evaluated (DMARC: policy_published; TLS-RPT: policy-domain). */
  domains?: string[];
  /** TLS-RPT result types ("certificate-expired", "starttls-not-supported") with their count. */
  failureTypes?: { type: string; count: number }[];
}

export interface ParsedBounce {
  kind: InputKind;
  /** False for anything that is not a bounce or a delivery report (a plain message, a newsletter). */
  isBounce: boolean;
  /** Which reader recognised the bounce ("rfc3464", "postfix", "exim", "smtp-lines", ...). */
  format: string;
  recipients: ParsedRecipient[];
  /** Headers of the bounce itself (From, Subject, Date), when the input is a message. */
  bounceHeaders?: { from?: string; subject?: string; date?: string; messageId?: string };
  original?: OriginalMessage;
  feedback?: FeedbackReport;
  /** Auto-reply (RFC 3834): a vacation notice, not a bounce. */
  autoReply?: boolean;
  /** Another kind of report, not a bounce (isBounce is false and there are no recipients). */
  report?: OtherReport;
  /** Problems with the input itself, in plain words ("the input was cut at 5 MB", ...). */
  warnings: string[];
}
