import { describe, expect, it } from 'vitest';
import { MAILBOX_DOMAINS } from './mailbox-domains.ts';
import { damerauLevenshtein, suggestDomainTypo } from './typos.ts';

describe('damerauLevenshtein', () => {
  it.each([
    ['gmail', 'gmail', 0],
    ['gmial', 'gmail', 1],
    ['gamil', 'gmail', 1],
    ['gmal', 'gmail', 1],
    ['gmaill', 'gmail', 1],
    ['gnail', 'gmail', 1],
    ['hotmial', 'hotmail', 1],
    ['hotmal', 'hotmail', 1],
    ['homtial', 'hotmail', 2],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s -> %s = %i', (a, b, distance) => {
    expect(damerauLevenshtein(a, b)).toBe(distance);
    expect(damerauLevenshtein(b, a)).toBe(distance);
  });
  it('stops early past the limit', () => {
    expect(damerauLevenshtein('abcdefgh', 'zyxwvuts', 2)).toBe(3);
    expect(damerauLevenshtein('a', 'abcdef', 2)).toBe(3);
  });
});

describe('suggestDomainTypo', () => {
  it.each([
    ['gmial.com', 'gmail.com', 'name'],
    ['gamil.com', 'gmail.com', 'name'],
    ['gmail.con', 'gmail.com', 'tld'],
    ['gmail.cmo', 'gmail.com', 'tld'],
    ['gmail.co', 'gmail.com', 'tld'],
    ['gmail.om', 'gmail.com', 'tld'],
    ['gmial.con', 'gmail.com', 'name-and-tld'],
    ['gmailcom', 'gmail.com', 'missing-dot'],
    ['hotmial.com', 'hotmail.com', 'name'],
    ['hotmal.com', 'hotmail.com', 'name'],
    ['homtial.com', 'hotmail.com', 'name'],
    ['outlok.com', 'outlook.com', 'name'],
    ['yahooo.com', 'yahoo.com', 'name'],
    ['yaho.com', 'yahoo.com', 'name'],
    ['icloud.con', 'icloud.com', 'tld'],
    ['iclod.com', 'icloud.com', 'name'],
    ['aol.con', 'aol.com', 'tld'],
    ['gmx.ed', 'gmx.de', 'tld'],
    ['web.ed', 'web.de', 'tld'],
    ['orange.rf', 'orange.fr', 'tld'],
    ['orang.fr', 'orange.fr', 'name'],
    ['hotmail.co.k', 'hotmail.co.uk', 'tld'],
    ['yahooo.co.uk', 'yahoo.co.uk', 'name'],
  ])('%s -> %s (%s)', (typed, suggestion, kind) => {
    expect(suggestDomainTypo(typed)).toMatchObject({ suggestion, kind });
  });

  it.each([
    ...MAILBOX_DOMAINS.map((row) => row.domain),
    'mail.com',
    'email.com',
    'gmx.at',
    'yahoo.ca',
    'hotmail.de',
    'example.com',
    'sol.com',
    'bol.com',
    'ao.com',
    'gmail.ch',
    'gmaildomain.com',
    'company.org',
  ])('leaves %s alone', (domain) => {
    expect(suggestDomainTypo(domain)).toBeUndefined();
  });

  it('is fast even on a long name', () => {
    expect(suggestDomainTypo(`${'g'.repeat(5000)}.com`)).toBeUndefined();
  });
});
