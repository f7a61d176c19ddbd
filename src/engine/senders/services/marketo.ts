/**
 * Adobe Marketo Engage. Recognised by its envelope and DKIM domains (mktomail.com, mktdns.com)
 * and its own headers (X-MarketoID, X-MktMailDKIM).
 */
import type { SendingService } from '../types.ts';

const PROTOCOLS =
  'https://experienceleague.adobe.com/en/docs/marketo/using/getting-started/initial-setup/configure-protocols-for-marketo';

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
  naming: {
    field: 'bounce category',
    source: PROTOCOLS,
    byReason: {},
    permanent: 'hard bounce',
    temporary: 'soft bounce',
  },
};
