import { describe, expect, it } from 'vitest';
import { zoneResolver } from './zone.ts';
import { DnsError } from './types.ts';

const resolve = zoneResolver({
  'Name.Example': {
    TXT: ['v=spf1 -all', ['first part', ' second part']],
    A: ['192.0.2.1'],
    MX: [[10, 'mx.name.example.']],
  },
  'alias.example': { CNAME: ['name.example'] },
  'loop-a.example': { CNAME: ['loop-b.example'] },
  'loop-b.example': { CNAME: ['loop-a.example'] },
  'slow.example': { A: ['192.0.2.9'], timeout: '*' },
});

describe('zoneResolver', () => {
  it('joins the strings of one TXT record with nothing between them', async () => {
    expect(await resolve('name.example', 'TXT')).toEqual({
      kind: 'ok',
      records: ['v=spf1 -all', 'first part second part'],
      ttl: undefined,
    });
  });
  it('treats names case-insensitively and ignores a trailing dot', async () => {
    expect((await resolve('NAME.example.', 'A')).kind).toBe('ok');
  });
  it('answers NXDOMAIN for an absent name and NODATA for an absent type', async () => {
    expect((await resolve('nowhere.example', 'A')).kind).toBe('nxdomain');
    expect((await resolve('name.example', 'AAAA')).kind).toBe('nodata');
  });
  it('times out for absent types where the name says so', async () => {
    expect((await resolve('slow.example', 'A')).kind).toBe('ok');
    await expect(resolve('slow.example', 'TXT')).rejects.toMatchObject({ kind: 'timeout' });
  });
  it('follows CNAMEs and reports a loop as an error', async () => {
    expect(await resolve('alias.example', 'MX')).toMatchObject({
      kind: 'ok',
      records: [{ preference: 10, exchange: 'mx.name.example' }],
    });
    await expect(resolve('loop-a.example', 'A')).rejects.toBeInstanceOf(DnsError);
  });
});
