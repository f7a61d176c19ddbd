import { describe, expect, it } from 'vitest';
import { validateOptions } from './validate-options.ts';

describe('validateOptions', () => {
  it('applies one rule per option, and keeps what passed as written', () => {
    const { options, accepted, problems } = validateOptions(
      {
        bounce: '550 5.1.1',
        theme: 'dark',
        'start-step': ' Sender ',
        resolver: 'google',
        'live-lookups': false,
      },
      'page',
    );
    expect(options).toMatchObject({
      bounce: '550 5.1.1',
      theme: 'dark',
      startStep: 'sender',
      resolver: 'google',
      liveLookups: false,
    });
    expect(accepted).toEqual([
      ['bounce', '550 5.1.1'],
      ['theme', 'dark'],
      ['start-step', ' Sender '],
      ['resolver', 'google'],
      ['live-lookups', 'off'],
    ]);
    expect(problems).toEqual([]);
  });

  it('refuses values that are not text, and names it does not know', () => {
    const { options, problems } = validateOptions(
      { resolver: { href: 'https://evil.example' }, bounce: 42, onload: 'x', theme: null },
      'page',
    );
    expect(options.resolver).toBeNull();
    expect(options.bounce).toBeNull();
    expect(problems).toEqual([
      'resolver must be text; ignored.',
      'bounce must be text; ignored.',
      '"onload" is not an option; ignored.',
    ]);
  });

  // Issue 13: frame.html opened as a page took #resolver= from its own address, so a link could
  // send the wizard's questions to, and take its verdicts from, any resolver.
  it('takes from a link only what anyone may send: a bounce, a step, a theme', () => {
    const { options, accepted, problems } = validateOptions(
      {
        bounce: '550 5.1.1',
        theme: 'dark',
        resolver: 'https://dns.evil.example/dns-query',
        'live-lookups': 'off',
        'app-url': 'https://evil.example/',
        persist: 'faq',
      },
      'link',
    );
    expect(accepted.map(([name]) => name)).toEqual(['bounce', 'theme']);
    expect(options).toMatchObject({
      resolver: null,
      liveLookups: null,
      appUrl: null,
      persist: null,
    });
    expect(problems).toHaveLength(4);
    expect(problems[0]).toBe('resolver is not taken from a link, which anyone can send; ignored.');
  });
});
