/** Mail.ru (VK): mail.ru, list.ru, bk.ru, inbox.ru. */
import { fieldManual, mxLookup } from './sources.ts';
import type { ProviderFamily } from './types.ts';

const INVALID = 'https://pastebin.com/Q6g5KK1V';

export const MAILRU: ProviderFamily<'mailru'> = {
  id: 'mailru',
  name: 'Mail.ru (VK)',
  hosts: ['mail.ru', 'list.ru', 'bk.ru', 'inbox.ru'],
  mx: [
    {
      key: 'mailru',
      name: 'Mail.ru',
      kind: 'mailbox',
      suffixes: ['mail.ru'],
      source: mxLookup('mail.ru'),
      observed: true,
    },
  ],
  domains: /^(?:mail|list|bk|inbox|internet)\.ru$/,
  mailboxDomains: [
    {
      domain: 'mail.ru',
      brand: 'Mail.ru',
      source: 'https://errorsmaster.ru/oshibka-550-spam-message-rejected',
    },
  ],
  signs: [
    { pattern: /help\.mail\.ru|corp\.mail\.ru/, source: fieldManual(550, 192) },
    // Its own wording for an unavailable mailbox.
    { pattern: /message was not accepted -- invalid mailbox/, source: INVALID },
  ],
  rules: [
    {
      id: 'mailru-spam',
      pattern: /spam message rejected|suspicion of spam/,
      code: 'spam',
      reason: 'spamdetected',
      meaning: 'The message was classified as spam.',
      source: fieldManual(550, 192),
      example:
        '550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=x7Kq2 or report details to abuse@corp.mail.ru. Error code: 8A2B. ID: 3C4D.',
    },
    {
      id: 'mailru-account-disabled',
      pattern: /local mailbox \S+ is unavailable: account is disabled/,
      code: 'disabled',
      reason: 'suspend',
      meaning: 'The Mail.ru account is disabled.',
      source: fieldManual(550, 185),
      example:
        '<bob@mail.ru>: host mxs.mail.ru[94.100.180.31] said: 550 Message was not accepted -- invalid mailbox. Local mailbox bob@mail.ru is unavailable: account is disabled (in reply to end of DATA command)',
    },
    {
      id: 'mailru-no-user',
      pattern: /local mailbox \S+ is unavailable: (?:user not found|user is terminated)/,
      code: 'invalid mailbox',
      reason: 'userunknown',
      meaning: 'The Mail.ru account does not exist (or was closed).',
      source: INVALID,
      example:
        '<bob@mail.ru>: host mxs.mail.ru[94.100.180.31] said: 550 Message was not accepted -- invalid mailbox. Local mailbox bob@mail.ru is unavailable: user not found (in reply to end of DATA command)',
    },
    {
      id: 'mailru-auth-required',
      pattern: /users in your domain are not allowed to send email without authorization/,
      code: '503',
      reason: 'securityerror',
      meaning:
        'Mail from a Mail.ru-hosted domain must be sent through Mail.ru with authentication.',
      source: 'https://pastebin.com/xDPN2fTF',
      example:
        '503 Administrative prohibition -- authorization required. Users in your domain are not allowed to send email without authorization. See http://help.mail.ru/mail-help/mailer/popsmtp for details.',
    },
  ],
};
