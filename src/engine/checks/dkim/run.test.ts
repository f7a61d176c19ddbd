import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DNS_ERROR_KINDS, DnsError, type DnsErrorKind, type Resolver } from '../../dns/types.ts';
import { zoneResolver, type Zone } from '../../dns/zone.ts';
import type { CheckContext, SenderDetails } from '../types.ts';
import { run } from './run.ts';
import { COMMON_SELECTORS } from './selectors.ts';

const rsaP = (bits: number) =>
  generateKeyPairSync('rsa', { modulusLength: bits })
    .publicKey.export({ type: 'spki', format: 'der' })
    .toString('base64');
const P2048 = rsaP(2048);
const P1024 = rsaP(1024);
const P512 = rsaP(512);
const edSpki = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' });
const ED = edSpki.subarray(edSpki.length - 32).toString('base64');

/** A 2048-bit record split into 255-byte strings, as DNS requires. */
const split = (text: string): string[] => text.match(/.{1,255}/g) ?? [];

const ctx = (zone: Zone, sender: SenderDetails, resolver?: Resolver): CheckContext => ({
  resolver: resolver ?? zoneResolver(zone),
  sender,
});
const signed = (selector: string, domain = 'example.com'): SenderDetails => ({
  fromDomain: domain,
  dkim: [{ domain, selector }],
});

describe('DKIM check with the selector from the message', () => {
  it('passes a published 2048-bit key split over several strings, and records the query', async () => {
    const zone = { 's1._domainkey.example.com': { TXT: [split(`v=DKIM1; k=rsa; p=${P2048}`)] } };
    const result = await run(ctx(zone, signed('s1')));
    expect(result).toMatchObject({ id: 'dkim', verdict: 'pass', fixes: [] });
    expect(result.finding).toMatch(/s1 \(RSA 2048-bit\)/);
    expect(result.queries).toEqual([
      expect.objectContaining({ name: 's1._domainkey.example.com', type: 'TXT', outcome: 'ok' }),
    ]);
    expect(result.details?.mode).toBe('message');
  });
  it('follows a CNAME to an ESP-hosted key', async () => {
    const zone = {
      's1._domainkey.example.com': { CNAME: ['s1.domainkey.u1.wl.sendgrid.example'] },
      's1.domainkey.u1.wl.sendgrid.example': { TXT: [`k=rsa; p=${P2048}`] },
    };
    expect((await run(ctx(zone, signed('s1')))).verdict).toBe('pass');
  });
  it('fails when the selector has no key, with a record to publish', async () => {
    const result = await run(ctx({ 'example.com': { A: ['192.0.2.1'] } }, signed('gone')));
    expect(result.verdict).toBe('fail');
    expect(result.finding).toMatch(/no key is published/);
    expect(result.fixes[0]?.record).toMatchObject({
      name: 'gone._domainkey.example.com',
      type: 'TXT',
    });
  });
  it('fails a revoked key and says it is revoked, not malformed', async () => {
    const result = await run(
      ctx({ 'old._domainkey.example.com': { TXT: ['v=DKIM1; p='] } }, signed('old')),
    );
    expect(result.verdict).toBe('fail');
    expect(result.finding).toMatch(/revoked/);
  });
  it('fails 512-bit keys and warns at 1024 bits with a revoke record', async () => {
    const weak = await run(
      ctx({ 'a._domainkey.example.com': { TXT: [`p=${P512}`] } }, signed('a')),
    );
    expect(weak.verdict).toBe('fail');
    const ok = await run(ctx({ 'a._domainkey.example.com': { TXT: [`p=${P1024}`] } }, signed('a')));
    expect(ok.verdict).toBe('warn');
    expect(ok.fixes[0]?.record).toEqual({
      name: 'a._domainkey.example.com',
      type: 'TXT',
      value: 'v=DKIM1; p=',
    });
  });
  it('fails several TXT records at one selector (RFC 6376 s3.6.2.2)', async () => {
    const zone = { 'a._domainkey.example.com': { TXT: [`p=${P2048}`, `p=${P1024}`] } };
    const result = await run(ctx(zone, signed('a')));
    expect(result.verdict).toBe('fail');
    expect(result.finding).toMatch(/undefined \(RFC 6376 s3\.6\.2\.2\)/);
  });
  it('warns on t=y and offers the record without it', async () => {
    const zone = { 'a._domainkey.example.com': { TXT: [`v=DKIM1; t=y; p=${P2048}`] } };
    const result = await run(ctx(zone, signed('a')));
    expect(result.verdict).toBe('warn');
    expect(result.fixes[0]?.record?.value).toBe(`v=DKIM1; p=${P2048}`);
  });
  it('warns for an Ed25519-only signature but not when an RSA key signs too', async () => {
    const zone = {
      'ed._domainkey.example.com': { TXT: [`v=DKIM1; k=ed25519; p=${ED}`] },
      'rsa._domainkey.example.com': { TXT: [`v=DKIM1; p=${P2048}`] },
    };
    expect((await run(ctx(zone, signed('ed')))).verdict).toBe('warn');
    const both = {
      fromDomain: 'example.com',
      dkim: [
        { domain: 'example.com', selector: 'ed' },
        { domain: 'example.com', selector: 'rsa' },
      ],
    };
    expect((await run(ctx(zone, both))).verdict).toBe('pass');
  });
  it('checks each signing domain once', async () => {
    const sender = {
      dkim: [
        { domain: 'Example.com.', selector: 'a' },
        { domain: 'example.com', selector: 'a' },
      ],
    };
    const result = await run(ctx({ 'a._domainkey.example.com': { TXT: [`p=${P2048}`] } }, sender));
    expect(result.queries).toHaveLength(1);
  });
});

describe('DKIM check with guessed selectors', () => {
  it('probes every common selector in parallel and passes on a good key', async () => {
    const zone = { 'google._domainkey.example.com': { TXT: [`v=DKIM1; k=rsa; p=${P2048}`] } };
    const result = await run(ctx(zone, { fromAddress: 'Ann <ann@Example.com>' }));
    expect(result.verdict).toBe('pass');
    expect(result.queries).toHaveLength(COMMON_SELECTORS.length);
    expect(result.details?.unguessable?.[0]?.provider).toMatch(/Amazon SES/);
  });
  it('says unknown, not fail, when no common selector has a key', async () => {
    const zone = { 'default._domainkey.example.com': { TXT: ['v=DKIM1; p='] } };
    const result = await run(ctx(zone, { fromDomain: 'example.com' }));
    expect(result.verdict).toBe('unknown');
    expect(result.unknownReason).toMatch(/cannot be listed.*Revoked keys found at: default/);
    expect(result.manualCheck).toMatch(/DKIM-Signature/);
  });
  it('ignores a wildcard TXT record that is not a DKIM key', async () => {
    const zone = { 'google._domainkey.example.com': { TXT: ['v=spf1 -all'] } };
    expect((await run(ctx(zone, { fromDomain: 'example.com' }))).verdict).toBe('unknown');
  });
  it('says unknown when there is no domain at all', async () => {
    const result = await run(ctx({}, {}));
    expect(result).toMatchObject({ verdict: 'unknown', queries: [] });
    expect(result.manualCheck).toBeDefined();
  });
});

describe('DKIM check when the DNS fails', () => {
  const failing =
    (kind: DnsErrorKind): Resolver =>
    async (name, type) => {
      throw new DnsError(kind, name, type);
    };
  it.each(DNS_ERROR_KINDS)('%s -> unknown with a reason and a manual check', async (kind) => {
    const result = await run(ctx({}, signed('a'), failing(kind)));
    expect(result.verdict).toBe('unknown');
    expect(result.unknownReason).toContain(kind);
    expect(result.manualCheck).toBe('dig +short TXT a._domainkey.example.com');
    expect(result.queries[0]).toMatchObject({
      outcome: 'error',
      error: expect.stringContaining(kind),
    });
  });
  it('stays unknown when one guessed lookup times out, even if another key was found', async () => {
    const zone: Zone = {
      'google._domainkey.example.com': { TXT: [`p=${P2048}`] },
      'selector1._domainkey.example.com': { timeout: '*' },
    };
    const result = await run(ctx(zone, { fromDomain: 'example.com' }));
    expect(result.verdict).toBe('unknown');
    expect(result.unknownReason).toMatch(/1 of \d+ key lookups failed/);
  });
});
