import { describe, expect, it } from 'vitest';
import { parseIp } from '../checks/ip.ts';
import { rangeHolding } from './ip-ranges.ts';

const ip = (text: string) => {
  const parsed = parseIp(text);
  if (!parsed) throw new Error(`not an IP: ${text}`);
  return parsed;
};

describe('rangeHolding', () => {
  const ranges = ['167.89.0.0/17', '198.21.0.0/21', '2a00:1450:4000::/37', '203.0.113.7/32'];

  it('names the first range that holds the address, on whole and partial bytes', () => {
    expect(rangeHolding(ip('167.89.127.255'), ranges)).toBe('167.89.0.0/17');
    expect(rangeHolding(ip('167.89.128.0'), ranges)).toBeUndefined();
    expect(rangeHolding(ip('198.21.7.1'), ranges)).toBe('198.21.0.0/21');
    expect(rangeHolding(ip('198.21.8.1'), ranges)).toBeUndefined();
    expect(rangeHolding(ip('203.0.113.7'), ranges)).toBe('203.0.113.7/32');
    expect(rangeHolding(ip('203.0.113.6'), ranges)).toBeUndefined();
  });

  it('compares IPv6 with IPv6 only', () => {
    expect(rangeHolding(ip('2a00:1450:4007:80e::200e'), ranges)).toBe('2a00:1450:4000::/37');
    expect(rangeHolding(ip('2a00:1450:5000::1'), ranges)).toBeUndefined();
    expect(rangeHolding(ip('::ffff:167.89.0.1'), ['167.89.0.0/17'])).toBeUndefined();
  });

  it('reads a malformed range as holding nothing, and /0 as holding its whole family', () => {
    expect(
      rangeHolding(ip('192.0.2.1'), ['192.0.2.0/33', 'nonsense', '192.0.2.0/x']),
    ).toBeUndefined();
    expect(rangeHolding(ip('192.0.2.1'), ['0.0.0.0/0'])).toBe('0.0.0.0/0');
  });
});
