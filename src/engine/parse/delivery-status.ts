/**
 * RFC 3464 message/delivery-status: one block of per-message fields, then one block per
 * recipient (s2.2, s2.3). Field names are case-insensitive; values are "type; value".
 */
import { parseHeaders, header, type HeaderList } from './headers.ts';
import { statusesIn } from './patterns.ts';
import { decapsulated, isInternalAddress } from './recipient-context.ts';

export interface DsnRecipientFields {
  finalRecipient?: string;
  originalRecipient?: string;
  actualRecipient?: string;
  action?: string;
  status?: string;
  remoteMta?: string;
  diagnosticType?: string;
  diagnostic?: string;
  lastAttemptDate?: string;
}

export interface DeliveryStatus {
  reportingMta?: string;
  arrivalDate?: string;
  recipients: DsnRecipientFields[];
}

/** "rfc822; user@example.com" -> "user@example.com"; "dns; mx.example.com" -> "mx.example.com". */
export function typedValue(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const semi = value.indexOf(';');
  const bare = (semi >= 0 ? value.slice(semi + 1) : value).trim();
  return bare.replace(/^<(.*)>$/, '$1').trim() || undefined;
}

function typeOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const semi = value.indexOf(';');
  return semi > 0 ? value.slice(0, semi).trim().toLowerCase() : undefined;
}

function recipientFields(fields: HeaderList): DsnRecipientFields {
  const diagnosticCode = header(fields, 'diagnostic-code');
  return {
    finalRecipient: typedValue(header(fields, 'final-recipient')),
    originalRecipient: typedValue(header(fields, 'original-recipient')),
    actualRecipient: typedValue(header(fields, 'x-actual-recipient')),
    action: header(fields, 'action')?.toLowerCase().split(/[\s(]/)[0],
    status: header(fields, 'status')?.match(/[245]\.\d{1,3}\.\d{1,3}/)?.[0],
    remoteMta: typedValue(header(fields, 'remote-mta')),
    diagnosticType: typeOf(diagnosticCode),
    diagnostic: diagnosticCode === undefined ? undefined : (typedValue(diagnosticCode) ?? ''),
    lastAttemptDate: header(fields, 'last-attempt-date') ?? header(fields, 'arrival-date'),
  };
}

const RECIPIENT_FIELDS =
  /^(final-recipient|original-recipient|action|status|diagnostic-code|remote-mta)$/;

/**
 * Parse the report. Blocks are separated by blank lines; a block that names a recipient field is
 * a recipient. Some MTAs omit the blank lines, so a new Final-Recipient also starts a new block.
 * Reading stops after `most` recipients (the parser keeps only so many: a report of 25,000
 * took seconds to read in full, issue 13).
 */
export function parseDeliveryStatus(text: string, most = Infinity): DeliveryStatus {
  const result: DeliveryStatus = { recipients: [] };
  const blocks = text.split(/\n[ \t]*\n/);
  for (const block of blocks) {
    if (result.recipients.length >= most) break;
    for (const fields of splitOnFinalRecipient(parseHeaders(block.trim()))) {
      // A block may hold any number of recipients when the blank lines between them are lost.
      if (result.recipients.length >= most) break;
      if (fields.some(([name]) => RECIPIENT_FIELDS.test(name))) {
        result.recipients.push(recipientFields(fields));
      }
      result.reportingMta ??= typedValue(header(fields, 'reporting-mta'));
      result.arrivalDate ??= header(fields, 'arrival-date');
    }
  }
  return result;
}

function splitOnFinalRecipient(fields: HeaderList): HeaderList[] {
  const groups: HeaderList[] = [[]];
  let seenRecipient = false;
  for (const field of fields) {
    const starts = field[0] === 'final-recipient' || field[0] === 'original-recipient';
    if (field[0] === 'final-recipient' && seenRecipient) groups.push([]);
    if (starts && field[0] === 'final-recipient') seenRecipient = true;
    groups[groups.length - 1]!.push(field);
  }
  return groups;
}

/**
 * The Status field is often the reporting MTA's summary (5.0.0, or 4.4.7 "expired") while the
 * remote server's own reply in Diagnostic-Code carries the specific code; RFC 3464 s2.3.4 asks
 * for the most specific one, so prefer the server's.
 */
export function mostSpecificStatus(
  status: string | undefined,
  diagnostic: string,
): string | undefined {
  const found = statusesIn(diagnostic);
  const specific = found.filter((s) => !/^\d\.0\.0$/.test(s) && s !== '4.4.7');
  const fromServer = specific[specific.length - 1] ?? found[0];
  if (!fromServer) return status;
  if (!status || /\.0\.0$/.test(status) || status === '4.4.7' || status[0] === fromServer[0]) {
    return fromServer;
  }
  return status;
}

/**
 * The address a recipient block reports: Final-Recipient, unless that is an internal Exchange
 * name (IMCEAEX-…, /O=…/CN=…) and Original-Recipient gives the address the sender wrote; the
 * final one is then kept beside it as evidence.
 */
export function reportedAddress(fields: DsnRecipientFields): {
  address: string;
  originalRecipient?: string;
  finalRecipient?: string;
} {
  const final = fields.finalRecipient && decapsulated(fields.finalRecipient);
  const original = fields.originalRecipient && decapsulated(fields.originalRecipient);
  if (final && original && isInternalAddress(final) && !isInternalAddress(original)) {
    return {
      address: original,
      originalRecipient: original,
      finalRecipient: fields.finalRecipient,
    };
  }
  if (final && final !== fields.finalRecipient) {
    return { address: final, originalRecipient: original, finalRecipient: fields.finalRecipient };
  }
  return { address: final ?? original ?? '', originalRecipient: original };
}
