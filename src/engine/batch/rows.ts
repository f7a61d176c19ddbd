/** From the classifier's results to triage rows. */
import type { Classification } from '../classify/types.ts';
import type { FeedSender } from '../feeds/types.ts';
import { refusingProvider } from '../classify/refusing-provider.ts';
import { serviceBounceName } from '../senders/bounce-name.ts';
import { isStillTrying } from '../rules/reason-info.ts';
import { actionFor } from './actions.ts';
import type { TriageAction, TriageRow } from './types.ts';

/** Enough of the server's words to recognise them; the wizard shows the whole text. */
const DIAGNOSTIC_CHARS = 500;

/**
 * The cause group of a row: its reason, the provider's own code when one fired (a provider code
 * is one cause with one fix: "blocked by Outlook.com S3150"), and the action (so that each group
 * has exactly one).
 */
export function causeKey(
  c: Pick<Classification, 'reason' | 'provider'>,
  action: TriageAction,
  stillTrying = false,
): string {
  const code = ownCode(c.provider);
  // Delay warnings stand apart from the final bounces of the same reason: their story differs.
  const reason = stillTrying ? `${c.reason}(still trying)` : c.reason;
  return code ? `${reason}|${c.provider!.id}:${code}|${action}` : `${reason}||${action}`;
}

/**
 * A provider's own code (S3150, AS(201806281), TSS04), not an enhanced status code it happens
 * to document (Gmail's 5.1.1 is the same cause as everyone else's 5.1.1).
 */
export function ownCode(provider: Classification['provider'] | TriageRow['provider']) {
  const code = provider?.code;
  return code && !/^[245]\.\d{1,3}\.\d{1,3}$/.test(code) ? code : undefined;
}

/**
 * The provider a row names, as the recipients table shows it: the one that refused the mail, or,
 * when the only provider named wrote the notice about another server's failure, "reported by"
 * it (Gmail's DNS-error notice is not Gmail refusing example.org's mail).
 */
export function providerLabel(row: Pick<TriageRow, 'provider'>): string {
  const at = refusingProvider(row);
  if (at) return at.name;
  return row.provider ? `reported by ${row.provider.name}` : '';
}

export interface RowContext {
  file: string;
  where: string;
  format: string;
  sender?: FeedSender;
  /** The sending service's id, when the feed is its own or the message shows it. */
  service?: string;
}

/** `address` stands in for the classification's own when it was classified for another row. */
export function toRow(
  c: Classification,
  id: number,
  context: RowContext,
  address = c.recipient,
): TriageRow {
  const action = actionFor(c);
  const stillTrying = isStillTrying(c.source);
  const recipient = address.trim();
  const at = recipient.lastIndexOf('@');
  const bounceName = serviceBounceName(context.service, c)?.name;
  return {
    id,
    file: context.file,
    where: context.where,
    recipient,
    domain: at >= 0 ? recipient.slice(at + 1).toLowerCase() : '',
    reason: c.reason,
    permanent: c.permanent,
    hardBounce: c.hardBounce,
    status: c.status,
    replyCode: c.replyCode,
    provider: c.provider
      ? {
          id: c.provider.id,
          name: c.provider.name,
          ...(c.provider.code ? { code: c.provider.code } : {}),
          role: c.provider.role,
        }
      : null,
    actor: c.actor,
    action,
    ...(stillTrying ? { stillTrying: true as const } : {}),
    cause: causeKey(c, action, stillTrying),
    diagnostic:
      c.diagnostic.length > DIAGNOSTIC_CHARS
        ? `${c.diagnostic.slice(0, DIAGNOSTIC_CHARS)}…`
        : c.diagnostic,
    remoteMta: c.remoteMta,
    format: context.format,
    ...(context.sender ? { sender: context.sender } : {}),
    ...(context.service ? { service: context.service } : {}),
    ...(bounceName ? { serviceBounceName: bounceName } : {}),
  };
}
