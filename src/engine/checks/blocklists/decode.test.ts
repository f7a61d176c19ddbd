import { describe, expect, it } from 'vitest';
import { decodeAnswer } from './decode.ts';
import { blocklistById } from './registry.ts';
import type { Blocklist } from './types.ts';

const list = (id: string): Blocklist => {
  const found = blocklistById(id);
  if (!found) throw new Error(id);
  return found;
};

describe('decodeAnswer: exact codes', () => {
  it.each([
    ['spamhaus-zen', '127.0.0.2', 'listed', 'SBL'],
    ['spamhaus-zen', '127.0.0.3', 'listed', 'CSS'],
    ['spamhaus-zen', '127.0.0.4', 'listed', 'XBL'],
    ['spamhaus-zen', '127.0.0.6', 'listed', 'XBL (legacy'],
    ['spamhaus-zen', '127.0.0.9', 'listed', 'DROP'],
    ['spamhaus-zen', '127.0.0.10', 'listed', 'PBL: end-user range declared by the ISP'],
    ['spamhaus-zen', '127.0.0.11', 'listed', 'PBL: end-user range inferred'],
    ['spamhaus-zen', '127.0.0.30', 'listed', 'BCL'],
    ['spamhaus-zen', '127.255.255.252', 'error', 'typo'],
    ['spamhaus-zen', '127.255.255.254', 'refused', 'public/open resolver'],
    ['spamhaus-zen', '127.255.255.255', 'refused', 'excessive query volume'],
    ['spamhaus-zen', '127.255.255.1', 'error', '127.255.255.0/24'],
    ['spamhaus-dbl', '127.0.1.2', 'listed', 'spam'],
    ['spamhaus-dbl', '127.0.1.4', 'listed', 'phishing'],
    ['spamhaus-dbl', '127.0.1.5', 'listed', 'malware'],
    ['spamhaus-dbl', '127.0.1.6', 'listed', 'botnet'],
    ['spamhaus-dbl', '127.0.1.102', 'listed', 'abused legitimate domain'],
    ['spamhaus-dbl', '127.0.1.103', 'listed', 'redirector'],
    ['spamhaus-dbl', '127.0.1.104', 'listed', 'phishing'],
    ['spamhaus-dbl', '127.0.1.105', 'listed', 'malware'],
    ['spamhaus-dbl', '127.0.1.106', 'listed', 'C&C'],
    ['spamhaus-dbl', '127.0.1.255', 'error', 'IP address was queried against a domain list'],
    ['spamhaus-dbl', '127.255.255.254', 'refused', 'public/open resolver'],
    ['spamhaus-zrd', '127.0.2.5', 'listed', 'zero-reputation'],
    ['barracuda-brbl', '127.0.0.2', 'listed', 'sending spam'],
    ['spamcop', '127.0.0.2', 'listed', 'SpamCop users'],
    ['uceprotect-1', '127.0.0.2', 'listed', 'spamtraps'],
    ['uceprotect-2', '127.0.0.2', 'listed', 'allocation'],
    ['uceprotect-3', '127.0.0.2', 'listed', 'ASN'],
    ['psbl', '127.0.0.2', 'listed', 'spamtraps'],
    ['mailspike-bl', '127.0.0.2', 'listed', 'zombie'],
    ['mailspike-bl', '127.0.0.10', 'listed', 'worst'],
    ['mailspike-bl', '127.0.0.12', 'listed', 'bad reputation'],
    ['mailspike-rep', '127.0.0.10', 'listed', 'worst'],
    ['mailspike-rep', '127.0.0.14', 'listed', 'probably spam'],
    ['mailspike-rep', '127.0.0.15', 'clear', 'neutral'],
    ['mailspike-rep', '127.0.0.17', 'clear', 'legitimate'],
    ['mailspike-rep', '127.0.0.20', 'clear', 'excellent'],
    ['dronebl', '127.0.0.13', 'listed', 'brute-force'],
    ['dronebl', '127.0.0.50', 'listed', 'other DroneBL class'],
    ['s5h', '127.0.0.2', 'listed', 'spam'],
    ['senderscore', '127.0.0.2', 'listed', 'SenderScore'],
  ])('%s %s -> %s (%s)', (id, answer, status, meaning) => {
    const decoded = decodeAnswer(list(id), [answer]);
    expect(decoded.status).toBe(status);
    expect(decoded.meanings.join(' ')).toContain(meaning);
  });

  it('grades PBL, XBL and UCEPROTECT listings with their own delisting advice', () => {
    expect(decodeAnswer(list('spamhaus-zen'), ['127.0.0.10']).delist[0]?.text).toMatch(/smarthost/);
    expect(decodeAnswer(list('spamhaus-zen'), ['127.0.0.4']).delist[0]?.text).toMatch(/infected/);
    expect(decodeAnswer(list('uceprotect-3'), ['127.0.0.2']).delist[0]?.text).toMatch(
      /cannot fix it yourself/,
    );
  });
  it('reads several answers at once, and an error among them wins', () => {
    const both = decodeAnswer(list('spamhaus-zen'), ['127.0.0.2', '127.0.0.4']);
    expect(both.status).toBe('listed');
    expect(both.meanings).toHaveLength(2);
    expect(decodeAnswer(list('spamhaus-zen'), ['127.0.0.2', '127.255.255.254']).status).toBe(
      'refused',
    );
  });
  it('calls an undocumented 127/8 answer a listing (RFC 5782 s2.1) and says so', () => {
    const decoded = decodeAnswer(list('spamcop'), ['127.0.0.99']);
    expect(decoded.status).toBe('listed');
    expect(decoded.meanings[0]).toContain('not documented');
  });
  it('never trusts an answer outside 127.0.0.0/8', () => {
    const decoded = decodeAnswer(list('spamcop'), ['198.51.100.7']);
    expect(decoded.status).toBe('unexpected');
    expect(decoded.severity).toBeUndefined();
  });
});

describe('decodeAnswer: bitmask zones', () => {
  it.each([
    ['surbl-multi', '127.0.0.8', 'listed', ['PH']],
    ['surbl-multi', '127.0.0.16', 'listed', ['MW']],
    ['surbl-multi', '127.0.0.64', 'listed', ['ABUSE']],
    ['surbl-multi', '127.0.0.128', 'listed', ['CR']],
    ['surbl-multi', '127.0.0.80', 'listed', ['MW', 'ABUSE']],
    ['surbl-multi', '127.0.0.216', 'listed', ['PH', 'MW', 'ABUSE', 'CR']],
    ['uribl-multi', '127.0.0.2', 'listed', ['black']],
    ['uribl-multi', '127.0.0.14', 'listed', ['black', 'grey', 'red']],
    ['uribl-multi', '127.0.0.1', 'refused', ['Refused']],
    ['uribl-multi', '127.0.0.3', 'refused', ['Refused', 'black']],
  ])('%s %s -> %s %j', (id, answer, status, bits) => {
    const decoded = decodeAnswer(list(id), [answer]);
    expect(decoded.status).toBe(status);
    for (const bit of bits) expect(decoded.meanings.join(' ')).toContain(bit);
    expect(decoded.meanings).toHaveLength(bits.length);
  });
  it('rates URIBL grey and red as minor, black as major', () => {
    expect(decodeAnswer(list('uribl-multi'), ['127.0.0.4']).severity).toBe('minor');
    expect(decodeAnswer(list('uribl-multi'), ['127.0.0.12']).severity).toBe('minor');
    expect(decodeAnswer(list('uribl-multi'), ['127.0.0.6']).severity).toBe('major');
  });
  it('does not read bits of answers outside 127.0.0.x', () => {
    expect(decodeAnswer(list('surbl-multi'), ['127.0.1.8']).meanings[0]).toContain(
      'not documented',
    );
  });
});
