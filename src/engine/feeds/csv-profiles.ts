/**
 * CSV exports the batch reader recognises by their header row, in order (first match wins), and
 * the header names that the generic reader accepts for each column role. Headers are compared
 * lower-cased with spaces, underscores and dashes made one space.
 */
import type { RecipientFields } from './recipient.ts';

export type ColumnRole =
  'address' | 'reason' | 'status' | 'type' | 'from' | 'ip' | 'remote' | 'date';

/** The cells of one row by role (absent roles are undefined). */
export type RoleCells = Partial<Record<ColumnRole, string>>;

export interface CsvProfile {
  id: string;
  name: string;
  /** Where the export's columns are documented. */
  source: string;
  /** Normalised header names that must all be present. */
  requires: string[];
  /** Header names for each role, most specific first. */
  columns: Partial<Record<ColumnRole, string[]>>;
  /** Turns a row's cells into a recipient; the generic reading when absent. */
  /** Turns a row's cells into a recipient (null: the row reports no delivery, e.g. an open). */
  interpret?(cells: RoleCells): RecipientFields | null;
}

/** "Bounce Type" values (hard/soft and the like): the status class they state (RFC 3463 X.0.0). */
export function statusForType(type: string | undefined): string | undefined {
  const word = type?.toLowerCase() ?? '';
  if (/hard|permanent|invalid/.test(word)) return '5.0.0';
  if (/soft|temporar|transient|defer|delay/.test(word)) return '4.0.0';
  return undefined;
}

const HAS_CODE = /\b[245]\d\d\b|\b[245]\.\d{1,3}\.\d{1,3}\b/;

const DELIVERED = /^(?:delivered|delivery|sent)$/i;
const NOT_DELIVERY =
  /^(?:opened|opens?|clicks?|clicked|requests?|processed|injection|unsubscribed)$/i;

/** The reading used for any CSV: reason as diagnostic, a status code, or a type's class. */
export function genericRow(cells: RoleCells): RecipientFields | null {
  const type = cells.type?.trim() ?? '';
  if (NOT_DELIVERY.test(type)) return null;
  if (DELIVERED.test(type)) {
    return {
      address: cells.address,
      diagnostic: 'delivered',
      action: 'delivered',
      hint: 'delivered',
    };
  }
  const diagnostic = [cells.reason, cells.reason ? undefined : cells.type]
    .filter(Boolean)
    .join(' ');
  const typeStatus = HAS_CODE.test(diagnostic) ? undefined : statusForType(cells.type);
  return {
    address: cells.address,
    diagnostic: diagnostic || cells.status,
    status: cells.status ?? typeStatus,
    remoteMta: cells.remote,
    date: cells.date,
  };
}

export const GENERIC_COLUMNS: Record<ColumnRole, string[]> = {
  address: [
    'email address',
    'email',
    'e mail',
    'recipient address',
    'recipientaddress',
    'recipient',
    'rcpt to',
    'rcpt',
    'address',
    'to address',
    'to',
    'mail',
  ],
  reason: [
    'reason',
    'bounce reason',
    'raw reason',
    'diagnostic code',
    'diagnostic',
    'smtp response',
    'response',
    'error message',
    'error',
    'details',
    'detail',
    'description',
    'bounce message',
    'bounce detail',
    'failure reason',
    'status message',
    'message',
  ],
  status: ['status code', 'enhanced status', 'enhanced code', 'dsn', 'smtp status', 'status'],
  type: ['bounce type', 'type', 'bounce category', 'category', 'bounce classification', 'event'],
  from: ['from address', 'sender address', 'senderaddress', 'from', 'sender'],
  ip: ['sending ip', 'fromip', 'from ip', 'source ip', 'ip'],
  remote: ['remote mta', 'mx host', 'mx', 'remote host'],
  date: ['date', 'created', 'created at', 'timestamp', 'bounced at', 'time'],
};

export const CSV_PROFILES: readonly CsvProfile[] = [
  {
    id: 'm365-message-trace',
    name: 'Microsoft 365 message trace',
    source: 'https://learn.microsoft.com/en-us/powershell/module/exchange/get-messagetrace',
    requires: ['recipientaddress', 'status', 'senderaddress'],
    columns: {
      address: ['recipientaddress'],
      status: ['status'],
      reason: ['detail', 'event'],
      from: ['senderaddress'],
      ip: ['fromip'],
      date: ['received'],
    },
    // The summary trace says Delivered, Failed, Pending, Expanded, Quarantined or
    // FilteredAsSpam, and no reply text; a detailed trace has it.
    interpret(cells) {
      const status = (cells.status ?? '').toLowerCase();
      const detail = cells.reason;
      if (status === 'delivered' || status === 'expanded' || status === 'resolved') {
        return {
          address: cells.address,
          diagnostic: 'delivered',
          action: 'delivered',
          hint: 'delivered',
        };
      }
      const words = status === 'filteredasspam' ? 'filtered as spam' : status || 'no status';
      const diagnostic = detail ?? `Message trace status: ${words}`;
      const implied = status === 'failed' ? '5.0.0' : status === 'pending' ? '4.0.0' : undefined;
      return {
        address: cells.address,
        diagnostic,
        status: HAS_CODE.test(diagnostic) ? undefined : implied,
        date: cells.date,
      };
    },
  },
  {
    id: 'mailchimp-cleaned-csv',
    name: 'Mailchimp cleaned contacts',
    source: 'https://mailchimp.com/help/about-cleaned-contacts/',
    requires: ['email address', 'clean time'],
    columns: { address: ['email address'], date: ['clean time'], reason: ['clean campaign title'] },
    // Mailchimp cleans an address after a hard bounce or repeated soft bounces and keeps no
    // reply text in the export: the address is on its suppression list.
    interpret: (cells) => ({
      address: cells.address,
      diagnostic: 'Cleaned by Mailchimp (a hard bounce, or repeated soft bounces)',
      hint: 'suppressed',
      hintText: 'Mailchimp marked the contact as cleaned',
      date: cells.date,
    }),
  },
  {
    id: 'postmark-bounces-csv',
    name: 'Postmark bounces',
    source: 'https://postmarkapp.com/developer/api/bounce-api',
    requires: ['email', 'type', 'details'],
    columns: {
      address: ['email'],
      reason: ['details', 'description'],
      type: ['type'],
      from: ['from'],
      date: ['bouncedat', 'bounced at'],
    },
  },
  {
    id: 'sparkpost-events-csv',
    name: 'SparkPost events',
    source: 'https://developers.sparkpost.com/api/events/',
    requires: ['rcpt to', 'raw reason'],
    columns: {
      address: ['rcpt to'],
      reason: ['raw reason', 'reason'],
      type: ['type'],
      from: ['friendly from', 'msg from'],
      ip: ['sending ip'],
      date: ['timestamp'],
    },
  },
  {
    id: 'mailgun-bounces-csv',
    name: 'Mailgun bounces',
    source: 'https://documentation.mailgun.com/docs/mailgun/api-reference/send/mailgun/bounces',
    requires: ['address', 'code', 'error'],
    columns: { address: ['address'], reason: ['error'], status: ['code'], date: ['created at'] },
    interpret: (cells) => ({
      address: cells.address,
      diagnostic:
        cells.status && !/^\s*[245]\d\d\b/.test(cells.reason ?? '')
          ? `${cells.status} ${cells.reason ?? ''}`
          : cells.reason,
      date: cells.date,
    }),
  },
  {
    id: 'brevo-events-csv',
    name: 'Brevo (Sendinblue) email events',
    source: 'https://developers.brevo.com/reference/getemaileventreport-1',
    requires: ['email', 'event', 'reason'],
    columns: {
      address: ['email'],
      reason: ['reason'],
      type: ['event'],
      from: ['from'],
      date: ['date'],
    },
  },
  {
    id: 'sendgrid-csv',
    name: 'SendGrid bounces or blocks',
    source: 'https://www.twilio.com/docs/sendgrid/api-reference/bounces-api/retrieve-all-bounces',
    requires: ['email', 'reason', 'status', 'created'],
    columns: { address: ['email'], reason: ['reason'], status: ['status'], date: ['created'] },
  },
];
