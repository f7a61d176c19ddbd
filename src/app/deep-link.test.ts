import { describe, expect, it } from 'vitest';
import { deepLinkFor, readDeepLink } from './deep-link.ts';

describe('deep links', () => {
  it('reads the bounce parameter', () => {
    expect(readDeepLink('http://x.test/?bounce=550%205.1.1%20unknown')).toBe('550 5.1.1 unknown');
    expect(readDeepLink('http://x.test/?bounce=')).toBe('');
    expect(readDeepLink('http://x.test/')).toBeNull();
    expect(readDeepLink('not a url')).toBeNull();
  });

  it('builds links whose text survives the round trip', () => {
    const text = '550 5.4.1 jane+tag@example.org & <b> #1 ?';
    const link = deepLinkFor('https://bounce.example/app/', text);
    expect(link.startsWith('https://bounce.example/app/#/?bounce=')).toBe(true);
    const hash = new URL(link).hash.slice(1);
    expect(readDeepLink(new URL(hash, 'http://x.test').href)).toBe(text);
  });
});
