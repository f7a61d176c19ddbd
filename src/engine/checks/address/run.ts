/**
 * The address check: is the failed recipient a well-formed address, is its domain a likely typo
 * of a big mailbox provider, and can that domain receive mail at all?
 */
import type { CheckContext, CheckResult } from '../types.ts';
import { lookups } from '../../dns/settle.ts';
import { headlineOf, type Item } from '../items.ts';
import { mxItems, syntaxItems, typoItem } from './findings.ts';
import { evaluateMx, type MxEvaluation } from './mx.ts';
import { recogniseMailProvider, type MailProviderMatch } from './recognise-provider.ts';
import { parseAddress, type ParsedAddress } from './syntax.ts';
import { suggestDomainTypo, type DomainTypo } from './typos.ts';

export interface AddressDetails {
  address: ParsedAddress;
  typo?: DomainTypo;
  mx?: MxEvaluation;
  /** Who receives mail for the domain, from its MX host names. */
  provider?: MailProviderMatch;
}

// Worst first: a trustworthy failure outranks "could not tell", which outranks a warning.

export async function run(ctx: CheckContext): Promise<CheckResult<AddressDetails>> {
  const log = lookups(ctx.resolver, { signal: ctx.signal });
  const recipient = ctx.sender.recipient?.trim() ?? '';
  if (recipient === '') {
    return {
      id: 'address',
      title: 'Recipient address',
      verdict: 'unknown',
      finding: 'The bounce does not say which address failed.',
      unknownReason: 'No recipient address is known.',
      manualCheck:
        'Find the failed address in the bounce (Final-Recipient or the first lines) and enter it.',
      fixes: [],
      queries: log.queries,
    };
  }

  const address = parseAddress(recipient);
  const typoInput =
    address.asciiDomain ??
    (/^[\x21-\x7e]+$/.test(address.domain ?? '') ? address.domain?.toLowerCase() : undefined);
  const typo = typoInput ? suggestDomainTypo(typoInput) : undefined;
  const mx = address.asciiDomain ? await evaluateMx(address.asciiDomain, log) : undefined;
  const provider = mx
    ? recogniseMailProvider(mx.records.map((record) => record.exchange))
    : undefined;

  const items: Item[] = [
    ...syntaxItems(address),
    ...(typo ? [typoItem(address, typo)] : []),
    ...(mx && address.asciiDomain ? mxItems(address.asciiDomain, mx) : []),
  ];
  const details: AddressDetails = { address, typo, mx, provider };
  const { verdict, headline, unknown, fixes } = headlineOf(items);
  return {
    id: 'address',
    title: `Recipient address ${address.input}`,
    verdict,
    finding: headline?.text ?? passFinding(address, mx, provider),
    ...unknown,
    fixes,
    queries: log.queries,
    details,
  };
}

function passFinding(
  address: ParsedAddress,
  mx: MxEvaluation | undefined,
  provider: MailProviderMatch | undefined,
): string {
  const domain = address.asciiDomain ?? address.domain ?? '';
  if (address.addressLiteral) return `${address.input} is well-formed.`;
  const hosts = (mx?.hosts ?? []).filter((host) => host.status === 'ok').map((host) => host.host);
  const by = provider ? `, run by ${provider.name}` : '';
  const skipped = (mx?.hosts ?? []).filter((host) => host.status === 'unknown').length;
  const capped =
    mx && mx.hostsNotChecked > 0 ? `; looked up only the first ${mx.hosts.length} MX hosts` : '';
  const note = (skipped > 0 ? `; ${skipped} other MX host(s) could not be checked` : '') + capped;
  return `${address.input} is well-formed and ${domain} accepts mail at ${hosts.slice(0, 3).join(', ')}${by}${note}.`;
}
