/**
 * Words that mark a PTR name as generic: named by an ISP or cloud for a whole range, not by a
 * mail operator for a mail server. Receivers treat such senders as end-user or throwaway hosts
 * (Outlook.com DY-001, Comcast, Trend Micro's dynamic list). Matched per label, so "pool" must be
 * a label of its own or followed by a digit or hyphen ("pool-71-...", "pool12"), never inside a
 * word ("swimmingpool").
 */

export interface GenericPattern {
  id: string;
  label: string;
  pattern: RegExp;
  source: string;
}

const DRAFT =
  'https://datatracker.ietf.org/doc/html/draft-msullivan-dnsop-generic-naming-schemes-00';
const OUTLOOK = 'https://substrate.office.com/ip-domain-management-snds/Postmaster/Troubleshooting';

// A keyword as a whole label, or followed by digits/hyphen/dot (typical generic naming).
const word = (alternatives: string): RegExp =>
  new RegExp(`(?:^|[.-])(?:${alternatives})(?:\\d|[.-]|$)`);

export const GENERIC_PATTERNS: readonly GenericPattern[] = [
  { id: 'dynamic', label: 'dynamic address', pattern: word('dyn|dynamic|dynip'), source: DRAFT },
  { id: 'dhcp', label: 'DHCP pool', pattern: word('dhcp'), source: DRAFT },
  { id: 'pool', label: 'address pool', pattern: word('pool|ippool'), source: DRAFT },
  { id: 'dsl', label: 'DSL line', pattern: word('dsl|adsl|xdsl|vdsl|sdsl'), source: DRAFT },
  { id: 'cable', label: 'cable modem', pattern: word('cable|cbl|catv'), source: DRAFT },
  {
    id: 'customer',
    label: 'customer range',
    pattern: word('cust|customer|customers|client|clients|subscriber'),
    source: DRAFT,
  },
  {
    id: 'ppp',
    label: 'dial-up / PPP line',
    pattern: word('ppp|pppoe|dial|dialup|dialin'),
    source: DRAFT,
  },
  {
    id: 'residential',
    label: 'home connection',
    pattern: word('res|resi|residential|home|broadband|ftth|fttx|cpe|user|users'),
    source: DRAFT,
  },
  {
    id: 'static',
    label: 'static-IP label given by the ISP',
    pattern: word('static|static-ip|staticip|fixed|fixip'),
    source: DRAFT,
  },
  {
    id: 'unassigned',
    label: 'placeholder name',
    pattern: /(?:^|[.-])(?:unassigned|unknown|not-set|no-reverse|noptr|generic)(?:\d|[.-]|$)/,
    source: OUTLOOK,
  },
  {
    id: 'host-prefix',
    label: 'numbered host name',
    pattern: /^(?:host|ip|node|addr|h)-?\d+[-.]\d+/,
    source: DRAFT,
  },
  {
    id: 'cloud-default',
    label: "cloud provider's default name",
    pattern: /(?:\.compute(?:-1)?\.amazonaws\.com|\.googleusercontent\.com)$/,
    source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html',
  },
];
