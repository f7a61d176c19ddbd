import { describe, expect, it } from 'vitest';
import { movedTo } from './moved-to.ts';

const moved = (diagnostic: string, recipient = 'bob@example.org') =>
  movedTo({ reason: 'hasmoved', diagnostic, recipient });

describe('the new address a "has moved" reply names', () => {
  it('reads the forward-path of RFC 5321’s 551 and the usual "moved to" wordings', () => {
    expect(moved('551 5.1.6 User not local; please try <jane@example.net>')).toBe(
      'jane@example.net',
    );
    expect(moved('550 5.1.6 Recipient address rejected: User has moved to bob@example.com.')).toBe(
      'bob@example.com',
    );
    expect(moved('bob@example.org has left; new address: Bob@Example.NET')).toBe('Bob@example.net');
  });

  it('never takes the failed address, an address elsewhere in the text, or prose', () => {
    expect(moved('550 5.1.6 User has moved to bob@example.org')).toBeUndefined();
    expect(moved('550 5.1.6 User has moved. Contact postmaster@example.org')).toBeUndefined();
    expect(moved('550 5.1.6 The user has moved to another company')).toBeUndefined();
  });

  it('reads nothing for another reason', () => {
    expect(
      movedTo({ reason: 'userunknown', diagnostic: 'please try <a@b.example>', recipient: '' }),
    ).toBeUndefined();
  });
});
