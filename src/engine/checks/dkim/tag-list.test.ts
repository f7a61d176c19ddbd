import { describe, expect, it } from 'vitest';
import { formatTagList, parseTagList, tagValue } from './tag-list.ts';

describe('parseTagList (RFC 6376 s3.2)', () => {
  it('reads tags in order, trimming whitespace around names and values', () => {
    const result = parseTagList(' v = DKIM1 ;k=rsa;\tp= MIGf MA0G ;');
    expect(result).toEqual({
      ok: true,
      duplicates: [],
      tags: [
        { name: 'v', value: 'DKIM1' },
        { name: 'k', value: 'rsa' },
        { name: 'p', value: 'MIGf MA0G' },
      ],
    });
  });
  it('keeps empty values (p= is how a key is revoked)', () => {
    const result = parseTagList('v=DKIM1; p=');
    expect(result.ok && tagValue(result.tags, 'p')).toBe('');
  });
  it('tolerates stray empty specs', () => {
    expect(parseTagList('v=DKIM1;; p=abc;').ok).toBe(true);
  });
  it('reports duplicate tag names', () => {
    const result = parseTagList('p=abc; k=rsa; p=def');
    expect(result.ok && result.duplicates).toEqual(['p']);
  });
  it('rejects a spec without "="', () => {
    expect(parseTagList('v=DKIM1; rsa; p=abc')).toMatchObject({ ok: false });
  });
  it('rejects invalid tag names and values', () => {
    expect(parseTagList('1v=DKIM1').ok).toBe(false);
    expect(parseTagList('n=caf\u00e9').ok).toBe(false);
  });
  it('is case-sensitive about tag names', () => {
    const result = parseTagList('P=abc');
    expect(result.ok && tagValue(result.tags, 'p')).toBeUndefined();
  });
});

describe('formatTagList', () => {
  const parsed = parseTagList('v=DKIM1; h=sha1; k=rsa; t=y; p=abc');
  const tags = parsed.ok ? parsed.tags : [];
  it('replaces, removes and appends tags', () => {
    expect(formatTagList(tags, { h: 'sha256', t: undefined, n: 'note' })).toBe(
      'v=DKIM1; h=sha256; k=rsa; p=abc; n=note',
    );
  });
});
