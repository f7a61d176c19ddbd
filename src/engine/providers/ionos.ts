/** IONOS (1&1) mail hosting for custom domains; United Internet's platform, as GMX's is. */
import { mxLookup } from './sources.ts';
import type { ProviderFamily } from './types.ts';

const HELP =
  'https://www.ionos.de/hilfe/e-mail/problemloesungen-mail-basicmail-business/fehlermeldungen-bei-unzustellbarer-e-mail/';

export const IONOS: ProviderFamily<'ionos'> = {
  id: 'ionos',
  name: 'IONOS (1&1) mail hosting',
  hosts: ['ionos.de', 'ionos.com', 'ionos.co.uk', 'kundenserver.de', '1and1.com', '1und1.de'],
  mx: [
    {
      key: 'ionos',
      name: 'IONOS (1&1) mail hosting',
      kind: 'mailbox',
      suffixes: ['ionos.de', 'ionos.com', 'ionos.co.uk', 'kundenserver.de'],
      source: mxLookup('ionos.de'),
      observed: true,
    },
  ],
  signs: [
    {
      pattern: /postmaster\.1(?:and|und)1\.(?:com|de)|ionos\.com\/help|\bkundenserver\.de\b/,
      source: HELP,
    },
  ],
  rules: [
    {
      id: 'ionos-ip-blocked',
      pattern: /ip address is black ?listed|nemesis esmtp service not available/,
      code: 'IP blocked',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning: 'The sending IP is on IONOS’s block list.',
      source: 'https://pastebin.com/ttzFAhDJ',
      example:
        '554 kundenserver.de (mxeue010) Nemesis ESMTP Service not available No SMTP service IP address is black listed. For explanation visit http://postmaster.1and1.com/en/error-messages?ip=192.0.2.45&c=bip',
    },
    {
      id: 'ionos-policy',
      pattern: /reject due to policy restrictions/,
      code: 'policy',
      reason: 'policyviolation',
      meaning: 'Refused by IONOS’s policy; the case URL in the text says which rule.',
      source: 'https://github.com/homematic-community/hm_email/issues/13',
      example:
        '554 Transaction failed Reject due to policy restrictions. For explanation visit https://postmaster.1und1.de/de/case?c=hi&i=ip&v=192.0.2.45&r=0MXyz',
    },
  ],
};
