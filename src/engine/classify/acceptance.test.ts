/**
 * The classifier issue's acceptance texts, as a user pastes them: the seed and its Microsoft and
 * Gmail neighbours without the server's host name, and "address does not exist" / "mailbox
 * full" in German, French, Spanish, Japanese and Chinese without a status code. Each with its
 * reason, its permanence (the badge) and its provider.
 */
import { describe, expect, it } from 'vitest';
import { classify } from './classify.ts';
import { parseBounce } from '../parse/parse-bounce.ts';

const one = (text: string) => classify(parseBounce(text))[0]!;

type Case = [text: string, reason: string, permanent: boolean | null, provider: string | null];

const PROVIDERS: Case[] = [
  [
    '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)',
    'userunknown',
    true,
    'microsoft',
  ],
  [
    '550 5.7.515 Access denied, sending domain example.com does not meet the required authentication level.',
    'authfailure',
    true,
    'microsoft',
  ],
  [
    "Remote Server returned '550 5.7.515 Access denied, sending domain [EXAMPLE.COM] does not meet the required authentication level.'",
    'authfailure',
    true,
    'microsoft',
  ],
  [
    '550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has a DMARC policy of reject.',
    'authfailure',
    true,
    'microsoft',
  ],
  [
    '550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.',
    'authfailure',
    true,
    'google',
  ],
  [
    '550 5.7.25 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP.',
    'requireptr',
    true,
    'google',
  ],
  [
    '421 4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.',
    'speeding',
    false,
    'google',
  ],
  [
    "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.",
    'userunknown',
    true,
    'google',
  ],
];

const LANGUAGES: Case[] = [
  ['Die Empfängeradresse existiert nicht.', 'userunknown', true, null],
  ['Das Postfach des Empfängers ist voll.', 'mailboxfull', false, null],
  ["L'adresse du destinataire n'existe pas.", 'userunknown', true, null],
  ['La boîte aux lettres du destinataire est pleine.', 'mailboxfull', false, null],
  ['La dirección de correo del destinatario no existe.', 'userunknown', true, null],
  ['El buzón del destinatario está lleno.', 'mailboxfull', false, null],
  ['宛先のメールアドレスは存在しません。', 'userunknown', true, null],
  ['受信者のメールボックスが容量オーバーです。', 'mailboxfull', false, null],
  ['收件人地址不存在。', 'userunknown', true, null],
  ['收件人邮箱已满。', 'mailboxfull', false, null],
];

describe('acceptance texts of the classifier issue', () => {
  it.each([...PROVIDERS, ...LANGUAGES])('%s', (text, reason, permanent, provider) => {
    const result = one(text);
    expect({
      reason: result.reason,
      permanent: result.permanent,
      provider: result.provider?.id ?? null,
    }).toEqual({ reason, permanent, provider });
  });
});
