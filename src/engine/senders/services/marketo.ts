/**
 * Adobe Marketo Engage. Recognised by its envelope and DKIM domains (mktomail.com, mktdns.com)
 * and its own headers (X-MarketoID, X-MktMailDKIM).
 */
import type { SendingService } from '../types.ts';

const PROTOCOLS =
  'https://experienceleague.adobe.com/en/docs/marketo/using/getting-started/initial-setup/configure-protocols-for-marketo';

const BOUNCES = 'https://docs.marketo.com/display/DOCS/Hard+and+Soft+Bounces+in+Email';

export const MARKETO: SendingService = {
  id: 'marketo',
  name: 'Adobe Marketo Engage',
  source: PROTOCOLS,
  signals: {
    envelopeDomains: ['mktomail.com', 'mktdns.com'],
    dkimDomains: ['mktdns.com', 'mktomail.com'],
    receivedHosts: ['mktomail.com', 'mktdns.com'],
    headers: [{ name: 'x-marketoid' }, { name: 'x-mktmaildkim' }],
  },
  spf: { include: 'mktomail.com', source: PROTOCOLS },
  authentication: {
    page: { label: 'Marketo: configure protocols', url: PROTOCOLS },
    where: 'Admin > Email > DKIM (a selector you choose, and the key Marketo generates)',
    records: [
      {
        name: '<selector>._domainkey.{domain}',
        type: 'TXT',
        value: 'v=DKIM1; k=rsa; p=<key Marketo shows>',
      },
    ],
  },
  suppression: {
    hard: {
      title: 'Marketo has marked {address} Email Invalid',
      text: 'A hard bounce that says the address cannot receive mail sets Email Invalid on the person, and Marketo sends it no more email.',
    },
    block: {
      title: 'Marketo suspends mail to {address} for 24 hours',
      text: 'A hard bounce for a block sets Email Suspended: Marketo sends nothing to the person for 24 hours from Email Suspended At, then mails it again. The field stays checked as history.',
    },
    soft: {
      title: 'Marketo does not suspend {address} for a soft bounce',
      text: 'A soft bounce does not set Email Invalid or Email Suspended; Marketo’s help says such failures resolve by themselves, sometimes over days.',
    },
    remove:
      'Only if you know {address} is valid: uncheck Email Invalid in the Person Info tab of its person record in Marketo.',
    link: { label: 'Marketo: hard and soft bounces', url: BOUNCES },
  },
  naming: {
    field: 'bounce category',
    source: BOUNCES,
    byReason: {},
    permanent: 'hard bounce',
    temporary: 'soft bounce',
  },
};
