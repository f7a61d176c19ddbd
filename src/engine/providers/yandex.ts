/** Yandex Mail (yandex.ru, yandex.com, ya.ru). */
import { mxLookup } from './sources.ts';
import type { ProviderFamily } from './types.ts';

const SPAM =
  'https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html?lang=en';

export const YANDEX: ProviderFamily<'yandex'> = {
  id: 'yandex',
  name: 'Yandex Mail',
  hosts: ['yandex.ru', 'yandex.net', 'yandex.com'],
  mx: [
    {
      key: 'yandex',
      name: 'Yandex Mail',
      kind: 'mailbox',
      suffixes: ['yandex.net', 'yandex.ru'],
      source: mxLookup('yandex.ru'),
      observed: true,
    },
  ],
  domains: /^(?:yandex\.(?:ru|com|ua|by|kz)|ya\.ru)$/,
  mailboxDomains: [
    {
      domain: 'yandex.ru',
      brand: 'Yandex Mail',
      source: 'https://yandex.com/support/mail/bounces/other.html',
    },
  ],
  // ya.cc: Yandex's own short links in its rejection texts.
  signs: [{ pattern: /yandex|\bya\.cc\//, source: SPAM }],
  rules: [
    {
      id: 'yandex-spam-statistics',
      pattern: /blocked by spam statistics/,
      code: 'spam statistics',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning: 'Yandex blocks the sending IP for about a day after it sent mostly spam.',
      source: SPAM,
      example:
        '<bob@yandex.ru>: host mx.yandex.ru[77.88.21.249] said: 554 5.7.1 [2] Message rejected under suspicion of SPAM; blocked by spam statistics (in reply to end of DATA command)',
    },
    {
      id: 'yandex-spam',
      pattern: /rejected under suspicion of spam/,
      code: 'spam',
      reason: 'spamdetected',
      meaning: 'Yandex classified the message as spam.',
      source: SPAM,
      example:
        '554 5.7.1 Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1623919474-5Xa3b4Kd2',
    },
  ],
};
