import { describe, expect, it } from 'vitest';
import { codesIn, statusesIn } from './patterns.ts';

describe('codesIn: the reply code and enhanced status of a text', () => {
  it('reads a status that ends a sentence', () => {
    expect(codesIn('Remote server said the mailbox is unknown, status 5.1.1.')).toEqual({
      replyCode: undefined,
      status: '5.1.1',
    });
  });

  it('does not read a version number as a status', () => {
    expect(codesIn('Subject: Re: [Mailman-Users] Mailman 2.0.12 released').status).toBeUndefined();
    expect(statusesIn('Lotus SMTP MTA v4.6.1, Exim 4.5.1 and version 5.1.1')).toEqual([]);
  });

  it('does not read part of an IP address as a status', () => {
    expect(codesIn('connect to 192.5.7.1 timed out').status).toBeUndefined();
    expect(codesIn('host [10.4.4.1] refused').status).toBeUndefined();
  });

  it('counts a success status only beside a success reply', () => {
    expect(codesIn('Notes 2.0.1 gateway: no such user').status).toBeUndefined();
    expect(codesIn('the server version 2.1.5 refused').status).toBeUndefined();
    expect(codesIn('250 2.0.0 Ok: queued as 4F1A2')).toEqual({ replyCode: 250, status: '2.0.0' });
  });

  it('lets a generic X.0.0 give way to the specific code of the same class', () => {
    expect(codesIn('550 5.0.0 550 5.1.1 <a@x.example>: User unknown')).toEqual({
      replyCode: 550,
      status: '5.1.1',
    });
    expect(codesIn('554 5.0.0 Service unavailable').status).toBe('5.0.0');
  });
});
