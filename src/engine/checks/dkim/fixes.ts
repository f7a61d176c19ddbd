/**
 * Copy-ready fixes for what the DKIM check found, one builder per problem.
 */
import type { Fix } from '../types.ts';
import type { KeyIssue, KeyIssueCode } from './assess-key.ts';
import type { SelectorProbe } from './probe.ts';
import { formatTagList } from './tag-list.ts';

const PLACEHOLDER_KEY = 'v=DKIM1; k=rsa; p=<public key from your mail provider>';
const DKIM_GUIDE = {
  label: 'RFC 6376 s3.6',
  url: 'https://www.rfc-editor.org/rfc/rfc6376#section-3.6',
};
const KEY_SIZE_GUIDE = { label: 'RFC 8301', url: 'https://www.rfc-editor.org/rfc/rfc8301' };

export function missingKeyFix(probe: SelectorProbe): Fix {
  return {
    text: `Publish the public key for selector "${probe.selector}" at ${probe.name}. Your mail provider shows the exact record (often a CNAME to a key it hosts).`,
    record: { name: probe.name, type: 'TXT', value: PLACEHOLDER_KEY },
    links: [DKIM_GUIDE],
  };
}

export function multipleRecordsFix(probe: SelectorProbe): Fix {
  return {
    text: `Keep exactly one TXT record at ${probe.name} and delete the other ${probe.records.length - 1}: with several, receivers pick one at random (RFC 6376 s3.6.2.2).`,
  };
}

function rotateFix(probe: SelectorProbe, why: string): Fix {
  return {
    text: `${why} Create a 2048-bit RSA key under a new selector, publish it, switch signing to it, then revoke the old selector with the record below. If your provider hosts the key (CNAME), use its 2048-bit option instead.`,
    record: { name: probe.name, type: 'TXT', value: 'v=DKIM1; p=' },
    links: [KEY_SIZE_GUIDE],
  };
}

type Builder = (probe: SelectorProbe, issue: KeyIssue) => Fix | undefined;

const BUILDERS: Partial<Record<KeyIssueCode, Builder>> = {
  malformed: (p) => ({
    text: `Replace the record at ${p.name} with the exact value your mail provider gives.`,
    links: [DKIM_GUIDE],
  }),
  'missing-p': (p) => missingKeyFix(p),
  'bad-base64': (p) => ({
    text: `The key at ${p.name} is damaged (often a line break or quote pasted into it). Copy it again from your mail provider.`,
  }),
  'bad-rsa-key': (p) => ({
    text: `The key at ${p.name} is not a valid RSA public key. Copy it again from your mail provider.`,
  }),
  revoked: (p) => ({
    text: `The message was signed with selector "${p.selector}", whose key is revoked. Make your sender sign with a current selector, or publish the current key at ${p.name}.`,
  }),
  'rsa-below-1024': (p) => rotateFix(p, 'Keys under 1024 bits are treated as unsigned.'),
  'rsa-1024': (p) => rotateFix(p, '1024-bit keys still work but are weak.'),
  'rsa-over-4096': (p) => ({
    text: `Use a 2048-bit key at ${p.name}: receivers need only verify up to 4096 bits.`,
    links: [KEY_SIZE_GUIDE],
  }),
  'sha1-only': (p) => tagFix(p, { h: 'sha256' }, 'Allow SHA-256 (or drop h= entirely):'),
  'not-for-email': (p) =>
    tagFix(p, { s: undefined }, 'Drop the s= restriction so the key can sign email:'),
  testing: (p) => {
    const flags = (p.key?.record?.flags ?? []).filter((f) => f !== 'y');
    return tagFix(
      p,
      { t: flags.length > 0 ? flags.join(':') : undefined },
      'When you are done testing, drop t=y:',
    );
  },
  'unknown-key-type': (p) => ({
    text: `Publish the key at ${p.name} with k=rsa (or k=ed25519 next to an RSA key).`,
  }),
  'ed25519-bad-length': (p) => ({
    text: `For k=ed25519, p= must be the raw 32-byte key in base64 (44 characters), not a SubjectPublicKeyInfo; fix the record at ${p.name}.`,
  }),
  'ed25519-needs-rsa': () => ({
    text: 'Also sign with a 2048-bit RSA key under a second selector, so receivers that verify only RSA see a valid signature.',
  }),
};

function tagFix(
  probe: SelectorProbe,
  changes: Record<string, string | undefined>,
  text: string,
): Fix | undefined {
  const tags = probe.key?.record?.tags;
  if (!tags) return undefined;
  return { text, record: { name: probe.name, type: 'TXT', value: formatTagList(tags, changes) } };
}

export function fixesFor(probe: SelectorProbe, issues: readonly KeyIssue[]): Fix[] {
  return issues.flatMap((issue) => BUILDERS[issue.code]?.(probe, issue) ?? []);
}
