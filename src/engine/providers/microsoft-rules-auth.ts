/** Microsoft's authentication rules: DMARC reject, Outlook.com's high-volume rule, IPv6 senders. */
import { HIGH_VOLUME, NDR } from './sources.ts';
import type { ProviderRule } from './types.ts';

export const MICROSOFT_RULES_AUTH: ProviderRule<'microsoft'>[] = [
  {
    id: 'microsoft-dmarc-reject',
    pattern: /5\.7\.509\b|does not pass dmarc verification and has a dmarc policy of reject/,
    code: '5.7.509',
    reason: 'authfailure',
    meaning: 'The sending domain failed DMARC and publishes p=reject.',
    source: NDR,
    example:
      '550 5.7.509 Access denied, sending domain [example.com] does not pass DMARC verification and has a DMARC policy of reject.',
  },
  {
    id: 'microsoft-high-volume-auth',
    pattern: /5\.7\.515\b|does not meet the required authentication level/,
    code: '5.7.515',
    reason: 'authfailure',
    meaning:
      'Outlook.com requires high-volume senders to pass SPF and DKIM and publish DMARC; this domain does not meet that.',
    source: HIGH_VOLUME,
    example:
      '550 5.7.515 Access denied, sending domain example.com does not meet the required authentication level.',
  },
  {
    id: 'microsoft-ipv6-unauthenticated',
    pattern: /[45]\.7\.26\b.{0,80}must pass either spf or dkim validation/,
    code: '5.7.26',
    reason: 'authfailure',
    meaning: 'Mail sent to Microsoft over IPv6 must pass SPF or DKIM; this message passed neither.',
    source:
      'https://learn.microsoft.com/en-us/microsoft-365/security/office-365-security/support-for-anonymous-inbound-email-messages-over-ipv6',
    example:
      '450 4.7.26 Service unavailable, message sent over IPv6 [2001:db8::25] must pass either SPF or DKIM validation.',
  },
  {
    id: 'microsoft-spf',
    pattern: /5\.7\.23\b.{0,80}sender policy framework|sender policy framework violation/,
    code: '5.7.23',
    reason: 'authfailure',
    meaning: 'SPF failed at the recipient.',
    source: NDR,
    example:
      '550 5.7.23 The message was rejected because of Sender Policy Framework violation [BN8NAM11FT066.eop-nam11.prod.protection.outlook.com]',
  },
  {
    id: 'microsoft-ipv6-ptr',
    pattern: /[45]\.7\.25\b.{0,100}reverse dns/,
    code: '5.7.25',
    reason: 'requireptr',
    actor: 'sender-esp',
    meaning: 'The sending IPv6 address must have a reverse DNS record.',
    source: NDR,
    example:
      '550 5.7.25 Access denied, the sending IPv6 address [2001:db8::25] must have a reverse DNS record',
  },
];
