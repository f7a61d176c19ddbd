import { describe, expect, it } from 'vitest';
import { parseReportUri, parseReportUris } from './report-uri.ts';

describe('parseReportUris (RFC 9989 s4.8 dmarc-urilist)', () => {
  it('splits on commas and reads mailto addresses', () => {
    expect(
      parseReportUris(' mailto:a@Example.com , mailto:b@reports.example.net').map((u) => u.domain),
    ).toEqual(['example.com', 'reports.example.net']);
  });
  it('strips the obsolete !size suffix and decodes percent-escapes', () => {
    expect(parseReportUri('mailto:dmarc%2Breports@example.com!50m')).toMatchObject({
      valid: true,
      address: 'dmarc+reports@example.com',
      sizeLimit: '50m',
    });
  });
  it('marks bare addresses as not URIs and odd mailtos as unusable', () => {
    expect(parseReportUri('dmarc@example.com')).toMatchObject({ valid: false });
    expect(parseReportUri('mailto:nobody')).toMatchObject({
      valid: true,
      problem: expect.any(String),
    });
    expect(parseReportUri('mailto:%zz@example.com').domain).toBeUndefined();
  });
  it('accepts other schemes as URIs but warns that receivers need not use them', () => {
    expect(parseReportUri('https://r.example/dmarc')).toMatchObject({
      valid: true,
      scheme: 'https',
      problem: expect.stringMatching(/mailto/),
    });
  });
});
