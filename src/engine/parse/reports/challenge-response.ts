/**
 * Challenge-response filters hold mail from unknown senders and mail back a request to prove
 * the sender is a person (a link to click, a word to type, a reply to send); once done, the
 * sender is on the recipient's approved list. The message was not refused, so this is no bounce.
 * Wordings follow the services' own descriptions of their requests: Spam Arrest ("verify
 * themselves by clicking on an included link"), Boxbe (Guest List / Waiting List), cPanel
 * BoxTrapper ("requires that you verify that you are a real live human being"), SpamBully
 * ("confirm they are a valid user"), EarthLink spamBlocker and the like.
 */
import type { OtherReport } from '../types.ts';

/** Services that send such requests, by the name they sign them with. */
const FILTERS: [RegExp, string][] = [
  [/\bspam ?arrest\b/i, 'Spam Arrest'],
  [/\bboxbe\b/i, 'Boxbe'],
  [/\bboxtrapper\b/i, 'BoxTrapper'],
  [/\bmail ?washer\b/i, 'MailWasher'],
  [/\bchoicemail\b/i, 'ChoiceMail'],
  [/\bsendio\b/i, 'Sendio'],
  [/\bspam ?bully\b/i, 'SpamBully'],
  [/\bspamblocker\b/i, 'spamBlocker'],
  [/\bmailblocks\b/i, 'Mailblocks'],
  [/\bqurb\b/i, 'Qurb'],
];

/** The request itself: prove you are a person, or ask to be put on the approved list. */
const ASKS_PROOF: RegExp[] = [
  /\b(?:verify|confirm|prove|show)\s+(?:that\s+)?you\s+are\s+(?:a\s+)?(?:real\b|human|person|live|legitimate|valid|not\s+a\s+(?:robot|spammer|machine|computer|program))/i,
  /\b(?:be\s+)?add(?:ed)?\s+(?:you\s+|yourself\s+)?to\s+(?:my|the|our|his|her|their)\s+(?:white ?list|approved(?:\s+senders?)?(?:\s+list)?|allow(?:ed)?(?:\s+senders?)?\s*list|guest\s+list|safe(?:\s+senders?)?\s*list|list\s+of\s+approved\s+senders|address\s+book)/i,
  /\b(?:accept|allow|receive)s?\s+(?:incoming\s+)?(?:messages|e-?mails?|mail)\s+only\s+from\s+(?:senders|people|addresses)\b/i,
  /\bonly\s+(?:accept|allow|receive)s?\s+(?:incoming\s+)?(?:messages|e-?mails?|mail)\s+from\s+(?:senders|people|addresses)\s+(?:i|we|they|he|she)\b/i,
  /\b(?:sender|address|identity)\s+verification\b|\bverification\s+(?:request|required|link|code|word)\b/i,
  /\bwaiting\s+list\b.{0,80}\b(?:approve|guest)|\bguest\s+list\b/i,
];

/** What the sender is asked to do. */
const ACTION =
  /\b(?:click|follow|visit|open|go\s+to|reply\s+to\s+this|respond\s+to\s+this|simply\s+reply|type|enter|fill\s+(?:in|out)|(?:use|see)\s+the\s+link)\b/i;

/** A real refusal carries an SMTP reply or status code; a challenge does not. */
const SMTP_CODE = /(?<![\d.])[245]\d\d[ -]\d|(?<![\d.])[45]\.\d{1,3}\.\d{1,3}(?!\d|\.\d)/;

export function readChallengeResponse(notice: string, subject = ''): OtherReport | undefined {
  const text = `${subject}\n${notice.slice(0, 6000)}`;
  if (SMTP_CODE.test(text)) return undefined;
  const filter = FILTERS.find(([pattern]) => pattern.test(text))?.[1];
  const asks = ASKS_PROOF.some((pattern) => pattern.test(text));
  if (!(asks && (filter || ACTION.test(text)))) return undefined;
  const by = filter ? ` (${filter})` : '';
  return {
    kind: 'challenge-response',
    reporter: filter,
    summary:
      `An automatic request from the recipient's spam filter${by} to confirm that you are a real ` +
      'sender. It is not a bounce: your message is held, not refused, until the request is answered.',
  };
}
