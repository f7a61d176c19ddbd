/**
 * Swedish, Danish, Norwegian and Finnish one-liners without a status code, as a user pastes
 * them: each reads as a bounce with its reason and permanence, and a greeting does not.
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
  ['Brevlådan är full', 'mailboxfull', false],
  ['Mottagarens brevlåda är full och kan inte ta emot fler meddelanden.', 'mailboxfull', false],
  ['Okänd användare', 'userunknown', true],
  ['Automatiskt svar: Jag är frånvarande till måndag', 'vacation', null],
  ['Postkassen er fuld', 'mailboxfull', false],
  ['Modtagerens postkasse er fuld. Prøv igen senere.', 'mailboxfull', false],
  ['Ukendt modtager: bob@example.dk', 'userunknown', true],
  ['Domænet findes ikke', 'hostunknown', true],
  ['Din IP-adresse er blokeret', 'blocked', true],
  ['Innboksen er full', 'mailboxfull', false],
  ['Brukeren finnes ikke', 'userunknown', true],
  ['Meldingen ble avvist som spam', 'spamdetected', true],
  ['Postilaatikko on täynnä', 'mailboxfull', false],
  ['Käyttäjää ei löydy', 'userunknown', true],
  ['Tuntematon vastaanottaja', 'userunknown', true],
  ['Viesti on liian suuri', 'mesgtoobig', true],
  ['Det gick inte att hitta e-postadressen du angav.', 'userunknown', true],
  ['Vi fant ikke e-postadressen du oppga.', 'userunknown', true],
  ['Sähköpostiosoitetta ei löytynyt.', 'userunknown', true],
];

describe('Nordic one-liners', () => {
  it.each(CASES)('%s', (text, reason, permanent) => {
    expect(read(text)).toEqual({ isBounce: true, reason, permanent });
  });

  // Exchange Online's template: "joe wasn't found at example.com", in each of these languages.
  it.each([
    'Ditt meddelande till joe@example.se kunde inte levereras. joe hittades inte på example.se.',
    'Din meddelelse til joe@example.dk kunne ikke leveres. joe blev ikke fundet på example.dk.',
    'Meldingen til joe@example.no kunne ikke leveres. joe ble ikke funnet på example.no.',
    'Viestiäsi vastaanottajalle joe@example.fi ei voitu toimittaa. joe ei löytynyt kohteesta example.fi.',
  ])('%s', (text) => {
    expect(read(text)).toEqual({ isBounce: true, reason: 'userunknown', permanent: true });
  });

  it('a greeting is no bounce', () => {
    expect(read('Hej, vi ses i morgen!').isBounce).toBe(false);
  });

  it('their words do not misread English: "for storage" says nothing of size', () => {
    expect(read('452 4.2.2 Mailbox full: not enough space for storage').reason).toBe('mailboxfull');
  });
});
