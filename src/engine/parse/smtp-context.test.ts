import { describe, expect, it } from 'vitest';
import { commandIn, remoteHostIn } from './smtp-context.ts';

// Each text as the software writes it (the table's comments name the software).
const COMMANDS: [text: string, command: ReturnType<typeof commandIn>][] = [
  ['host mx.example.org[192.0.2.4] said: 550 5.1.1 unknown (in reply to RCPT TO command)', 'RCPT'],
  ['said: 554 5.7.1 rejected (in reply to end of DATA command)', 'DATA'],
  ['said: 553 sender refused (in reply to MAIL FROM command)', 'MAIL'],
  ['SMTP error from remote mail server after RCPT TO:<a@example.org>: 550 unknown', 'RCPT'],
  ['SMTP error from remote mail server after end of data: 554 spam', 'DATA'],
  ['SMTP error from remote mail server after initial connection: 554 go away', 'CONN'],
  ['192.0.2.153 does not like recipient. Remote host said: 550 no such user', 'RCPT'],
  ['mx.example.org [192.0.2.17] did not like our final DATA: 554 rejected', 'DATA'],
  ['Error following RCPT command', 'RCPT'],
  [
    'Remote server (192.0.2.20) issued an error. hMailServer sent: RCPT TO:<kate@example.org> Remote server replied: 550 No such user here',
    'RCPT',
  ],
  [
    'Remote server (192.0.2.20) issued an error. hMailServer sent: MAIL FROM:<me@example.net> Remote server replied: 553 sender refused',
    'MAIL',
  ],
  [
    'Remote server (192.0.2.20) issued an error. hMailServer sent: . Remote server replied: 554 5.7.1 spam',
    'DATA',
  ],
  ['550 5.1.1 user unknown', undefined],
  ['We sent: . and nothing more', undefined],
];

describe('commandIn', () => {
  it.each(COMMANDS)('%s → %s', (text, command) => {
    expect(commandIn(text)).toBe(command);
  });
});

describe('remoteHostIn', () => {
  it('reads the refusing host as Postfix and Exim name it', () => {
    expect(remoteHostIn('host mx.example.org[192.0.2.4] said: 550 unknown')).toBe('mx.example.org');
    expect(remoteHostIn('host mx.example.jp [192.0.2.153]: SMTP error')).toBe('mx.example.jp');
  });
});
