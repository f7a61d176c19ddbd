import { describe, expect, it } from 'vitest';
import { domainOfAddress, envelopeDomainOf, fromDomainOf } from './sender-domain.ts';

describe('sender domains', () => {
  it.each([
    ['Ann <ann@Example.COM>', 'example.com'],
    ['ann@mail.example.com.', 'mail.example.com'],
    ['example.com', 'example.com'],
    ['ann@bücher.example', 'xn--bcher-kva.example'],
    ['<>', undefined],
    ['ann@[192.0.2.1]', undefined],
  ])('%s -> %s', (address, domain) => {
    expect(domainOfAddress(address)).toBe(domain);
  });
  it('prefers the explicit domain fields', () => {
    expect(fromDomainOf({ fromDomain: 'a.example', fromAddress: 'x@b.example' })).toBe('a.example');
    expect(envelopeDomainOf({ envelopeAddress: 'bounce@esp.example' })).toBe('esp.example');
    expect(envelopeDomainOf({})).toBeUndefined();
  });
});
