/** A DMARC policy record as read (record.ts), with the issues found in it (record-issues.ts). */
import type { Tag } from '../dkim/tag-list.ts';
import type { ReportUri } from './report-uri.ts';

export type Policy = 'none' | 'quarantine' | 'reject';
export type Severity = 'fail' | 'warn' | 'info';

export interface DmarcIssue {
  severity: Severity;
  code: string;
  message: string;
}

export interface DmarcRecord {
  raw: string;
  /** Tags as published, names lower-cased, first occurrence wins. */
  tags: Tag[];
  /** Valid policy values only; an invalid value is undefined here and listed in `invalid`. */
  p?: Policy;
  sp?: Policy;
  np?: Policy;
  /** Policy tags present with a value that is not none/quarantine/reject. */
  invalid: ('p' | 'sp' | 'np')[];
  psd: 'y' | 'n' | 'u';
  testing: boolean;
  adkim: 'r' | 's';
  aspf: 'r' | 's';
  rua: ReportUri[];
  ruf: ReportUri[];
  /** Obsolete (RFC 7489 s6.3): still honoured by pre-9989 receivers. */
  pct?: number;
  issues: DmarcIssue[];
}
