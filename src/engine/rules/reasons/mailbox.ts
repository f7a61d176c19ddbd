/** The mailbox or message size: full, over its limit, too big for the system. */
import type { PhraseRule } from './types.ts';

export const MAILBOX_PHRASES: PhraseRule[] = [
  {
    reason: 'exceedlimit',
    patterns: [
      /message (?:length )?exceeds (?:the )?(?:administrative|recipient'?s?|user'?s?|mailbox|per-user) (?:size )?limit/, // RFC 3463 X.2.3
      /exceeds? (?:the )?(?:recipient|user)'?s? (?:message )?size limit/,
    ],
  },
  {
    reason: 'mesgtoobig',
    patterns: [
      /message (?:is )?too (?:big|large)|message size exceeds|size (?:limit )?exceeded|exceeds? (?:the )?(?:maximum )?(?:message )?size|message (?:file )?too big|mail size limit|message length exceeds|size of (?:the )?message (?:exceeds|is too)|too large for (?:this|the) system/, // "552 5.3.4 Message size exceeds fixed maximum message size"
      /maximum (?:message )?size (?:exceeded|limit)|message exceeded (?:the )?(?:max|size)/,
    ],
  },
  {
    reason: 'mailboxfull',
    patterns: [
      /mailbox (?:is )?(?:full|over ?quota)|mailbox full|mail ?box (?:is )?full|mail ?folder is full|inbox (?:is )?full/, // "550 5.2.2 <a@b>... Mailbox Full"
      /over ?quota|quota (?:exceeded|exceed|full|violation)|exceeded (?:the |storage |his |her |their )?(?:quota|storage allocation)|storage quota/, // "552 5.2.2 Over quota", Gmail "Storage quota exceeded"
      /(?:disk|storage) (?:quota|space) (?:exceeded|full)|insufficient (?:mailbox |user )?(?:storage|space)(?! on)|not enough (?:storage|space)(?! on)/,
      /mailbox (?:exceeds|has exceeded) (?:allowed|the|its) (?:size|limit|quota)|exceeds allowed size|mailbox size limit exceeded/, // IMail "User mailbox exceeds allowed size"
      /(?:account|user) is over (?:the )?(?:quota|limit|storage)|user has (?:exceeded|too many messages)|number of messages in recipient'?s mailbox exceeded/,
      /(?:recipient|user)'?s? (?:mailbox|mail ?box) (?:is )?(?:full|over)|shutoffquotaexceeded|mailbox has exceeded/,
      /容量(?:超過|オーバー)|メールボックスがいっぱい/,
    ],
  },
];
