import { describe, expect, it } from 'vitest';
import { zoneResolver, type Zone } from '../../dns/zone.ts';
import { run as runDmarc } from '../dmarc/run.ts';
import { run as runReverseDns } from '../reverse-dns/run.ts';
import { run as runSpf } from '../spf/index.ts';
import type { CheckResult, SenderDetails, Verdict } from '../types.ts';
import { bulkSenderRequirements } from './bulk-sender.ts';
import { providerForDomain } from './provider-domains.ts';

const result = (id: CheckResult['id'], verdict: Verdict): CheckResult => ({
  id,
  title: id,
  verdict,
  finding: `${id} ${verdict}.`,
  fixes: [],
  queries: [],
  ...(verdict === 'unknown' ? { unknownReason: `${id} lookup timed out`, manualCheck: 'dig' } : {}),
});
const sender: SenderDetails = {
  fromDomain: 'example.com',
  envelopeDomain: 'bounce.example.com',
  dkim: [{ domain: 'example.com', selector: 's1' }],
};
const dmarcFor = (zone: Zone, s: SenderDetails = sender) =>
  runDmarc({ resolver: zoneResolver(zone), sender: s });
const DMARC_NONE: Zone = {
  '_dmarc.example.com': { TXT: ['v=DMARC1; p=none; rua=mailto:d@example.com'] },
};
const good = {
  spf: result('spf', 'pass'),
  dkim: result('dkim', 'warn'),
  reverseDns: result('reverse-dns', 'pass'),
};
const item = (r: ReturnType<typeof bulkSenderRequirements>, id: string) =>
  r.details?.items.find((i) => i.id === id);

describe('bulkSenderRequirements', () => {
  it('passes when SPF, DKIM, PTR and an aligned DMARC p=none are in place', async () => {
    const r = bulkSenderRequirements({ ...good, dmarc: await dmarcFor(DMARC_NONE), bulk: true });
    expect(r).toMatchObject({ id: 'bulk-sender', verdict: 'pass', queries: [] });
    expect(r.finding).toMatch(
      /Meets the DNS-side requirements of Gmail, Yahoo, Outlook\.com\. Still to check outside DNS: TLS on your sending server, your spam-complaint rate, RFC 5322 message format, one-click unsubscribe/,
    );
  });
  it('leaves one-click unsubscribe to the content check', async () => {
    const r = bulkSenderRequirements({ ...good, dmarc: await dmarcFor(DMARC_NONE), bulk: true });
    expect(item(r, 'gmail-bulk-unsub')).toMatchObject({
      status: 'unknown',
      settledBy: 'content',
      reason: expect.stringMatching(/^unknown: needs the original message/),
    });
  });
  it('fails a bulk sender without DMARC, naming every provider that requires it', async () => {
    const r = bulkSenderRequirements({ ...good, dmarc: await dmarcFor({}), bulk: true });
    expect(r.verdict).toBe('fail');
    expect(r.finding).toMatch(
      /^Gmail: Publish a DMARC record; p=none is enough\. Not met: DMARC: No DMARC record/,
    );
    expect(r.fixes[0]?.text).toMatch(
      /required by Gmail, Yahoo, Outlook\.com.*DMARC check shows what to publish/,
    );
  });
  it('only warns when it is not known whether the sender is bulk', async () => {
    const r = bulkSenderRequirements({ ...good, dmarc: await dmarcFor({}) });
    expect(r.verdict).toBe('warn');
    expect(r.finding).toMatch(/^If you send 5,000\+ messages a day/);
  });
  it('applies only the all-sender rules to a small sender', async () => {
    const r = bulkSenderRequirements({ ...good, dmarc: await dmarcFor({}), bulk: false });
    expect(r.verdict).toBe('pass');
    expect(item(r, 'gmail-bulk-dmarc')?.applies).toBe(false);
  });
  it('fails unaligned bulk mail', async () => {
    const dmarc = await dmarcFor(DMARC_NONE, {
      fromDomain: 'example.com',
      envelopeDomain: 'esp.example.net',
      dkim: [{ domain: 'esp.example.net', selector: 'x' }],
    });
    const r = bulkSenderRequirements({ ...good, dmarc, bulk: true, provider: 'microsoft' });
    expect(r.verdict).toBe('fail');
    expect(r.details?.items.map((i) => [i.id, i.status])).toEqual([
      ['outlook-bulk-spf', 'pass'],
      ['outlook-bulk-dkim', 'pass'],
      ['outlook-bulk-dmarc', 'pass'],
      ['outlook-bulk-align', 'fail'],
    ]);
  });
});

describe('bulkSenderRequirements with unknown sub-checks', () => {
  it('is unknown, never pass or fail, when a needed sub-check is unknown', async () => {
    const r = bulkSenderRequirements({
      ...good,
      spf: result('spf', 'unknown'),
      dmarc: await dmarcFor(DMARC_NONE),
      bulk: true,
    });
    expect(r.verdict).toBe('unknown');
    expect(item(r, 'gmail-bulk-auth')).toMatchObject({
      status: 'unknown',
      reason: 'SPF: spf lookup timed out',
    });
    expect(r.unknownReason).toMatch(
      /rules? needs? checks? that could not run: SPF: spf lookup timed out/,
    );
    // Said once, and in words: no rule ids.
    expect(r.unknownReason?.match(/spf lookup timed out/g)).toHaveLength(1);
    expect(r.unknownReason).not.toMatch(/gmail-bulk-auth/);
    expect(r.manualCheck).toMatch(/Show original/);
  });
  it('still settles "SPF or DKIM" when the known one passes, and "SPF and DKIM" when the known one fails', () => {
    const spfUnknown = bulkSenderRequirements({
      ...good,
      spf: result('spf', 'unknown'),
      bulk: false,
    });
    expect(item(spfUnknown, 'gmail-all-auth')?.status).toBe('pass');
    const mixed = bulkSenderRequirements({
      ...good,
      spf: result('spf', 'fail'),
      dkim: result('dkim', 'unknown'),
      bulk: true,
    });
    expect(item(mixed, 'gmail-bulk-auth')?.status).toBe('fail');
    expect(item(mixed, 'gmail-all-auth')?.status).toBe('unknown');
  });
  it('reads SPF and reverse DNS from their details: a warning is not a pass', async () => {
    const ctx = {
      resolver: zoneResolver({ 'example.com': { TXT: ['v=spf1 ?all'] } }),
      sender: { fromDomain: 'example.com', envelopeDomain: 'example.com', sendingIp: '10.1.2.3' },
    };
    const [spf, reverseDns] = await Promise.all([runSpf(ctx), runReverseDns(ctx)]);
    // SPF neutral and a private IP are shown as warnings by their own checks...
    expect([spf.verdict, reverseDns.verdict]).toEqual(['warn', 'warn']);
    const r = bulkSenderRequirements({ ...good, spf, reverseDns, bulk: true, provider: 'google' });
    // ...but neutral does not authenticate, and nothing was checked for a private IP.
    expect(item(r, 'gmail-bulk-auth')).toMatchObject({ status: 'fail', reason: /^SPF: / });
    expect(item(r, 'gmail-all-ptr')).toMatchObject({ status: 'unknown' });
  });
  it('treats a missing sub-check as unknown', () => {
    const r = bulkSenderRequirements({
      spf: result('spf', 'pass'),
      dkim: result('dkim', 'pass'),
      bulk: false,
      provider: 'google',
    });
    expect(r.verdict).toBe('unknown');
    expect(item(r, 'gmail-all-ptr')).toMatchObject({
      status: 'unknown',
      reason: 'Reverse DNS was not checked',
    });
  });
  it('is unknown when the DMARC lookups failed', async () => {
    const dmarc = await dmarcFor({ '_dmarc.example.com': { timeout: '*' } });
    const r = bulkSenderRequirements({ ...good, dmarc, bulk: true, provider: 'microsoft' });
    expect(r.verdict).toBe('unknown');
  });
});

describe('bulkSenderRequirements: specific rules', () => {
  it('fails Gmail senders who put a gmail.com address in From', () => {
    const r = bulkSenderRequirements({
      ...good,
      fromDomain: 'gmail.com',
      bulk: false,
      provider: 'google',
    });
    expect(item(r, 'gmail-all-spoof')?.status).toBe('fail');
    expect(r.verdict).toBe('fail');
  });
  it('reads the DKIM key size for Yahoo from the DKIM details', () => {
    const dkim = {
      ...result('dkim', 'warn'),
      details: {
        mode: 'message',
        domains: [],
        probes: [
          { key: { status: 'active', keyType: 'rsa', bits: 1024, testing: false, issues: [] } },
        ],
      },
    };
    const r = bulkSenderRequirements({ ...good, dkim, bulk: true, provider: 'yahoo' });
    expect(item(r, 'yahoo-bulk-dkim-size')).toMatchObject({
      status: 'pass',
      reason: 'smallest RSA key found: 1024 bits',
    });
  });
});

describe('providerForDomain', () => {
  it.each([
    ['gmail.com', 'google'],
    ['GoogleMail.com.', 'google'],
    ['yahoo.co.uk', 'yahoo'],
    ['aol.com', 'yahoo'],
    ['hotmail.fr', 'microsoft'],
    ['outlook.com', 'microsoft'],
    // A Microsoft 365 tenant is not an Outlook.com consumer mailbox.
    ['contoso.onmicrosoft.com', undefined],
    ['example.com', undefined],
  ])('%s -> %s', (domain, provider) => {
    expect(providerForDomain(domain)).toBe(provider);
  });
});
