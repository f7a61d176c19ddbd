import { describe, expect, it } from 'vitest';
import { acceptOptions, readFrameConfig } from './frame-protocol.ts';

const NAMES = ['bounce', 'theme', 'live-lookups'];

describe('readFrameConfig', () => {
  it('reads the options and the origin from the fragment', () => {
    const config = readFrameConfig(
      '#bounce=550%205.1.1%20%26%20more&theme=dark&origin=https%3A%2F%2Fhelp.example',
      NAMES,
    );
    expect(config).toEqual({
      origin: 'https://help.example',
      attributes: [
        ['bounce', '550 5.1.1 & more'],
        ['theme', 'dark'],
      ],
      problems: [],
    });
  });

  it('has no origin to talk to unless one is given: never "*" by default', () => {
    const config = readFrameConfig('#theme=dark', NAMES);
    expect(config.origin).toBeNull();
    expect(config.problems).toEqual([expect.stringContaining('no origin=')]);
    expect(readFrameConfig('origin=*', NAMES).origin).toBe('*');
  });

  it('refuses an origin with a path, or not an origin at all', () => {
    expect(readFrameConfig('origin=https://help.example/faq', NAMES).origin).toBeNull();
    expect(readFrameConfig('origin=help.example', NAMES).origin).toBeNull();
    expect(readFrameConfig('origin=data:text/html,x', NAMES).origin).toBeNull();
  });

  it('takes from its own address, outside a frame, only what a link may set', () => {
    const config = readFrameConfig(
      '#origin=*&bounce=550&resolver=https%3A%2F%2Fdns.evil.example%2Fdns-query&live-lookups=off',
      NAMES.concat('resolver'),
      'link',
    );
    expect(config.attributes).toEqual([['bounce', '550']]);
    expect(config.problems).toEqual([
      'resolver is not taken from a link, which anyone can send; ignored.',
      'live-lookups is not taken from a link, which anyone can send; ignored.',
    ]);
  });

  it('names the options it does not know', () => {
    expect(readFrameConfig('origin=*&colour=red', NAMES).problems).toEqual([
      '"colour" is not an option; ignored.',
    ]);
  });
});

describe('acceptOptions', () => {
  const parent = {} as MessageEventSource;
  const config = readFrameConfig('origin=https://help.example', NAMES);
  const message = (data: unknown, origin = 'https://help.example', source = parent) => ({
    data,
    origin,
    source,
  });
  const options = { type: 'bounce-doctor:options', options: { theme: 'dark' } };

  it('takes options from the framing page at the configured origin', () => {
    expect(acceptOptions(message(options), config, parent, NAMES)).toEqual([['theme', 'dark']]);
  });

  it('ignores other origins, other windows and other messages', () => {
    expect(
      acceptOptions(message(options, 'https://evil.example'), config, parent, NAMES),
    ).toBeNull();
    const sibling = {} as MessageEventSource;
    expect(acceptOptions(message(options, undefined, sibling), config, parent, NAMES)).toBeNull();
    expect(acceptOptions(message({ type: 'other' }), config, parent, NAMES)).toBeNull();
    const unconfigured = readFrameConfig('', NAMES);
    expect(acceptOptions(message(options), unconfigured, parent, NAMES)).toBeNull();
  });

  it('maps switches to on/off, null to removal, and drops unknown names', () => {
    const data = {
      type: 'bounce-doctor:options',
      options: { 'live-lookups': false, bounce: null, onload: 'x' },
    };
    expect(acceptOptions(message(data), config, parent, NAMES)).toEqual([
      ['live-lookups', 'off'],
      ['bounce', null],
    ]);
  });

  it('passes each option through the embed validator', () => {
    const data = {
      type: 'bounce-doctor:options',
      options: { theme: 'blue', 'live-lookups': { on: true }, bounce: '452 4.2.2' },
    };
    expect(acceptOptions(message(data), config, parent, NAMES)).toEqual([['bounce', '452 4.2.2']]);
  });

  it('with origin=*, takes options from whichever page frames it', () => {
    const any = readFrameConfig('origin=*', NAMES);
    expect(acceptOptions(message(options, 'https://x.example'), any, parent, NAMES)).not.toBeNull();
  });
});
