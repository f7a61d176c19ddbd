/**
 * Shared text patterns of the readers. Kept linear-time: no nested quantifiers over the same
 * characters, so hostile input cannot make them backtrack catastrophically.
 */

/** An email address inside free text (local part may be quoted; domain may be an IDN). */
export const ADDRESS =
  /(?:"[^"\n]{1,64}"|[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]{1,64})@(?:\[[0-9.:a-fA-F]{3,45}\]|[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,10})/u;

/** Reply code and enhanced status together: "550 5.1.1", "550-5.7.26", "550:5.1.1". */
const REPLY_AND_STATUS =
  /(?<![\d.])([245][0-5]\d)[ \-:]{1,3}#?([245]\.\d{1,3}\.\d{1,3})(?!\d|\.\d)/;

/** Basic reply code followed by a space, dash or end (RFC 5321 s4.2). */
export const REPLY_CODE = /(?<![\d.\-:/#=,])([245][0-5]\d)(?=[ \-:]|$)/m;

/** Enhanced status code (RFC 3463): class.subject.detail. */
export const ENHANCED_STATUS = /(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?!\d|\.\d)/;

const ANCHORED_ADDRESS = new RegExp(`^(?:${ADDRESS.source})`, 'u');
const LOCAL_CHAR = /[\p{L}\p{N}!#$%&'*+/=?^_`{|}~."-]/u;
/** LOCAL_CHAR for ASCII, by table: the walk back from each "@" tests one character at a time. */
const ASCII_LOCAL = Uint8Array.from({ length: 128 }, (_, code) =>
  LOCAL_CHAR.test(String.fromCharCode(code)) ? 1 : 0,
);
const isLocalChar = (text: string, i: number) => {
  const code = text.charCodeAt(i);
  return code < 128 ? ASCII_LOCAL[code] === 1 : LOCAL_CHAR.test(text[i]!);
};

/**
 * Addresses in free text, found from each "@" outwards so that the cost stays linear however
 * long or hostile the text (a regex scan from every position is quadratic on long runs).
 */
export function findAddresses(text: string, limit = Infinity): string[] {
  return addressSpans(text, limit).map(([start, end]) => text.slice(start, end));
}

/** [start, end) of each address, in order. */
export function addressSpans(text: string, limit = Infinity): [number, number][] {
  const found: [number, number][] = [];
  let at = text.indexOf('@');
  while (at >= 0 && found.length < limit) {
    let start = at;
    while (start > 0 && at - start < 66 && isLocalChar(text, start - 1)) start--;
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

/**
 * Words right before a dotted number that make it a version, not a status: "Mailman 2.0.12",
 * "Exim 4.5.1", "version 5.1.1", "v2.0.1".
 */
const VERSION_BEFORE =
  /(?:\b(?:version|ver|release|rel|build|rev|revision|mailman|exim|postfix|sendmail|qmail|courier|exchange|domino|notes|groupwise|mdaemon|imail|zimbra|php|perl|python|java|v)\.?\s*|[a-z]-?v)$/i;

const STATUS_SCAN = new RegExp(ENHANCED_STATUS.source, 'g');

/** Enhanced status codes in a text, in order, leaving out version numbers. At most `limit`. */
export function statusesIn(text: string, limit = 8): string[] {
  const found: string[] = [];
  STATUS_SCAN.lastIndex = 0;
  for (let m = STATUS_SCAN.exec(text); m && found.length < limit; m = STATUS_SCAN.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (VERSION_BEFORE.test(before)) continue;
    found.push(`${m[1]}.${m[2]}.${m[3]}`);
  }
  return found;
}

/**
 * The most specific of the statuses: a generic X.0.0 (a reporting MTA's summary) gives way to a
 * specific code of the same class later in the text, as RFC 3464 s2.3.4 asks.
 */
export function mostSpecific(statuses: string[]): string | undefined {
  const [first] = statuses;
  if (!first || !first.endsWith('.0.0')) return first;
  return statuses.find((s) => s[0] === first[0] && !s.endsWith('.0.0')) ?? first;
}

/**
 * Reply code and enhanced status found in a diagnostic text. A success status (2.x.x) counts
 * only beside a success reply ("250 2.0.0"): in prose a 2.x.x is far more often a version.
 */
export function codesIn(text: string): { replyCode?: number; status?: string } {
  const both = REPLY_AND_STATUS.exec(text);
  const reply = both ? Number(both[1]) : Number(REPLY_CODE.exec(text)?.[1] ?? NaN);
  const replyCode = Number.isNaN(reply) ? undefined : reply;
  const statuses = statusesIn(text).filter(
    (s) => s[0] !== '2' || (replyCode !== undefined && replyCode < 300),
  );
  let status = mostSpecific(statuses);
  // The status paired with the reply code leads, unless it is the generic one.
  if (both && statuses.includes(both[2]!) && !both[2]!.endsWith('.0.0')) status = both[2];
  return { replyCode, status };
}
