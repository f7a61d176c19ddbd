/**
 * Hungarian one-liners without a status code, as a user pastes them: each reads as a bounce
 * with its reason and permanence.
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
  ['A címzett postafiókja megtelt', 'mailboxfull', false],
  ['Az üzenetet nem lehetett kézbesíteni, mert a postafiók megtelt.', 'mailboxfull', false],
  ['Kvóta túllépve', 'mailboxfull', false],
  ['Ismeretlen felhasználó', 'userunknown', true],
  ['A címzett nem létezik: bob@example.hu', 'userunknown', true],
  ['Az e-mail cím nem létezik', 'userunknown', true],
  ['A felhasználó nem található', 'userunknown', true],
  ['A domain nem létezik', 'hostunknown', true],
  ['Az üzenet túl nagy', 'mesgtoobig', true],
  ['Az üzenetét a rendszer spamnek minősítette.', 'spamdetected', true],
  ['A címzett fiókja le van tiltva', 'suspend', true],
  ['Automatikus válasz: szabadságon vagyok hétfőig', 'vacation', null],
];

describe('Hungarian one-liners', () => {
  it.each(CASES)('%s', (text, reason, permanent) => {
    expect(read(text)).toEqual({ isBounce: true, reason, permanent });
  });
});
