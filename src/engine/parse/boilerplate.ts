/**
 * Sentences that MTAs put in every notice whatever went wrong. Taken out of a notice used as a
 * diagnostic of last resort, so that what is left is what the notice says about this failure
 * (and nothing at all when it says nothing).
 */
import { literalIndex } from '../rules/literal-index.ts';

// A run of dashes is matched from its first dash ((?<!-)): tried from every dash of a long rule
// line, the pattern would cost the square of its length.
export const BOILERPLATE: RegExp[] = [
  // Postfix bounce(8) template
  /this is the mail system at host [^\s]+\.?/gi,
  /i'm sorry to have to inform you that your message could not be delivered to one or more recipients\.( it's attached below\.)?/gi,
  /for further assistance, please send mail to postmaster\.?/gi,
  /if you do so, please include this problem report\.( you can delete your own text from the attached returned message\.)?/gi,
  /\bthe mail system\b/gi,
  // ...and what it prints when it has nothing to report: no information, not a cause.
  /(?<!-)-+ delivery report unavailable -+/gi,
  // Exim
  /this message was created automatically by mail delivery software\.?/gi,
  /a message that you sent could not be delivered to one or more of its recipients\.?( this is a permanent error\.)?/gi,
  /the following address(?:\(es\))? failed:?/gi,
  // Sendmail
  /the original message was received at [^\n]*/gi,
  /(?<!-)-+ the following addresses had (?:permanent fatal errors|delivery problems) -+/gi,
  /(?<!-)-+ transcript of session follows -+/gi,
];

/**
 * Takes each of the patterns out of a text, trying only those whose required literals the text
 * holds. The patterns are written in lower case and matched without regard to case, so the
 * literals are looked for in the lower-cased text: one pass over it instead of one per pattern.
 */
function remover(patterns: readonly RegExp[]): (text: string) => string {
  let index: ReturnType<typeof literalIndex> | undefined;
  return (text) => {
    index ??= literalIndex(patterns.map((p) => new RegExp(p.source, p.flags.replace('i', ''))));
    let rest = text;
    for (const i of index.candidates(text.toLowerCase())) rest = rest.replace(patterns[i]!, ' ');
    return rest;
  };
}

export const withoutBoilerplate = remover(BOILERPLATE);

/**
 * The opening and closing sentences of non-delivery templates (qmail-send, Courier, Exim,
 * Exchange, Gmail, OpenSMTPD, Stalwart, James, Haraka...) and the disclaimers and advice that
 * gateways append. They say that delivery failed, never why.
 */
export const TEMPLATE_SENTENCES: RegExp[] = [
  /\bhi\. this is the [\w.-]+(?: \w+)? (?:program|server|mailer)(?: program)? at [^\s]+\.?/gi, // qmail-send.c, Haraka, James
  /i'm afraid i wasn't able to deliver your message to the following addresses\.?/gi, // qmail-send.c
  /this is a permanent error; i've given up\. sorry it didn't work out\.?/gi, // qmail-send.c
  /(?:this is an? )?(?:automatically generated )?delivery status notification(?: \(failure\)| \(delay\))?[:.]?/gi,
  /(?:your )?message (?:could not be|couldn't be|was not|wasn't) delivered to (?:one or more|all|some or all) (?:of its |of the intended )?recipients\.?/gi,
  /delivery (?:to|of your message to) the following recipients? failed(?: permanently)?:?/gi, // Gmail, Exchange
  /please (?:do not|don't) reply to this (?:e-?mail|message)\.?/gi,
  /returning message to sender/gi,
  /(?:this|the) (?:e-?mail|message) (?:has been|was) (?:scanned|checked) (?:for viruses|by [^.]{1,60})\.?/gi, // gateway footers
  /(?:this|the information in this) (?:e-?mail|message)(?: and any attachments?)? (?:is|are|may be) (?:confidential|privileged|intended solely)[^.]*\.?/gi, // disclaimers
  // Lead-ins that introduce the server's words and say nothing themselves.
  /\bsmtp error from remote (?:mail )?server (?:after|in response to) (?:initial connection|end of data|(?:pipelined )?(?:rcpt to|mail from|data|bdat)(?::<[^>]*>)?)(?: size=\d+)?:?/gi, // Exim deliver.c
  /\bresponse to "[^"]{1,300}" was:/gi, // Exim
  /\bhost [^\s[]+\[[^\]\s]+\] said:/gi, // Postfix smtp_proto.c
  /\(in reply to (?:rcpt to|mail from|end of data|data|rset|helo|ehlo|lhlo|starttls|auth|quit) command\)/gi, // Postfix
  /\b[\d.:a-f]{7,} (?:does not like recipient|failed after i sent the message|failed on data command)\.?/gi, // qmail-remote.c
  /\b(?:remote host|upstream error|remote server(?: \([^)]{1,60}\))?) (?:said|replied|issued an error)?:?/gi, // qmail-remote, Haraka, hMailServer
  /\bmail delivery failed\b:?/gi,
  /\breturned mail: see transcript for details/gi, // Sendmail
  /\b(?:message|mail) undeliverable\b|\bundeliverable mail\b/gi,
  /\b(?:your message|this message) did not reach some or all of the intended recipients\.?/gi, // Exchange
  /\bthe e-mail system was unable to deliver the message, but did not report a specific reason\.?/gi, // Exchange 2003
  /\ban error has occurred while attempting to deliver a message for the following list of recipients:?/gi, // OpenSMTPD bounce.c
  /\bthis is the mailer-daemon\b,?/gi, // OpenSMTPD
  /\b(?:delayed bounce - )?unable to parse server reason/gi, // SendGrid
  /\b(?:error: )?no (?:valid )?recipients(?: specified)?\b/gi, // Postfix, Haraka: every recipient failed
  /\[internal\] message manually purged/gi, // Momentum
  /\bgoogle tried to deliver your message, but it was rejected by the (?:recipient domain|server for the recipient domain [^.]*)\.(?: we recommend contacting the other email provider for further information about the cause of this error\.)?/gi, // Gmail
  /\[oob\] the response text could not be identified\.?/gi, // Momentum
  /\bdelivery of your message to the following recipient\(s\) failed permanently:?/gi, // chasquid
  /- "[^"]{1,320}" \([^)]{0,200}\) failed permanently with error:?/gi, // chasquid
  /\bfailed to deliver message\b|\byour message could not be delivered to the following recipients:?|\bthere was a temporary problem delivering your message to the following recipients:?/gi, // Stalwart
  /\(host '[^']{1,255}' rejected command '[^']{0,200}' with code \d+ \([^)]{0,200}\) '[^']{0,400}'\)/gi, // Stalwart
  /\bnotice: mail delivery status\.?|\bthis is a delivery status notification from \S+, running the courier mail server, version \S+|\byour message to the following recipients cannot be delivered:?/gi, // Courier
  /\bfailure notice\b|\bi tried to deliver a bounce message to this address, but the bounce bounced!?/gi, // qmail-send.c
  /\bcheck the address and try again\.?|\bif (?:it|the problem) (?:still fails|continues)[^.]*\.?/gi, // advice
];

/** The notice's text without its templates and disclaimers: what it says about this failure. */
// One index over both lists, boilerplate first: the text is lower-cased and scanned once.
export const withoutTemplates = remover([...BOILERPLATE, ...TEMPLATE_SENTENCES]);
