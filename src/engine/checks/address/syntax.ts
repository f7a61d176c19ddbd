/**
 * Address syntax as an SMTP envelope carries it: RFC 5321 s4.1.2 Mailbox (the strict form of
 * RFC 5322 s3.4.1 addr-spec: no comments, no folding, no obsolete forms), with the UTF-8 local
 * parts and U-label domains of RFC 6531 s3.3, and the length limits of RFC 5321 s4.5.3.1.
 */
import { parseIp } from '../ip.ts';
import { checkDomain, type AddressProblem } from './domain.ts';

export type { AddressProblem } from './domain.ts';

export interface ParsedAddress {
  input: string;
  /** No error-level problem. */
  valid: boolean;
  localPart?: string;
  /** The domain as written. */
  domain?: string;
  /** The A-label (punycode) form DNS is asked about; absent for IP literals and bad domains. */
  asciiDomain?: string;
  /** The IP of an address literal such as user@[192.0.2.1]. */
  addressLiteral?: string;
  quotedLocal: boolean;
  utf8Local: boolean;
  problems: AddressProblem[];
}

const RFC5321 = 'https://www.rfc-editor.org/rfc/rfc5321#section-4.1.2';
const RFC5321_LIMITS = 'https://www.rfc-editor.org/rfc/rfc5321#section-4.5.3.1';
const RFC6531 = 'https://www.rfc-editor.org/rfc/rfc6531#section-3.3';
const RFC3696_ERRATA = 'https://www.rfc-editor.org/errata/eid1690';

const MAX_LOCAL = 64;
const MAX_ADDRESS = 254;
// RFC 5321 atext; RFC 6531 adds any non-ASCII UTF-8 character.
const ATOM = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~\u0080-\u{10ffff}]+$/u;
// qtextSMTP (%d32-33 / %d35-91 / %d93-126) plus UTF-8, or a quoted-pair of %d32-126.
const QUOTED_CONTENT = /^(?:[\x20\x21\x23-\x5b\x5d-\x7e\u0080-\u{10ffff}]|\\[\x20-\x7e])*$/u;

const octets = (text: string): number => new TextEncoder().encode(text).length;

export function parseAddress(raw: string): ParsedAddress {
  // Accept "<addr>" and "Name <addr>" as well as a bare address.
  const trimmed = raw.trim();
  const input = (/<([^<>]*)>$/.exec(trimmed)?.[1] ?? trimmed).trim();
  const result: ParsedAddress = {
    input,
    valid: false,
    quotedLocal: false,
    utf8Local: false,
    problems: [],
  };
  const add = (problem: AddressProblem): void => void result.problems.push(problem);
  const fail = (code: string, message: string, source: string): ParsedAddress => {
    add({ code, severity: 'error', message, source });
    return result;
  };

  if (input === '') return fail('empty', 'No address was given.', RFC5321);
  // Anything this long is not an address; stop before doing more work on it.
  if (input.length > MAX_ADDRESS * 4 || octets(input) > MAX_ADDRESS) {
    return fail(
      'address-too-long',
      `The address is longer than ${MAX_ADDRESS} octets.`,
      RFC3696_ERRATA,
    );
  }
  const split = splitAddress(input);
  if (!split) return fail('no-at', 'There is no "@" between a name and a domain.', RFC5321);
  const { local, domain } = split;
  result.localPart = local;
  result.domain = domain;

  checkLocal(local, result, add);
  if (domain.startsWith('[') && domain.endsWith(']')) {
    const ip = parseIp(domain);
    if (!ip)
      return fail('literal-invalid', `${domain} is not a valid IP address literal.`, RFC5321);
    if (ip.version === 6 && !/^\[ipv6:/i.test(domain)) {
      return fail('literal-invalid', 'An IPv6 literal must be written [IPv6:…].', RFC5321);
    }
    result.addressLiteral = ip.text;
    add({
      code: 'address-literal',
      severity: 'warning',
      message: 'The address names a server by IP instead of a domain; most providers refuse these.',
      source: RFC5321,
    });
  } else {
    const checked = checkDomain(domain);
    result.asciiDomain = checked.ascii;
    result.problems.push(...checked.problems);
  }
  // asciiDomain stays set when only the local part is broken: the domain can still be checked.
  result.valid = result.problems.every((problem) => problem.severity !== 'error');
  return result;
}

/** Local part and domain; a quoted local part may itself contain "@". */
function splitAddress(input: string): { local: string; domain: string } | undefined {
  if (input.startsWith('"')) {
    let i = 1;
    while (i < input.length && input[i] !== '"') i += input[i] === '\\' ? 2 : 1;
    if (input[i + 1] !== '@') return undefined;
    return { local: input.slice(0, i + 1), domain: input.slice(i + 2) };
  }
  const at = input.lastIndexOf('@');
  if (at < 0) return undefined;
  return { local: input.slice(0, at), domain: input.slice(at + 1) };
}

function checkLocal(local: string, result: ParsedAddress, add: (p: AddressProblem) => void): void {
  const error = (code: string, message: string, source = RFC5321): void =>
    add({ code, severity: 'error', message, source });
  if (local === '') return error('local-empty', 'There is nothing before the "@".');
  if (octets(local) > MAX_LOCAL) {
    error(
      'local-too-long',
      `The part before "@" is longer than ${MAX_LOCAL} octets.`,
      RFC5321_LIMITS,
    );
  }
  result.utf8Local = /[^\p{ASCII}]/u.test(local);
  if (result.utf8Local) {
    add({
      code: 'utf8-local',
      severity: 'warning',
      message:
        'The name before "@" has non-ASCII letters: every server on the way must support SMTPUTF8.',
      source: RFC6531,
    });
  }
  if (local.startsWith('"')) {
    result.quotedLocal = true;
    const inner = local.slice(1, -1);
    if (local.length < 2 || !local.endsWith('"') || !QUOTED_CONTENT.test(inner)) {
      return error(
        'quoted-invalid',
        'The quoted name before "@" is not closed or holds a character quotes cannot.',
      );
    }
    add({
      code: 'quoted-local',
      severity: 'warning',
      message: 'The name before "@" is in quotes: valid, but many systems refuse such addresses.',
      source: RFC5321,
    });
    return;
  }
  const atoms = local.split('.');
  if (atoms.some((atom) => atom === '')) {
    return error(
      'local-dots',
      'The name before "@" starts or ends with a dot, or has two dots in a row.',
    );
  }
  const bad = atoms.find((atom) => !ATOM.test(atom));
  if (bad !== undefined) {
    const char = [...bad].find((c) => !ATOM.test(c)) ?? bad;
    error(
      'local-chars',
      `The name before "@" contains ${JSON.stringify(char)}, which needs quotes or is not allowed.`,
    );
  }
}
