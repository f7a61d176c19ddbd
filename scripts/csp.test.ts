import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, withPolicy } from './csp.ts';

describe('contentSecurityPolicy', () => {
  it('allows scripts and styles from the page itself only, and nothing inline', () => {
    for (const page of ['app', 'frame', 'demo'] as const) {
      const policy = contentSecurityPolicy(page);
      expect(policy).toContain("default-src 'none'");
      expect(policy).toContain("script-src 'self';");
      expect(policy).toContain("style-src 'self';");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("base-uri 'none'");
      expect(policy).not.toMatch(/unsafe-| \*(;|$)|blob:|script-src[^;]*https:/);
    }
    expect(contentSecurityPolicy('demo')).toContain("frame-src 'self'");
    expect(contentSecurityPolicy('app')).not.toContain('frame-src');
  });
});

describe('withPolicy', () => {
  it('puts the <meta> first in <head>, once', () => {
    const html =
      '<!doctype html>\n<html>\n  <head>\n    <meta charset="UTF-8" />\n  </head></html>';
    const once = withPolicy(html, 'app');
    expect(once.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(
      once.indexOf('charset'),
    );
    expect(withPolicy(once, 'app')).toBe(once);
    expect(() => withPolicy('<p>no head</p>', 'app')).toThrow(/no <head>/);
  });
});
