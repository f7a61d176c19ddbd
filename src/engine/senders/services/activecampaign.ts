/**
 * ActiveCampaign. Recognised by its envelope and DKIM domains (emsd1.com, acems1.com) and its
 * list pages (activehosted.com).
 */
import type { SendingService } from '../types.ts';

const BOUNCES =
  'https://help.activecampaign.com/hc/en-us/articles/115001349430-About-campaign-bounces-and-bounce-codes';
const AUTH =
  'https://help.activecampaign.com/hc/en-us/articles/206903370-SPF-DKIM-and-DMARC-Authentication';

export const ACTIVECAMPAIGN: SendingService = {
  id: 'activecampaign',
  name: 'ActiveCampaign',
  source: AUTH,
  signals: {
    envelopeDomains: ['emsd1.com', 'acems1.com'],
    dkimDomains: ['acems1.com', 'emsd1.com'],
    dkimSelectors: [/^dk2?$/],
    receivedHosts: ['emsd1.com', 'acems1.com'],
    unsubscribeHosts: ['activehosted.com'],
  },
  spf: { include: 'emsd1.com', source: AUTH },
  authentication: {
    page: { label: 'ActiveCampaign: SPF, DKIM and DMARC', url: AUTH },
    where: 'Settings > Advanced > Domains',
    records: [
      { name: 'dk._domainkey.{domain}', type: 'CNAME', value: 'dk.acems1.com' },
      { name: 'dk2._domainkey.{domain}', type: 'CNAME', value: 'dk2.acems1.com' },
    ],
  },
  suppression: {
    hard: {
      title: 'ActiveCampaign has marked {address} as Bounced',
      text: 'After a hard bounce ActiveCampaign marks the contact Bounced at once and sends it no more campaigns or automation emails.',
    },
    soft: {
      title: 'ActiveCampaign counts this as a soft bounce',
      text: 'A contact is marked Bounced only after three soft bounces in a row, from three separate campaigns; until then ActiveCampaign keeps sending to {address}.',
    },
    // ActiveCampaign's help names the statuses but no way to set a Bounced contact back to Active.
    remove:
      'Open the contact {address} in ActiveCampaign to see its status; a Bounced contact gets no campaigns until its status changes, so once the address works again ask ActiveCampaign support to make it Active.',
    link: { label: 'ActiveCampaign: campaign bounces and bounce codes', url: BOUNCES },
  },
  ips: {
    text: 'Most ActiveCampaign customers send from its shared IP pools, which it keeps warm; a dedicated IP is worth it only for lists of about 100,000 contacts mailed regularly. A block of a shared ActiveCampaign IP is ActiveCampaign’s to handle: contact its support with this bounce.',
    support: {
      label: 'ActiveCampaign: dedicated IP addresses',
      url: 'https://help.activecampaign.com/hc/de/articles/360000055459-Dedizierte-IP-Adressen-mit-ActiveCampaign',
    },
  },
  naming: {
    field: 'bounce type',
    source: BOUNCES,
    byReason: {},
    permanent: 'hard bounce',
    temporary: 'soft bounce',
  },
};
