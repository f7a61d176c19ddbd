/**
 * The MTA-STS policy file, https://mta-sts.<domain>/.well-known/mta-sts.txt (RFC 8461 s3.2):
 * "key: value" lines separated by LF or CRLF.
 *   version: STSv1                      required once
 *   mode: enforce | testing | none      required once
 *   max_age: <seconds>                  required once, at most 31557600 (about a year)
 *   mx: <host or *.domain>              at least once, unless mode is none
 * Other keys are extensions and ignored.
 */
import { isMxPattern } from './mx-pattern.ts';

export type StsMode = 'enforce' | 'testing' | 'none';

export interface StsPolicy {
  version?: string;
  mode?: StsMode;
  maxAge?: number;
  mx: string[];
  /** Problems that make senders discard the policy. */
  errors: string[];
  /** Things worth fixing that do not invalidate it. */
  warnings: string[];
}

export const RFC8461_POLICY = 'https://www.rfc-editor.org/rfc/rfc8461#section-3.2';
/** RFC 8461 s3.3 lets senders limit the body size; 64 KiB is far beyond any real policy. */
export const MAX_POLICY_BYTES = 64 * 1024;
export const MAX_MAX_AGE = 31_557_600;
const MAX_MX_LINES = 100;
const KEY = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;

export function parseStsPolicy(text: string): StsPolicy {
  const policy: StsPolicy = { mx: [], errors: [], warnings: [] };
  if (text.length > MAX_POLICY_BYTES) {
    policy.errors.push(`The policy is larger than ${MAX_POLICY_BYTES / 1024} KiB; not parsed.`);
    return policy;
  }
  const seen = new Set<string>();
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/[ \t]+$/, '');
    if (line === '') continue;
    const colon = line.indexOf(':');
    const key = colon < 0 ? '' : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^[ \t]+/, '');
    if (!KEY.test(key)) {
      policy.warnings.push(`Line ${index + 1} is not "key: value" and is ignored.`);
      continue;
    }
    if (key === 'mx') {
      if (!isMxPattern(value))
        policy.errors.push(`mx: "${value.slice(0, 80)}" is not a host name or *.domain pattern.`);
      else if (policy.mx.length < MAX_MX_LINES)
        policy.mx.push(value.toLowerCase().replace(/\.$/, ''));
      continue;
    }
    if (key !== 'version' && key !== 'mode' && key !== 'max_age') continue;
    if (seen.has(key)) {
      policy.errors.push(`${key} appears more than once.`);
      continue;
    }
    seen.add(key);
    readField(policy, key, value);
  }
  if (policy.version === undefined && !seen.has('version'))
    policy.errors.push('version: STSv1 is missing.');
  if (policy.mode === undefined && !seen.has('mode')) policy.errors.push('mode: is missing.');
  if (policy.maxAge === undefined && !seen.has('max_age'))
    policy.errors.push('max_age: is missing.');
  if (policy.mx.length === 0 && policy.mode !== 'none')
    policy.errors.push('No mx: line: the policy allows no mail server.');
  return policy;
}

function readField(policy: StsPolicy, key: 'version' | 'mode' | 'max_age', value: string): void {
  switch (key) {
    case 'version':
      if (value === 'STSv1') policy.version = value;
      else policy.errors.push(`version: ${value.slice(0, 40)} is not STSv1.`);
      return;
    case 'mode':
      if (value === 'enforce' || value === 'testing' || value === 'none') policy.mode = value;
      else policy.errors.push(`mode: ${value.slice(0, 40)} is not enforce, testing or none.`);
      return;
    case 'max_age': {
      if (!/^\d{1,10}$/.test(value)) {
        policy.errors.push(`max_age: ${value.slice(0, 40)} is not a number of seconds.`);
        return;
      }
      policy.maxAge = Number(value);
      if (policy.maxAge > MAX_MAX_AGE)
        policy.warnings.push(
          `max_age ${value} is over the limit of ${MAX_MAX_AGE} seconds (about a year); senders will cap it.`,
        );
      else if (policy.maxAge < 86_400)
        policy.warnings.push(
          `max_age ${value} is under a day; RFC 8461 expects weeks, so the policy protects little.`,
        );
      return;
    }
  }
}
