import { describe, expect, it } from 'vitest';
import { SETTLE } from '../evaluate.ts';
import { PROVIDERS } from './index.ts';

describe('provider tables', () => {
  const rows = PROVIDERS.flatMap((p) => p.requirements.map((r) => ({ provider: p.id, ...r })));
  it('have unique ids prefixed by their provider', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) expect(r.id.startsWith(`${r.provider}-${r.tier}-`)).toBe(true);
  });
  it('cite an https source for every row and have an evaluator for every need', () => {
    for (const r of rows) {
      expect(r.source).toMatch(/^https:\/\//);
      expect(SETTLE[r.need]).toBeTypeOf('function');
    }
  });
  it('encode the core 2024 rules', () => {
    const needs = (id: string, tier: string) =>
      PROVIDERS.find((p) => p.id === id)
        ?.requirements.filter((r) => r.tier === tier)
        .map((r) => r.need);
    expect(needs('gmail', 'all')).toEqual(
      expect.arrayContaining(['spf-or-dkim', 'reverse-dns', 'tls', 'spam-rate']),
    );
    expect(needs('gmail', 'bulk')).toEqual(
      expect.arrayContaining([
        'spf-and-dkim',
        'dmarc-record',
        'dmarc-aligned',
        'one-click-unsubscribe',
      ]),
    );
    expect(needs('yahoo', 'bulk')).toEqual(
      expect.arrayContaining(['spf-and-dkim', 'dkim-1024', 'dmarc-record', 'dmarc-aligned']),
    );
    expect(needs('outlook', 'all')).toEqual([]);
    expect(needs('outlook', 'bulk')).toEqual(['spf', 'dkim', 'dmarc-record', 'dmarc-aligned']);
  });
  it('give Outlook.com its 5.7.515 code and enforcement date', () => {
    const outlook = PROVIDERS.find((p) => p.id === 'outlook');
    expect(outlook?.since).toBe('2025-05-05');
    expect(outlook?.requirements.every((r) => r.codes?.includes('5.7.515'))).toBe(true);
  });
});
