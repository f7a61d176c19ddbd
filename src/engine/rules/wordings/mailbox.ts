/** The recipient's storage and the message's size: full, over quota, too big. */
import { hint, rule } from './rule.ts';
import { SRC } from './sources.ts';

// Exchange 2003 writes one sentence for #5.2.2 and #5.3.4: "This message is larger than the
// current system limit or the recipient's mailbox is full." It names both causes, so neither
// rule takes it: the status code (or the reply code) says which one it is.
export const MAILBOX_WORDINGS = [
  rule(
    'mailboxfull.full',
    /(?<!system limit or the recipient'?s? )\b(?:mail ?box|inbox|mail ?folder|mail ?drop|account|boite(?: du destinataire)?|postfach)(?: (?:for|of) (?:the )?(?:user|recipient))? (?:is |was )?(?:currently )?(?:full|pleine|voll)\b|\bmailbox full\b|(?<!system limit or the )\b(?:recipient|user|destination)'?s? (?:mailbox|mail ?box|inbox) (?:is )?full\b|\bfull mailbox\b/,
    '550 5.2.2 <jane@example.org>... Mailbox Full',
    SRC.sendmailMailLocal,
  ),
  rule(
    'mailboxfull.quota',
    /\bover ?quota\b|\bquota (?:exceeded|exceed|full|violation|reached)\b|\bexceeded (?:the |its |their |his |her )?(?:storage |mailbox )?(?:quota|storage allocation)\b|\b(?:storage|mailbox|disk|user|account) quota\b(?! (?:lookup|system))|quotaexceeded|\b(?:is|are) over (?:the |its |their |his |her )?(?:allowed )?(?:quota|limit|storage)\b|\bmail (?:database|file) is full\b/,
    '552 5.2.2 The email account that you tried to reach is over quota.',
    SRC.gmail,
  ),
  rule(
    'mailboxfull.no-space',
    /\binsufficient (?:mailbox |user )?(?:storage|space)\b(?! on)(?! system)|\bnot enough (?:mailbox )?(?:storage|space)\b(?! on)|\bmailbox (?:exceeds|has exceeded) (?:its |the )?(?:allowed )?(?:size|limit)|\bmailbox size (?:limit )?exceeded|\buser has too many messages|number of messages in (?:the )?recipient'?s mailbox exceeded|maxobjsexceeded|\bdomain size limit has been exceeded\b/,
    '552 User mailbox exceeds allowed size',
    SRC.exchangeNdr,
  ),
  rule(
    'exceedlimit.recipient-limit',
    /\bmessage (?:length |size )?exceeds (?:the )?(?:administrative|recipient'?s?|user'?s?|mailbox|per-user) (?:size )?limit|\bexceeds? (?:the )?(?:recipient|user)'?s? (?:message )?size limit|recipsizelimit|\btoo (?:large|big) for this recipient/,
    '5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient',
    SRC.exchangeSize,
  ),
  rule(
    'mesgtoobig.too-big',
    /\bmessage (?:file |body |header |is |was )?(?:size )?(?:too (?:big|large|long))|\bmessage (?:header )?size (?:exceeds|limit exceeded|is too)|\bsize (?:limit )?exceeded\b|\bexceeds? (?:the )?(?:maximum |fixed |file system imposed )?(?:message |mail )?size|\bmail ?size limit|\bsize of (?:the )?message (?:exceeds|is too)|\btoo (?:large|big) for (?:this|the) system|\bmaximum (?:message )?size (?:exceeded|limit)|\bmessage exceeded (?:the )?(?:max|size)|\bexceeded max\.? message size|\bmessage is larger than\b(?! the current system limit or the recipient'?s? mailbox is full)|\b(?:length of (?:attach|data content)|data content) is achieved the maximum|\bchunk exceeds (?:message )?size|\b(?:is too large|too big); \d+ bytes max|\bmessage too big\b|sendsizelimit|\bexceeded the (?:allowed|maximum) (?:message )?size\b/,
    '552 5.3.4 Message size exceeds fixed maximum message size',
    SRC.postfixCleanup,
  ),
  hint(
    'mesgtoobig.size-limit',
    /\bsize limit\b|\bsize exceeds\b|\btoo (?:big|large)\b/,
    '552 message size limit',
    SRC.rfc5321,
  ),
];
