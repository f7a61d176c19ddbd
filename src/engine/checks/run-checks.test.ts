/**
 * The battery's questions go out in parallel wherever the answers do not depend on each other:
 * counted in round trips (test-support/rounds.ts), the whole battery for the realistic sender takes as
 * many as its longest chain of dependent questions, SPF's TXT x4 -> MX -> A. `npm run
 * bench:dns` measures the same thing in milliseconds over HTTP.
 */
import { describe, expect, it } from 'vitest';
import { createResolverStack } from '../dns/resolver-stack.ts';
import { zoneResolver } from '../dns/zone.ts';
import { runCheck, runChecks } from './run-checks.ts';
import { inRounds } from '../test-support/rounds.ts';
import { POLICY, senderDetails, senderZone } from '../test-support/sender.ts';
import { DNS_CHECK_IDS } from './checks.ts';
import type { CheckId } from './types.ts';
import { rsaPublicKey } from '../test-support/keys.ts';

const IDS: CheckId[] = [...DNS_CHECK_IDS];
const key = rsaPublicKey(1024);

describe('runChecks', () => {
  it('takes as many round trips as the longest chain of dependent questions (6)', async () => {
    // Each check's code loads when it first runs; load it first, as it is not a round trip.
    await runChecks(IDS, { resolver: zoneResolver(senderZone(key)), sender: senderDetails() });
    const counter = inRounds(zoneResolver(senderZone(key)));
    const { resolver } = createResolverStack(counter.resolver);
    const fetchText = async () => ({ ok: true as const, text: POLICY });
    const heard: CheckId[] = [];
    const results = await runChecks(IDS, { resolver, sender: senderDetails(), fetchText }, (r) =>
      heard.push(r.id),
    );
    expect(results.map((r) => r.id)).toEqual(IDS);
    expect(results.find((r) => r.id === 'spf')?.verdict).toBe('pass');
    expect(counter.rounds()).toBe(6);
    expect([...heard].sort()).toEqual([...IDS].sort());
  });

  it('a check that throws ends as unknown with the reason; the others finish', async () => {
    const broken = new Proxy(senderDetails(), {
      get(target, property) {
        if (property === 'sendingIp') throw new Error('boom');
        return Reflect.get(target, property);
      },
    });
    const results = await runChecks(IDS, {
      resolver: zoneResolver(senderZone(key)),
      sender: broken,
    });
    const byId = Object.fromEntries(results.map((r) => [r.id, r]));
    expect(results.map((r) => r.id)).toEqual(IDS);
    for (const id of ['spf', 'reverse-dns', 'blocklists', 'bulk-sender'] as const) {
      expect(byId[id]?.verdict, id).toBe('unknown');
      expect(byId[id]?.unknownReason, id).toMatch(/boom/);
      expect(byId[id]?.manualCheck, id).toBeTruthy();
    }
    expect(byId.dmarc?.verdict).toBe('pass');
  });

  it('runs a check once per run, also when the bulk-sender rules read its result', async () => {
    const count = (ids: CheckId[]) => {
      const counter = inRounds(zoneResolver(senderZone(key)));
      return runChecks(ids, { resolver: counter.resolver, sender: senderDetails() }).then(
        (results) => ({ asked: counter.asked(), results }),
      );
    };
    const four: CheckId[] = ['spf', 'dkim', 'dmarc', 'reverse-dns'];
    const alone = await count(four);
    const withRules = await count([...four, 'bulk-sender']);
    expect(withRules.asked).toBe(alone.asked);
    expect(withRules.results.at(-1)).toMatchObject({ id: 'bulk-sender', verdict: 'pass' });
  });

  it('tells the blocklist check which provider bounced the mail, so its lists come first', async () => {
    const ctx = { resolver: zoneResolver(senderZone(key)), sender: senderDetails() };
    const result = await runCheck('blocklists', { ...ctx, provider: 'microsoft' });
    expect(result.details).toMatchObject({
      provider: { name: expect.stringMatching(/Microsoft/) },
    });
  });
});
