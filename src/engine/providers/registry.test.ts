import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classify } from '../classify/classify.ts';
import { parseBounce } from '../parse/parse-bounce.ts';
import { COMMON_DOMAINS, MAILBOX_DOMAINS } from '../checks/address/mailbox-domains.ts';
import { PROVIDER_IDS, PROVIDERS } from './index.ts';

/** Other bounce parsers' rule sets are how the project is measured: never a source. */
const PARSERS = /sisimai|bounceparser|bounce-parser|flufl|bounce_email|boomerang/i;
const rules = PROVIDERS.flatMap((family) => family.rules.map((rule) => ({ family, rule })));

describe('the provider registry', () => {
  it('has one module per id, each id once', () => {
    const ids = PROVIDERS.map((family) => family.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...PROVIDER_IDS].sort());
  });

  it('gives every rule a unique id prefixed by its family', () => {
    const ids = rules.map(({ rule }) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { family, rule } of rules) expect(rule.id.startsWith(`${family.id}-`)).toBe(true);
  });

  it('cites a public source for every fact, and never another bounce parser', () => {
    const sources = PROVIDERS.flatMap((family) => [
      ...family.rules.map((rule) => [rule.id, rule.source]),
      ...(family.signs ?? []).map((sign) => [`${family.id} sign ${sign.pattern}`, sign.source]),
      ...(family.mx ?? []).map((row) => [`${family.id} mx ${row.key}`, row.source]),
      ...(family.mailboxDomains ?? []).map((row) => [row.domain, row.source]),
      ...(family.blocklists ? [[`${family.id} blocklists`, family.blocklists.source]] : []),
      ...(family.sizeLimit ? [[`${family.id} size`, family.sizeLimit.source]] : []),
    ]);
    for (const [what, source] of sources) {
      expect(source, what).toMatch(/^https?:\/\//);
      expect(source, what).not.toMatch(PARSERS);
    }
  });

  it('gives no MX suffix to two families', () => {
    const owner = new Map<string, string>();
    for (const family of PROVIDERS)
      for (const suffix of (family.mx ?? []).flatMap((row) => row.suffixes)) {
        expect(owner.get(suffix) ?? family.id, suffix).toBe(family.id);
        owner.set(suffix, family.id);
      }
  });

  it('lists consumer domains its own recipient-domain pattern recognises', () => {
    for (const family of PROVIDERS)
      for (const row of family.mailboxDomains ?? [])
        expect(family.domains?.test(row.domain), `${family.id} ${row.domain}`).toBe(true);
    expect(MAILBOX_DOMAINS.map((row) => row.domain)).toEqual(COMMON_DOMAINS);
  });

  it('keeps every module under 150 lines', () => {
    const dir = fileURLToPath(new URL('./', import.meta.url));
    for (const file of readdirSync(dir).filter((name) => !name.endsWith('.test.ts')))
      expect(readFileSync(`${dir}${file}`, 'utf8').split('\n').length, file).toBeLessThan(150);
  });
});

describe('each rule’s example', () => {
  it.each(rules.map(({ family, rule }) => [rule.id, family.id, rule] as const))(
    '%s fires on its own example',
    (id, familyId, rule) => {
      const [first] = classify(parseBounce(rule.example));
      expect(first?.provider).toMatchObject({ id: familyId, rule: id });
      if (rule.reason) expect(first?.reason).toBe(rule.reason);
    },
  );
});
