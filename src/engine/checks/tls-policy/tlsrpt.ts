/**
 * The TLS-RPT record at _smtp._tls.<domain> (RFC 8460 s3):
 *   tlsrpt-record = "v=TLSRPTv1" 1*(field-delim tlsrpt-field) [field-delim]
 *   field-delim   = *WSP ";" *WSP
 *   tlsrpt-rua    = "rua=" tlsrpt-uri *(*WSP "," *WSP tlsrpt-uri)   ; mailto: or https:
 * Records not beginning with "v=TLSRPTv1;" are discarded; unless exactly one is left, senders
 * assume the domain does not use TLS-RPT. Unknown fields are ignored.
 */
import { MAX_TXT } from './sts-record.ts';

export interface TlsRptRecord {
  rua: string[];
  problems: string[];
}

export interface TlsRptSelection {
  status: 'none' | 'several' | 'one';
  candidates: string[];
  record?: TlsRptRecord;
}

export const RFC8460 = 'https://www.rfc-editor.org/rfc/rfc8460#section-3';
const MAX_RUA = 20;

const looksLikeTlsRpt = (txt: string): boolean => /^v=TLSRPTv1(?:[ \t]*;|[ \t]*$)/.test(txt);

export function selectTlsRptRecord(txts: readonly string[]): TlsRptSelection {
  const candidates = txts.filter(looksLikeTlsRpt);
  const shown = candidates
    .slice(0, 10)
    .map((txt) => (txt.length > 300 ? `${txt.slice(0, 300)}…` : txt));
  if (candidates.length === 0) return { status: 'none', candidates: [] };
  if (candidates.length > 1) return { status: 'several', candidates: shown };
  return { status: 'one', candidates: shown, record: parseTlsRptRecord(candidates[0] ?? '') };
}

export function parseTlsRptRecord(txt: string): TlsRptRecord {
  const record: TlsRptRecord = { rua: [], problems: [] };
  if (txt.length > MAX_TXT) {
    record.problems.push(`The record is ${txt.length} characters long; not parsed.`);
    return record;
  }
  const fields = txt.split(';').map((field) => field.trim());
  if (fields[0] !== 'v=TLSRPTv1') record.problems.push('The record must start with "v=TLSRPTv1".');
  let seenRua = false;
  for (const field of fields.slice(1)) {
    if (field === '') continue;
    if (!field.startsWith('rua=')) continue;
    if (seenRua) {
      record.problems.push('rua= appears more than once.');
      continue;
    }
    seenRua = true;
    const uris = field
      .slice(4)
      .split(',')
      .map((uri) => uri.trim())
      .slice(0, MAX_RUA);
    for (const uri of uris) {
      const problem = uriProblem(uri);
      if (problem) record.problems.push(problem);
      else record.rua.push(uri);
    }
  }
  if (!seenRua) record.problems.push('The record has no rua= (where reports should go).');
  return record;
}

function uriProblem(uri: string): string | undefined {
  if (/^mailto:/i.test(uri)) {
    return /^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$/i.test(uri)
      ? undefined
      : `${uri.slice(0, 80)} is not a valid mailto: address.`;
  }
  if (/^https:/i.test(uri)) {
    try {
      return new URL(uri).hostname ? undefined : `${uri.slice(0, 80)} has no host.`;
    } catch {
      return `${uri.slice(0, 80)} is not a valid https: URL.`;
    }
  }
  return `${uri.slice(0, 80)} must be a mailto: or https: URI.`;
}
