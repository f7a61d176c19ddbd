/** What the TLS-policy check found (run.ts), as its findings (findings.ts) read it. */
import type { MtaStsDetails } from './mta-sts.ts';

export interface TlsRptDetails {
  status: 'none' | 'invalid' | 'valid' | 'unknown';
  records: string[];
  rua: string[];
  problems: string[];
  unknownReason?: string;
  manualCheck?: string;
}

export interface TlsPolicyDetails {
  domain?: string;
  mtaSts?: MtaStsDetails;
  tlsRpt?: TlsRptDetails;
  dane: string;
}
