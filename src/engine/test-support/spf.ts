/**
 * Test kit: check_host() over a literal fixture zone (src/engine/dns/zone.ts format), with a
 * fixed clock and receiving host so explanations are deterministic. Used by the tests only.
 */
import { zoneResolver, type Zone } from '../dns/zone.ts';
import { checkHost, spfSubject } from '../checks/spf/check-host.ts';
import type { CheckHostResult, SpfResult } from '../checks/spf/types.ts';

export async function spf(
  zone: Zone,
  ip: string,
  mailFrom: string,
  helo = 'mail.example.net',
): Promise<CheckHostResult> {
  const subject = spfSubject(mailFrom, helo);
  return checkHost({
    ip,
    domain: subject.domain,
    sender: subject.sender,
    helo,
    identity: subject.identity,
    resolver: zoneResolver(zone),
    receivingHost: 'mx.receiver.example',
    now: () => new Date('2024-01-01T00:00:00Z'),
  });
}

export async function result(
  zone: Zone,
  ip: string,
  mailFrom: string,
  helo?: string,
): Promise<SpfResult> {
  return (await spf(zone, ip, mailFrom, helo)).result;
}

/** A zone with one record at example.com. */
export const one = (record: string, extra: Zone = {}): Zone => ({
  'example.com': { TXT: [record] },
  ...extra,
});
