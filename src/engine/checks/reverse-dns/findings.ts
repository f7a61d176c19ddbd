/** What the reverse-DNS check says about each thing it found, with fixes. */
import type { DnsRecordSuggestion } from '../types.ts';
import type { Item } from '../items.ts';
import type { IpAddress } from '../ip.ts';
import type { ReverseDnsDetails } from './details.ts';

const GMAIL = 'https://support.google.com/mail/answer/81126';
const OUTLOOK = 'https://substrate.office.com/ip-domain-management-snds/Postmaster/Troubleshooting';
const RFC5321_HELO = 'https://www.rfc-editor.org/rfc/rfc5321#section-4.1.4';
const WHO =
  'PTR records live in the zone of whoever owns the IP range (your hosting provider or ISP), not in your own DNS: ask them';

export function reverseItems(
  ip: IpAddress,
  ptrName: string,
  details: ReverseDnsDetails,
  fromDomain?: string,
): Item[] {
  const items: Item[] = [];
  const names = details.ptr?.names ?? [];
  const heloName =
    details.helo && details.helo.status !== 'ip-literal' && details.helo.status !== 'not-fqdn'
      ? details.helo.helo
      : undefined;
  const suggested =
    heloName ?? (fromDomain ? `mail.${fromDomain.toLowerCase()}` : 'mail.example.com');
  const forwardType = ip.version === 4 ? 'A' : 'AAAA';
  const ptrRecord: DnsRecordSuggestion = { name: ptrName, type: 'PTR', value: `${suggested}.` };
  const forwardRecord = (name: string): DnsRecordSuggestion => ({
    name,
    type: forwardType,
    value: ip.text,
  });

  switch (details.iprev) {
    case 'permerror':
      items.push({
        verdict: 'fail',
        text: 'Gmail, Yahoo, Apple and others refuse or distrust mail from an IP without one.',
        fixes: [
          {
            text: `${WHO} to set the PTR of ${ip.text} to your mail server's name, e.g. ${suggested}.`,
            record: ptrRecord,
            links: [{ label: 'Gmail sender guidelines', url: GMAIL }],
          },
          { text: `Make that name resolve back to ${ip.text}.`, record: forwardRecord(suggested) },
        ],
      });
      break;
    case 'fail':
      items.push({
        verdict: 'fail',
        text: 'Receivers that require forward-confirmed reverse DNS will refuse or distrust this sender.',
        fixes: [
          {
            text: `Publish an ${forwardType} record so ${names[0] ?? suggested} resolves to ${ip.text} (or change the PTR to a name that does).`,
            record: forwardRecord(names[0] ?? suggested),
            links: [{ label: 'Gmail sender guidelines', url: GMAIL }],
          },
        ],
      });
      break;
    case 'temperror': {
      const failed = details.forward.find((check) => check.status === 'error');
      if (failed)
        items.push({
          verdict: 'unknown',
          text: `Could not look up ${failed.name}.`,
          unknownReason: failed.unknownReason,
          manualCheck: failed.manualCheck,
        });
      break;
    }
    default:
      break;
  }
  const total = details.ptr?.total ?? 0;
  if (total > 1) {
    const unfollowed =
      details.ptr && details.ptr.notFollowed > 0
        ? ` (only the first ${total - details.ptr.notFollowed} were followed)`
        : '';
    items.push({
      verdict: 'warn',
      text: `${ip.text} has ${total} PTR names${unfollowed}; many receivers look at one only, so keep a single PTR.`,
      fixes: [
        {
          text: `${WHO} to leave one PTR record for ${ip.text}.`,
          record: {
            name: ptrName,
            type: 'PTR',
            value: `${names.find((n) => n === heloName) ?? names[0] ?? suggested}.`,
          },
        },
      ],
    });
  }
  for (const { name, signs } of details.generic) {
    items.push({
      verdict: 'warn',
      text: `The PTR name ${name} looks generic (${signs.map((s) => s.label).join(', ')}): receivers treat such IPs as home or throwaway connections.`,
      fixes: [
        {
          text: `${WHO} for a PTR under your own domain, e.g. ${suggested}, or send through your provider's mail server (smarthost).`,
          record: ptrRecord,
          links: [
            { label: 'Outlook.com DY-001', url: OUTLOOK },
            ...signs.slice(0, 1).map((s) => ({ label: 'Generic naming', url: s.source })),
          ],
        },
      ],
    });
  }
  items.push(...heloItems(ip, details));
  return items;
}

function heloItems(ip: IpAddress, details: ReverseDnsDetails): Item[] {
  const helo = details.helo;
  if (!helo) return [];
  const link = [{ label: 'RFC 5321 s4.1.4', url: RFC5321_HELO }];
  const ptr = details.ptr?.names[0];
  switch (helo.status) {
    case 'matches-ptr':
      return [];
    case 'unknown':
      return [
        {
          verdict: 'unknown',
          text: `Could not look up the HELO name ${helo.helo}.`,
          unknownReason: helo.unknownReason,
          manualCheck: helo.manualCheck,
        },
      ];
    case 'ip-literal':
      return [
        {
          verdict: 'warn',
          text: `The server says HELO with an IP (${helo.helo}) instead of its name; many receivers distrust that.`,
          fixes: [
            {
              text: `Configure the sending server to say HELO with its name${ptr ? `, e.g. ${ptr}` : ''}.`,
              links: link,
            },
          ],
        },
      ];
    case 'not-fqdn':
      return [
        {
          verdict: 'warn',
          text: `The HELO name ${helo.helo} is not a fully-qualified domain name; Postfix, for one, answers "504 need fully-qualified hostname".`,
          fixes: [
            {
              text: `Configure the sending server to say HELO with a full name${ptr ? ` such as ${ptr}` : ''}.`,
              links: link,
            },
          ],
        },
      ];
    case 'resolves-to-ip':
      return [
        {
          verdict: 'warn',
          text: `The HELO name ${helo.helo} resolves to ${ip.text} but differs from the PTR name${ptr ? ` ${ptr}` : ''}; some receivers want them to match.`,
          fixes: [
            { text: `Use one name for both${ptr ? `: say HELO as ${ptr}` : ''}.`, links: link },
          ],
        },
      ];
    case 'elsewhere':
      return [
        {
          verdict: 'warn',
          text: `The HELO name ${helo.helo} does not resolve to ${ip.text}.`,
          fixes: [
            {
              text: `Say HELO with a name that resolves to ${ip.text}${ptr ? `, e.g. ${ptr}` : ''}.`,
              links: link,
            },
          ],
        },
      ];
  }
}
