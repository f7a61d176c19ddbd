import { describe, expect, it } from 'vitest';
import { digCommand, dnsTrouble, explainDnsError } from './failure-words.ts';
import { lookups, settle } from './settle.ts';
import { DnsError, ok, type Resolver } from './types.ts';
import { zoneResolver } from './zone.ts';

const zone = zoneResolver({
  'a.example': { A: ['93.184.216.34'], MX: [[10, 'mx.a.example']] },
  'slow.example': { timeout: '*' },
});

/** A resolver whose answers wait until the test lets them go. */
function held(inner: Resolver) {
  const waiting: (() => void)[] = [];
  const asked: string[] = [];
  const resolver: Resolver = (name, type, options) => {
    asked.push(`${name} ${type}`);
    return new Promise((resolve, reject) =>
      waiting.push(() => void inner(name, type, options).then(resolve, reject)),
    );
  };
  return { resolver, asked, release: () => waiting.splice(0).forEach((go) => go()) };
}

describe('settle', () => {
  it('returns failures as values, turning foreign exceptions into network errors', async () => {
    const answer = await settle(
      async () => {
        throw new TypeError('socket gone');
      },
      'a.example',
      'TXT',
    );
    expect(answer.kind).toBe('error');
    expect(answer.kind === 'error' && answer.error).toBeInstanceOf(DnsError);
    expect(answer.kind === 'error' && answer.error.kind).toBe('network');
    expect((await settle(zone, 'slow.example', 'A')).kind).toBe('error');
  });

  it('reads an answer without records as NODATA', async () => {
    expect(await settle(async () => ok([], 60), 'a.example', 'TXT')).toEqual({
      kind: 'nodata',
      ttl: 60,
    });
  });
});

describe('lookups', () => {
  it('records every question in the order asked, even when answers arrive out of order', async () => {
    const dns = lookups(zone);
    await Promise.all([
      dns.lookup('slow.example', 'A'),
      dns.lookup('a.example', 'MX'),
      dns.lookup('b.example', 'A'),
    ]);
    expect(dns.queries.map((q) => [q.name, q.type, q.outcome])).toEqual([
      ['slow.example', 'A', 'error'],
      ['a.example', 'MX', 'ok'],
      ['b.example', 'A', 'nxdomain'],
    ]);
    expect(dns.queries[1]?.records).toEqual(['10 mx.a.example']);
  });

  it('asks each question once, whoever asks again and however the name is written', async () => {
    const gate = held(zone);
    const dns = lookups(gate.resolver);
    const first = dns.lookup('a.example', 'A');
    const again = dns.lookup('A.Example.', 'A');
    expect(dns.has('a.example', 'A')).toBe(true);
    expect(dns.has('a.example', 'MX')).toBe(false);
    gate.release();
    expect(await first).toBe(await again);
    expect(gate.asked).toEqual(['a.example A']);
    expect(dns.queries).toHaveLength(1);
  });

  it('on close, answers what is in flight as aborted and shows it cancelled in the evidence', async () => {
    const gate = held(zone);
    const dns = lookups(gate.resolver);
    const pending = dns.lookup('a.example', 'A');
    dns.close();
    const answer = await pending;
    expect(answer.kind === 'error' && answer.error.kind).toBe('aborted');
    expect(dns.queries).toEqual([
      { name: 'a.example', type: 'A', outcome: 'error', error: 'cancelled: no longer needed' },
    ]);
    const later = await dns.lookup('b.example', 'A');
    expect(later.kind === 'error' && later.error.kind).toBe('aborted');
    expect(gate.asked).toEqual(['a.example A']);
  });

  it("closes when the caller's signal aborts", async () => {
    const gate = held(zone);
    const controller = new AbortController();
    const dns = lookups(gate.resolver, { signal: controller.signal });
    const pending = dns.lookup('a.example', 'A');
    controller.abort();
    expect(dns.closed).toBe(true);
    expect((await pending).kind).toBe('error');
  });

  it('hides secrets in the recorded names and errors', async () => {
    const dns = lookups(zone, { redact: (text) => text.replaceAll('secret123', '<key>') });
    await dns.lookup('2.0.0.127.secret123.zen.dq.spamhaus.net', 'A');
    expect(JSON.stringify(dns.queries)).not.toContain('secret123');
    expect(dns.queries[0]?.name).toBe('2.0.0.127.<key>.zen.dq.spamhaus.net');
  });
});

describe('failure words', () => {
  it('explains errors in plain words, briefly, and gives the dig command', () => {
    const error = new DnsError('servfail', 'example.com', 'MX');
    expect(explainDnsError(error)).toBe(
      "the domain's DNS servers failed to answer (SERVFAIL) (MX example.com)",
    );
    expect(dnsTrouble(error)).toBe('MX example.com: server failure (SERVFAIL)');
    expect(digCommand('example.com', 'MX')).toBe('dig +short MX example.com');
  });
});
