import { describe, expect, it } from 'vitest';
import { DnsError, ok, type Resolver } from '../../dns/types.ts';
import { zoneResolver } from '../../dns/zone.ts';
import { recordQueries } from './query-log.ts';

describe('recordQueries', () => {
  it('records questions in asking order even when answers arrive out of order', async () => {
    const slowFirst: Resolver = async (name, type) => {
      await new Promise((resolve) => setTimeout(resolve, name === 'a.example' ? 20 : 0));
      return ok([`${name} ${type}`]) as never;
    };
    const { resolver, queries } = recordQueries(slowFirst);
    await Promise.all([resolver('a.example', 'TXT'), resolver('b.example', 'TXT')]);
    expect(queries.map((q) => [q.name, q.outcome, q.records])).toEqual([
      ['a.example', 'ok', ['a.example TXT']],
      ['b.example', 'ok', ['b.example TXT']],
    ]);
  });
  it('records NXDOMAIN, NODATA, MX records and errors (and rethrows them)', async () => {
    const zone = zoneResolver({
      'mx.example': { MX: [[10, 'in.mx.example']] },
      'slow.example': { timeout: '*' },
    });
    const { resolver, queries } = recordQueries(zone);
    await resolver('gone.example', 'TXT');
    await resolver('mx.example', 'TXT');
    await resolver('mx.example', 'MX');
    await expect(resolver('slow.example', 'TXT')).rejects.toBeInstanceOf(DnsError);
    expect(queries.map((q) => [q.outcome, q.records, q.error])).toEqual([
      ['nxdomain', undefined, undefined],
      ['nodata', undefined, undefined],
      ['ok', ['10 in.mx.example'], undefined],
      ['error', undefined, expect.stringMatching(/^timeout: /)],
    ]);
    expect(queries.every((q) => typeof q.ms === 'number')).toBe(true);
  });
});
