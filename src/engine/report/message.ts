/**
 * A ready-to-send message for causes on the recipient's side: to the person (full or disabled
 * mailbox) or to their mail administrator, with the facts they need and nothing they don't.
 */
import type { Classification } from '../classify/types.ts';
import { isStillTrying, reasonWords } from '../rules/reason-info.ts';
import type { MessageTarget } from '../tree/types.ts';
import type { ReadyMessage } from './types.ts';
import { ASKS, DEFAULT_ASK } from './asks.ts';

export interface MessageFacts {
  classification: Classification;
  to: MessageTarget;
  reasonTitle: string;
  /** The failed address: the bounce's, else the one the person typed on the sender step. */
  recipient?: string;
  fromAddress?: string;
  sendingIp?: string;
}

export function readyMessage(facts: MessageFacts): ReadyMessage {
  const { classification: c, to } = facts;
  const address = facts.recipient || c.recipient || undefined;
  // A delay warning: nothing came back yet, and the sending server is still trying.
  const still = isStillTrying(c.source);
  const info = reasonWords(c.reason, still);
  const you = address ? `you at ${address}` : 'you';
  const lines: string[] = [];
  if (to === 'recipient') {
    lines.push(
      'Hello,',
      '',
      still
        ? `I emailed ${you}, and my mail server has not been able to deliver the message yet (it is still trying).`
        : `I tried to email ${you}, and the message came back undelivered.`,
      `The reason given: ${info.what}`,
      '',
      ASKS[c.reason]?.recipient ?? DEFAULT_ASK,
      '',
      still
        ? 'My server keeps trying; I will send it again if it gives up.'
        : 'I will send it again once you let me know.',
    );
  } else {
    lines.push(
      'Hello,',
      '',
      `Mail from us to ${address ?? 'one of your users'} ${still ? 'is being delayed by your mail system (our server is still retrying)' : 'is being refused by your mail system'}.`,
      `In plain words: ${info.what}`,
      '',
      'The facts:',
    );
  }
  const rows: [string, string | null | undefined][] = [
    ['Recipient', address],
    ['Server reply', c.diagnostic.trim().slice(0, 500) || undefined],
    ['Status code', [c.replyCode, c.status].filter(Boolean).join(' ') || undefined],
    ['Provider code', c.provider?.code ? `${c.provider.name} ${c.provider.code}` : undefined],
    ['Reporting server', c.remoteMta],
    ['Sender', facts.fromAddress],
    ['Sending IP', facts.sendingIp],
  ];
  const factLines = rows.filter(([, value]) => value).map(([term, value]) => `- ${term}: ${value}`);
  if (to === 'recipient') {
    if (factLines.length > 0)
      lines.push('', 'For your mail provider, if you need it:', ...factLines);
  } else {
    lines.push(...factLines, '', ASKS[c.reason]?.admin ?? DEFAULT_ASK, '', 'Thank you.');
  }
  const subject =
    to === 'recipient'
      ? `My email${address ? ` to ${address}` : ''} ${still ? 'is delayed' : 'bounced'}: ${facts.reasonTitle.toLowerCase()}`
      : `Mail${address ? ` to ${address}` : ''} is ${still ? 'delayed' : 'refused'}: ${facts.reasonTitle.toLowerCase()}`;
  return { to, subject, body: lines.join('\n') };
}
