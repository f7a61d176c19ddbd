/**
 * Does a PTR name look generic? Either it spells out the IP ("93-184-216-34.example.net",
 * "34.216.184.93.dyn.example", "5db8d822.example") or it carries one of the keywords of
 * generic-names.ts.
 */
import type { IpAddress } from '../ip.ts';
import { GENERIC_PATTERNS } from './generic-names.ts';

export interface GenericSign {
  id: string;
  label: string;
  /** The part of the name that gave it away. */
  match: string;
  source: string;
}

const DRAFT =
  'https://datatracker.ietf.org/doc/html/draft-msullivan-dnsop-generic-naming-schemes-00';
const MAX_NAME = 255;

/** Ways an ISP writes an address into a host name. */
function spellings(ip: IpAddress): string[] {
  if (ip.version === 4) {
    const octets = ip.bytes.map(String);
    const padded = ip.bytes.map((b) => String(b).padStart(3, '0'));
    const reversed = [...octets].reverse();
    const seps = ['-', '.', '_', 'x'];
    return [
      ...seps.flatMap((sep) => [octets.join(sep), reversed.join(sep)]),
      padded.join(''),
      [...padded].reverse().join(''),
      ip.bytes.map((b) => b.toString(16).padStart(2, '0')).join(''),
    ];
  }
  const groups = Array.from({ length: 8 }, (_, i) =>
    (((ip.bytes[2 * i] ?? 0) << 8) | (ip.bytes[2 * i + 1] ?? 0)).toString(16),
  );
  const full = groups.map((g) => g.padStart(4, '0'));
  return [full.join(''), full.join('-'), groups.join('-'), ip.text.replaceAll(':', '-')].filter(
    (s) => !s.startsWith('-'),
  );
}

export function genericSigns(name: string, ip: IpAddress): GenericSign[] {
  const host = name.toLowerCase().replace(/\.$/, '');
  if (host.length > MAX_NAME) return [];
  const signs: GenericSign[] = [];
  const embedded = spellings(ip).find((spelling) => containsToken(host, spelling));
  if (embedded)
    signs.push({
      id: 'ip-digits',
      label: 'the IP address written into the name',
      match: embedded,
      source: DRAFT,
    });
  for (const row of GENERIC_PATTERNS) {
    const found = row.pattern.exec(host);
    if (found)
      signs.push({
        id: row.id,
        label: row.label,
        match: found[0].replace(/^[.-]|[.-]$/g, ''),
        source: row.source,
      });
  }
  return signs;
}

/**
 * `token` occurs in `host` not glued to more of the same kind of characters on either side:
 * digits for decimal spellings, hex digits for hex ones ("ip-93-184-216-34" yes, "193-184-..." no).
 */
function containsToken(host: string, token: string): boolean {
  const glue = /^[0-9.\-_x]+$/.test(token) ? /[0-9]/ : /[0-9a-f]/;
  let from = host.indexOf(token);
  while (from >= 0) {
    const before = host[from - 1] ?? '';
    const after = host[from + token.length] ?? '';
    if (!glue.test(before) && !glue.test(after)) return true;
    from = host.indexOf(token, from + 1);
  }
  return false;
}
