/**
 * A batch of bounces, triaged: one row per failed recipient (whatever the input was: messages,
 * an mbox, a zip, a service's export or event feed, a mail-server log), grouped by cause.
 */
import type { ProviderId } from '../providers/ids.ts';
import type { ProviderRole } from '../providers/recognise.ts';
import type { Actor, Reason } from '../classify/types.ts';
import type { FeedSender } from '../feeds/types.ts';

/** The one thing to do about a row. */
export type TriageAction =
  'suppress' | 'retry' | 'fix-sender' | 'ask-recipient' | 'investigate' | 'none';

export const TRIAGE_ACTIONS: readonly TriageAction[] = [
  'suppress',
  'fix-sender',
  'ask-recipient',
  'investigate',
  'retry',
  'none',
];

export interface TriageRow {
  /** Position in the batch, from 0. */
  id: number;
  /** The file it came from ("bounces.zip/a.eml" for a file inside a zip). */
  file: string;
  /** Where in the file: "row 12", "line 40", "message 3"; empty for a file that is one bounce. */
  where: string;
  recipient: string;
  /** The recipient's domain, lower-cased; empty when the bounce names no recipient. */
  domain: string;
  reason: Reason;
  permanent: boolean | null;
  hardBounce: boolean;
  status: string | null;
  replyCode: number | null;
  /** The provider whose code or words the bounce carries; `role` as in ProviderMatch. */
  provider: { id: ProviderId; name: string; code?: string; role: ProviderRole } | null;
  actor: Actor;
  action: TriageAction;
  /** The notice is a delay warning: the sending server is still trying this recipient. */
  stillTrying?: true;
  /** The cause group it belongs to (see causeKey). */
  cause: string;
  /** The server's words, cut to a few hundred characters. */
  diagnostic: string;
  remoteMta: string | null;
  /** The reader that read it ("postfix-log", "sendgrid-csv", "rfc3464", …). */
  format: string;
  sender?: FeedSender;
  /** The sending service the row came through (its feed, or what the message shows). */
  service?: string;
  /** That service's own name for this bounce ("Permanent/General"), for its dashboard. */
  serviceBounceName?: string;
}

/** What one item of a batch (a message, an event, a row, a log line) gave. */
export interface BatchItem {
  rows: TriageRow[];
  /**
   * Text the wizard can read for this item's recipients: the message itself, or the event's
   * JSON. Absent for CSV rows and log lines, whose rows rebuild one (see wizardText).
   */
  text?: string | Uint8Array;
  /** True when the item was read but reports no failure (a delivery, a plain message). */
  notBounce?: boolean;
}

export type ProblemKind =
  | 'empty'
  | 'binary'
  | 'too-big'
  | 'zip-bomb'
  | 'columns'
  | 'no-address'
  | 'unreadable'
  | 'nothing-found';

export interface BatchProblem {
  file: string;
  kind: ProblemKind;
  /** In plain words, for the page and the command line. */
  message: string;
  /** For kind "columns": the first row and a few rows after it, for a column picker. */
  headers?: string[];
  sample?: string[][];
}
