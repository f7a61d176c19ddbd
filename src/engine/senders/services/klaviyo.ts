/**
 * Klaviyo. Recognised by its shared sending and DNS domains (klaviyomail.com, klaviyodns.com),
 * its X-Kmail-* headers and its unsubscribe host (manage.kmail-lists.com).
 */
import type { SendingService } from '../types.ts';

const DOMAIN = 'https://help.klaviyo.com/hc/en-us/articles/4412288263323';

export const KLAVIYO: SendingService = {
  id: 'klaviyo',
  name: 'Klaviyo',
  source: DOMAIN,
  signals: {
    envelopeDomains: ['klaviyomail.com', 'klaviyodns.com'],
    dkimDomains: ['klaviyomail.com'],
    dkimSelectors: [/^kl2?$/],
    receivedHosts: ['klaviyomail.com'],
    headers: [{ name: 'x-kmail-*' }],
    unsubscribeHosts: ['kmail-lists.com'],
  },
  authentication: {
    page: { label: 'Klaviyo: branded sending domain', url: DOMAIN },
    where: 'Settings > Domains > Branded sending domain',
    records: [
      { name: 'send.{domain}', type: 'CNAME', value: '<value Klaviyo shows>.klaviyodns.com' },
      {
        name: 'kl._domainkey.send.{domain}',
        type: 'CNAME',
        value: '<value Klaviyo shows>.klaviyodns.com',
      },
      {
        name: 'kl2._domainkey.send.{domain}',
        type: 'CNAME',
        value: '<value Klaviyo shows>.klaviyodns.com',
      },
    ],
  },
  naming: {
    field: 'bounce type',
    source: DOMAIN,
    byReason: {},
    permanent: 'hard bounce',
    temporary: 'soft bounce',
  },
};
