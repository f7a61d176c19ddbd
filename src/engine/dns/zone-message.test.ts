import { describe, expect, it } from 'vitest';
import { answerFromMessage } from './answer-from-message.ts';
import { parseJsonResponse, toJsonResponse } from './json-api.ts';
import { TYPE_CODES } from './message.ts';
import type { RecordType } from './types.ts';
import { decodeResponse, encodeQuery, encodeResponse, decodeQuery } from './wire.ts';
import { zoneResolver, type Zone } from './zone.ts';
import { zoneResponder } from './zone-message.ts';

const zone: Zone = {
  'example.test': {
    A: ['192.0.2.1'],
    AAAA: ['2001:db8::1'],
    MX: [
      [10, 'mx.example.test.'],
      [20, 'backup.example.test'],
    ],
    TXT: ['v=spf1 -all', ['first part', ' second part'], `long ${'x'.repeat(400)}`],
    NS: ['ns1.example.test'],
  },
  'www.example.test': { CNAME: ['alias.example.test'] },
  'alias.example.test': { CNAME: ['Example.Test.'] },
  '1.2.0.192.in-addr.arpa': { PTR: ['host.example.test'] },
  'loop-a.test': { CNAME: ['loop-b.test'] },
  'loop-b.test': { CNAME: ['loop-a.test'] },
};
const respond = zoneResponder(zone, { ttl: 300, negativeTtl: 30 });
const resolve = zoneResolver(zone);

const questions: [string, RecordType][] = [
  ['example.test', 'A'],
  ['example.test', 'AAAA'],
  ['example.test', 'MX'],
  ['example.test', 'TXT'],
  ['example.test', 'NS'],
  ['www.example.test', 'TXT'],
  ['www.example.test', 'CNAME'],
  ['www.example.test', 'PTR'],
  ['1.2.0.192.in-addr.arpa', 'PTR'],
  ['nowhere.test', 'A'],
];

describe('zoneResponder', () => {
  it('puts the CNAME chain in the answer section', async () => {
    const reply = await respond('www.example.test', 'A');
    expect(reply.answers.map((record) => `${record.name} ${record.type}`)).toEqual([
      'www.example.test CNAME',
      'alias.example.test CNAME',
      'example.test A',
    ]);
  });
  it('adds an SOA to negative answers and answers SERVFAIL for a CNAME loop', async () => {
    expect(await respond('nowhere.test', 'A')).toMatchObject({
      rcode: 3,
      authorities: [{ type: 'SOA' }],
    });
    expect(await respond('loop-a.test', 'A')).toMatchObject({ rcode: 2 });
  });
  it.each(questions)(
    '%s %s reads back over wire and JSON as zoneResolver answers it',
    async (name, type) => {
      const expected = { ...(await resolve(name, type)) };
      delete expected.ttl;
      const reply = await respond(name, type);
      const query = decodeQuery(encodeQuery(name, type));
      if (!query) throw new Error('query did not decode');
      const overWire = answerFromMessage(
        decodeResponse(encodeResponse(query.query, reply), name, type),
        name,
        type,
      );
      const json = JSON.stringify(toJsonResponse(reply, name, TYPE_CODES[type]));
      const overJson = answerFromMessage(parseJsonResponse(json, name, type), name, type);
      expect(overWire).toMatchObject(expected);
      expect(overJson).toEqual(overWire);
    },
  );
});
