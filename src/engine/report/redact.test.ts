import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, MAX_INFLATED_BYTES } from './share-codec.ts';
import { redactAddresses, redactDeep } from './redact.ts';

describe('redaction', () => {
  it('replaces local parts consistently and keeps domains', () => {
    const book = new Map<string, string>();
    const text = redactAddresses(
      'To jane@example.org from news@example.com; again Jane@example.org',
      book,
    );
    expect(text).toBe(
      'To redacted-1@example.org from redacted-2@example.com; again redacted-1@example.org',
    );
    expect(redactAddresses('cc jane@example.org', book)).toBe('cc redacted-1@example.org');
  });

  it('is idempotent and leaves text without addresses alone', () => {
    const once = redactAddresses('<jane@example.org>');
    expect(redactAddresses(once)).toBe(once);
    expect(redactAddresses('550 5.4.1 Access denied. AS(201806281)')).toBe(
      '550 5.4.1 Access denied. AS(201806281)',
    );
  });

  it('redacts every string of a plain object with one book', () => {
    const state = {
      bounce: 'for jane@example.org',
      sender: { fromAddress: 'jane@example.org' },
      done: ['x'],
    };
    expect(redactDeep(state)).toEqual({
      bounce: 'for redacted-1@example.org',
      sender: { fromAddress: 'redacted-1@example.org' },
      done: ['x'],
    });
  });
});

describe('share payloads', () => {
  it('round-trip through compression and base64url', async () => {
    const value = { step: 'checklist', text: 'Grüße 550 5.1.1 '.repeat(200), n: [1, 2, 3] };
    const encoded = await encodeShare(value);
    expect(encoded).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(encoded.length).toBeLessThan(JSON.stringify(value).length / 4);
    expect(await decodeShare(encoded)).toEqual(value);
  });

  it('returns undefined for anything else', async () => {
    expect(await decodeShare('hello')).toBeUndefined();
    expect(await decodeShare('v1.@@@')).toBeUndefined();
    const encoded = await encodeShare({ a: 1 });
    expect(await decodeShare(encoded.slice(0, -3))).toBeUndefined();
  });
});

describe('decodeShare on a link made to inflate', () => {
  it('refuses a payload that inflates past the limit, without inflating the rest', async () => {
    // 20 MB of one character deflates to about 20 KB.
    const bomb = await encodeShare({ text: 'a'.repeat(20 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(200_000);
    expect(await decodeShare(bomb)).toBeUndefined();
    const fits = await encodeShare({ text: 'a'.repeat(MAX_INFLATED_BYTES - 100) });
    expect(await decodeShare(fits)).toEqual({ text: 'a'.repeat(MAX_INFLATED_BYTES - 100) });
  });
});
