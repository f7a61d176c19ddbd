/** The reverse-DNS check's public surface. */
export { run, type ReverseDnsDetails } from './run.ts';
export { confirmForward, iprevResult, type ForwardCheck, type Iprev } from './fcrdns.ts';
export { genericSigns, type GenericSign } from './generic.ts';
export { GENERIC_PATTERNS, type GenericPattern } from './generic-names.ts';
export type { HeloCheck } from './helo.ts';
export {
  parseIp,
  reverseName,
  reversedLabels,
  specialRange,
  unmapIPv4,
  type IpAddress,
} from '../ip.ts';
