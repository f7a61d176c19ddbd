/**
 * Greek one-liners without a status code, as a user pastes them: each reads as a bounce with
 * its reason and permanence, in capitals (which drop the tonos) as well.
 */
import { describe, expect, it } from 'vitest';
import { classify } from './classify.ts';
import { parseBounce } from '../parse/parse-bounce.ts';

const read = (text: string) => {
  const parsed = parseBounce(text);
  const c = parsed.isBounce ? classify(parsed)[0] : undefined;
  return { isBounce: parsed.isBounce, reason: c?.reason, permanent: c?.permanent };
};

const CASES: [text: string, reason: string, permanent: boolean | null][] = [
  ['Το γραμματοκιβώτιο του παραλήπτη είναι γεμάτο', 'mailboxfull', false],
  ['Ο χώρος αποθήκευσης του παραλήπτη είναι πλήρης.', 'mailboxfull', false],
  ['Άγνωστος χρήστης', 'userunknown', true],
  ['ΑΓΝΩΣΤΟΣ ΧΡΗΣΤΗΣ', 'userunknown', true],
  ['Η διεύθυνση δεν βρέθηκε: bob@example.gr', 'userunknown', true],
  ['Ο παραλήπτης δεν υπάρχει', 'userunknown', true],
  ['Ο τομέας δεν υπάρχει', 'hostunknown', true],
  ['Το μήνυμα είναι πολύ μεγάλο', 'mesgtoobig', true],
  ['Το μήνυμά σας χαρακτηρίστηκε ως ανεπιθύμητο.', 'spamdetected', true],
  ['Ο λογαριασμός του παραλήπτη έχει απενεργοποιηθεί', 'suspend', true],
  ['Αυτόματη απάντηση: είμαι εκτός γραφείου έως τη Δευτέρα', 'vacation', null],
];

describe('Greek one-liners', () => {
  it.each(CASES)('%s', (text, reason, permanent) => {
    expect(read(text)).toEqual({ isBounce: true, reason, permanent });
  });
});
