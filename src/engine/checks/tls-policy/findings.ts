/** What the TLS-policy check says about MTA-STS and TLS-RPT, item by item, with fixes. */
import type { Fix } from '../types.ts';
import type { Item } from '../items.ts';
import type { MtaStsDetails } from './mta-sts.ts';
import { RFC8461_POLICY } from './sts-policy.ts';
import { RFC8461_RECORD } from './sts-record.ts';
import { RFC8460 } from './tlsrpt.ts';
import type { TlsRptDetails } from './details.ts';

const RFC8461_MX = 'https://www.rfc-editor.org/rfc/rfc8461#section-4.1';

export function mtaStsItems(domain: string, sts: MtaStsDetails, newId: string): Item[] {
  const txtFix: Fix = {
    text: `Publish exactly one MTA-STS record (change the id whenever the policy changes).`,
    record: { name: `_mta-sts.${domain}`, type: 'TXT', value: `v=STSv1; id=${newId}` },
    links: [{ label: 'RFC 8461 s3.1', url: RFC8461_RECORD }],
  };
  const policyLink = { label: 'Policy file', url: sts.policyUrl ?? '' };
  switch (sts.status) {
    case 'none':
      return [];
    case 'unknown':
      return [
        {
          verdict: 'unknown',
          text: `Could not look up the MTA-STS record of ${domain}.`,
          unknownReason: sts.unknownReason,
          manualCheck: sts.manualCheck,
        },
      ];
    case 'invalid': {
      const what =
        sts.records.length > 1
          ? `${sts.records.length} MTA-STS records (there must be one)`
          : `an invalid MTA-STS record (${sts.record?.problems.join(' ') ?? ''})`;
      return [
        {
          verdict: 'warn',
          text: `${domain} publishes ${what}; senders ignore MTA-STS for it.`,
          fixes: [txtFix],
        },
      ];
    }
    case 'valid':
      return policyItems(domain, sts, txtFix, policyLink);
  }
}

function policyItems(
  domain: string,
  sts: MtaStsDetails,
  txtFix: Fix,
  policyLink: { label: string; url: string },
): Item[] {
  const policy = sts.policy;
  const serveFix: Fix = {
    text: `Serve the policy at ${sts.policyUrl ?? ''} over HTTPS with a valid certificate for mta-sts.${domain}, as text/plain, without redirects.`,
    links: [policyLink, { label: 'RFC 8461 s3.2', url: RFC8461_POLICY }],
  };
  switch (policy?.status) {
    case undefined:
    case 'not-fetched':
    case 'unreachable':
      return [
        {
          verdict: 'unknown',
          text: `${domain} publishes MTA-STS, but its policy file could not be read from here.`,
          unknownReason: sts.unknownReason,
          manualCheck: sts.manualCheck,
          fixes: [{ text: 'Open the policy file by hand.', links: [policyLink] }],
        },
      ];
    case 'http-error':
      return [
        {
          verdict: 'warn',
          text: `${domain} publishes MTA-STS, but its policy file answers ${policy.reason ?? 'an HTTP error'}; senders without a cached copy treat the domain as having no policy.`,
          fixes: [serveFix],
        },
      ];
    case 'invalid':
      return [
        {
          verdict: 'warn',
          text: `The MTA-STS policy of ${domain} is invalid (${policy.parsed?.errors.join(' ') ?? ''}); senders ignore it.`,
          fixes: [serveFix, txtFix],
        },
      ];
    case 'valid':
      return matchItems(domain, sts, txtFix, policyLink);
  }
}

function matchItems(
  domain: string,
  sts: MtaStsDetails,
  txtFix: Fix,
  policyLink: { label: string; url: string },
): Item[] {
  const parsed = sts.policy?.parsed;
  const mode = parsed?.mode ?? 'none';
  const items: Item[] = (parsed?.warnings ?? []).map((warning) => ({
    verdict: 'warn' as const,
    text: `MTA-STS policy: ${warning}`,
    fixes: [
      {
        text: 'Correct the policy file, then change the id in the TXT record.',
        links: [policyLink],
      },
    ],
  }));
  if (mode === 'none') return items;
  if (sts.mxUnknown) {
    return [
      ...items,
      {
        verdict: 'unknown',
        text: `Could not look up the MX hosts of ${domain} to compare with its MTA-STS policy.`,
        unknownReason: sts.mxUnknown.reason,
        manualCheck: sts.mxUnknown.manualCheck,
      },
    ];
  }
  const unmatched = (sts.mx ?? []).filter((match) => match.pattern === undefined);
  if ((sts.mx ?? []).length === 0) {
    return [
      ...items,
      {
        verdict: 'warn',
        text: `${domain} has an MTA-STS policy but no MX records for it to apply to.`,
      },
    ];
  }
  if (unmatched.length === 0) return items;
  const hosts = unmatched.map((match) => match.host);
  const shown =
    hosts.slice(0, 5).join(', ') + (hosts.length > 5 ? ` and ${hosts.length - 5} more` : '');
  const fix: Fix = {
    text: `Add ${hosts
      .slice(0, 5)
      .map((host) => `"mx: ${host}"`)
      .join(', ')} to the policy file (or point MX only at listed hosts), then change the id.`,
    links: [policyLink, { label: 'RFC 8461 s4.1', url: RFC8461_MX }],
  };
  const all = unmatched.length === (sts.mx ?? []).length && (sts.mxNotChecked ?? 0) === 0;
  if (mode === 'enforce') {
    return [
      ...items,
      {
        verdict: all ? 'fail' : 'warn',
        text: all
          ? `No MX host of ${domain} matches its MTA-STS policy (enforce): senders that honour MTA-STS refuse to deliver.`
          : `MX host(s) ${shown} do not match the MTA-STS policy (enforce): compliant senders skip them.`,
        fixes: [fix, txtFix],
      },
    ];
  }
  return [
    ...items,
    {
      verdict: 'warn',
      text: `MX host(s) ${shown} do not match the MTA-STS policy (testing mode: reported, not enforced).`,
      fixes: [fix, txtFix],
    },
  ];
}

export function tlsRptItems(
  domain: string,
  rpt: TlsRptDetails,
  stsMode: string | undefined,
): Item[] {
  const fix: Fix = {
    text: 'Publish one TLS-RPT record so senders report TLS failures to you.',
    record: {
      name: `_smtp._tls.${domain}`,
      type: 'TXT',
      value: `v=TLSRPTv1; rua=mailto:tls-reports@${domain}`,
    },
    links: [{ label: 'RFC 8460 s3', url: RFC8460 }],
  };
  switch (rpt.status) {
    case 'unknown':
      return [
        {
          verdict: 'unknown',
          text: `Could not look up the TLS-RPT record of ${domain}.`,
          unknownReason: rpt.unknownReason,
          manualCheck: rpt.manualCheck,
        },
      ];
    case 'invalid': {
      const what =
        rpt.records.length > 1
          ? `${rpt.records.length} TLS-RPT records (there must be one)`
          : `an invalid TLS-RPT record (${rpt.problems.join(' ')})`;
      return [
        {
          verdict: 'warn',
          text: `${domain} publishes ${what}; senders send it no reports.`,
          fixes: [fix],
        },
      ];
    }
    case 'none':
      // Testing mode exists only to produce reports; without TLS-RPT it does nothing.
      return stsMode === 'testing'
        ? [
            {
              verdict: 'warn',
              text: `${domain} runs MTA-STS in testing mode but publishes no TLS-RPT record, so nobody receives the reports.`,
              fixes: [fix],
            },
          ]
        : [];
    case 'valid':
      return [];
  }
}
