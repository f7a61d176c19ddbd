import { describe, expect, it } from 'vitest';
import { DnsError } from '../../dns/types.ts';
import { zoneResolver } from '../../dns/zone.ts';
import { digCommand, dnsLog, explainDnsError } from './dns-log.ts';

const zone = zoneResolver({
  'a.example': { A: ['93.184.216.34'], MX: [[10, 'mx.a.example']] },
  'slow.example': { timeout: '*' },
});

describe('dnsLog', () => {
  it('records every question in the order asked, even when answers arrive out of order', async () => {
    const log = dnsLog(zone);
    await Promise.all([
      log.lookup('slow.example', 'A'),
      log.lookup('a.example', 'MX'),
      log.lookup('b.example', 'A'),
    ]);
    expect(log.queries.map((q) => [q.name, q.type, q.outcome])).toEqual([
      ['slow.example', 'A', 'error'],
      ['a.example', 'MX', 'ok'],
      ['b.example', 'A', 'nxdomain'],
    ]);
    expect(log.queries[1]?.records).toEqual(['10 mx.a.example']);
  });

  it('returns failures as values, turning foreign exceptions into network errors', async () => {
    const log = dnsLog(async () => {
      throw new TypeError('socket gone');
    });
    const answer = await log.lookup('a.example', 'TXT');
    expect(answer.kind).toBe('error');
    expect(answer.kind === 'error' && answer.error).toBeInstanceOf(DnsError);
    expect(answer.kind === 'error' && answer.error.kind).toBe('network');
  });

  it('hides secrets in the recorded names and errors', async () => {
    const log = dnsLog(zone, undefined, (text) => text.replaceAll('secret123', '<key>'));
    await log.lookup('2.0.0.127.secret123.zen.dq.spamhaus.net', 'A');
    expect(JSON.stringify(log.queries)).not.toContain('secret123');
    expect(log.queries[0]?.name).toBe('2.0.0.127.<key>.zen.dq.spamhaus.net');
  });

  it('explains errors in plain words and gives the dig command', () => {
    const error = new DnsError('servfail', 'example.com', 'MX');
    expect(explainDnsError(error)).toBe(
      "the domain's DNS servers failed to answer (SERVFAIL) (MX example.com)",
    );
    expect(digCommand('example.com', 'MX')).toBe('dig +short MX example.com');
  });
});
