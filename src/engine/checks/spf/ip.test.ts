import { describe, expect, it } from 'vitest';
import {
  addressMatches,
  dottedIp,
  formatIpv6,
  parseClientIp,
  parseIpv4,
  parseIpv6,
  readableIp,
  reverseName,
} from './ip.ts';

const ip = (text: string) => {
  const parsed = parseClientIp(text);
  if (!parsed) throw new Error(`bad test IP ${text}`);
  return parsed;
};

describe('client IP (RFC 7208 s5, s7.3)', () => {
  it('s5.6: accepts dotted quads without leading zeros only', () => {
    expect(parseIpv4('192.0.2.3')).toEqual(new Uint8Array([192, 0, 2, 3]));
    for (const bad of [
      '1.2.3',
      '1.2.3.4.5',
      '01.2.3.4',
      '256.1.1.1',
      '1.2.3.4:80',
      ' 1.2.3.4',
      '',
    ]) {
      expect(parseIpv4(bad), bad).toBeUndefined();
    }
  });

  it('s5.6: parses IPv6 forms, including an embedded dotted quad', () => {
    expect(parseIpv6('2001:db8::cb01')?.digits).toBe(`20010db8${'0000'.repeat(5)}cb01`);
    expect(parseIpv6('::')?.bytes).toEqual(new Uint8Array(16));
    expect(parseIpv6('CAFE:BABE::192.168.218.40')?.digits).toBe(
      'cafebabe'.toUpperCase() + '0'.repeat(16) + 'c0a8da28',
    );
    for (const bad of [
      ':CAFE::BABE',
      '1::2::3',
      '1:2:3:4:5:6:7',
      '1:2:3:4:5:6:7:8:9',
      '12345::',
      'fe80::1%eth0',
      '1.2.3.4::',
    ]) {
      expect(parseIpv6(bad), bad).toBeUndefined();
    }
  });

  it('s5: an IPv4-mapped IPv6 address is an IPv4 address', () => {
    const mapped = ip('::FFFF:1.2.3.4');
    expect(mapped.family).toBe(4);
    expect(readableIp(mapped)).toBe('1.2.3.4');
    expect(reverseName(mapped)).toBe('4.3.2.1.in-addr.arpa');
  });

  it('s7.3 %{i}: IPv6 as 32 dot-separated nibbles, written as given', () => {
    expect(dottedIp(ip('2001:db8::cb01'))).toBe(
      '2.0.0.1.0.d.b.8.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.c.b.0.1',
    );
    expect(dottedIp(ip('CAFE:BABE::1')).startsWith('C.A.F.E.B.A.B.E')).toBe(true);
  });

  it('s5.5: reverse names for PTR lookups', () => {
    expect(reverseName(ip('192.0.2.3'))).toBe('3.2.0.192.in-addr.arpa');
    expect(reverseName(ip('2001:db8::cb01'))).toBe(
      '1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa',
    );
  });

  it('s7.3 %{c}: RFC 5952 text for IPv6', () => {
    expect(formatIpv6(ip('CAFE:BABE:0:0:0:0:0:1').bytes)).toBe('cafe:babe::1');
    expect(formatIpv6(ip('2001:db8:0:1:0:0:0:1').bytes)).toBe('2001:db8:0:1::1');
    expect(formatIpv6(ip('2001:db8:0:1:1:1:1:1').bytes)).toBe('2001:db8:0:1:1:1:1:1');
  });

  it('s5.6: CIDR comparison per family', () => {
    expect(addressMatches(ip('192.0.2.200'), '192.0.2.0', 24)).toBe(true);
    expect(addressMatches(ip('192.0.3.1'), '192.0.2.0', 23)).toBe(true);
    expect(addressMatches(ip('192.0.4.1'), '192.0.2.0', 23)).toBe(false);
    expect(addressMatches(ip('2001:db8:1234::cafe'), '2001:db8:1234::dead:beef', 64)).toBe(true);
    expect(addressMatches(ip('1.2.3.4'), '2001:db8::1', 0)).toBe(false);
    expect(addressMatches(ip('1.2.3.4'), 'not an address', 0)).toBe(false);
  });
});
