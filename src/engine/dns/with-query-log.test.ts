import { describe, expect, it } from 'vitest';
import type { QueryRecord } from './types.ts';
import { DnsError, type Resolver } from './types.ts';
import { withCache } from './with-cache.ts';
import { errorText, withQueryLog } from './with-query-log.ts';
import { zoneResolver } from './zone.ts';

const zone = zoneResolver({
  'example.test': {
    MX: [
      [10, 'mx.example.test'],
      [20, 'backup.example.test'],
    ],
    TXT: [['v=spf1 ', '-all']],
    timeout: ['AAAA'],
  },
});

function ticking() {
  let time = 0;
  return () => (time += 5);
}

describe('withQueryLog', () => {
  it('records each question with its outcome, records as text and the time taken', async () => {
    const log = withQueryLog(zone, { now: ticking() });
    await log.resolver('Example.test.', 'MX');
    await log.resolver('example.test', 'TXT');
    await log.resolver('nowhere.test', 'A');
    await log.resolver('example.test', 'A');
    await expect(log.resolver('example.test', 'AAAA')).rejects.toBeInstanceOf(DnsError);
    expect(log.queries).toEqual<QueryRecord[]>([
      {
        name: 'example.test',
        type: 'MX',
        outcome: 'ok',
        records: ['10 mx.example.test', '20 backup.example.test'],
        ms: 5,
      },
      { name: 'example.test', type: 'TXT', outcome: 'ok', records: ['v=spf1 -all'], ms: 5 },
      { name: 'nowhere.test', type: 'A', outcome: 'nxdomain', ms: 5 },
      { name: 'example.test', type: 'A', outcome: 'nodata', ms: 5 },
      {
        name: 'example.test',
        type: 'AAAA',
        outcome: 'error',
        error: 'timeout: no answer (timeout)',
        ms: 5,
      },
    ]);
  });
  it('keeps the order questions were asked in, not the order they finished in', async () => {
    const slowFirst: Resolver = (name, type) =>
      new Promise((resolve) =>
        setTimeout(() => resolve(zone(name, type)), name === 'a.test' ? 20 : 1),
      );
    const log = withQueryLog(slowFirst);
    const finished: string[] = [];
    log.onQuery((record) => finished.push(record.name));
    await Promise.all([log.resolver('a.test', 'A'), log.resolver('b.test', 'A')]);
    expect(finished).toEqual(['b.test', 'a.test']);
    expect(log.queries.map((record) => record.name)).toEqual(['a.test', 'b.test']);
  });
  it('leaves out ms for answers that came from the cache', async () => {
    const log = withQueryLog(withCache(zone), { now: ticking() });
    await log.resolver('example.test', 'MX');
    await log.resolver('example.test', 'MX');
    expect(log.queries.map((record) => record.ms)).toEqual([5, undefined]);
  });
  it('gives each check a child log whose records also reach the parent', async () => {
    const log = withQueryLog(zone);
    const spf = log.child();
    const mx = log.child();
    await spf.resolver('example.test', 'TXT');
    await mx.resolver('example.test', 'MX');
    await spf.child().resolver('nowhere.test', 'TXT');
    expect(spf.queries.map((record) => record.type)).toEqual(['TXT', 'TXT']);
    expect(mx.queries.map((record) => record.type)).toEqual(['MX']);
    expect(log.queries).toHaveLength(3);
  });
  it('stops calling a listener once unsubscribed', async () => {
    const log = withQueryLog(zone);
    const seen: QueryRecord[] = [];
    const stop = log.onQuery((record) => seen.push(record));
    await log.resolver('example.test', 'MX');
    stop();
    await log.resolver('example.test', 'MX');
    expect(seen).toHaveLength(1);
  });
  it('shows a question still in flight as cancelled to an asker that stopped waiting', async () => {
    const never: Resolver = () => new Promise(() => {});
    const log = withQueryLog(never);
    void log.resolver('a.test', 'A');
    expect(log.queries).toEqual([]);
    expect(log.asked()).toEqual([
      { name: 'a.test', type: 'A', outcome: 'error', error: 'cancelled: no longer needed' },
    ]);
  });
  it('writes error text without repeating the question', () => {
    expect(errorText(new DnsError('servfail', 'a.test', 'A', 'SERVFAIL from x'))).toBe(
      'servfail: SERVFAIL from x',
    );
    expect(errorText(new DnsError('aborted', 'a.test', 'A'))).toBe('aborted');
    expect(errorText(new Error('boom'))).toBe('boom');
  });
});
