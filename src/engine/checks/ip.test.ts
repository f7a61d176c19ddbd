import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import {
  holds,
  inNetwork,
  parseAddress,
  parseClientIp,
  parseIp,
  reverseName,
  reversedLabels,
  specialRange,
  unmapIPv4,
} from './ip.ts';

const ip = (text: string) => {
  const parsed = parseClientIp(text);
  if (!parsed) throw new Error(`bad test IP ${text}`);
  return parsed;
};

describe('parseIp', () => {
  it.each([
    ['192.0.2.1', '192.0.2.1'],
    [' 8.8.4.4 ', '8.8.4.4'],
    ['[93.184.216.34]', '93.184.216.34'],
    ['2001:DB8::1', '2001:db8::1'],
    ['[IPv6:2001:db8::1]', '2001:db8::1'],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['::', '::'],
    ['::1', '::1'],
    ['1:2:3:4:5:6:7::', '1:2:3:4:5:6:7:0'],
    ['::ffff:192.0.2.1', '::ffff:192.0.2.1'],
    ['::ffff:c000:0201', '::ffff:192.0.2.1'],
    ['64:ff9b::192.0.2.33', '64:ff9b::c000:221'],
    ['CAFE:BABE::192.168.218.40', 'cafe:babe::c0a8:da28'],
    ['::192.0.2.1', '::c000:201'],
    ['ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'],
    ['CAFE:BABE:0:0:0:0:0:1', 'cafe:babe::1'],
    ['2001:db8:0:1:0:0:0:1', '2001:db8:0:1::1'],
    ['1:0:0:2:0:0:0:3', '1:0:0:2::3'],
    ['1:0:0:2:0:0:3:4', '1::2:0:0:3:4'],
  ])('accepts %s as %s', (input, text) => {
    expect(parseIp(input)?.text).toBe(text);
  });

  it.each([
    '',
    '1.2.3',
    '1.2.3.4.5',
    '256.1.1.1',
    '01.2.3.4',
    '0x7f.0.0.1',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7:8::',
    '1::2::3',
    ':1:2:3:4:5:6:7',
    '12345::',
    'fe80::1%eth0',
    '1.2.3.4::',
    '::1.2.3',
    '::ffff:01.2.3.4',
    '::ffff:0x7f.0.0.1',
    ':CAFE::BABE',
    '1:2:3:4:5:6:7',
    'example.com',
    '9'.repeat(200),
  ])('rejects %j', (input) => {
    expect(parseIp(input)).toBeUndefined();
  });
});

describe('parseAddress (RFC 7208 s5.6 ip4-network and ip6-network)', () => {
  it('takes the address as written only: no brackets, no spaces, no port', () => {
    expect(parseAddress('192.0.2.3')?.bytes).toEqual([192, 0, 2, 3]);
    expect(parseAddress('::')?.bytes).toEqual(new Array(16).fill(0));
    for (const bad of [' 1.2.3.4', '[192.0.2.1]', '1.2.3.4:80', 'IPv6:2001:db8::1', '']) {
      expect(parseAddress(bad), bad).toBeUndefined();
    }
  });
});

describe('parseClientIp (RFC 7208 s5)', () => {
  it('reads an IPv4-mapped IPv6 address as the IPv4 address', () => {
    const mapped = ip('::FFFF:1.2.3.4');
    expect(mapped).toMatchObject({ version: 4, text: '1.2.3.4' });
    expect(reverseName(mapped)).toBe('4.3.2.1.in-addr.arpa');
  });
  it('keeps the deprecated IPv4-compatible form (::a.b.c.d) an IPv6 address', () => {
    expect(ip('::192.0.2.1')).toMatchObject({ version: 6, text: '::c000:201' });
  });
});

describe('holds (CIDR match of an A or AAAA answer)', () => {
  it('compares within the prefix, per family', () => {
    expect(holds('192.0.2.0', ip('192.0.2.200'), 24)).toBe(true);
    expect(holds('192.0.2.0', ip('192.0.3.1'), 23)).toBe(true);
    expect(holds('192.0.2.0', ip('192.0.4.1'), 23)).toBe(false);
    expect(holds('2001:db8:1234::dead:beef', ip('2001:db8:1234::cafe'), 64)).toBe(true);
    expect(holds('2001:db8::1', ip('1.2.3.4'), 0)).toBe(false);
    expect(holds('not an address', ip('1.2.3.4'), 0)).toBe(false);
    expect(holds('93.184.216.34', ip('93.184.216.34'))).toBe(true);
    expect(holds('93.184.216.35', ip('93.184.216.34'))).toBe(false);
  });
});

describe('inNetwork', () => {
  it('agrees with ipaddr.js on every prefix of both families', () => {
    const address = (version: 4 | 6) =>
      fc
        .array(fc.integer({ min: 0, max: 255 }), {
          minLength: version === 4 ? 4 : 16,
          maxLength: version === 4 ? 4 : 16,
        })
        .map((bytes) => ({ version, bytes, text: '' }));
    for (const version of [4, 6] as const)
      fc.assert(
        fc.property(
          address(version),
          address(version),
          fc.integer({ min: 0, max: version === 4 ? 32 : 128 }),
          fc.integer({ min: 0, max: version === 4 ? 32 : 128 }),
          (ip, network, prefix, shared) => {
            // Half the time the network shares the address's first bits, so both answers occur.
            const near = { ...network, bytes: [...ip.bytes] };
            for (let bit = shared; bit < near.bytes.length * 8; bit++)
              if (network.bytes[bit >> 3]! & (0x80 >> (bit & 7)))
                near.bytes[bit >> 3] = near.bytes[bit >> 3]! ^ (0x80 >> (bit & 7));
            for (const other of [network, near])
              expect(inNetwork(ip, other, prefix)).toBe(
                ipaddr.fromByteArray(ip.bytes).match(ipaddr.fromByteArray(other.bytes), prefix),
              );
          },
        ),
      );
  });
});

describe('reverse names', () => {
  it('reverses IPv6 nibbles for PTR lookups (RFC 7208 s5.5)', () => {
    expect(reverseName(ip('2001:db8::cb01'))).toBe(
      '1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa',
    );
  });
  it('reverses IPv4 octets under in-addr.arpa', () => {
    const ip = parseIp('192.0.2.1');
    expect(ip && reverseName(ip)).toBe('1.2.0.192.in-addr.arpa');
  });
  it('reverses IPv6 nibbles under ip6.arpa (RFC 3596 s2.5 example)', () => {
    const ip = parseIp('4321:0:1:2:3:4:567:89ab');
    expect(ip && reverseName(ip)).toBe(
      'b.a.9.8.7.6.5.0.4.0.0.0.3.0.0.0.2.0.0.0.1.0.0.0.0.0.0.0.1.2.3.4.ip6.arpa',
    );
  });
  it('gives the DNSBL form without the suffix', () => {
    const ip = parseIp('::ffff:7f00:2');
    expect(ip && reversedLabels(ip)).toBe(
      '2.0.0.0.0.0.f.7.f.f.f.f.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0',
    );
  });
});

describe('unmapIPv4', () => {
  it('finds the IPv4 address in an IPv4-mapped IPv6 address', () => {
    const ip = parseIp('::ffff:93.184.216.34');
    expect(ip && unmapIPv4(ip)?.text).toBe('93.184.216.34');
    const plain = parseIp('2001:db8::1');
    expect(plain && unmapIPv4(plain)).toBeUndefined();
  });
});

describe('specialRange', () => {
  it.each([
    ['10.1.2.3', 'private network (RFC 1918)'],
    ['172.31.255.255', 'private network (RFC 1918)'],
    ['192.168.1.10', 'private network (RFC 1918)'],
    ['100.100.0.1', 'carrier-grade NAT (RFC 6598)'],
    ['127.0.0.1', 'loopback'],
    ['169.254.0.5', 'link-local (RFC 3927)'],
    ['203.0.113.9', 'documentation (TEST-NET-3, RFC 5737)'],
    ['255.255.255.255', 'reserved (and broadcast)'],
    ['::1', 'loopback'],
    ['fd12:3456::1', 'unique local address (RFC 4193)'],
    ['fe80::1', 'link-local'],
    ['2001:db8::25', 'documentation (RFC 3849)'],
  ])('%s is %s', (input, name) => {
    const ip = parseIp(input);
    expect(ip && specialRange(ip)?.name).toBe(name);
  });
  it.each(['172.32.0.1', '8.8.8.8', '93.184.216.34', '2a00:1450:4001:81c::200e', '100.128.0.1'])(
    '%s is public',
    (input) => {
      const ip = parseIp(input);
      expect(ip && specialRange(ip)).toBeUndefined();
    },
  );
});
