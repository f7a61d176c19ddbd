import { describe, expect, it } from 'vitest';
import { SETTLE } from '../evaluate.ts';
import { PROVIDERS } from './index.ts';

describe('provider tables', () => {
  const rows = PROVIDERS.flatMap((p) => p.requirements.map((r) => ({ provider: p.id, ...r })));
  it('have unique ids named by their service and tier', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) expect(r.id).toMatch(new RegExp(`^(?:gmail|yahoo|outlook)-${r.tier}-`));
  });
  it('come in report order and say which domains they are for', () => {
    expect(PROVIDERS.map((p) => p.id)).toEqual(['google', 'yahoo', 'microsoft']);
    for (const p of PROVIDERS) expect(p.appliesTo.length).toBeGreaterThan(0);
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
    expect(needs('google', 'all')).toEqual(
      expect.arrayContaining(['spf-or-dkim', 'reverse-dns', 'tls', 'spam-rate']),
    );
    expect(needs('google', 'bulk')).toEqual(
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
    expect(needs('microsoft', 'all')).toEqual([]);
    expect(needs('microsoft', 'bulk')).toEqual(['spf', 'dkim', 'dmarc-record', 'dmarc-aligned']);
  });
  it('give Outlook.com its 5.7.515 code and enforcement date', () => {
    const outlook = PROVIDERS.find((p) => p.id === 'microsoft');
    expect(outlook?.since).toBe('2025-05-05');
    expect(outlook?.requirements.every((r) => r.codes?.includes('5.7.515'))).toBe(true);
  });
});
