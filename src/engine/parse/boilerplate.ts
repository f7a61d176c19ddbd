/**
 * Sentences that MTAs put in every notice whatever went wrong. Taken out of a notice used as a
 * diagnostic of last resort, so that what is left is what the notice says about this failure
 * (and nothing at all when it says nothing).
 */
export const BOILERPLATE: RegExp[] = [
  // Postfix bounce(8) template
  /this is the mail system at host [^\s]+\.?/gi,
  /i'm sorry to have to inform you that your message could not be delivered to one or more recipients\.( it's attached below\.)?/gi,
  /for further assistance, please send mail to postmaster\.?/gi,
  /if you do so, please include this problem report\.( you can delete your own text from the attached returned message\.)?/gi,
  /\bthe mail system\b/gi,
  // ...and what it prints when it has nothing to report: no information, not a cause.
  /-+ delivery report unavailable -+/gi,
  // Exim
  /this message was created automatically by mail delivery software\.?/gi,
  /a message that you sent could not be delivered to one or more of its recipients\.?( this is a permanent error\.)?/gi,
  /the following address(?:\(es\))? failed:?/gi,
  // Sendmail
  /the original message was received at [^\n]*/gi,
  /-+ the following addresses had (?:permanent fatal errors|delivery problems) -+/gi,
  /-+ transcript of session follows -+/gi,
];

export function withoutBoilerplate(text: string): string {
  return BOILERPLATE.reduce((rest, pattern) => rest.replace(pattern, ' '), text);
}
