/**
 * From evidence to a reason. The order of authority, most specific first:
 *   1. what the report itself declares (feedback, auto-reply, delivered, suppressed);
 *   2. a provider's own code or wording (it knows what it meant);
 *   3. a phrase naming the cause in the server's text;
 *   4. the enhanced status code's registered meaning;
 *   5. the basic reply code;
 * then two corrections that follow from SMTP itself: an "unknown user" answer given after the
 * address was accepted is a filter, and a transient failure that outlived the queue is "expired".
 */
import { gaveUpIn } from '../rules/reasons/give-up.ts';
import { PHRASES, WEAK_PHRASES, type CompiledPhrase } from '../rules/reasons/index.ts';
import { SETTLED_BY } from '../rules/reason-info.ts';
import { statusFact } from '../rules/status-codes.ts';
import { fireProviderRule, type FiredRule, type RecognisedProvider } from './provider.ts';
import type { ParsedRecipient } from '../parse/types.ts';
import type { Alternative, Evidence, Reason } from './types.ts';

const DECLARED = new Set<Reason>(['feedback', 'vacation', 'delivered', 'suppressed']);

const REPLY_CODE_REASONS: Record<number, Reason> = {
  551: 'hasmoved',
  552: 'mailboxfull',
  452: 'mailboxfull',
  521: 'notaccept',
  556: 'notaccept',
  530: 'securityerror',
  535: 'securityerror',
  500: 'syntaxerror',
  501: 'syntaxerror',
  503: 'syntaxerror',
};

export interface Decision {
  reason: Reason;
  evidence: Evidence[];
  alternatives: Alternative[];
  confidence: 'high' | 'medium' | 'low';
  fired?: FiredRule;
}

function phraseMatch(
  text: string,
  table: CompiledPhrase[],
): { reason: Reason; matched: string } | undefined {
  for (const phrase of table) {
    // One scan per reason; its match is the evidence (the leftmost phrase of that reason).
    const match = phrase.any.exec(text);
    if (match) return { reason: phrase.reason, matched: match[0] };
  }
  return undefined;
}

const contextText = (context: string) => context.toLowerCase().replace(/\s+/g, ' ');

/** The sending side retried until its queue lifetime ran out (or warns that it is still trying). */
function gaveUp(r: ParsedRecipient, text: string): string | undefined {
  if (r.hint === 'expired') return r.hintText ?? 'the report says delivery time expired';
  if (r.action === 'delayed') return 'Action: delayed';
  if (r.action === 'failed' && r.status?.startsWith('4.'))
    return `Action: failed with temporary status ${r.status}`;
  return gaveUpIn(text);
}

export function decide(
  r: ParsedRecipient,
  text: string,
  provider: RecognisedProvider | undefined,
): Decision {
  const evidence: Evidence[] = [];
  const alternatives: Alternative[] = [];
  let contextLower: string | undefined;
  const context = () => (contextLower ??= contextText(r.context ?? ''));
  let hint = r.hint as Reason | undefined;
  // An auto-reply that is really Apple Mail's unsubscribe request or a complaint.
  if (hint === 'vacation' && r.context && phraseMatch(context(), PHRASES)?.reason === 'feedback')
    hint = 'feedback';
  if (hint && DECLARED.has(hint)) {
    evidence.push({
      rule: `the report says: ${hint}`,
      text: r.hintText ?? r.diagnostic.slice(0, 200),
      weight: 1,
      reason: hint,
    });
    return { reason: hint, evidence, alternatives, confidence: 'high' };
  }
  if (r.action === 'delivered' || r.status?.startsWith('2.')) {
    evidence.push({
      rule: 'delivery status 2.x.x / Action: delivered',
      text: r.status ?? r.action ?? '',
      weight: 1,
      reason: 'delivered',
    });
    return { reason: 'delivered', evidence, alternatives, confidence: 'high' };
  }

  const fired = provider ? fireProviderRule(provider.family, text, r.command) : undefined;
  if (fired) {
    evidence.push({
      rule: `${provider!.family.name}${fired.code ? ` ${fired.code}` : ''}`,
      text: fired.matched,
      source: fired.rule.source,
      weight: 0.95,
      reason: fired.rule.reason ?? undefined,
    });
  }
  const phrase = phraseMatch(text, PHRASES);
  if (phrase)
    evidence.push({
      rule: `phrase: ${phrase.reason}`,
      text: phrase.matched,
      weight: 0.8,
      reason: phrase.reason,
    });
  const fact = statusFact(r.status);
  if (fact) {
    evidence.push({
      rule: `status ${r.status}: ${fact.title}`,
      text: r.status!,
      source: fact.source,
      weight: fact.reason ? 0.6 : 0.2,
      reason: fact.reason ?? undefined,
    });
  }

  let reason: Reason | undefined =
    fired?.rule.reason ?? phrase?.reason ?? fact?.reason ?? undefined;
  let confidence: Decision['confidence'] = fired?.rule.reason
    ? 'high'
    : phrase
      ? fact?.reason === phrase.reason
        ? 'high'
        : 'medium'
      : fact?.reason
        ? 'medium'
        : 'low';

  // The report's own prose, when the server's words name nothing.
  const around = reason || !r.context ? undefined : phraseMatch(context(), PHRASES);
  if (around) {
    reason = around.reason;
    evidence.push({
      rule: `the report's text: ${around.reason}`,
      text: around.matched,
      weight: 0.5,
      reason,
    });
    confidence = 'low';
  }
  const weak = reason ? undefined : phraseMatch(text, WEAK_PHRASES);
  if (weak) {
    reason = weak.reason;
    evidence.push({
      rule: `phrase (generic): ${weak.reason}`,
      text: weak.matched,
      weight: 0.4,
      reason,
    });
    confidence = 'low';
  }
  if (!reason && r.replyCode && REPLY_CODE_REASONS[r.replyCode]) {
    reason = REPLY_CODE_REASONS[r.replyCode];
    evidence.push({
      rule: `reply code ${r.replyCode}`,
      text: String(r.replyCode),
      source: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3',
      weight: 0.3,
      reason,
    });
    confidence = 'low';
  }

  // Local delivery programs report exit codes (RFC 3464 diagnostic-type X-Unix).
  const localProgram = !fired?.rule.reason && r.diagnosticType === 'x-unix' && !phrase;
  if (localProgram) {
    evidence.push({
      rule: 'diagnostic type X-Unix: a local delivery program failed',
      text: r.diagnostic.slice(0, 80),
      weight: 0.6,
      reason: 'mailererror',
    });
    reason = 'mailererror';
  }

  // An address refused in reply to MAIL FROM is the sender's (RFC 5321 s3.3), and so is a
  // refusal there that names nothing more specific.
  const generic =
    !reason || confidence === 'low' || reason === 'userunknown' || reason === 'hostunknown';
  if (r.command === 'MAIL' && generic && !fired?.rule.reason) {
    evidence.push({
      rule: 'refused in reply to MAIL FROM: the sender address',
      text: 'MAIL FROM',
      weight: 0.6,
      reason: 'rejected',
    });
    reason = 'rejected';
  }

  // Refused at the greeting or HELO, before any address was given: the connecting host is refused.
  if (
    (r.command === 'CONN' || r.command === 'EHLO') &&
    (!reason || confidence === 'low') &&
    !fired?.rule.reason
  ) {
    evidence.push({
      rule: 'refused at connection time: the sending host',
      text: r.command,
      weight: 0.5,
      reason: 'blocked',
    });
    reason = 'blocked';
  }

  // RFC 5321 s3.3: RCPT is where a server says an address is unknown. An SMTP server saying so
  // after DATA, or without a status of the address class, gives a filter's verdict.
  if (reason === 'userunknown' && !fired?.rule.reason && !around && r.replyCode) {
    const addressClass = /^[45]\.1\./.test(r.status ?? '');
    if (!addressClass && r.command !== 'RCPT') {
      alternatives.push({
        reason: 'userunknown',
        why: 'The server’s words say the user is unknown.',
        settleBy: 'address',
      });
      reason = 'filtered';
      evidence.push({
        rule: 'unknown-user answer outside RCPT without an address status: a filter',
        text: r.command ?? 'no SMTP command given',
        weight: 0.5,
        reason,
      });
    }
  }

  // A give-up says time ran out; only a specific cause of the failed attempts says more.
  const givenUp = gaveUp(r, text);
  const specific =
    fired?.rule.reason ||
    localProgram ||
    (phrase && phrase.reason !== 'expired') ||
    (fact?.reason && fact.reason !== 'networkerror');
  if (givenUp && (!specific || reason === 'expired')) {
    if (reason && reason !== 'expired')
      alternatives.push({
        reason,
        why: 'The last attempt failed this way.',
        settleBy: SETTLED_BY[reason],
      });
    evidence.push({
      rule: 'the sending server gave up after retrying',
      text: givenUp,
      weight: 0.7,
      reason: 'expired',
    });
    reason = 'expired';
  }

  for (const alternative of fired?.rule.alternatives ?? []) alternatives.push(alternative);
  // The registry's meaning of a status is worth listing only when no provider said what it meant.
  if (
    !fired?.rule.reason &&
    fact?.reason &&
    reason &&
    fact.reason !== reason &&
    !alternatives.some((a) => a.reason === fact.reason)
  ) {
    alternatives.push({
      reason: fact.reason,
      why: `Status ${r.status} on its own means “${fact.title}”.`,
      settleBy: SETTLED_BY[fact.reason],
    });
  }
  if (
    phrase &&
    reason &&
    phrase.reason !== reason &&
    !alternatives.some((a) => a.reason === phrase.reason)
  ) {
    alternatives.push({
      reason: phrase.reason,
      why: `The text also says “${phrase.matched}”.`,
      settleBy: SETTLED_BY[phrase.reason],
    });
  }
  if (!reason) reason = r.diagnostic.trim() ? 'onhold' : 'undefined';
  return { reason, evidence, alternatives, confidence, fired };
}
