/**
 * Every provider family's id, once. `ProviderId` is derived from this list, so a provider named
 * anywhere else (tree entries, checks, features) by an id that is not here fails to compile, and
 * index.ts checks that each id has its module.
 */
export const PROVIDER_IDS = [
  'microsoft',
  'google',
  'yahoo',
  'apple',
  'orange',
  'comcast',
  'att',
  'cox',
  'spectrum',
  'godaddy',
  'proofpoint',
  'mimecast',
  'barracuda',
  'cisco',
  'trendmicro',
  'messagelabs',
  'sophos',
  'gmx',
  'ionos',
  't-online',
  'mailru',
  'yandex',
  'tencent',
  'netease',
  'zoho',
  'facebook',
  'docomo',
  'kddi',
  'fastmail',
  'proton',
  'amazon',
  'rackspace',
  'ovh',
] as const;

export type ProviderId = (typeof PROVIDER_IDS)[number];

export function isProviderId(value: string): value is ProviderId {
  return (PROVIDER_IDS as readonly string[]).includes(value);
}
