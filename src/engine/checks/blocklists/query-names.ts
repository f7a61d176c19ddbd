/**
 * The DNS names a blocklist lookup asks about: the key (reversed IP, or domain) under the zone
 * (RFC 5782 s2.1, s2.4, s3), the RFC 5782 s5 test entries, and the Spamhaus DQS form
 * <key>.<zone>.dq.spamhaus.net.
 */
import { parseIp, reversedLabels, type IpAddress } from '../ip.ts';
import type { Blocklist, KeyType } from './types.ts';

export type LookupKey = { type: 'ip4' | 'ip6'; ip: IpAddress } | { type: 'domain'; domain: string };

/** A DQS key is letters and digits; anything else would change the query name. */
export const DQS_KEY = /^[a-z0-9]{8,64}$/;

export function zoneFor(list: Blocklist, dqsKey?: string): string {
  return dqsKey !== undefined && list.dqs ? `${dqsKey}.${list.dqs}.dq.spamhaus.net` : list.zone;
}

export function keyLabels(key: LookupKey): string {
  return key.type === 'domain' ? key.domain : reversedLabels(key.ip);
}

export function keyText(key: LookupKey): string {
  return key.type === 'domain' ? key.domain : key.ip.text;
}

const ip = (text: string): IpAddress => {
  const parsed = parseIp(text);
  if (!parsed) throw new Error(`bad test address ${text}`);
  return parsed;
};

/** RFC 5782 s5: the entry every list must hold, and the one it must not. */
export function selfTestKeys(
  list: Blocklist,
  type: KeyType,
): { listed: LookupKey; notListed: LookupKey } {
  switch (type) {
    case 'ip4':
      return { listed: { type, ip: ip('127.0.0.2') }, notListed: { type, ip: ip('127.0.0.1') } };
    case 'ip6':
      return {
        listed: { type, ip: ip('::ffff:7f00:2') },
        notListed: { type, ip: ip('::ffff:7f00:1') },
      };
    case 'domain': {
      const names = list.domainTest ?? { listed: 'test', notListed: 'invalid' };
      return {
        listed: { type, domain: names.listed },
        notListed: { type, domain: names.notListed },
      };
    }
  }
}
