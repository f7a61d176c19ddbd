import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listsThatMatter, PROVIDER_ADVICE } from './provider-lists.ts';
import { selfTestKeys, zoneFor } from './query-names.ts';
import { BLOCKLISTS, blocklistById } from './registry.ts';
import { keyLabels } from './query-names.ts';

describe('blocklist registry', () => {
  it('has unique ids and a source, lookup page and codes on every row', () => {
    const ids = BLOCKLISTS.map((list) => list.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const list of BLOCKLISTS) {
      expect(list.source).toMatch(/^https?:\/\//);
      expect(list.lookupUrl).toMatch(/^https?:\/\//);
      expect(list.codes.length).toBeGreaterThan(0);
      expect(list.keys.length).toBeGreaterThan(0);
    }
  });
  it('holds no list that has shut down', () => {
    for (const list of BLOCKLISTS)
      expect(`${list.id} ${list.zone}`).not.toMatch(/sorbs|njabl|ahbl|spamcannibal/i);
  });
  it('keeps each list family file under 150 lines', () => {
    const dir = fileURLToPath(new URL('./lists/', import.meta.url));
    for (const file of readdirSync(dir)) {
      expect(readFileSync(`${dir}${file}`, 'utf8').split('\n').length, file).toBeLessThan(150);
    }
  });
});

describe('query names', () => {
  it('uses the RFC 5782 s5 test entries', () => {
    const zen = blocklistById('spamhaus-zen');
    const surbl = blocklistById('surbl-multi');
    const dbl = blocklistById('spamhaus-dbl');
    if (!zen || !surbl || !dbl) throw new Error('missing list');
    const v4 = selfTestKeys(zen, 'ip4');
    expect([keyLabels(v4.listed), keyLabels(v4.notListed)]).toEqual(['2.0.0.127', '1.0.0.127']);
    const v6 = selfTestKeys(zen, 'ip6');
    expect(keyLabels(v6.listed)).toBe(
      '2.0.0.0.0.0.f.7.f.f.f.f.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0',
    );
    expect(keyLabels(v6.notListed)).toBe(
      '1.0.0.0.0.0.f.7.f.f.f.f.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0',
    );
    const domain = selfTestKeys(surbl, 'domain');
    expect([keyLabels(domain.listed), keyLabels(domain.notListed)]).toEqual(['test', 'invalid']);
    expect(keyLabels(selfTestKeys(dbl, 'domain').listed)).toBe('dbltest.com');
  });
  it('switches Spamhaus zones to DQS when a key is given, and leaves others alone', () => {
    const zen = blocklistById('spamhaus-zen');
    const dbl = blocklistById('spamhaus-dbl');
    const zrd = blocklistById('spamhaus-zrd');
    const spamcop = blocklistById('spamcop');
    if (!zen || !dbl || !zrd || !spamcop) throw new Error('missing list');
    expect(zoneFor(zen)).toBe('zen.spamhaus.org');
    expect(zoneFor(zen, 'abc123def456')).toBe('abc123def456.zen.dq.spamhaus.net');
    expect(zoneFor(dbl, 'abc123def456')).toBe('abc123def456.dbl.dq.spamhaus.net');
    expect(zoneFor(zrd, 'abc123def456')).toBe('abc123def456.zrd.dq.spamhaus.net');
    expect(zoneFor(spamcop, 'abc123def456')).toBe('bl.spamcop.net');
  });
});

describe('listsThatMatter', () => {
  it('points Microsoft bounces at its own delist portal and Spamhaus', () => {
    const advice = listsThatMatter('microsoft');
    expect(advice?.lists).toContain('spamhaus-zen');
    expect(advice?.portals.map((p) => p.url)).toContain('https://sender.office.com/');
  });
  it.each([
    ['google', 'https://postmaster.google.com/'],
    ['apple', 'https://ipcheck.proofpoint.com/'],
    ['proofpoint', 'https://ipcheck.proofpoint.com/'],
    ['trendmicro', 'https://ers.trendmicro.com/reputations'],
    ['barracuda', 'https://www.barracudacentral.org/lookups'],
    ['cisco', 'https://talosintelligence.com/reputation_center'],
  ])('%s -> %s', (provider, url) => {
    expect(listsThatMatter(provider)?.portals.map((p) => p.url)).toContain(url);
  });
  it('knows the lists Comcast and Yahoo name in their bounces', () => {
    expect(listsThatMatter('comcast')?.lists).toEqual(['spamhaus-zen', 'senderscore']);
    expect(listsThatMatter(' Yahoo ')?.lists).toEqual(['spamhaus-zen']);
    expect(listsThatMatter('nobody')).toBeUndefined();
  });
  it('names only lists that exist, and cites a source for every provider', () => {
    for (const row of PROVIDER_ADVICE) {
      expect(row.source).toMatch(/^https?:\/\//);
      for (const id of row.lists) expect(blocklistById(id), `${row.provider}: ${id}`).toBeDefined();
    }
  });
});
