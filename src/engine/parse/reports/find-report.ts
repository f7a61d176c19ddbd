/**
 * Finds a report that is not a bounce — a DMARC aggregate report or an SMTP TLS report, as a
 * mail attachment, as pasted text or as a file of its own — and reads its summary.
 */
import { header, parseStructured } from '../headers.ts';
import type { MimeEntity } from '../mime.ts';
import { decodeTransfer } from '../transfer-encoding.ts';
import type { OtherReport } from '../types.ts';
import { binaryToBytes, inflateReport, isGzip, isZip, MAX_REPORT_BYTES } from './compressed.ts';
import { readDmarcAggregate } from './dmarc-aggregate.ts';
import { readTlsReport } from './tls-rpt.ts';

/** Report text (XML or JSON) as either kind of report, or undefined. */
export function readReportText(text: string): OtherReport | undefined {
  const start = text.search(/\S/);
  if (start < 0) return undefined;
  const first = text.charAt(start);
  if (first === '<') return readDmarcAggregate(text);
  if (first === '{') return readTlsReport(text);
  return undefined;
}

/** A .gz or .zip file given on its own (dropped, or named on the command line). */
export function readReportFile(bytes: Uint8Array): OtherReport | undefined {
  if (!isGzip(bytes) && !isZip(bytes)) return undefined;
  const text = inflateReport(bytes);
  return text === undefined ? undefined : readReportText(text);
}

/**
 * Media types reports are sent as: RFC 7489 s7.2.1.1 (application/zip, application/gzip, and
 * the older x- forms), RFC 8460 s5.3 (application/tlsrpt+gzip, application/tlsrpt+json), and
 * plain XML/JSON, which some receivers attach uncompressed.
 */
const REPORT_TYPES =
  /^(?:application\/(?:zip|x-zip(?:-compressed)?|gzip|x-gzip|tlsrpt\+gzip|tlsrpt\+json|json|xml|octet-stream)|text\/(?:xml|json))$/;
const utf8 = new TextDecoder('utf-8');
const REPORT_NAMES = /\.(?:xml|json|zip|gz|gzip)$/i;

function fileName(leaf: MimeEntity): string {
  const disposition = parseStructured(header(leaf.headers, 'content-disposition'));
  return disposition.params.filename ?? leaf.params.name ?? '';
}

/** The report carried by one of a message's parts, if any. */
export function reportInParts(leaves: MimeEntity[]): OtherReport | undefined {
  for (const leaf of leaves) {
    const named = REPORT_NAMES.test(fileName(leaf));
    if (!REPORT_TYPES.test(leaf.type) && !named) continue;
    if (leaf.body.length > MAX_REPORT_BYTES * 2) continue;
    const raw = decodeTransfer(leaf.body, header(leaf.headers, 'content-transfer-encoding'));
    const bytes = binaryToBytes(raw);
    const report =
      isGzip(bytes) || isZip(bytes) ? readReportFile(bytes) : readReportText(utf8.decode(bytes));
    if (report) return report;
  }
  return undefined;
}
