/**
 * Turn the selector probes into one verdict. Rules:
 * - any lookup error -> unknown (the picture is incomplete, STYLE.md habit 5);
 * - selectors from the message: a missing, revoked or broken key there -> fail;
 * - guessed selectors: no key found -> unknown (selectors cannot be listed, so absence is not
 *   proof); revoked keys at guessed names are old keys, reported for information only.
 */
import type { Fix, Judgement, Verdict } from '../types.ts';
import type { KeyIssue } from './assess-key.ts';
import { fixesFor, missingKeyFix, multipleRecordsFix } from './fixes.ts';
import type { SelectorProbe } from './probe.ts';

type ProbeLevelIssue =
  | { severity: 'fail'; code: 'no-key'; message: string }
  | { severity: 'fail'; code: 'multiple-records'; message: string };

export interface ProbeIssue {
  probe: SelectorProbe;
  issue: KeyIssue | ProbeLevelIssue;
}

function issuesOf(probe: SelectorProbe, rsaDomains: ReadonlySet<string>): ProbeIssue[] {
  const fromMessage = probe.source === 'message';
  if (probe.outcome === 'absent' && fromMessage) {
    const message = `the message names selector "${probe.selector}" but no key is published there`;
    return [{ probe, issue: { severity: 'fail', code: 'no-key', message } }];
  }
  if (probe.outcome === 'multiple') {
    const message = `${probe.records.length} TXT records at one selector; the result is undefined (RFC 6376 s3.6.2.2)`;
    return [{ probe, issue: { severity: 'fail', code: 'multiple-records', message } }];
  }
  return (probe.key?.issues ?? [])
    .filter((i) => !(i.code === 'ed25519-needs-rsa' && rsaDomains.has(probe.domain)))
    .map((i) => (i.code === 'revoked' && !fromMessage ? { ...i, severity: 'info' as const } : i))
    .map((issue) => ({ probe, issue }));
}

function describeKey(probe: SelectorProbe): string {
  const key = probe.key;
  const kind = key?.keyType === 'ed25519' ? 'Ed25519' : `RSA ${key?.bits ?? '?'}-bit`;
  return `${probe.selector} (${kind})`;
}

function fixFor({ probe, issue }: ProbeIssue): Fix[] {
  if (issue.code === 'no-key') return [missingKeyFix(probe)];
  if (issue.code === 'multiple-records') return [multipleRecordsFix(probe)];
  return fixesFor(probe, [issue]);
}

export function judge(mode: 'message' | 'guessed', probes: SelectorProbe[]): Judgement {
  const active = probes.filter((p) => p.outcome === 'key' && p.key?.status === 'active');
  const rsaDomains = new Set(active.filter((p) => p.key?.keyType === 'rsa').map((p) => p.domain));
  const items = probes.flatMap((p) => issuesOf(p, rsaDomains));
  const fails = items.filter((i) => i.issue.severity === 'fail');
  const warns = items.filter((i) => i.issue.severity === 'warn');
  const fixes = [...fails, ...warns].flatMap(fixFor);
  const worst = fails[0] ?? warns[0];
  const worstText = worst ? `${worst.probe.name}: ${worst.issue.message}` : undefined;
  const errors = probes.filter((p) => p.outcome === 'error');
  const firstError = errors[0];
  if (firstError) {
    const reason = `${errors.length} of ${probes.length} key lookups failed (${firstError.name}: ${firstError.error?.kind ?? 'error'})`;
    return {
      verdict: 'unknown',
      finding: worstText
        ? `${reason}; also found ${worstText}`
        : `Could not finish the DKIM lookups: ${reason}.`,
      unknownReason: reason,
      manualCheck: `dig +short TXT ${firstError.name}`,
      fixes,
    };
  }
  if (mode === 'guessed' && active.length === 0) {
    const revoked = probes.filter((p) => p.key?.status === 'revoked').map((p) => p.selector);
    const seen = revoked.length > 0 ? ` Revoked keys found at: ${revoked.join(', ')}.` : '';
    const reason = `No DKIM key at the ${probes.length} common selectors we tried; selectors cannot be listed, so the domain may sign with another one.${seen}`;
    return {
      verdict: 'unknown',
      finding: worstText ?? reason,
      unknownReason: reason,
      manualCheck:
        'Open the headers of a message you sent, find DKIM-Signature, read s= (selector) and d= (domain), then run: dig +short TXT <s>._domainkey.<d>',
      fixes,
    };
  }
  const verdict: Verdict = fails.length > 0 ? 'fail' : warns.length > 0 ? 'warn' : 'pass';
  const found = `DKIM key${active.length === 1 ? '' : 's'} found: ${active.map(describeKey).join(', ')}`;
  return { verdict, finding: worstText ?? `${found}; usable.`, fixes };
}
