/**
 * What the address check says about each thing it looked at: one item per finding, each with its
 * own verdict and fixes. run.ts picks the worst for the headline.
 */
import type { Item } from '../items.ts';
import type { MxEvaluation, MxHostCheck } from './mx.ts';
import type { ParsedAddress } from './syntax.ts';
import type { DomainTypo } from './typos.ts';

const RFC7505 = 'https://www.rfc-editor.org/rfc/rfc7505';
const RFC5321_MX = 'https://www.rfc-editor.org/rfc/rfc5321#section-5.1';
const RFC2181_MX = 'https://www.rfc-editor.org/rfc/rfc2181#section-10.3';

export function syntaxItems(address: ParsedAddress): Item[] {
  const errors = address.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    const first = errors[0];
    return [
      {
        verdict: 'fail',
        text: `"${address.input}" is not a valid address: ${first?.message ?? ''}`,
        fixes: [
          {
            text: 'Check the address with the recipient and send again.',
            links: [...new Set(errors.map((e) => e.source))].map((url) => ({
              label: sourceLabel(url),
              url,
            })),
          },
        ],
      },
    ];
  }
  return address.problems
    .filter((problem) => problem.severity === 'warning')
    .map((problem) => ({
      verdict: 'warn' as const,
      text: problem.message,
      fixes: [
        {
          text: 'If the message bounced for this, ask the recipient for a plainer address.',
          links: [{ label: sourceLabel(problem.source), url: problem.source }],
        },
      ],
    }));
}

export function typoItem(address: ParsedAddress, typo: DomainTypo): Item {
  const local = address.localPart ?? '';
  return {
    verdict: 'fail',
    text: `${address.domain ?? ''} looks like a typo of ${typo.suggestion} (${typo.provider}).`,
    fixes: [
      {
        text: `Send to ${local}@${typo.suggestion} instead.`,
        links: [{ label: typo.provider, url: typo.source }],
      },
    ],
  };
}

export function mxItems(domain: string, mx: MxEvaluation): Item[] {
  switch (mx.status) {
    case 'unknown':
      return [
        {
          verdict: 'unknown',
          text: `Could not look up the mail servers of ${domain}.`,
          unknownReason: mx.unknownReason,
          manualCheck: mx.manualCheck,
        },
      ];
    case 'nxdomain':
      return [
        {
          verdict: 'fail',
          text: `${domain} does not exist.`,
          fixes: [{ text: `Check the spelling of "${domain}" with the recipient.` }],
        },
      ];
    case 'no-mail':
      return [
        {
          verdict: 'fail',
          text: `${domain} has no mail servers (no MX record and no address).`,
          fixes: [
            {
              text: `If ${domain} is yours, publish an MX record that names your mail server.`,
              links: [{ label: 'RFC 5321 s5.1', url: RFC5321_MX }],
            },
          ],
        },
      ];
    case 'null-mx':
      return [
        {
          verdict: 'fail',
          text: `${domain} publishes a null MX: it says it accepts no mail at all.`,
          fixes: [
            {
              text: 'Reach the recipient another way; mail to this domain cannot be delivered.',
              links: [{ label: 'RFC 7505', url: RFC7505 }],
            },
          ],
        },
      ];
    case 'implicit':
      return [
        {
          verdict: 'warn',
          text: `${domain} has no MX record; senders fall back to its address (${(mx.implicitAddresses ?? []).join(', ')}), and some refuse to.`,
          fixes: [
            {
              text: `Publish an MX record so senders need not guess (RFC 5321 s5.1).`,
              record: { name: domain, type: 'MX', value: `10 ${domain}.` },
              links: [{ label: 'RFC 5321 s5.1', url: RFC5321_MX }],
            },
          ],
        },
      ];
    case 'mx':
      return hostItems(domain, mx);
  }
}

function hostItems(domain: string, mx: MxEvaluation): Item[] {
  const items: Item[] = [];
  const usable = mx.hosts.filter((host) => host.status === 'ok');
  if (mx.nullMxMixed) {
    items.push({
      verdict: 'warn',
      text: `${domain} publishes a null MX next to real MX records; RFC 7505 forbids that and senders may refuse the domain.`,
      fixes: [
        {
          text: 'Remove the "0 ." MX record if the domain should receive mail.',
          links: [{ label: 'RFC 7505 s3', url: RFC7505 }],
        },
      ],
    });
  }
  const unknownHosts = mx.hosts.filter((host) => host.status === 'unknown');
  const deadHosts = mx.hosts.filter((host) => host.status === 'no-address');
  if (usable.length === 0 && unknownHosts.length > 0) {
    const first = unknownHosts[0];
    items.push({
      verdict: 'unknown',
      text: `Could not resolve the mail servers of ${domain}.`,
      unknownReason: first?.unknownReason,
      manualCheck: first?.manualCheck,
    });
  }
  if (deadHosts.length > 0) {
    // Only a complete look says "none": hosts past the lookup cap might still work.
    const none =
      usable.length === 0 &&
      unknownHosts.length === 0 &&
      mx.hostsNotChecked === 0 &&
      mx.hosts.every((h) => h.status !== 'ip-literal');
    const capped =
      mx.hostsNotChecked > 0
        ? ` (looked up only the first ${mx.hosts.length} of ${mx.hosts.length + mx.hostsNotChecked})`
        : '';
    items.push({
      verdict: none ? 'fail' : 'warn',
      text: none
        ? `None of the mail servers of ${domain} resolve: ${names(deadHosts)}.`
        : `Some mail servers of ${domain} do not resolve: ${names(deadHosts)}${capped}.`,
      fixes: deadHosts.map((host) => ({
        text: `Publish an A or AAAA record for ${host.host}, or remove it from the MX records of ${domain}.`,
      })),
    });
  }
  for (const host of mx.hosts.filter((h) => h.status === 'ip-literal')) {
    items.push({
      verdict: 'warn',
      text: `An MX record of ${domain} names an IP (${host.host}) instead of a host name; many senders cannot use it.`,
      fixes: [
        {
          text: `Give the server a name: publish an A record for it...`,
          record: { name: `mail.${domain}`, type: 'A', value: host.host },
        },
        {
          text: '...and point the MX at that name.',
          record: { name: domain, type: 'MX', value: `${host.preference} mail.${domain}.` },
          links: [{ label: 'RFC 2181 s10.3', url: RFC2181_MX }],
        },
      ],
    });
  }
  for (const host of mx.hosts.filter((h) => h.cnameTarget !== undefined)) {
    items.push({
      verdict: 'warn',
      text: `The MX host ${host.host} is an alias (CNAME) for ${host.cnameTarget ?? ''}; MX records must name the real host.`,
      fixes: [
        {
          text: `Point the MX at ${host.cnameTarget ?? ''} directly.`,
          record: {
            name: domain,
            type: 'MX',
            value: `${host.preference} ${host.cnameTarget ?? ''}.`,
          },
          links: [{ label: 'RFC 2181 s10.3', url: RFC2181_MX }],
        },
      ],
    });
  }
  return items;
}

const names = (hosts: MxHostCheck[]): string =>
  hosts
    .slice(0, 5)
    .map((host) => host.host)
    .join(', ') + (hosts.length > 5 ? ` and ${hosts.length - 5} more` : '');

/** "RFC 5321 s4.1.2" for an rfc-editor link, "Erratum 1690" for an erratum. */
function sourceLabel(url: string): string {
  const rfc = /rfc(\d+)(?:#section-([\d.]+))?/.exec(url);
  if (rfc) return `RFC ${rfc[1] ?? ''}${rfc[2] ? ` s${rfc[2]}` : ''}`;
  const erratum = /eid(\d+)/.exec(url);
  return erratum ? `RFC erratum ${erratum[1] ?? ''}` : 'Reference';
}
