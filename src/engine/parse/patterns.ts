/**
 * Shared text patterns of the readers. Kept linear-time: no nested quantifiers over the same
 * characters, so hostile input cannot make them backtrack catastrophically.
 */

/** An email address inside free text (local part may be quoted; domain may be an IDN). */
export const ADDRESS =
  /(?:"[^"\n]{1,64}"|[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]{1,64})@(?:\[[0-9.:a-fA-F]{3,45}\]|[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,10})/u;

/** Reply code and enhanced status together: "550 5.1.1", "550-5.7.26", "550:5.1.1". */
const REPLY_AND_STATUS = /(?<![\d.])([245][0-5]\d)[ \-:]{1,3}#?([245]\.\d{1,3}\.\d{1,3})(?![.\d])/;

/** Basic reply code followed by a space, dash or end (RFC 5321 s4.2). */
export const REPLY_CODE = /(?<![\d.\-:/#=,])([245][0-5]\d)(?=[ \-:]|$)/m;

/** Enhanced status code (RFC 3463): class.subject.detail. */
export const ENHANCED_STATUS = /(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![.\d])/;

const ANCHORED_ADDRESS = new RegExp(`^(?:${ADDRESS.source})`, 'u');
const LOCAL_CHAR = /[\p{L}\p{N}!#$%&'*+/=?^_`{|}~."-]/u;

/**
 * Addresses in free text, found from each "@" outwards so that the cost stays linear however
 * long or hostile the text (a regex scan from every position is quadratic on long runs).
 */
export function findAddresses(text: string, limit = Infinity): string[] {
  return addressSpans(text, limit).map(([start, end]) => text.slice(start, end));
}

/** [start, end) of each address, in order. */
function addressSpans(text: string, limit = Infinity): [number, number][] {
  const found: [number, number][] = [];
  let at = text.indexOf('@');
  while (at >= 0 && found.length < limit) {
    let start = at;
    while (start > 0 && at - start < 66 && LOCAL_CHAR.test(text[start - 1]!)) start--;
    if (start < at) {
      const match = ANCHORED_ADDRESS.exec(text.slice(start, at + 256));
      if (match && match[0].length > at - start + 1) {
        found.push([start, start + match[0].length]);
        at = text.indexOf('@', start + match[0].length);
        continue;
      }
    }
    at = text.indexOf('@', at + 1);
  }
  return found;
}

export function firstAddress(text: string): string | undefined {
  const [address] = findAddresses(text, 1);
  return address === undefined ? undefined : cleanAddress(address);
}

/** The text with its addresses taken out. */
export function withoutAddresses(text: string): string {
  let result = '';
  let from = 0;
  for (const [start, end] of addressSpans(text)) {
    result += text.slice(from, start) + ' ';
    from = end;
  }
  return result + text.slice(from);
}

/** Trim punctuation a sentence leaves on an address and lower-case the domain. */
export function cleanAddress(address: string): string {
  const trimmed = address.replace(/[.>)\]'",;:]+$/, '').replace(/^[<('"]+(?=[^"])/, '');
  const at = trimmed.lastIndexOf('@');
  if (at < 0) return trimmed;
  return trimmed.slice(0, at) + '@' + trimmed.slice(at + 1).toLowerCase();
}

const RUNS_OF_SPACE = /\s{2,}|[\t\n\r\f\v\u00a0]/;

export function collapseSpace(text: string): string {
  // Most diagnostics are already single-spaced: skip the rewrite when there is nothing to do.
  return RUNS_OF_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/** Reply code and enhanced status found in a diagnostic text. */
export function codesIn(text: string): { replyCode?: number; status?: string } {
  const both = REPLY_AND_STATUS.exec(text);
  if (both) return { replyCode: Number(both[1]), status: both[2] };
  const status = ENHANCED_STATUS.exec(text);
  const reply = REPLY_CODE.exec(text);
  return {
    replyCode: reply ? Number(reply[1]) : undefined,
    status: status ? `${status[1]}.${status[2]}.${status[3]}` : undefined,
  };
}
