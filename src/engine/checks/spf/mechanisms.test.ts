import { describe, expect, it } from 'vitest';
import type { Zone } from '../../dns/zone.ts';
import { one, result } from '../../test-support/spf.ts';

describe('s5.1 all', () => {
  it('s5.1: all always matches; qualifiers give the result', async () => {
    expect(await result(one('v=spf1 ?all'), '1.2.3.4', 'a@example.com')).toBe('neutral');
    expect(await result(one('v=spf1 ~all'), '1.2.3.4', 'a@example.com')).toBe('softfail');
    expect(await result(one('v=spf1 -all:foo'), '1.2.3.4', 'a@example.com')).toBe('permerror');
  });
});

describe('s5.3 a', () => {
  const zone: Zone = one('v=spf1 a a:other.example.com/24 a:v6.example.com//64 -all', {
    'example.com': {
      TXT: ['v=spf1 a a:other.example.com/24 a:v6.example.com//64 -all'],
      A: ['192.0.2.10'],
    },
    'other.example.com': { A: ['198.51.100.1'] },
    'v6.example.com': { AAAA: ['2001:db8:1::1'], A: ['203.0.113.1'] },
  });
  it.each([
    ['192.0.2.10', 'pass'],
    ['192.0.2.11', 'fail'],
    ['198.51.100.200', 'pass'],
    ['2001:db8:1::ffff', 'pass'],
    ['2001:db8:2::1', 'fail'],
    ['::ffff:192.0.2.10', 'pass'],
    ['203.0.113.1', 'pass'],
    ['203.0.113.2', 'fail'],
  ] as const)(
    's5.3: %s -> %s (A for IPv4, AAAA for IPv6, dual-cidr-length)',
    async (ip, expected) => {
      expect(await result(zone, ip, 'a@example.com')).toBe(expected);
    },
  );

  it('s5.3: /0 does not match when there are no addresses at all', async () => {
    expect(await result(one('v=spf1 a/0 -all'), '1.2.3.4', 'a@example.com')).toBe('fail');
  });
});

describe('s5.4 mx', () => {
  const zone: Zone = {
    'example.com': {
      TXT: ['v=spf1 mx mx:other.example.com/24 -all'],
      MX: [
        [10, 'mx1.example.com'],
        [20, 'mx2.example.com'],
      ],
      A: ['203.0.113.9'],
    },
    'mx1.example.com': { A: ['192.0.2.1'] },
    'mx2.example.com': { A: ['192.0.2.2'], AAAA: ['2001:db8::2'] },
    'other.example.com': { MX: [[0, 'mx.other.example.com']] },
    'mx.other.example.com': { A: ['198.51.100.7'] },
  };
  it.each([
    ['192.0.2.2', 'pass'],
    ['2001:db8::2', 'pass'],
    ['198.51.100.99', 'pass'],
    ['203.0.113.9', 'fail'],
  ] as const)('s5.4: %s -> %s (and no fallback to the A record, s5.4)', async (ip, expected) => {
    expect(await result(zone, ip, 'a@example.com')).toBe(expected);
  });

  it('s5.4: a null MX (RFC 7505) matches nothing', async () => {
    expect(
      await result(
        { 'example.com': { TXT: ['v=spf1 mx'], MX: [[0, '']] } },
        '1.2.3.4',
        'a@example.com',
      ),
    ).toBe('neutral');
  });

  it('s5.4: a DNS error on an MX host address is a temperror', async () => {
    const z: Zone = {
      'example.com': { TXT: ['v=spf1 mx -all'], MX: [[0, 'slow.example.com']] },
      'slow.example.com': { timeout: '*' },
    };
    expect(await result(z, '1.2.3.4', 'a@example.com')).toBe('temperror');
  });
});

describe('s5.5 ptr', () => {
  const zone: Zone = {
    'example.com': { TXT: ['v=spf1 ptr -all'] },
    'other.example.com': { TXT: ['v=spf1 ptr:Example.COM -all'] },
    '4.3.2.1.in-addr.arpa': { PTR: ['mail.example.com', 'spoof.example.com'] },
    'mail.example.com': { A: ['1.2.3.4'] },
    '5.3.2.1.in-addr.arpa': { PTR: ['spoof.example.com'] },
    'spoof.example.com': { A: ['9.9.9.9'] },
    [`1.0.${'0.'.repeat(22)}8.b.d.0.1.0.0.2.ip6.arpa`]: { PTR: ['v6.example.com'] },
    'v6.example.com': { AAAA: ['2001:db8::1'] },
  };
  it('s5.5: a validated PTR name within the target matches', async () => {
    expect(await result(zone, '1.2.3.4', 'a@example.com')).toBe('pass');
    expect(await result(zone, '1.2.3.4', 'a@other.example.com')).toBe('pass');
    expect(await result(zone, '2001:db8::1', 'a@example.com')).toBe('pass');
  });

  it('s5.5: a PTR name whose addresses do not include the IP is not validated', async () => {
    expect(await result(zone, '1.2.3.5', 'a@example.com')).toBe('fail');
  });

  it('s5.5: a DNS error on the PTR lookup is no match, not temperror', async () => {
    expect(
      await result(
        { ...zone, '6.3.2.1.in-addr.arpa': { timeout: '*' } },
        '1.2.3.6',
        'a@example.com',
      ),
    ).toBe('fail');
  });

  it('s5.5: a failing address lookup skips that name (CNAME loop)', async () => {
    const z: Zone = {
      'loop.example.com': { TXT: ['v=spf1 ptr'] },
      '4.2.0.192.in-addr.arpa': { PTR: ['loop4.example.com.'] },
      'loop4.example.com': { CNAME: ['CNAME.example.com.'] },
      'cname.example.com': { CNAME: ['CNAME.example.com.'] },
    };
    expect(await result(z, '192.0.2.4', 'postmaster@loop.example.com')).toBe('neutral');
  });
});

describe('s5.6 ip4 and ip6', () => {
  it('s5.6: CIDR ranges, and families never cross', async () => {
    const zone = one('v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 -all');
    expect(await result(zone, '192.0.2.77', 'a@example.com')).toBe('pass');
    expect(await result(zone, '2001:db8:ffff::1', 'a@example.com')).toBe('pass');
    expect(await result(zone, '198.51.100.1', 'a@example.com')).toBe('fail');
    expect(await result(one('v=spf1 ip6:::1.1.1.1/0'), '1.2.3.4', 'a@example.com')).toBe('neutral');
  });

  it('s5 / s5.6: an IPv4-mapped client only matches ip4', async () => {
    expect(
      await result(
        one('v=spf1 -ip4:1.2.3.4 ip6:::FFFF:1.2.3.4'),
        '::FFFF:1.2.3.4',
        'a@example.com',
      ),
    ).toBe('fail');
    expect(await result(one('v=spf1 ip6:::0/0'), '::ffff:1.2.3.4', 'a@example.com')).toBe(
      'neutral',
    );
  });
});

describe('s5.7 exists', () => {
  it('s5.7: matches on any A record, also for IPv6 clients', async () => {
    const zone = one('v=spf1 exists:%{ir}.%{v}.bl.example.org -all', {
      '3.2.0.192.in-addr.bl.example.org': { A: ['127.0.0.2'] },
      [`1.0.b.c.${'0.'.repeat(20)}8.b.d.0.1.0.0.2.ip6.bl.example.org`]: { A: ['127.0.0.2'] },
      'v6only.example.org': { AAAA: ['2001:db8::1'] },
    });
    expect(await result(zone, '192.0.2.3', 'a@example.com')).toBe('pass');
    expect(await result(zone, '2001:db8::cb01', 'a@example.com')).toBe('pass');
    expect(await result(zone, '192.0.2.4', 'a@example.com')).toBe('fail');
    expect(
      await result(
        one('v=spf1 exists:v6only.example.org -all', {
          'v6only.example.org': { AAAA: ['2001:db8::1'] },
        }),
        '2001:db8::1',
        'a@example.com',
      ),
    ).toBe('fail');
  });

  it('s5.7: a DNS error is a temperror', async () => {
    expect(
      await result(
        one('v=spf1 exists:err.example.org -all', { 'err.example.org': { timeout: '*' } }),
        '1.2.3.4',
        'a@example.com',
      ),
    ).toBe('temperror');
  });
});
