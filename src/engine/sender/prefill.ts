/**
 * Pre-filling the sender details from the bounce. Each value says where it came from, so the
 * form can show it and the person can judge it. Only text the bounce carries is used.
 */
import type { Classification } from '../classify/types.ts';
import type { ParsedBounce } from '../parse/types.ts';
import { recogniseService } from '../senders/recognise.ts';
import type { SenderField } from './fields.ts';

export interface Prefilled {
  value: string;
  /** Where the value was read, in words ("the Return-Path header of the returned message"). */
  from: string;
}

export type Prefill = Partial<Record<SenderField, Prefilled>>;

const ADDRESS = /[^\s<>"(),;:@]+@[^\s<>"(),;:@]+\.[^\s<>"(),;:@]+/;
// Gmail's reply names the SPF domain and IP it evaluated: "SPF [example.com] with ip: [192.0.2.25]".
const GMAIL_SPF = /SPF \[([^\]\s]+)\] with ip: \[([0-9a-f:.]+)\]/i;
// Yahoo and others name the connecting IP: "Messages from 192.0.2.25 temporarily deferred".
const MESSAGES_FROM = /\bmessages? from \[?(\d{1,3}(?:\.\d{1,3}){3})\]?/i;
// Blocklist refusals name the client: "Client host [192.0.2.25] blocked using zen.spamhaus.org".
const CLIENT_HOST = /\bclient host \[?(\d{1,3}(?:\.\d{1,3}){3})\]?/i;

export function addressIn(text: string | undefined): string | undefined {
  return text?.match(ADDRESS)?.[0].replace(/^<|>$/g, '').toLowerCase();
}

export function domainOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const at = value.lastIndexOf('@');
  const domain = (at >= 0 ? value.slice(at + 1) : value).trim().replace(/[>.]+$/, '');
  return domain === '' ? undefined : domain.toLowerCase();
}

export function prefillSender(parsed: ParsedBounce, result: Classification | undefined): Prefill {
  const prefill: Prefill = {};
  const set = (field: SenderField, value: string | undefined, from: string) => {
    if (value && !prefill[field]) prefill[field] = { value, from };
  };
  const original = parsed.original;
  const text = [result?.diagnostic, result?.source.context].filter(Boolean).join('\n');

  set('recipient', result?.recipient || undefined, 'the failed recipient named in the bounce');
  set('fromAddress', addressIn(original?.from), 'the From header of the returned message');
  set('fromAddress', parsed.feedback?.originalMailFrom, 'the complaint report');
  set(
    'envelopeDomain',
    domainOf(addressIn(original?.returnPath)),
    'the Return-Path header of the returned message',
  );
  const gmail = text.match(GMAIL_SPF);
  set(
    'envelopeDomain',
    gmail?.[1]?.toLowerCase(),
    'the receiving server’s reply (the SPF domain it checked)',
  );
  set('sendingIp', original?.sendingIp, 'the Received headers of the returned message');
  set('sendingIp', gmail?.[2], 'the receiving server’s reply (the IP it checked)');
  set('sendingIp', text.match(MESSAGES_FROM)?.[1], 'the receiving server’s reply');
  set('sendingIp', text.match(CLIENT_HOST)?.[1], 'the receiving server’s reply');
  set('sendingIp', parsed.feedback?.sourceIp, 'the complaint report');
  const signature = original?.dkim[0];
  set(
    'dkimSelector',
    signature?.selector,
    `the DKIM-Signature header of the returned message (d=${signature?.domain ?? ''})`,
  );
  const service = recogniseService(parsed, result);
  if (service) set('esp', service.service.id, service.how);
  if (original?.body !== undefined && !original.headersOnly) {
    set('original', 'included', 'the bounce: it carries the whole original message');
  }
  return prefill;
}
