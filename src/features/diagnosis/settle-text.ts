import type { CheckId } from '../../engine/index.ts';

/** Plain names for the checks an alternative can be settled by (engine/checks/types.ts). */
const CHECK_TEXT: Record<CheckId, string> = {
  address: 'check that the recipient address and its domain are right',
  spf: "check the sender domain's SPF record",
  dkim: "check the sender domain's DKIM signature and key",
  dmarc: "check the sender domain's DMARC policy",
  'reverse-dns': "check the sending server's reverse DNS name",
  blocklists: 'check whether the sending IP address is on a blocklist',
  'tls-policy': "check the recipient domain's TLS policy",
  'bulk-sender': "check the bulk-sender requirements of the recipient's provider",
  content: 'check the message content',
};

/**
 * What settles an alternative, as a sentence: `settleBy` is a check id or a question to ask.
 */
export function settleText(settleBy: string): string {
  const check = CHECK_TEXT[settleBy as CheckId] as string | undefined;
  const text = (check ?? settleBy).trim();
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
