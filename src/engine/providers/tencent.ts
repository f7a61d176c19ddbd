/** Tencent QQ Mail and Exmail (qq.com, foxmail.com): replies point to service.mail.qq.com help. */
import { fieldManual } from './sources.ts';
import type { ProviderFamily } from './types.ts';

const FREQUENCY = 'http://qiao.yimirj.com/article/detail/2261';

export const TENCENT: ProviderFamily<'tencent'> = {
  id: 'tencent',
  name: 'Tencent QQ Mail',
  hosts: ['qq.com', 'foxmail.com'],
  mx: [
    {
      key: 'tencent',
      name: 'Tencent QQ Mail / Exmail',
      kind: 'mailbox',
      suffixes: ['qq.com'],
      source: 'https://service.exmail.qq.com/',
    },
  ],
  domains: /^(?:qq|foxmail|vip\.qq)\.com$/,
  signs: [{ pattern: /service\.(?:ex)?mail\.qq\.com/, source: fieldManual(550, 392) }],
  rules: [
    {
      id: 'tencent-connection-frequency',
      pattern: /connection frequency limited/,
      code: 'frequency limited',
      reason: 'toomanyconn',
      actor: 'sender-esp',
      meaning: 'QQ limits how often this IP may connect; connect less often.',
      source: FREQUENCY,
      example:
        '<bob@qq.com>: host mx3.qq.com[203.205.219.57] said: 550 Connection frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000722 (in reply to MAIL FROM command)',
    },
    {
      id: 'tencent-sending-frequency',
      pattern: /(?:domain|sender|ip) frequency limited/,
      code: 'frequency limited',
      reason: 'speeding',
      actor: 'sender-esp',
      meaning: 'QQ limits mail from this domain or sender for exceeding its rate.',
      source: fieldManual(550, 406),
      example:
        '550 Sender frequency limited. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000723',
    },
    {
      id: 'tencent-dmarc',
      pattern: /dmarc check failed/,
      code: 'DMARC',
      reason: 'authfailure',
      meaning: 'DMARC check failed.',
      source: fieldManual(550, 420),
      example:
        '550 DMARC check failed http://service.mail.qq.com/cgi-bin/help?subtype=1&&no=1001508&&id=16.',
    },
    {
      id: 'tencent-mailbox-not-found',
      pattern: /mailbox not found/,
      code: 'Mailbox not found',
      reason: 'userunknown',
      meaning: 'The mailbox does not exist.',
      source: fieldManual(550, 392),
      example:
        '550 Mailbox not found. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728',
    },
    {
      id: 'tencent-content',
      pattern: /mail content denied/,
      code: 'content denied',
      reason: 'spamdetected',
      meaning: 'QQ refused the content as spam.',
      source: fieldManual(550, 399),
      example:
        '550 Mail content denied. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726',
    },
    {
      id: 'tencent-recipient-refuses',
      pattern: /mail is rejected by recipients/,
      code: 'rejected by recipients',
      reason: 'filtered',
      actor: 'recipient',
      meaning: 'The QQ recipient’s own rule refuses your mail.',
      source: fieldManual(550, 378),
      example:
        '<bob@qq.com>: host mx3.qq.com[203.205.219.57] said: 550 Mail is rejected by recipients [MdsXyz] (in reply to end of DATA command)',
    },
    {
      id: 'tencent-spam-sender',
      pattern: /suspected spam sender/,
      code: 'spam sender',
      reason: 'badreputation',
      actor: 'sender-esp',
      meaning: 'QQ treats the sender as a spammer.',
      source: fieldManual(550, 413),
      example:
        '<bob@qq.com>: host mx3.qq.com[203.205.219.57] said: 550 Suspected spam sender. (in reply to MAIL FROM command)',
    },
    {
      id: 'tencent-flooded',
      pattern: /mailbox unavailable or access denied/,
      code: 'access denied',
      reason: 'speeding',
      actor: 'sender-esp',
      meaning:
        'QQ temporarily refuses mail to a recipient that is receiving too much (its anti-attack limit).',
      source: fieldManual(550, 385),
      example:
        '<bob@qq.com>: host mx3.qq.com[203.205.219.57] said: 550 Mailbox unavailable or access denied [MdsAbc] (in reply to RCPT TO command)',
      alternatives: [
        {
          reason: 'userunknown',
          why: 'QQ also gives this answer for a mailbox that does not exist.',
          settleBy: 'address',
        },
      ],
    },
  ],
};
