import { describe, expect, it } from 'vitest';
import { parseIp, type IpAddress } from '../ip.ts';
import { genericSigns } from './generic.ts';

const ip = (text: string): IpAddress => {
  const parsed = parseIp(text);
  if (!parsed) throw new Error(text);
  return parsed;
};
const V4 = ip('93.184.216.34');
const V6 = ip('2a00:1450:4001:81c::200e');
const ids = (name: string, address = V4): string[] => genericSigns(name, address).map((s) => s.id);

describe('genericSigns', () => {
  it.each([
    ['93-184-216-34.example.net', ['ip-digits']],
    ['c-93-184-216-34.hsd1.ca.comcast.net', ['ip-digits']],
    ['34.216.184.93.example.net', ['ip-digits']],
    ['host93x184x216x34.example', ['ip-digits']],
    ['093184216034.example.net', ['ip-digits']],
    ['5db8d822.example.net', ['ip-digits']],
    ['ec2-93-184-216-34.compute-1.amazonaws.com', ['ip-digits', 'cloud-default']],
    ['34.216.184.93.bc.googleusercontent.com', ['ip-digits', 'cloud-default']],
    ['dyn-93-184.example.net', ['dynamic']],
    ['dhcp-12.example.net', ['dhcp']],
    ['pool-71-1-2.example.net', ['pool']],
    ['adsl-1-2.example.net', ['dsl']],
    ['cable12.example.net', ['cable']],
    ['cust-55.example.net', ['customer']],
    ['ppp-1-2.example.net', ['ppp']],
    ['home.broadband.example.net', ['residential']],
    ['static.clients.example.de', ['customer', 'static']],
    ['unassigned.example.net', ['unassigned']],
    ['host-12-34.example.net', ['host-prefix']],
  ])('%s -> %j', (name, expected) => {
    expect(ids(name)).toEqual(expected);
  });

  it.each([
    'mail.example.com',
    'mx1.example.com',
    'smtp-out.example.com',
    'swimmingpool.example.com',
    'dynamics365.example.com',
    'dslreports.example.com',
    '193-184-216-34.example.net',
    '93-184-216-345.example.net',
    'customerservice.example.com',
    'o1.email.example.com',
  ])('%s looks like a real mail server name', (name) => {
    expect(ids(name)).toEqual([]);
  });

  it('finds an IPv6 address written into the name', () => {
    expect(ids('2a00-1450-4001-81c--200e.example.net', V6)).toContain('ip-digits');
    expect(ids('2a0014504001081c000000000000200e.ip6.example.net', V6)).toContain('ip-digits');
    expect(ids('mail.example.net', V6)).toEqual([]);
  });

  it('reports which part of the name gave it away', () => {
    expect(genericSigns('pool-71-1-2.example.net', V4)[0]).toMatchObject({
      id: 'pool',
      match: 'pool',
    });
  });
});
