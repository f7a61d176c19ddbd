/**
 * The human side of a verdict: permanent or not, who acts, and one or two plain sentences.
 */
import { REASON_INFO } from '../rules/reason-info.ts';
import type { ParsedRecipient } from '../parse/types.ts';
import type { Actor, ProviderMatch, Reason } from './types.ts';

/** Permanent (true), temporary (false), or not a failure at all (null). */
export function permanence(reason: Reason, r: ParsedRecipient): boolean | null {
  const info = REASON_INFO[reason];
  if (info.persistence === 'none') return null;
  if (reason === 'expired') return true;
  const klass = r.status?.[0] ?? String(r.replyCode ?? '')[0];
  if (klass === '4' || r.action === 'delayed') return false;
  if (klass === '5') return true;
  return info.persistence === 'permanent';
}

export function summarise(
  reason: Reason,
  r: ParsedRecipient,
  hard: boolean | null,
  provider: ProviderMatch | null,
): string {
  const info = REASON_INFO[reason];
  const who = r.address ? `Mail to ${r.address}: ` : '';
  const said =
    provider?.meaning && provider.code
      ? ` ${provider.name} (${provider.code}): ${provider.meaning}`
      : '';
  const when = hard === false ? ' The server may accept it on a later try.' : '';
  return `${who}${info.what}${said}${when} ${info.todo}`.trim();
}

export function actorFor(reason: Reason, providerActor: Actor | undefined): Actor {
  return providerActor ?? REASON_INFO[reason].actor;
}
