/** GMX / WEB.DE's replies: no enhanced codes, the reason in words, a case URL last. */
import { fieldManual } from './sources.ts';
import type { ProviderRule } from './types.ts';

const ERRORS = 'https://postmaster.gmx.com/en/error-messages';
const SITEPACKAGE =
  'http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html';

export const GMX_RULES: ProviderRule<'gmx'>[] = [
  {
    id: 'gmx-ptr',
    pattern: /bad dns ptr|ptr resource record/,
    code: 'PTR',
    reason: 'requireptr',
    actor: 'sender-esp',
    meaning: 'The sending IP has no valid PTR record.',
    source: fieldManual(550, 520),
    example:
      '<bob@web.de>: host mx-ha03.web.de[212.227.17.8] refused to talk to me: 550 bob@web.de: Bad DNS PTR resource record',
  },
  {
    id: 'gmx-ip-blocked',
    pattern: /ip address is block ?listed|nemesis esmtp service not available/,
    code: 'IP blocked',
    reason: 'blocked',
    actor: 'sender-esp',
    meaning: 'The sending IP is on the block list of GMX/WEB.DE.',
    source: ERRORS,
    example:
      '554-gmx.net (mxgmx017) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=192.0.2.45&r=1MaXYZ',
  },
  {
    id: 'gmx-spf',
    pattern: /reject due to spf policy/,
    code: 'SPF',
    reason: 'authfailure',
    meaning: 'SPF failed.',
    source: fieldManual(550, 499),
    example:
      '<bob@web.de>: host mx-ha03.web.de[212.227.17.8] said: 550 bob@web.de: Reject due to SPF policy. The originating IP of the message is not permitted by the domain owner (in reply to MAIL FROM command)',
  },
  {
    id: 'gmx-over-quota',
    pattern: /speichervolumen|over quota|exceeded storage allocation/,
    code: 'quota',
    reason: 'mailboxfull',
    meaning: 'The mailbox is over quota.',
    source: fieldManual(550, 548),
    example:
      '<bob@web.de>: host mx-ha03.web.de[212.227.17.8] said: 550 bob@web.de: Requested mail action aborted: exceeded storage allocation, Quota exceeded (in reply to RCPT TO command)',
  },
  {
    id: 'gmx-inactive',
    pattern: /user is inactive/,
    code: '5.2.1',
    reason: 'suspend',
    meaning: 'The mailbox is inactive.',
    source: SITEPACKAGE,
    example:
      '<bob@gmx.de>: host mx00.emig.gmx.net[212.227.15.9] said: 550 5.2.1 bob@gmx.de User is inactive (in reply to RCPT TO command)',
  },
  {
    id: 'gmx-ip-policy',
    pattern: /reject due to policy restrictions \(ip based\)/,
    code: 'IP based',
    reason: 'blocked',
    actor: 'sender-esp',
    meaning: 'GMX/WEB.DE refuses the sending IP by policy.',
    source: fieldManual(550, 541),
    example: '550 bob@web.de: Reject due to policy restrictions (IP based)',
  },
  {
    id: 'gmx-domain-policy',
    pattern:
      /reject due to policy restrictions \(domain based\)|invalid dns mx or a\/aaaa resource record/,
    code: 'domain based',
    reason: 'rejected',
    meaning:
      'GMX/WEB.DE refuses the sender’s domain: its policy, or because the domain has no valid MX or address records.',
    source: fieldManual(550, 534),
    example: '550 bob@web.de: Reject due to policy restrictions (domain based)',
  },
  {
    id: 'gmx-header-policy',
    pattern: /reject due to policy restrictions \(header based\)/,
    code: 'header based',
    reason: 'policyviolation',
    meaning: 'GMX/WEB.DE refuses the message for something in its headers.',
    source: fieldManual(550, 527),
    example: '550 bob@web.de: Reject due to policy restrictions (header based)',
  },
];
