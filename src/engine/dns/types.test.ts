import { describe, expect, it } from 'vitest';
import { DnsError, ok, nxdomain } from './types.ts';

describe('DNS answer helpers', () => {
  it('keeps the kind of an error', () => {
    const error = new DnsError('timeout', 'example.com', 'TXT');
    expect(error.kind).toBe('timeout');
    expect(error.message).toContain('example.com');
  });
  it('builds answers', () => {
    expect(ok<'A'>(['192.0.2.1'])).toEqual({ kind: 'ok', records: ['192.0.2.1'], ttl: undefined });
    expect(nxdomain<'A'>().kind).toBe('nxdomain');
  });
});
