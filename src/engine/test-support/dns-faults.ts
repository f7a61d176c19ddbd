/**
 * Test helper: a literal zone whose chosen questions fail. A fault is a DnsError kind, or
 * 'bug' for a resolver that throws something that is not a DnsError (a TypeError).
 */
import { DnsError, type DnsErrorKind, type RecordType, type Resolver } from '../dns/types.ts';
import { zoneResolver, type Zone } from '../dns/zone.ts';

export type Fault = DnsErrorKind | 'bug';

/** Which question fails how: keys "name TYPE", or "* TYPE" for every name; or a function. */
export type Faults =
  Record<string, Fault> | ((name: string, type: RecordType) => Fault | undefined);

export function faulty(zone: Zone, faults: Faults): Resolver {
  const inner = zoneResolver(zone);
  const faultOf =
    typeof faults === 'function'
      ? faults
      : (name: string, type: RecordType) => faults[`${name} ${type}`] ?? faults[`* ${type}`];
  return async <T extends RecordType>(name: string, type: T) => {
    const fault = faultOf(name, type);
    if (fault === 'bug') throw new TypeError('resolver bug');
    if (fault) throw new DnsError(fault, name, type);
    return inner(name, type);
  };
}
