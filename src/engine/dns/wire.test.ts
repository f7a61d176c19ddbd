import * as packet from '@leichtgewicht/dns-packet';
import { describe, expect, it } from 'vitest';
import { base64url, decodeQuery, decodeResponse, encodeQuery, encodeResponse } from './wire.ts';

describe('RFC 8484 wire format', () => {
  it('asks one question with ID 0, RD set and nothing else (RFC 8484 s4.1)', () => {
    const query = packet.decode(encodeQuery('example.test', 'MX'));
    expect(query).toMatchObject({ id: 0, type: 'query', flag_rd: true });
    expect(query.questions).toEqual([{ name: 'example.test', type: 'MX', class: 'IN' }]);
    expect(query.additionals).toEqual([]);
  });
  it('encodes base64url without padding', () => {
    expect(base64url(new Uint8Array([0xfb, 0xff, 0xfe]))).toBe('-__-');
    expect(base64url(new Uint8Array([1]))).toBe('AQ');
  });
  it('rejects replies that are garbage, not responses, or for another question', () => {
    const query = decodeQuery(encodeQuery('example.test', 'A'));
    if (!query) throw new Error('query did not decode');
    const reply = encodeResponse(query.query, { rcode: 0, answers: [], authorities: [] });
    expect(decodeResponse(reply, 'EXAMPLE.test.', 'A').rcode).toBe(0);
    for (const [bytes, name] of [
      [new Uint8Array([1, 2, 3]), 'example.test'],
      [encodeQuery('example.test', 'A'), 'example.test'],
      [reply, 'other.test'],
    ] as const) {
      expect(() => decodeResponse(bytes, name, 'A')).toThrow(
        expect.objectContaining({ kind: 'malformed' }),
      );
    }
  });
  it('reads the RCODE from the header', () => {
    const query = decodeQuery(encodeQuery('example.test', 'A'));
    if (!query) throw new Error('query did not decode');
    const reply = encodeResponse(query.query, { rcode: 5, answers: [], authorities: [] });
    expect(decodeResponse(reply, 'example.test', 'A').rcode).toBe(5);
  });
  it('reads no query out of a response or garbage', () => {
    expect(decodeQuery(new Uint8Array([0, 0]))).toBeUndefined();
  });
});
