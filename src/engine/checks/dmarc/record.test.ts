import { describe, expect, it } from 'vitest';
import { isDmarcRecord, parseDmarcRecord } from './record.ts';

const codes = (raw: string) => parseDmarcRecord(raw).issues.map((i) => `${i.severity}:${i.code}`);

describe('isDmarcRecord (RFC 9989 s4.10 step 2)', () => {
  it('needs v=DMARC1 first, value case-sensitive, spaces around "=" allowed', () => {
    expect(isDmarcRecord('v=DMARC1; p=none')).toBe(true);
    expect(isDmarcRecord('v = DMARC1 ;p=none')).toBe(true);
    expect(isDmarcRecord('v=DMARC1')).toBe(true);
    expect(isDmarcRecord('p=none; v=DMARC1')).toBe(false);
    expect(isDmarcRecord('v=dmarc1; p=none')).toBe(false);
    expect(isDmarcRecord('v=DMARC10; p=none')).toBe(false);
    expect(isDmarcRecord('v=spf1 -all')).toBe(false);
  });
});

describe('parseDmarcRecord', () => {
  it('reads every RFC 9989 tag with defaults', () => {
    const r = parseDmarcRecord(
      'v=DMARC1; p=Reject; sp=quarantine; np=reject; psd=n; t=y; adkim=s; rua=mailto:a@example.com; ruf=mailto:f@example.com; fo=1:d',
    );
    expect(r).toMatchObject({
      p: 'reject',
      sp: 'quarantine',
      np: 'reject',
      psd: 'n',
      testing: true,
      adkim: 's',
      aspf: 'r',
    });
    expect(r.rua[0]).toMatchObject({
      valid: true,
      address: 'a@example.com',
      domain: 'example.com',
    });
    expect(codes('v=DMARC1; p=none')).toEqual([]);
    expect(parseDmarcRecord('v=DMARC1; p=none')).toMatchObject({
      psd: 'u',
      testing: false,
      adkim: 'r',
      aspf: 'r',
      invalid: [],
    });
  });
  it('records invalid policy values instead of guessing', () => {
    const r = parseDmarcRecord('v=DMARC1; p=block; sp=none');
    expect(r.p).toBeUndefined();
    expect(r.invalid).toEqual(['p']);
  });
  it('warns on invalid optional values and falls back to defaults (s4.8)', () => {
    const r = parseDmarcRecord('v=DMARC1; p=none; adkim=x; psd=maybe; t=yes; fo=2');
    expect(r).toMatchObject({ adkim: 'r', psd: 'u', testing: false });
    expect(codes(r.raw)).toEqual([
      'warn:psd-invalid',
      'warn:t-invalid',
      'warn:adkim-invalid',
      'warn:fo-invalid',
    ]);
  });
  it('flags obsolete tags; pct below 100 is partial enforcement', () => {
    expect(codes('v=DMARC1; p=reject; pct=50; rf=afrf; ri=3600')).toEqual([
      'warn:pct-partial',
      'info:rf-obsolete',
      'info:ri-obsolete',
    ]);
    expect(parseDmarcRecord('v=DMARC1; p=reject; pct=50').pct).toBe(50);
    expect(codes('v=DMARC1; p=reject; pct=100')).toEqual(['info:pct-obsolete']);
  });
  it('ignores unknown tags, stray text and duplicates, with notes', () => {
    expect(codes('v=DMARC1; p=none; foo=bar')).toEqual(['info:unknown-tag']);
    expect(codes('v=DMARC1; p=none; junk')).toEqual(['warn:syntax']);
    const dup = parseDmarcRecord('v=DMARC1; p=reject; p=none');
    expect(dup.p).toBe('reject');
    expect(codes(dup.raw)).toEqual(['warn:duplicate-tag']);
  });
  it('notes p not right after v, fo without ruf, and the testing flag', () => {
    expect(codes('v=DMARC1; rua=mailto:a@example.com; p=none')).toEqual(['info:p-not-second']);
    expect(codes('v=DMARC1; p=none; fo=1')).toEqual(['info:fo-without-ruf']);
    expect(codes('v=DMARC1; p=reject; t=y')).toEqual(['warn:testing']);
  });
  it('checks report URIs', () => {
    expect(codes('v=DMARC1; p=none; rua=mailto:a@example.com!10m')).toEqual(['info:uri-size']);
    expect(codes('v=DMARC1; p=none; rua=dmarc@example.com')).toEqual(['warn:rua-uri']);
    expect(codes('v=DMARC1; p=none; ruf=https://example.com/r')).toEqual(['warn:ruf-uri']);
  });
});
