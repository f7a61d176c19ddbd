/** Exchange Online's TLS failures toward the destination: certificates, MTA-STS, DNSSEC, DANE. */
import { NDR } from './sources.ts';
import type { ProviderRule } from './types.ts';

export const MICROSOFT_RULES_TLS: ProviderRule<'microsoft'>[] = [
  {
    id: 'microsoft-untrusted-root',
    pattern: /untrustedroot/,
    code: 'UntrustedRoot',
    reason: 'failedstarttls',
    actor: 'recipient-admin',
    role: 'reporter',
    meaning: 'The destination server’s TLS certificate is not trusted (UntrustedRoot).',
    source: NDR,
    example: '450 4.4.317 Cannot connect to remote server [Message=UntrustedRoot]',
  },
  // MTA-STS (RFC 8461): the certificate failed the policy, or the MX hosts are not in it.
  {
    id: 'microsoft-mta-sts-certificate',
    pattern: /remote certificate failed mta-sts validation/,
    code: '4.7.5',
    reason: 'failedstarttls',
    actor: 'recipient-admin',
    role: 'reporter',
    meaning: 'The destination server’s certificate does not satisfy its domain’s MTA-STS policy.',
    source: NDR,
    example: '4.7.5 Remote certificate failed MTA-STS validation. Reason: CertificateMismatch',
  },
  {
    id: 'microsoft-mta-sts-mx',
    pattern: /mx hosts of \S+ failed mta-sts validation/,
    code: '5.4.8',
    reason: 'securityerror',
    actor: 'recipient-admin',
    role: 'reporter',
    meaning: 'The domain’s MX hosts are not allowed by its own MTA-STS policy.',
    source: NDR,
    example: '5.4.8 MX hosts of contoso.com failed MTA-STS validation',
  },
  {
    id: 'microsoft-dnssec',
    pattern: /([45]\.7\.324)\b|dnssec-invalid:/,
    code: '$1',
    reason: 'securityerror',
    actor: 'recipient-admin',
    role: 'reporter',
    meaning: 'The destination domain returned DNSSEC records that do not validate.',
    source: NDR,
    example: '5.7.324 dnssec-invalid: Destination domain returned invalid DNSSEC records',
  },
  {
    id: 'microsoft-dane',
    pattern: /([45]\.7\.32\d)\b/,
    code: '$1',
    reason: 'failedstarttls',
    actor: 'recipient-admin',
    role: 'reporter',
    meaning: 'TLS/DANE validation of the destination server failed.',
    source: NDR,
    example: '4.7.323 tlsa-invalid: The domain failed DANE validation.',
  },
];
