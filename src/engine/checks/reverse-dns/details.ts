/** What the reverse-DNS check found (run.ts), as its findings (findings.ts) read it. */
import type { SpecialRange } from '../ip.ts';
import type { ForwardCheck, Iprev } from './fcrdns.ts';
import type { GenericSign } from './generic.ts';
import type { HeloCheck } from './helo.ts';

export interface ReverseDnsDetails {
  input: string;
  ip?: string;
  version?: 4 | 6;
  /** The IPv4-mapped IPv6 form it was given as (::ffff:a.b.c.d). */
  mappedFrom?: string;
  specialRange?: SpecialRange;
  reverseName?: string;
  ptr?: {
    status: 'ok' | 'nxdomain' | 'nodata' | 'error';
    /** At most 100 of them. */
    names: string[];
    total: number;
    /** Names beyond MAX_PTR_NAMES, not looked up. */
    notFollowed: number;
  };
  forward: ForwardCheck[];
  iprev?: Iprev;
  generic: { name: string; signs: GenericSign[] }[];
  helo?: HeloCheck;
}
