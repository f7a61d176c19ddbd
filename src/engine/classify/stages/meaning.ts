/**
 * Stage 3b, what the server's words mean when no wording rule names the cause: a specific
 * wording of another language ("Postfach voll", "宛先不明") counts like a rule; a thing and what
 * is said of it standing together ("mailbox … does not exist") is a generic reading, which the
 * status code outranks. See classify/meaning.ts and docs/decisions/060.
 */
import { meaningOf, type Meaning } from '../meaning.ts';
import type { Finding, Stage } from './types.ts';

export function meaningFinding(meaning: Meaning, where: string, strong: Finding['tier']): Finding {
  return {
    reason: meaning.reason,
    tier: meaning.strength === 'phrase' ? strong : 'fallback',
    rule: `${where} (${meaning.language}): ${meaning.rule}`,
    text: meaning.matched,
    source: meaning.source,
  };
}

/** The local part of an address, lower-cased ("joe" of "Joe@example.com"). */
export const mailboxName = (address: string): string | undefined => {
  const at = address.lastIndexOf('@');
  return at > 0 ? address.slice(0, at).toLowerCase() : undefined;
};

/**
 * RFC 7372's codes X.7.20-X.7.26 say which message authentication failed (DKIM, SPF, reverse
 * DNS, several): "unauthenticated" beside one of them is that failure, not a missing SMTP AUTH.
 * https://www.rfc-editor.org/rfc/rfc7372#section-3
 */
const MESSAGE_AUTH_STATUS = /^[45]\.7\.2[0-6]$/;

export const meaningStage: Stage = {
  id: 'meaning',
  run({ r, text, wordings }) {
    if (wordings().cause) return undefined;
    const meaning = meaningOf(text, mailboxName(r.address));
    if (!meaning) return undefined;
    if (meaning.reason === 'securityerror' && MESSAGE_AUTH_STATUS.test(r.status ?? ''))
      return undefined;
    const finding = meaningFinding(meaning, 'what the server’s words mean', 'cause');
    // The words reading generalises where no rule spoke; a rule's hint spoke first.
    return meaning.strength === 'words' ? { ...finding, tier: 'hint' } : finding;
  },
};
