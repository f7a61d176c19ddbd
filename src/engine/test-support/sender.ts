/**
 * A realistic sender as a literal zone (src/engine/dns/zone.ts format), for the fault-matrix
 * test, the CLI test and `npm run bench:dns`; not used by the app. Every check has something
 * real to look at:
 *
 * - example.com sends through an ESP. SPF nests include: three deep, each level one TXT
 *   lookup, and the deepest level authorises its `a` and `mx` hosts; the sending IP is one
 *   address of the second MX host (a pool name, not the IP's PTR or HELO name), so
 *   check_host() must go all the way down (TXT x4, MX, A) to say pass;
 * - DMARC p=reject with aggregate reports to another organisation, which authorises them
 *   (RFC 7489 s7.1); a DKIM key at the selector (the caller brings the key: the engine does
 *   not generate keys);
 * - the IP has a PTR whose name resolves back to it (FCrDNS), which is also the HELO name;
 * - every blocklist answers its RFC 5782 s5 self-test and has nothing else listed (NXDOMAIN);
 * - the recipient's domain has two MX hosts, MTA-STS (TXT; the policy file is POLICY below)
 *   and TLS-RPT.
 */
import { BLOCKLISTS } from '../checks/blocklists/registry.ts';
import { selfTestKeys, keyLabels } from '../checks/blocklists/query-names.ts';
import type { Zone } from '../dns/zone.ts';
import type { SenderDetails } from '../checks/types.ts';

export const SENDER = {
  from: 'news@example.com',
  domain: 'example.com',
  ip: '81.2.69.142',
  helo: 'o7.out.esp.example.net',
  selector: 'sel2048',
  recipient: 'alice@example.org',
} as const;

/** The MTA-STS policy file of the recipient's domain (served by the caller's fetchText). */
export const POLICY = [
  'version: STSv1',
  'mode: enforce',
  'mx: mx1.example.org',
  'mx: mx2.example.org',
  'max_age: 604800',
].join('\n');

export const POLICY_URL = 'https://mta-sts.example.org/.well-known/mta-sts.txt';

export function senderDetails(): SenderDetails {
  return {
    fromAddress: SENDER.from,
    fromDomain: SENDER.domain,
    envelopeAddress: SENDER.from,
    envelopeDomain: SENDER.domain,
    sendingIp: SENDER.ip,
    helo: SENDER.helo,
    dkim: [{ domain: SENDER.domain, selector: SENDER.selector }],
    recipient: SENDER.recipient,
  };
}

/** RFC 1035 s3.3.14: one TXT character-string holds at most 255 octets. */
function strings(text: string): string[] {
  const parts: string[] = [];
  for (let at = 0; at < text.length; at += 255) parts.push(text.slice(at, at + 255));
  return parts;
}

/** Every default blocklist's test entry, answering as RFC 5782 s5 asks. */
function blocklistSelfTests(): Zone {
  const zone: Zone = {};
  for (const list of BLOCKLISTS) {
    for (const type of list.keys) {
      const { listed } = selfTestKeys(list, type);
      zone[`${keyLabels(listed)}.${list.zone}`] = { A: ['127.0.0.2'] };
    }
  }
  return zone;
}

/** The whole zone; `dkimKey` is the base64 of a DER SubjectPublicKeyInfo (an RSA key). */
export function senderZone(dkimKey: string): Zone {
  return {
    'example.com': {
      TXT: ['google-site-verification=8tXq0c1aVvDq', 'v=spf1 include:_spf.example.com -all'],
      A: ['93.184.215.14'],
      MX: [[10, 'mx.example.com']],
    },
    '_spf.example.com': { TXT: ['v=spf1 ip4:192.0.2.0/24 include:_spf.esp.example.net ~all'] },
    '_spf.esp.example.net': { TXT: ['v=spf1 include:_netblocks.esp.example.net ~all'] },
    '_netblocks.esp.example.net': {
      TXT: ['v=spf1 ip4:198.51.100.0/24 a mx ~all'],
      A: ['198.51.100.7'],
      MX: [
        [10, 'pool1.esp.example.net'],
        [20, 'pool2.esp.example.net'],
      ],
    },
    'pool1.esp.example.net': { A: ['81.2.69.140'] },
    'pool2.esp.example.net': { A: ['81.2.69.141', SENDER.ip] },
    '142.69.2.81.in-addr.arpa': { PTR: [SENDER.helo] },
    [SENDER.helo]: { A: [SENDER.ip] },
    '_dmarc.example.com': {
      TXT: ['v=DMARC1; p=reject; rua=mailto:dmarc@reports.example.net; adkim=r; aspf=r'],
    },
    'example.com._report._dmarc.reports.example.net': { TXT: ['v=DMARC1'] },
    [`${SENDER.selector}._domainkey.example.com`]: {
      TXT: [strings(`v=DKIM1; k=rsa; p=${dkimKey}`)],
    },
    'example.org': {
      MX: [
        [10, 'mx1.example.org'],
        [20, 'mx2.example.org'],
      ],
    },
    'mx1.example.org': { A: ['192.0.2.25'], AAAA: ['2001:db8::25'] },
    'mx2.example.org': { A: ['192.0.2.26'] },
    '_mta-sts.example.org': { TXT: ['v=STSv1; id=20240101T000000'] },
    '_smtp._tls.example.org': { TXT: ['v=TLSRPTv1; rua=mailto:tlsrpt@example.org'] },
    ...blocklistSelfTests(),
  };
}
