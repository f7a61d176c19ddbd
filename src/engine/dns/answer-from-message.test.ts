import { describe, expect, it } from 'vitest';
import { answerFromMessage } from './answer-from-message.ts';
import type { DnsMessage, ResourceRecord } from './message.ts';

const soa: ResourceRecord = {
  name: 'example',
  ttl: 900,
  type: 'SOA',
  data: { mname: 'ns.example', rname: 'h.example', minimum: 120 },
};
const message = (rcode: number, answers: ResourceRecord[], authorities: ResourceRecord[] = []) =>
  ({ rcode, answers, authorities }) satisfies DnsMessage;

describe('answerFromMessage', () => {
  it('follows the CNAME chain to the requested type and keeps the smallest TTL', () => {
    const reply = message(0, [
      { name: 'www.example', ttl: 50, type: 'CNAME', data: 'Host.Example.' },
      { name: 'host.example', ttl: 300, type: 'A', data: '192.0.2.1' },
      { name: 'unrelated.example', ttl: 1, type: 'A', data: '192.0.2.99' },
    ]);
    expect(answerFromMessage(reply, 'WWW.example.', 'A')).toEqual({
      kind: 'ok',
      records: ['192.0.2.1'],
      ttl: 50,
    });
    expect(answerFromMessage(reply, 'www.example', 'CNAME')).toMatchObject({
      records: ['host.example'],
    });
  });
  it('joins TXT strings with nothing between them and strips dots from MX exchanges', () => {
    const reply = message(0, [
      { name: 'example', ttl: 60, type: 'TXT', data: ['v=spf1 ', 'a -all'] },
      { name: 'example', ttl: 60, type: 'MX', data: { preference: 10, exchange: 'MX.example.' } },
    ]);
    expect(answerFromMessage(reply, 'example', 'TXT')).toMatchObject({
      records: ['v=spf1 a -all'],
    });
    expect(answerFromMessage(reply, 'example', 'MX')).toMatchObject({
      records: [{ preference: 10, exchange: 'mx.example' }],
    });
  });
  it('reads NXDOMAIN and NODATA with the negative TTL of the SOA (RFC 2308 s5)', () => {
    expect(answerFromMessage(message(3, [], [soa]), 'x.example', 'A')).toEqual({
      kind: 'nxdomain',
      ttl: 120,
    });
    expect(answerFromMessage(message(0, [], [soa]), 'example', 'A')).toEqual({
      kind: 'nodata',
      ttl: 120,
    });
    expect(answerFromMessage(message(0, []), 'example', 'A')).toEqual({ kind: 'nodata' });
  });
  it.each([
    [2, 'servfail'],
    [5, 'refused'],
    [4, 'refused'],
    [1, 'malformed'],
    [9, 'servfail'],
  ])('turns RCODE %i into a %s error', (rcode, kind) => {
    expect(() => answerFromMessage(message(rcode, []), 'example', 'A')).toThrow(
      expect.objectContaining({ kind }),
    );
  });
  it('reports a CNAME loop', () => {
    const reply = message(0, [
      { name: 'a.example', ttl: 1, type: 'CNAME', data: 'b.example' },
      { name: 'b.example', ttl: 1, type: 'CNAME', data: 'a.example' },
    ]);
    expect(() => answerFromMessage(reply, 'a.example', 'A')).toThrow(
      expect.objectContaining({ kind: 'cname-loop' }),
    );
  });
});
