/**
 * Mail hosting for custom domains (smaller mailbox providers and web hosts), recognised by the
 * host names their MX records point at. "observed" rows cite a public MX lookup of the
 * provider's own domain that anyone can repeat.
 */
import type { MailProvider } from './provider-types.ts';

const mx = (domain: string): string => `https://mxtoolbox.com/SuperTool.aspx?action=mx%3a${domain}`;

export const HOSTING_PROVIDERS: readonly MailProvider[] = [
  {
    key: 'fastmail',
    family: 'fastmail',
    name: 'Fastmail',
    kind: 'mailbox',
    suffixes: ['messagingengine.com'],
    source: 'https://www.fastmail.help/hc/en-us/articles/360058753394-Custom-DNS-records',
  },
  {
    key: 'proton',
    family: 'proton',
    name: 'Proton Mail',
    kind: 'mailbox',
    suffixes: ['protonmail.ch', 'proton.ch'],
    source: 'https://proton.me/support/custom-domain',
  },
  {
    key: 'amazon',
    family: 'amazon',
    name: 'Amazon WorkMail / SES inbound',
    kind: 'mailbox',
    // inbound-smtp.<region>.amazonaws.com; other amazonaws.com hosts are anyone's EC2 machines.
    suffixes: [],
    pattern: /^inbound-smtp\.[a-z0-9-]+\.amazonaws\.com$/,
    source: 'https://docs.aws.amazon.com/ses/latest/dg/receiving-email-mx-record.html',
  },
  {
    key: 'godaddy',
    family: 'godaddy',
    name: 'GoDaddy mail',
    kind: 'mailbox',
    suffixes: ['secureserver.net'],
    source: 'https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost.pm',
  },
  {
    key: 'rackspace',
    family: 'rackspace',
    name: 'Rackspace Email',
    kind: 'mailbox',
    suffixes: ['emailsrvr.com'],
    source: mx('rackspace.com'),
    observed: true,
  },
  {
    key: 'ovh',
    family: 'ovh',
    name: 'OVHcloud mail',
    kind: 'mailbox',
    suffixes: ['mail.ovh.net'],
    source: mx('ovh.net'),
    observed: true,
  },
  {
    key: 'tencent',
    family: 'tencent',
    name: 'Tencent QQ Mail / Exmail',
    kind: 'mailbox',
    suffixes: ['qq.com'],
    source: 'https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost.pm',
  },
];
