/**
 * How each kind of need is settled from the other checks' results. Three-valued (Kleene)
 * logic: an unknown sub-check makes the requirement unknown, except where the answer does not
 * depend on it (SPF or DKIM with one of them passing; SPF and DKIM with one of them failing).
 * Needs outside DNS (TLS, spam rate, message format, unsubscribe headers) stay unknown with
 * what would settle them.
 */
import type { CheckResult } from '../types.ts';
import type { DkimDetails } from '../dkim/run.ts';
import type { DmarcDetails } from '../dmarc/run.ts';
import type { ReverseDnsDetails } from '../reverse-dns/details.ts';
import type { SpfDetails } from '../spf/report.ts';
import type { Need } from './requirement.ts';

export type Status = 'pass' | 'fail' | 'unknown';

export interface Settled {
  status: Status;
  reason: string;
  /** Who can settle an unknown: another DNS check, the original message, or the sender's stats. */
  settledBy: 'dns' | 'content' | 'operational';
}

export interface BulkFacts {
  spf?: CheckResult;
  dkim?: CheckResult;
  dmarc?: CheckResult;
  reverseDns?: CheckResult;
  fromDomain?: string;
}

const dns = (status: Status, reason: string): Settled => ({ status, reason, settledBy: 'dns' });

function fromCheck(result: CheckResult | undefined, label: string): Settled {
  if (!result) return dns('unknown', `${label} was not checked`);
  if (result.verdict === 'unknown')
    return dns('unknown', `${label}: ${result.unknownReason ?? 'unknown'}`);
  return dns(result.verdict === 'fail' ? 'fail' : 'pass', `${label}: ${result.finding}`);
}

/**
 * SPF is met only by an SPF pass (RFC 7208 s2.6.3): neutral, softfail and none do not
 * authenticate, even though the SPF check shows them as warnings rather than failures.
 */
function spfSettled(facts: BulkFacts): Settled {
  const { spf } = facts;
  const details = spf?.details as SpfDetails | undefined;
  // A result without details (built by hand) is read by its verdict alone.
  if (!spf || spf.verdict === 'unknown' || !details) return fromCheck(spf, 'SPF');
  const result = details.evaluation?.result;
  if (!result || result === 'temperror') return dns('unknown', `SPF: ${spf.finding}`);
  return dns(result === 'pass' ? 'pass' : 'fail', `SPF: ${spf.finding}`);
}

/** Reverse DNS is met only when the PTR name resolves back to the IP (iprev pass, RFC 8601). */
function reverseDnsSettled(facts: BulkFacts): Settled {
  const { reverseDns } = facts;
  const details = reverseDns?.details as ReverseDnsDetails | undefined;
  if (!reverseDns || reverseDns.verdict === 'unknown' || !details) {
    return fromCheck(reverseDns, 'Reverse DNS');
  }
  const { iprev } = details;
  if (iprev === 'pass') return dns('pass', `Reverse DNS: ${reverseDns.finding}`);
  if (iprev === 'fail' || iprev === 'permerror') {
    return dns('fail', `Reverse DNS: ${reverseDns.finding}`);
  }
  return dns('unknown', `Reverse DNS: ${reverseDns.finding}`);
}

function either(a: Settled, b: Settled): Settled {
  if (a.status === 'pass' || b.status === 'pass') return a.status === 'pass' ? a : b;
  return a.status === 'unknown' ? a : b;
}

function both(a: Settled, b: Settled): Settled {
  if (a.status === 'fail' || b.status === 'fail') return a.status === 'fail' ? a : b;
  return a.status === 'unknown' ? a : b;
}

const dmarcDetails = (r?: CheckResult) => r?.details as DmarcDetails | undefined;

function dmarcRecord(facts: BulkFacts): Settled {
  const { dmarc } = facts;
  const details = dmarcDetails(dmarc);
  if (!dmarc || dmarc.verdict === 'unknown' || !details || !('walk' in details))
    return fromCheck(dmarc, 'DMARC');
  if (details.policy?.usable)
    return dns('pass', `DMARC p=${details.policy.applied.requested} applies`);
  return dns('fail', `DMARC: ${dmarc.finding}`);
}

function dmarcAligned(facts: BulkFacts): Settled {
  const { dmarc } = facts;
  const details = dmarcDetails(dmarc);
  if (!dmarc || dmarc.verdict === 'unknown') return fromCheck(dmarc, 'DMARC');
  const aligned = details?.alignment?.aligned ?? details?.rfc7489?.alignment?.aligned;
  if (aligned === undefined)
    return dns('unknown', 'the bounce does not show the SPF (MAIL FROM) or DKIM (d=) domains');
  return dns(
    aligned ? 'pass' : 'fail',
    aligned
      ? 'the From domain aligns with SPF or DKIM'
      : 'neither the SPF nor the DKIM domain aligns with From',
  );
}

function dkim1024(facts: BulkFacts): Settled {
  const { dkim } = facts;
  const details = dkim?.details as DkimDetails | undefined;
  if (!dkim || dkim.verdict === 'unknown' || !details?.probes) return fromCheck(dkim, 'DKIM');
  const bits = details.probes.flatMap((p) =>
    p.key?.status === 'active' && p.key.keyType === 'rsa' && p.key.bits ? [p.key.bits] : [],
  );
  if (bits.length === 0) return dns('unknown', 'no RSA key was found to measure');
  const smallest = Math.min(...bits);
  return dns(smallest >= 1024 ? 'pass' : 'fail', `smallest RSA key found: ${smallest} bits`);
}

function notProviderDomain(facts: BulkFacts): Settled {
  const from = facts.fromDomain ?? dmarcDetails(facts.dmarc)?.fromDomain;
  if (!from) return dns('unknown', 'the From domain is not known');
  const spoofs = from === 'gmail.com' || from === 'googlemail.com';
  return dns(spoofs ? 'fail' : 'pass', spoofs ? `From is a ${from} address` : `From is ${from}`);
}

const outside = (settledBy: 'content' | 'operational', reason: string): Settled => ({
  status: 'unknown',
  reason,
  settledBy,
});

export const SETTLE: Record<Need, (facts: BulkFacts) => Settled> = {
  'spf-or-dkim': (f) => either(spfSettled(f), fromCheck(f.dkim, 'DKIM')),
  'spf-and-dkim': (f) => both(spfSettled(f), fromCheck(f.dkim, 'DKIM')),
  spf: spfSettled,
  dkim: (f) => fromCheck(f.dkim, 'DKIM'),
  'dkim-1024': dkim1024,
  'dmarc-record': dmarcRecord,
  'dmarc-aligned': dmarcAligned,
  'reverse-dns': reverseDnsSettled,
  'from-not-provider-domain': notProviderDomain,
  tls: () =>
    outside(
      'operational',
      'needs the SMTP session: a 4.7.29/5.7.29 bounce from Gmail means the connection lacked TLS',
    ),
  rfc5322: () => outside('content', 'unknown: needs the original message'),
  'spam-rate': () =>
    outside('operational', 'see the spam rate in Google Postmaster Tools or Yahoo Sender Hub'),
  'one-click-unsubscribe': () =>
    outside(
      'content',
      'unknown: needs the original message (List-Unsubscribe and List-Unsubscribe-Post: List-Unsubscribe=One-Click, RFC 8058)',
    ),
};
