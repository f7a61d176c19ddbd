/**
 * Stage 6, what SMTP itself implies about where the refusal came (RFC 5321 s3.3): corrections of
 * a verdict that the server's words did not settle. Words that name the cause are never
 * overridden here, except an address-family verdict at MAIL FROM, which is about the sender.
 */
import { WORDING_RULES } from '../../rules/wordings/index.ts';
import { reasonFamily } from '../../vocabulary/reasons.ts';
import type { Finding, Stage, StageInput } from './types.ts';

const RFC5321 = 'https://www.rfc-editor.org/rfc/rfc5321#section-3.3';

const unsettled = (sofar: Finding | undefined) =>
  !sofar || (sofar.tier !== 'cause' && sofar.tier !== 'declared');

/** Where the refusal is about the sender: the command, a sender status, the server's own prefix. */
function aboutSender({ r, wordings }: StageInput): string | undefined {
  if (r.command === 'MAIL') return 'refused in reply to MAIL FROM: the sender address';
  if (/^[45]\.1\.[78]$/.test(r.status ?? '')) return `status ${r.status}: the sender's address`;
  if (wordings().prefix?.rule.id === 'rejected.sender-prefix')
    return 'the server says the sender address was rejected';
  return undefined;
}

/**
 * An address refused in reply to MAIL FROM is the sender's, and so is a refusal there that names
 * nothing more: "User unknown" or "Domain not found" about the sender means the sender was refused.
 */
export const mailFromStage: Stage = {
  id: 'mail-from',
  run(input, sofar) {
    if (sofar && sofar.tier === 'declared') return undefined;
    if (sofar?.stage === 'provider') return undefined;
    const aboutAddress = sofar && reasonFamily(sofar.reason) === 'address';
    if (!unsettled(sofar) && !aboutAddress) return undefined;
    const why = aboutSender(input);
    if (!why) return undefined;
    return {
      reason: 'rejected',
      tier: 'class',
      rule: why,
      text:
        input.r.command === 'MAIL' ? 'MAIL FROM' : (input.r.status ?? 'sender address rejected'),
      source: RFC5321,
      corrects: true,
    };
  },
};

/** Refused at the greeting or HELO, before any address was given: the connecting host is refused. */
export const connectionStage: Stage = {
  id: 'connection',
  run({ r }, sofar) {
    if (r.command !== 'CONN' && r.command !== 'EHLO' && r.command !== 'HELO') return undefined;
    if (!unsettled(sofar) || sofar?.tier === 'class') return undefined;
    return {
      reason: 'blocked',
      tier: 'class',
      rule: 'refused at connection time: the sending host',
      text: r.command,
      source: RFC5321,
      corrects: true,
    };
  },
};

/**
 * RCPT is where a server says an address is unknown. A server saying so after DATA, without a
 * status of the address class, gives a content filter's verdict. A whole report that shows the
 * reply but not the command it answered is read the same way; a pasted line alone is not.
 */
export const afterDataStage: Stage = {
  id: 'after-data',
  run({ r, kind }, sofar) {
    if (sofar?.reason !== 'userunknown' || sofar.stage !== 'reply') return undefined;
    if (/^[45]\.1\./.test(r.status ?? '')) return undefined;
    const afterData = r.command === 'DATA' || r.command === 'BDAT';
    const unplaced = !r.command && kind === 'message' && r.replyCode !== undefined;
    if (!afterData && !unplaced) return undefined;
    return {
      reason: 'filtered',
      tier: 'class',
      rule: 'unknown-user answer after DATA without an address status: a filter',
      text: r.command ?? 'a reply shown without the command it answered',
      source: RFC5321,
      corrects: true,
    };
  },
};

/** The wordings of a sending server that retried until its queue lifetime ran out. */
const GAVE_UP = WORDING_RULES.filter((rule) => rule.reason === 'expired').map(
  (rule) => rule.pattern,
);

/** The sending server retried until its queue lifetime ran out, or the report says it still tries. */
function gaveUp({ r, text }: StageInput): string | undefined {
  if (r.hint === 'expired') return r.hintText ?? 'the report says delivery time expired';
  if (r.action === 'delayed') return 'Action: delayed';
  if (r.action === 'failed' && r.status?.startsWith('4.'))
    return `Action: failed with temporary status ${r.status}`;
  for (const pattern of GAVE_UP) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return undefined;
}

/** Verdicts that a give-up explains better: a timeout, a deferral, an expiry. */
const superseded = (f: Finding) => f.attempt || f.reason === 'expired' || f.reason === 'onhold';

/** A give-up says that time ran out; only a specific cause of the failed attempts says more. */
export const giveUpStage: Stage = {
  id: 'give-up',
  run(input, sofar) {
    if (sofar && sofar.tier === 'declared') return undefined;
    if (sofar && (sofar.tier === 'cause' || sofar.tier === 'class') && !superseded(sofar))
      return undefined;
    const text = gaveUp(input);
    if (!text) return undefined;
    return {
      reason: 'expired',
      tier: 'class',
      rule: 'the sending server gave up after retrying',
      text,
      corrects: true,
    };
  },
};
