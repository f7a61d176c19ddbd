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

// Gmail's reply names the SPF domain and IP it evaluated: "SPF [example.com] with ip: [192.0.2.25]".
const GMAIL_SPF = /SPF \[([^\]\s]+)\] with ip: \[([0-9a-f:.]+)\]/i;
// Yahoo and others name the connecting IP: "Messages from 192.0.2.25 temporarily deferred".
const MESSAGES_FROM = /\bmessages? from \[?(\d{1,3}(?:\.\d{1,3}){3})\]?/i;
// Blocklist refusals name the client: "Client host [192.0.2.25] blocked using zen.spamhaus.org".
const CLIENT_HOST = /\bclient host \[?(\d{1,3}(?:\.\d{1,3}){3})\]?/i;

/** Characters that end an address here: white space, brackets, quotes, separators, "@". */
const NOT_IN_ADDRESS = /[\s<>"(),;:@]/;

function inAddress(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  // Letters, digits and the usual punctuation of addresses, without a pattern call.
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x2e)
    return true;
  return !NOT_IN_ADDRESS.test(text[i]!);
}

/**
 * The first address in a header value: local@domain.tld, each part free of NOT_IN_ADDRESS, the
 * domain with a dot inside. Found from each "@" outwards rather than by a pattern tried at every
 * position, which takes seconds on a From header of 80,000 characters without one.
 */
export function addressIn(text: string | undefined): string | undefined {
  if (!text) return undefined;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (inAddress(text, start - 1)) start--;
    if (start === at) continue;
    let end = at + 1;
    while (inAddress(text, end)) end++;
    // A dot with something on both sides, inside the domain.
    for (let dot = at + 2; dot < end - 1; dot++) {
      if (text.charCodeAt(dot) === 0x2e) return text.slice(start, end).toLowerCase();
    }
  }
  return undefined;
}

export function domainOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const at = value.lastIndexOf('@');
  let domain = (at >= 0 ? value.slice(at + 1) : value).trim();
  let end = domain.length;
  while (end > 0 && (domain[end - 1] === '>' || domain[end - 1] === '.')) end--;
  domain = domain.slice(0, end);
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
