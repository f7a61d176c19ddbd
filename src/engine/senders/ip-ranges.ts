/** Whether an address lies in a CIDR range, for the ranges the services publish. */
import { parseIp, type IpAddress } from '../checks/ip.ts';

export function inRange(ip: IpAddress, cidr: string): boolean {
  const [base, bits] = cidr.split('/');
  const network = base ? parseIp(base) : undefined;
  const prefix = Number(bits);
  if (!network || network.version !== ip.version || !Number.isInteger(prefix)) return false;
  for (let bit = 0; bit < prefix; bit++) {
    const mask = 0x80 >> (bit % 8);
    const index = Math.floor(bit / 8);
    if (((ip.bytes[index] ?? 0) & mask) !== ((network.bytes[index] ?? 0) & mask)) return false;
  }
  return true;
}
