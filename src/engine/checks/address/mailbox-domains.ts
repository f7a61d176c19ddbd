/**
 * Big consumer mailbox domains: the ones people mistype. Ordered by how often they appear in
 * mail (roughly), so that when a typo is equally close to two of them the more common one wins.
 * Brand and source come from the provider's family (src/engine/providers); the few domains of
 * providers without a family carry their own.
 */
import { PROVIDERS } from '../../providers/index.ts';

export interface MailboxDomain {
  domain: string;
  provider: string;
  source: string;
}

export const COMMON_DOMAINS: readonly string[] = [
  'gmail.com',
  'yahoo.com',
  'hotmail.com',
  'outlook.com',
  'icloud.com',
  'aol.com',
  'live.com',
  'msn.com',
  'googlemail.com',
  'hotmail.co.uk',
  'yahoo.co.uk',
  'me.com',
  'mac.com',
  'ymail.com',
  'rocketmail.com',
  'gmx.de',
  'gmx.net',
  'gmx.com',
  'web.de',
  'mail.com',
  't-online.de',
  'orange.fr',
  'wanadoo.fr',
  'laposte.net',
  'free.fr',
  'sfr.fr',
  'hotmail.fr',
  'yahoo.fr',
  'libero.it',
  'comcast.net',
  'att.net',
  'sbcglobal.net',
  'yandex.ru',
  'mail.ru',
  'protonmail.com',
  'proton.me',
  'zoho.com',
];

/** Mailbox providers Bounce Doctor has no family for (no bounce wording of theirs is known). */
const WITHOUT_FAMILY: readonly MailboxDomain[] = [
  { domain: 'free.fr', provider: 'Free', source: 'https://www.free.fr/' },
  { domain: 'sfr.fr', provider: 'SFR', source: 'https://www.sfr.fr/' },
  { domain: 'libero.it', provider: 'Libero Mail', source: 'https://www.libero.it/' },
];

const KNOWN = new Map<string, MailboxDomain>([
  ...WITHOUT_FAMILY.map((row) => [row.domain, row] as const),
  ...PROVIDERS.flatMap((family) =>
    (family.mailboxDomains ?? []).map(
      (row) =>
        [row.domain, { domain: row.domain, provider: row.brand, source: row.source }] as const,
    ),
  ),
]);

export const MAILBOX_DOMAINS: readonly MailboxDomain[] = COMMON_DOMAINS.flatMap((domain) => {
  const row = KNOWN.get(domain);
  return row ? [row] : [];
});

/**
 * Real, unrelated domains that sit within typo distance of a big one and must never be
 * "corrected" (they are mailbox domains of their own or well-known businesses).
 */
export const LOOKALIKES_IN_USE: readonly string[] = [
  'email.com',
  'gmx.at',
  'gmx.ch',
  'hotmail.de',
  'hotmail.it',
  'hotmail.es',
  'outlook.de',
  'outlook.fr',
  'yahoo.de',
  'yahoo.ca',
  'yahoo.es',
  'yahoo.it',
  'live.de',
  'live.fr',
  'live.ca',
  'aim.com',
  'mail.de',
];

/**
 * Top-level-domain slips: what fingers type instead of the right TLD (".con" for ".com").
 * Deliberately only slips, never other real country codes such as .ca or .ch.
 */
export const TLD_SLIPS: Readonly<Record<string, readonly string[]>> = {
  com: [
    'con',
    'cmo',
    'ocm',
    'om',
    'cm',
    'co',
    'comm',
    'coom',
    'vom',
    'xom',
    'cpm',
    'clm',
    'cim',
    'c0m',
    'ccom',
    'comn',
  ],
  net: ['ner', 'nte', 'nt', 'nett', 'bet', 'met'],
  de: ['ed', 'dee', 'dr'],
  fr: ['rf', 'ft', 'frr'],
  'co.uk': ['co.k', 'couk', 'co.ukk', 'co.uj', 'cpm.uk', 'com.uk'],
  ru: ['ur', 'rru'],
  it: ['ti', 'itt'],
  me: ['em', 'mee'],
};
