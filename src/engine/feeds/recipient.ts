/** One ParsedRecipient from the few fields a feed record gives. */
import { cleanAddress, codesIn, collapseSpace } from '../parse/patterns.ts';
import type { ParsedRecipient } from '../parse/types.ts';
import type { FeedSender } from './types.ts';

export interface RecipientFields {
  address: string | undefined;
  /** The receiving server's words, or the service's own description when that is all it gives. */
  diagnostic: string | undefined;
  /** An enhanced status the record states separately ("5.1.1"). */
  status?: string;
  replyCode?: number;
  action?: string;
  remoteMta?: string;
  date?: string;
  hint?: string;
  hintText?: string;
}

const STATUS = /^[245]\.\d{1,3}\.\d{1,3}$/;

/** Diagnostic codes written as "smtp; 550 ..." (RFC 3464 diagnostic-type) lose the type. */
const TYPED = /^(?:smtp|x-[a-z0-9-]+)\s*;\s*/i;

export function feedRecipient(fields: RecipientFields): ParsedRecipient {
  const diagnostic = collapseSpace((fields.diagnostic ?? '').replace(TYPED, '')).slice(0, 4000);
  const codes = codesIn(diagnostic);
  const status = fields.status && STATUS.test(fields.status) ? fields.status : codes.status;
  const replyCode = fields.replyCode ?? codes.replyCode;
  return {
    address: fields.address ? cleanAddress(fields.address.trim()) : '',
    diagnostic,
    ...(status ? { status } : {}),
    ...(replyCode !== undefined && replyCode >= 200 && replyCode < 600 ? { replyCode } : {}),
    ...(fields.action ? { action: fields.action } : {}),
    ...(fields.remoteMta ? { remoteMta: fields.remoteMta } : {}),
    ...(fields.date ? { date: fields.date } : {}),
    ...(fields.hint ? { hint: fields.hint, hintText: fields.hintText ?? diagnostic } : {}),
  };
}

/** A sender with only the fields that are set, or undefined. */
export function feedSender(sender: FeedSender): FeedSender | undefined {
  const out: FeedSender = {};
  if (sender.fromAddress?.includes('@')) out.fromAddress = sender.fromAddress.trim();
  if (sender.envelopeDomain) out.envelopeDomain = sender.envelopeDomain.trim().toLowerCase();
  if (sender.sendingIp) out.sendingIp = sender.sendingIp.trim();
  return Object.keys(out).length > 0 ? out : undefined;
}
