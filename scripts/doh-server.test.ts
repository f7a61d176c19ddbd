import * as packet from '@leichtgewicht/dns-packet';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeQuery } from '../src/engine/dns/wire.ts';
import { startDohServer, type DohServer } from './doh-server.ts';

let server: DohServer;
beforeAll(async () => {
  server = await startDohServer({
    zone: { 'example.test': { A: ['192.0.2.1'], timeout: ['TXT'] } },
  });
});
afterAll(() => server.close());
beforeEach(() => server.setFault({ mode: 'none' }));

const post = (path: string, body: unknown) =>
  fetch(`${server.origin}${path}`, { method: 'POST', body: JSON.stringify(body) });

describe('local DoH server', () => {
  it('answers CORS preflights and marks every answer cross-origin readable', async () => {
    const preflight = await fetch(server.url, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('content-type');
    const answer = await fetch(`${server.url}?name=example.test`);
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(answer.headers.get('access-control-expose-headers')).toBe('retry-after');
  });
  it('answers DNS messages sent by POST (RFC 8484 s4.1)', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/dns-message' },
      body: new Uint8Array(encodeQuery('example.test', 'A')),
    });
    expect(response.headers.get('content-type')).toBe('application/dns-message');
    const reply = packet.decode(new Uint8Array(await response.arrayBuffer()));
    expect(reply.answers?.map((record) => record.data)).toEqual(['192.0.2.1']);
  });
  it('answers the JSON API with numeric or mnemonic types', async () => {
    const byNumber = await (await fetch(`${server.url}?name=example.test&type=1`)).json();
    const byName = await (await fetch(`${server.url}?name=example.test&type=a`)).json();
    expect(byNumber).toEqual(byName);
    expect(byName).toMatchObject({ Status: 0, Answer: [{ type: 1, data: '192.0.2.1' }] });
  });
  it('answers NOTIMP for types the zone format does not know, 400 for nonsense', async () => {
    const srv = await (await fetch(`${server.url}?name=example.test&type=SRV`)).json();
    expect(srv).toMatchObject({ Status: 4 });
    expect((await fetch(`${server.url}?dns=AAAA`)).status).toBe(400);
    expect((await fetch(server.url)).status).toBe(400);
    expect((await fetch(`${server.origin}/elsewhere`)).status).toBe(404);
  });
  it('leaves questions unanswered where the zone says "timeout"', async () => {
    const response = fetch(`${server.url}?name=example.test&type=TXT`, {
      signal: AbortSignal.timeout(200),
    });
    await expect(response).rejects.toThrow();
  });
  it('switches faults at run time and rejects unknown ones', async () => {
    expect((await post('/__faults', { mode: 'http500' })).status).toBe(200);
    expect((await fetch(`${server.url}?name=example.test`)).status).toBe(500);
    expect(await (await fetch(`${server.origin}/__faults`)).json()).toEqual({ mode: 'http500' });
    expect((await post('/__faults', { mode: 'flaky' })).status).toBe(400);
    expect((await post('/__faults', { mode: 'http429', retryAfter: 9 })).status).toBe(200);
    const limited = await fetch(`${server.url}?name=example.test`);
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '9']);
  });
  it('reloads the zone and lists the requests it served', async () => {
    await fetch(`${server.origin}/__requests`, { method: 'DELETE' });
    expect((await post('/__zone', { 'new.test': { A: ['192.0.2.99'] } })).status).toBe(204);
    const reply = await (await fetch(`${server.url}?name=new.test`)).json();
    expect(reply).toMatchObject({ Answer: [{ data: '192.0.2.99' }] });
    const served = await (await fetch(`${server.origin}/__requests`)).json();
    expect(served).toMatchObject([{ format: 'json', name: 'new.test', type: 'A' }]);
  });
});
