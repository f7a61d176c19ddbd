/**
 * Copy-ready DMARC records. A corrected record keeps what the owner published that receivers
 * honour, in the conventional order (v first, p second: RFC 9989 s4.7 requires only v first,
 * but RFC 7489 receivers expect p next), and drops what they ignore.
 */
import type { Fix } from '../types.ts';
import type { DmarcRecord, Policy } from './record.ts';
import type { ReportDestination } from './report-destinations.ts';

const GUIDE = { label: 'RFC 9989 s5.1', url: 'https://www.rfc-editor.org/rfc/rfc9989#section-5.1' };

export interface RecordChanges {
  p?: Policy;
  /** Drop t=y. */
  dropTesting?: boolean;
}

export function cleanRecord(record: DmarcRecord, changes: RecordChanges = {}): string {
  const parts = ['v=DMARC1', `p=${changes.p ?? record.p ?? 'none'}`];
  if (record.sp) parts.push(`sp=${record.sp}`);
  if (record.np) parts.push(`np=${record.np}`);
  if (record.psd !== 'u') parts.push(`psd=${record.psd}`);
  if (record.testing && !changes.dropTesting) parts.push('t=y');
  if (record.adkim === 's') parts.push('adkim=s');
  if (record.aspf === 's') parts.push('aspf=s');
  const uris = (list: DmarcRecord['rua']) =>
    list
      .filter((u) => u.valid && !u.problem)
      .map((u) => (u.sizeLimit ? u.raw.slice(0, u.raw.lastIndexOf('!')) : u.raw));
  const rua = uris(record.rua);
  const ruf = uris(record.ruf);
  if (rua.length > 0) parts.push(`rua=${rua.join(',')}`);
  if (ruf.length > 0) parts.push(`ruf=${ruf.join(',')}`);
  const fo = record.tags.find((t) => t.name === 'fo')?.value;
  if (fo && ruf.length > 0 && /^[01ds](?::[01ds])*$/i.test(fo))
    parts.push(`fo=${fo.toLowerCase()}`);
  return parts.join('; ');
}

export function starterFix(domain: string): Fix {
  return {
    text: `Publish a DMARC record for ${domain}. Start with p=none and a mailbox for aggregate reports; move to quarantine, then reject, once the reports show all your mail aligned.`,
    record: {
      name: `_dmarc.${domain}`,
      type: 'TXT',
      value: `v=DMARC1; p=none; rua=mailto:dmarc-reports@${domain}`,
    },
    links: [GUIDE],
  };
}

export function correctedRecordFix(
  domain: string,
  record: DmarcRecord,
  changes: RecordChanges,
  why: string,
): Fix {
  return {
    text: why,
    record: { name: `_dmarc.${domain}`, type: 'TXT', value: cleanRecord(record, changes) },
  };
}

export function enforcementFix(domain: string, record: DmarcRecord): Fix {
  return {
    text: 'Monitoring only: once aggregate reports show all legitimate mail aligned, ask receivers to act on failures, first with quarantine, later reject.',
    record: {
      name: `_dmarc.${domain}`,
      type: 'TXT',
      value: cleanRecord(record, { p: 'quarantine' }),
    },
    links: [GUIDE],
  };
}

export function reportAuthorizationFix(d: ReportDestination): Fix {
  return {
    text: `Reports for ${d.kind}=${d.uri} are not sent: ${d.domain} has not agreed to receive them. Ask its owner (your report provider) to publish this record, or use an address in your own domain.`,
    record: { name: d.queryName ?? '', type: 'TXT', value: 'v=DMARC1' },
    links: [{ label: 'RFC 7489 s7.1', url: 'https://www.rfc-editor.org/rfc/rfc7489#section-7.1' }],
  };
}

export function alignmentFix(fromDomain: string, orgDomain: string): Fix {
  return {
    text: `Make at least one authenticated domain match ${fromDomain}: have your mail service sign DKIM with d=${orgDomain} (its "domain authentication" setting), or use a Return-Path (MAIL FROM) under ${orgDomain}.`,
    links: [{ label: 'RFC 9989 s4.4', url: 'https://www.rfc-editor.org/rfc/rfc9989#section-4.4' }],
  };
}
