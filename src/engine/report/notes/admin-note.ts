/**
 * The note for a mail administrator, for every reason: what was refused and by whom, who has to
 * act, the facts and codes, and what to check. Written about the failed address, never to it:
 * the reader is an administrator, not the recipient.
 */
import type { Actor, Classification, Reason } from '../../classify/types.ts';
import { todoWith } from '../../classify/moved-to.ts';
import { FIXED_IN_SENDER_DNS, isStillTrying, reasonWords } from '../../rules/reason-info.ts';
import type { ChecklistItem } from '../types.ts';

export interface AdminNoteFacts {
  classification: Classification;
  reason: Reason;
  /** The failed address: the bounce's, else the one the person typed. */
  address?: string;
  fromAddress?: string;
  sendingIp?: string;
  actor: Actor;
  permanence: string;
  service?: { name: string; bounceName?: string };
  forwarding?: { who: string; summary: string };
  /** The person's new address, as a "has moved" reply names it. */
  newAddress?: string;
  items: readonly ChecklistItem[];
}

const WHO: Record<Actor, string> = {
  sender: 'the sender of the message',
  'sender-esp':
    'whoever runs the sending server (the sending service, or your own mail administrator)',
  recipient: 'the recipient',
  'recipient-admin': 'the recipient’s mail administrator',
  nobody: 'nobody: this is not a failure',
};

export function adminNote(facts: AdminNoteFacts): { subject: string; body: string } {
  const c = facts.classification;
  const still = isStillTrying(c.source);
  const info = reasonWords(facts.reason, still);
  // An auto-reply, a delivery notice or a complaint: the message was delivered, nothing failed.
  const delivered = info.persistence === 'none';
  const to = facts.address
    ? `Mail to ${facts.address}`
    : delivered
      ? 'Mail to the recipient (the report does not name the address)'
      : 'Mail to the failed recipient (the bounce does not name the address)';
  const who = facts.forwarding
    ? `${facts.forwarding.who} (the message was forwarded)`
    : facts.actor === 'sender' && FIXED_IN_SENDER_DNS.has(facts.reason)
      ? 'the sender: whoever runs its domain’s DNS'
      : WHO[facts.actor];
  const rows: [string, string | null | undefined][] = [
    [delivered ? 'Recipient' : 'Failed recipient', facts.address],
    [delivered ? 'What came back' : 'Server reply', c.diagnostic.trim().slice(0, 500) || undefined],
    ['Status code', [c.replyCode, c.status].filter(Boolean).join(' ') || undefined],
    [
      'Provider',
      c.provider ? [c.provider.name, c.provider.code].filter(Boolean).join(' ') : undefined,
    ],
    ['Reporting server', c.source.reportingMta],
    ['Remote server', c.remoteMta],
    ['Sender', facts.fromAddress],
    ['Sending IP', facts.sendingIp],
    [
      'Sending service',
      facts.service
        ? [facts.service.name, facts.service.bounceName].filter(Boolean).join(': ')
        : undefined,
    ],
  ];
  const todo = todoWith(info.todo, facts.newAddress);
  const checks = facts.items.flatMap((item) => {
    if (item.status === 'fail' || item.status === 'warn' || item.status === 'unknown')
      return [`- ${item.title}: ${item.finding ?? item.why}`];
    // A to-do that only repeats the reason's own advice ("Nothing to fix") is said once.
    if (item.status === 'todo' && `${item.title}.` !== todo) return [`- ${item.title}`];
    return [];
  });
  const lines = [
    delivered
      ? `${to} was delivered: ${info.title.toLowerCase()}.`
      : `${to} ${still ? 'is delayed' : 'was refused'}: ${info.title.toLowerCase()} (${facts.permanence}).`,
    info.what,
    ...(facts.forwarding ? [facts.forwarding.summary] : []),
    `Who has to act: ${who}.`,
    '',
    'Facts:',
    ...rows.filter(([, value]) => value).map(([term, value]) => `- ${term}: ${value}`),
    '',
    'What to check:',
    `- ${todo}`,
    ...checks,
  ];
  return {
    subject: `${delivered ? 'Report' : still ? 'Delayed' : 'Bounce'}: ${info.title.toLowerCase()}${facts.address ? ` (${facts.address})` : ''}`,
    body: lines.join('\n'),
  };
}
