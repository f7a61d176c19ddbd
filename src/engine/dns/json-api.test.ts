import { describe, expect, it } from 'vitest';
import { answerFromMessage } from './answer-from-message.ts';
import { jsonQueryUrl, parseJsonResponse } from './json-api.ts';

// Shape of a Google Public DNS JSON reply (https://developers.google.com/speed/public-dns/docs/doh/json).
const googleLike = JSON.stringify({
  Status: 0,
  TC: false,
  RD: true,
  RA: true,
  AD: false,
  CD: false,
  Question: [{ name: 'example.test.', type: 16 }],
  Answer: [
    {
      name: 'example.test.',
      type: 16,
      TTL: 299,
      data: '"v=spf1 include:_spf.example.test" " ~all"',
    },
    { name: 'example.test.', type: 16, TTL: 120, data: 'google-site-verification=abc' },
    { name: 'example.test.', type: 46, TTL: 120, data: 'TXT 8 2 300 ...' },
  ],
});

describe('JSON DoH API', () => {
  it('builds ?name=&type= URLs', () => {
    expect(jsonQueryUrl('https://dns.google/resolve', '_dmarc.example.test', 'TXT')).toBe(
      'https://dns.google/resolve?name=_dmarc.example.test&type=TXT',
    );
  });
  it('reads records, skipping types it does not know', () => {
    const answer = answerFromMessage(
      parseJsonResponse(googleLike, 'example.test', 'TXT'),
      'example.test',
      'TXT',
    );
    expect(answer).toEqual({
      kind: 'ok',
      records: ['v=spf1 include:_spf.example.test ~all', 'google-site-verification=abc'],
      ttl: 120,
    });
  });
  it('reads MX data and the negative TTL from an SOA in Authority', () => {
    const mx = JSON.stringify({
      Status: 0,
      Answer: [{ name: 'a.', type: 15, TTL: 5, data: '10 mx.a.' }],
    });
    expect(answerFromMessage(parseJsonResponse(mx, 'a', 'MX'), 'a', 'MX')).toMatchObject({
      records: [{ preference: 10, exchange: 'mx.a' }],
    });
    const nx = JSON.stringify({
      Status: 3,
      Authority: [{ name: 'a.', type: 6, TTL: 900, data: 'ns.a. h.a. 1 2 3 4 60' }],
    });
    expect(answerFromMessage(parseJsonResponse(nx, 'x.a', 'A'), 'x.a', 'A')).toEqual({
      kind: 'nxdomain',
      ttl: 60,
    });
  });
  it.each([
    ['not json', '<html>'],
    ['no Status', '{}'],
    ['bad records', '{"Status":0,"Answer":[{"name":1}]}'],
    ['another question', '{"Status":0,"Question":[{"name":"other.test.","type":16}]}'],
  ])('treats %s as malformed', (_why, body) => {
    expect(() => parseJsonResponse(body, 'example.test', 'TXT')).toThrow(
      expect.objectContaining({ kind: 'malformed' }),
    );
  });
});
