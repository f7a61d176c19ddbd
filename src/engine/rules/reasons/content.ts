/** The message itself: spam, viruses, policy, malformed content, RFC compliance. */
import type { PhraseRule } from './types.ts';

export const CONTENT_PHRASES: PhraseRule[] = [
  {
    reason: 'virusdetected',
    patterns: [
      /\bvirus(?:es)?\b|malware|infected|trojan|\bworm\b|malicious (?:content|attachment|payload)/, // "550 Virus Detected; Content Rejected"
    ],
  },
  {
    reason: 'spamdetected',
    patterns: [
      /\bspam\b(?! ?(?:folder|complaint rate))|\bspammy\b|junk mail|\bube\b|unsolicited (?:bulk |commercial )?(?:e-?mail|mail|message)|bulk mail/, // "554 5.6.0 This message has been scored as spam", "Message content rejected, UBE"
      /message content rejected|content (?:rejected|filter(?:ed)? rejection)|rejected (?:by|due to) (?:content|the content) filter|considered (?:to be )?(?:spam|junk)|looks like (?:spam|junk)|detected as (?:spam|bulk)|spam score|scored as spam|high spam|(?:sa|spamassassin) score|classified as (?:spam|junk)/,
      /phish(?:ing)?|suspicious (?:content|message|link|url)|(?:url|link|uri) (?:is )?(?:blocked|blacklisted|listed)|blacklisted (?:url|uri|link)|\bsurbl\b|\buribl\b/,
    ],
  },
  {
    reason: 'policyviolation',
    patterns: [
      /polic(?:y|ies) (?:violation|reasons|rejection)|violat(?:es|ion of) (?:our|the|local) (?:[a-z]+ )?polic|not accepted for policy reasons|content (?:presents|poses) a (?:potential )?security|prohibited (?:attachment|file type|content)|attachment (?:type )?(?:not allowed|blocked|prohibited)|blocked (?:attachment|file type|extension)|executable (?:attachment|file)/, // Gmail "This message was blocked because its content presents a potential security issue"
      /protocol violation|host network not allowed|not allowed by (?:recipient|local) policy|(?:rejected|denied) by (?:recipient|local|domain) policy|encrypted (?:zip|attachment)/, // "550 Protocol violation", Mimecast "554 Host network not allowed"
    ],
  },
  {
    reason: 'notcompliantrfc',
    patterns: [
      /not (?:rfc ?)?(?:5322|2822|822|5321) compliant|rfc ?5322 (?:specification|section|requirement)|(?:multiple|duplicate|more than one) (?:subject|from|to|date|message-id|sender) (?:headers?)?|missing (?:required )?(?:header|date|from|message-id)|invalid (?:message-id|date header|from header)|header (?:is )?(?:malformed|not compliant)/, // Gmail "This message is not RFC 5322 compliant. There are multiple Subject headers."
    ],
  },
  {
    reason: 'contenterror',
    patterns: [
      /(?:improper|illegal|invalid) (?:use of )?8-?bit|8-?bit (?:data|characters) (?:in|not)|headers? too (?:large|long)|too many headers|line too long|bare lf|malformed (?:mime|message|header|content)|invalid (?:mime|content|characters in header)|mime (?:error|violation|format)|message (?:is )?(?:corrupt|malformed)|conversion (?:failed|required)|media (?:type )?not supported/, // "550 5.6.9 improper use of 8-bit data in message header", "552 5.6.0 Headers too large"
    ],
  },
];
