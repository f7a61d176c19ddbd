/**
 * Problems with a DMARC record's optional, obsolete and unknown tags (RFC 9989 s4.7, s4.8 and
 * Appendix C.5). None stops the record from applying; they are reported so it can be tidied.
 * Missing or invalid p=/sp=/np= are judged in policy.ts, where their effect is decided.
 */
import type { DmarcIssue, DmarcRecord } from './record-types.ts';

const KNOWN = new Set(['v', 'p', 'sp', 'np', 'psd', 't', 'adkim', 'aspf', 'rua', 'ruf', 'fo']);
const OBSOLETE = new Set(['pct', 'rf', 'ri']);
// RFC 9989 s4.8 dmarc-fo: 0 or 1 plus d and/or s, colon-separated.
const FO = /^[01ds](?::[01ds])*$/;

const warn = (code: string, message: string): DmarcIssue => ({ severity: 'warn', code, message });
const info = (code: string, message: string): DmarcIssue => ({ severity: 'info', code, message });

function tagIssues(record: DmarcRecord): DmarcIssue[] {
  const issues: DmarcIssue[] = [];
  for (const { name, value } of record.tags) {
    if (name === 'fo' && !FO.test(value.toLowerCase())) {
      issues.push(warn('fo-invalid', `fo=${value} is not valid (0, 1, d, s separated by ":")`));
    } else if (name === 'fo' && record.ruf.length === 0) {
      issues.push(info('fo-without-ruf', 'fo= does nothing without ruf= (RFC 9989 s4.7)'));
    } else if (name === 'pct' && record.pct !== undefined && record.pct < 100) {
      const text = `pct=${value}: RFC 7489 receivers apply the policy to only ${record.pct}% of failing mail; RFC 9989 removed pct (use t=y to test)`;
      issues.push(warn('pct-partial', text));
    } else if (OBSOLETE.has(name)) {
      issues.push(
        info(
          `${name}-obsolete`,
          `${name}= was removed in RFC 9989; RFC 7489 receivers may still read it`,
        ),
      );
    } else if (!KNOWN.has(name)) {
      issues.push(info('unknown-tag', `unknown tag ${name}= is ignored`));
    }
  }
  return issues;
}

function uriIssues(record: DmarcRecord): DmarcIssue[] {
  const issues: DmarcIssue[] = [];
  for (const [kind, uris] of [
    ['rua', record.rua],
    ['ruf', record.ruf],
  ] as const) {
    for (const uri of uris) {
      if (uri.problem) issues.push(warn(`${kind}-uri`, `${kind}: ${uri.problem}`));
      if (uri.sizeLimit) {
        issues.push(
          info(
            'uri-size',
            `the "!${uri.sizeLimit}" size limit in ${kind}= is obsolete and ignored`,
          ),
        );
      }
    }
  }
  return issues;
}

export function recordIssues(record: DmarcRecord): DmarcIssue[] {
  const issues = [...tagIssues(record), ...uriIssues(record)];
  // RFC 7489 s6.4's grammar put p right after v; RFC 9989 s4.7 dropped that ordering rule.
  if (record.tags[1] && record.tags[1].name !== 'p' && record.p) {
    issues.push(
      info('p-not-second', 'p= does not directly follow v=; some RFC 7489 receivers expect that'),
    );
  }
  if (record.testing) {
    issues.push(
      warn('testing', 't=y: testing mode, receivers apply one policy level weaker (RFC 9989 s4.7)'),
    );
  }
  return issues;
}
