/**
 * What kind of text is this: a whole message, SMTP reply lines, or report prose?
 */
import { meaningOf } from '../classify/meaning.ts';

const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]{0,76}:[ \t]?\S?/;
const KNOWN_HEADERS =
  /^(?:received|return-path|from|to|subject|date|message-id|mime-version|content-type|delivered-to|x-[a-z0-9-]+|reply-to|sender|auto-submitted|envelope-to|delivery-date|dkim-signature|authentication-results|arc-[a-z-]+|thread-[a-z]+|importance|precedence|references|in-reply-to|list-[a-z-]+|cc|user-agent|content-transfer-encoding)\s*:/i;

/** Outlook .msg files are OLE compound files ([MS-CFB] s2.2). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** True when the bytes start as an OLE compound file, the container of an Outlook .msg. */
export function looksLikeOutlookMsg(bytes: Uint8Array): boolean {
  return OLE_MAGIC.every((byte, i) => bytes[i] === byte);
}

/** True when the text starts with a header block (or an mbox "From " line). */
export function looksLikeMessage(text: string): boolean {
  if (text.startsWith('From ')) return /^From \S+/.test(text);
  let known = 0;
  let start = 0;
  for (let n = 0; n < 60 && start < text.length; n++) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? Math.min(text.length, start + 4096) : end);
    if (line === '') return false; // the header block ended first
    start = end < 0 ? text.length : end + 1;
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (n === 0) return false;
      continue;
    }
    if (!HEADER_LINE.test(line)) return false;
    if (KNOWN_HEADERS.test(line) && ++known >= 2) return true;
  }
  return false;
}

const SMTP_REPLY_LINE = /^\s*[245]\d\d(?:[ -]|$)/;

const MAX_SMTP_LINES = 200;

/**
 * True when every non-empty line is an SMTP reply ("550 5.1.1 ...", "550-5.7.26 ..."), and
 * there are at most 200. Reads no further than line 201 or the first other line, whatever the
 * length of the text.
 */
export function looksLikeSmtpLines(text: string): boolean {
  let lines = 0;
  for (let start = 0; start < text.length;) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    start = end < 0 ? text.length : end + 1;
    if (!line.trim()) continue;
    if (++lines > MAX_SMTP_LINES || !SMTP_REPLY_LINE.test(line)) return false;
  }
  return lines > 0;
}

/** Split an mbox into its messages (lines starting "From " after a blank line). */
export function splitMbox(text: string): string[] {
  if (!text.startsWith('From ')) return [text];
  const messages: string[] = [];
  let start = 0;
  for (let at = text.indexOf('\nFrom ', 0); ; at = text.indexOf('\nFrom ', at + 1)) {
    if (at >= 0 && !/^From \S+ /.test(text.slice(at + 1, at + 200))) continue;
    const chunk = text.slice(start, at < 0 ? text.length : at);
    const body = chunk.slice(chunk.indexOf('\n') + 1);
    if (body.trim()) messages.push(body);
    if (at < 0) return messages;
    start = at + 1;
  }
}

/**
 * Words that some part of a failed-delivery notice uses in English (matched at a word start):
 * errors, refusals, mailboxes and hosts, delays, reports and auto-replies.
 */
const FAILURE_WORDS =
  /\b(?:error|fail|undeliver|deliver|return|reject|refus|den(?:y|ied)|bounc|unknown|not found|no such|exist|quota|full|exceed|limit|block|blacklist|listed|spam|virus|time[ds]? ?out|retr|defer|delay|temporar|permanent|invalid|unavailable|unreachable|report|abuse|complain|unsubscribe|away|vacation|office|auto|mx|dns|host|domain|relay|connect|route|loop|hop|mailbox|mail|recipient|user|address|account|policy|smtp|postmaster|daemon|disabled|suspend|inactive|moved|size|too (?:big|large|many)|authenticat|spf|dkim|dmarc|tls|certificate|rate|throttl|try again|later|queue|message|expire|exit|died|command|phish|gr[ae]y|hold|moderat|member|carbon|permission|lock|sticky|abort|purg|typo|duplicate|utf-?8|template|quarantin|filter|junk|suppress|authori|expan|permission|noemail|mailboxfull|toolarge|contentrejected|attachmentrejected|onaccountsuppression)/i;

/**
 * Whether pasted prose carries any sign of a bounce: an SMTP reply or status code, an email
 * address, failure wording (English above, the other languages through the lexicons' phrases:
 * "Utilisateur inconnu", "Usuario desconocido"), a provider's code, or text outside ASCII (a
 * notice in another language is given the benefit of the doubt). "Lunch at noon?" has none.
 */
export function hasBounceSignal(text: string, hasCodes: boolean, hasAddress: boolean): boolean {
  return (
    hasCodes ||
    hasAddress ||
    // eslint-disable-next-line no-control-regex -- ASCII range test
    /[^\x00-\x7f]/.test(text) ||
    FAILURE_WORDS.test(text) ||
    PROVIDER_CODE.test(text) ||
    meaningOf(text.toLowerCase()) !== undefined
  );
}

/**
 * A provider's own code pasted on its own: capitals with digits or a separator, as Comcast's
 * BL000010, Sophos's XGEMAIL_0004, AOL's RTR:BB or NetEase's MI:CCL are written.
 */
const PROVIDER_CODE = /\b[A-Z][A-Z0-9]{1,9}(?:[_:][A-Z0-9]{2,8}|\d{3,})\b/;
