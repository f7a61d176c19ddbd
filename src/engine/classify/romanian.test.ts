/**
 * Romanian one-liners without a status code, as a user pastes them (with ș and ț, or without
 * diacritics as many keyboards write): each reads as a bounce with its reason and permanence.
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
  ['Căsuța poștală a destinatarului este plină', 'mailboxfull', false],
  ['Casuta postala a destinatarului este plina', 'mailboxfull', false],
  ['Cota a fost depășită', 'mailboxfull', false],
  ['Utilizator necunoscut', 'userunknown', true],
  ['Adresa de e-mail nu a fost găsită: bob@example.ro', 'userunknown', true],
  ['Destinatarul nu există', 'userunknown', true],
  ['Domeniul nu există', 'hostunknown', true],
  ['Mesajul este prea mare', 'mesgtoobig', true],
  ['Mesajul dvs. a fost marcat ca spam', 'spamdetected', true],
  ['Contul destinatarului a fost dezactivat', 'suspend', true],
  ['Răspuns automat: sunt în concediu până luni', 'vacation', null],
];

describe('Romanian one-liners', () => {
  it.each(CASES)('%s', (text, reason, permanent) => {
    expect(read(text)).toEqual({ isBounce: true, reason, permanent });
  });
});
