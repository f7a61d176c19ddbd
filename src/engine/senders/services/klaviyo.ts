/**
 * Klaviyo. Recognised by its shared sending and DNS domains (klaviyomail.com, klaviyodns.com),
 * its X-Kmail-* headers and its unsubscribe host (manage.kmail-lists.com).
 */
import type { SendingService } from '../types.ts';

const DOMAIN = 'https://help.klaviyo.com/hc/en-us/articles/4412288263323';
const BOUNCES = 'https://help.klaviyo.com/hc/en-us/articles/115005250408';

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
  suppression: {
    hard: {
      title: 'Klaviyo has suppressed {address}',
      text: 'After a hard bounce Klaviyo suppresses the profile: it gets no more marketing email and is removed from the lists it was on.',
    },
    soft: {
      title: 'Klaviyo suppresses an address after more than 7 soft bounces in a row',
      text: 'One soft bounce does not suppress {address}; more than 7 consecutive soft bounces do, and the profile is then removed from its lists.',
    },
    // Klaviyo's API removes only manual suppressions ("HARD_BOUNCE suppressions cannot be removed
    // by the API": developers.klaviyo.com, Unsuppress Profiles); its app removes them in bulk.
    remove:
      'Klaviyo’s API cannot lift a hard-bounce suppression; in Klaviyo, Audience > Lists & segments can remove suppressions in bulk from a list or segment that holds {address}.',
    link: {
      label: 'Klaviyo: suppress or remove suppressions in bulk',
      url: 'https://help.klaviyo.com/hc/en-us/articles/24312135764251',
    },
  },
  ips: {
    text: 'Klaviyo assigns shared IPs to most accounts and removes harmful senders from them; dedicated IPs are only for accounts that qualify (ask your Customer Success Manager). A block of a shared Klaviyo IP is Klaviyo’s to handle: contact Klaviyo support with this bounce.',
    support: {
      label: 'Klaviyo: dedicated vs. shared sending IPs',
      url: 'https://help.klaviyo.com/hc/en-us/articles/7675517826587',
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
