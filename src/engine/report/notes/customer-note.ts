/**
 * The short note a support agent pastes to their customer, in the customer's language: what
 * happened to the message to this address, in plain words, and what the customer can do.
 */
import type { Reason } from '../../vocabulary/reasons.ts';
import { CUSTOMER_DE } from './customer-de.ts';
import { CUSTOMER_EN } from './customer-en.ts';
import { CUSTOMER_ES } from './customer-es.ts';
import { CUSTOMER_FR } from './customer-fr.ts';
import type { CustomerWords, NoteLanguage, ReportReason } from './types.ts';

export const CUSTOMER_WORDS: Record<NoteLanguage, CustomerWords> = {
  en: CUSTOMER_EN,
  de: CUSTOMER_DE,
  fr: CUSTOMER_FR,
  es: CUSTOMER_ES,
};

const REPORTS = new Set<string>(['vacation', 'delivered', 'feedback']);
const isReport = (reason: Reason): reason is ReportReason => REPORTS.has(reason);

export interface CustomerFacts {
  reason: Reason;
  /** The failed address, when the bounce or the person names it. */
  address?: string;
  /** The address forwards to a mailbox whose provider refused the forward. */
  forwarded?: boolean;
  /** A delay warning: the sending server is still trying. */
  stillTrying?: boolean;
  /** The person's new address, as the server named it (a "has moved" reply). */
  newAddress?: string;
}

export function customerNote(facts: CustomerFacts, language: NoteLanguage): string {
  const words = CUSTOMER_WORDS[language];
  const form = facts.address ? 'named' : 'unnamed';
  if (isReport(facts.reason))
    return words.reports[facts.reason][form].replaceAll('{address}', facts.address ?? '');
  if (facts.stillTrying) return words.delayed[form].replaceAll('{address}', facts.address ?? '');
  const cause = facts.forwarded ? words.forwarded : words.reasons[facts.reason];
  const canDo =
    facts.newAddress && !facts.forwarded
      ? words.movedTo.replace('{newAddress}', facts.newAddress)
      : cause.canDo;
  return words.failed[form]
    .replaceAll('{address}', facts.address ?? '')
    .replace('{because}', cause.because)
    .replace('{canDo}', canDo);
}

export function customerNotes(facts: CustomerFacts): Record<NoteLanguage, string> {
  return {
    en: customerNote(facts, 'en'),
    de: customerNote(facts, 'de'),
    fr: customerNote(facts, 'fr'),
    es: customerNote(facts, 'es'),
  };
}
