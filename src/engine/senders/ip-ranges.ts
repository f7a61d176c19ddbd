/**
 * Whether an address lies in one of the CIDR ranges a service publishes. The ranges are read
 * once per list (a batch asks every service about every message's IPs).
 */
import { inNetwork, parseIp, type IpAddress } from '../checks/ip.ts';

interface Range {
  cidr: string;
  network: IpAddress;
  prefix: number;
}

const READ = new WeakMap<readonly string[], readonly Range[]>();

function read(cidrs: readonly string[]): readonly Range[] {
  let ranges = READ.get(cidrs);
  if (!ranges) {
    ranges = cidrs.flatMap((cidr) => {
      const [base, bits] = cidr.split('/');
      const network = base ? parseIp(base) : undefined;
      const prefix = Number(bits);
      const width = network?.version === 4 ? 32 : 128;
      return network && Number.isInteger(prefix) && prefix >= 0 && prefix <= width
        ? [{ cidr, network, prefix }]
        : [];
    });
    READ.set(cidrs, ranges);
  }
  return ranges;
}

/** The first range of `cidrs` that holds `ip`, as written; a malformed range holds nothing. */
export function rangeHolding(ip: IpAddress, cidrs: readonly string[]): string | undefined {
  return read(cidrs).find(({ network, prefix }) => inNetwork(ip, network, prefix))?.cidr;
}
