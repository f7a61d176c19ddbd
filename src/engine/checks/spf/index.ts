/**
 * The SPF check (RFC 7208) for the message's sender: check_host() for the sending IP, plus a
 * look at the published record for advice. Public surface of src/engine/checks/spf.
 */
import { lookups } from '../../dns/settle.ts';
import type { CheckContext, CheckResult, SenderDetails } from '../types.ts';
import { adviseOn } from './advice.ts';
import { evaluateHost } from './check-host.ts';
import { initialDomain } from './domain-name.ts';
import { inspectSpf } from './inspect.ts';
import { parseClientIp } from '../ip.ts';
import { spfReport, type SpfDetails } from './report.ts';

export { checkHost, spfSubject } from './check-host.ts';
export type { SpfDetails } from './report.ts';
export type * from './types.ts';

/** The domain of "user@domain", also when written "Name <user@domain>". */
const domainOf = (address?: string) => {
  const bare = address?.trim().replace(/^.*<([^>]*)>.*$/, '$1');
  const at = bare?.lastIndexOf('@') ?? -1;
  return at >= 0 ? bare?.slice(at + 1) : undefined;
};

/** s2.4: the MAIL FROM domain; the From domain when the envelope is not known. */
export function spfDomain(sender: SenderDetails): string | undefined {
  return (
    sender.envelopeDomain ||
    domainOf(sender.envelopeAddress) ||
    sender.fromDomain ||
    domainOf(sender.fromAddress)
  );
}

export async function run(ctx: CheckContext): Promise<CheckResult<SpfDetails>> {
  const raw = spfDomain(ctx.sender);
  const domain = raw ? initialDomain(raw) : undefined;
  if (!domain) {
    return {
      id: 'spf',
      title: 'SPF',
      verdict: 'unknown',
      finding: raw
        ? `"${raw}" is not a domain SPF can be checked for.`
        : 'No sender domain is known.',
      unknownReason: raw
        ? `"${raw}" is not a valid multi-label domain name (RFC 7208 s4.3).`
        : 'The bounce does not show the envelope sender or From address.',
      manualCheck:
        'Find the Return-Path of the bounced message, then run: dig +short TXT <its domain>',
      fixes: [],
      queries: [],
      details: { domain: raw ?? '', advice: [] },
    };
  }
  // Read once: the evaluation, the advice and the report all take these as they are.
  const ip = ctx.sender.sendingIp ? parseClientIp(ctx.sender.sendingIp) : undefined;
  const envelope = ctx.sender.envelopeAddress;
  const sender =
    envelope && domainOf(envelope)?.toLowerCase() === domain.toLowerCase()
      ? envelope
      : `postmaster@${domain}`;
  const dns = lookups(ctx.resolver, { signal: ctx.signal });
  const [evaluation, inspection] = await Promise.all([
    ip
      ? evaluateHost({
          ip,
          domain,
          sender,
          helo: ctx.sender.helo,
          resolver: ctx.resolver,
          dns,
          now: ctx.now,
        })
      : Promise.resolve(undefined),
    inspectSpf(dns, domain),
  ]).finally(() => dns.close());
  const advice = adviseOn(domain, inspection, ip);
  const unusableIp = ctx.sender.sendingIp && !ip ? ctx.sender.sendingIp : undefined;
  return spfReport({
    domain,
    ip,
    unusableIp,
    evaluation,
    inspection,
    advice,
    queries: dns.queries,
  });
}
