import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVIDERS } from './index.ts';
import { bySign } from './sign-scan.ts';

const FIXTURES = join(import.meta.dirname, '..', 'parse', 'fixtures');

/** The one pattern the scan stands for: every family's signs in registry order. */
const COMBINED = new RegExp(
  PROVIDERS.flatMap((family, i) =>
    (family.signs ?? []).map(
      (sign) => `(?<p${i}_${family.signs!.indexOf(sign)}>${sign.pattern.source})`,
    ),
  ).join('|'),
);

function combined(text: string) {
  const match = COMBINED.exec(text);
  if (!match?.groups) return undefined;
  const name = Object.keys(match.groups).find((key) => match.groups?.[key] !== undefined)!;
  return { family: PROVIDERS[Number(name.slice(1, name.indexOf('_')))]!.id, matched: match[0] };
}

/** Texts holding one sign, two, or none; and the fixtures' bounces, lower-cased as classify reads them. */
const TEXTS = [
  '550 5.7.1 [cs01] message rejected',
  'access denied, as(201806281) bad ip 5.7.606',
  '421 4.7.0 [ts01] messages from 192.0.2.1 temporarily deferred',
  'see mail.163.com/help dt:spm and 550 5.7.57 after that',
  '554 ib401 and (s3150) in one line',
  '5.7.1 [bl21] ... access denied, banned sender',
  'nothing here but 5.1.1 user unknown',
  '',
  ...readdirSync(FIXTURES).map((name) =>
    readFileSync(join(FIXTURES, name), 'latin1').toLowerCase(),
  ),
];

describe('bySign', () => {
  it('finds what the combined pattern of every sign finds, family and words', () => {
    for (const text of TEXTS) {
      const found = bySign(text);
      expect(
        found && { family: found.family.id, matched: found.matched },
        text.slice(0, 60),
      ).toEqual(combined(text));
    }
  });

  it('finds some sign in most of the texts above, so the comparison is not of nothing', () => {
    expect(TEXTS.filter((text) => combined(text)).length).toBeGreaterThanOrEqual(6);
  });
});
