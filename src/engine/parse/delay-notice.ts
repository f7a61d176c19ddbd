/**
 * A delay warning: the sending server has not delivered the message yet and is still retrying.
 * It is not a final bounce, and nothing needs resending. The notice says so in its template's
 * own words, which each entry quotes with where the template is written down.
 */

interface DelaySign {
  /** Lower-case; matched against the lower-cased subject and notice. */
  pattern: RegExp;
  example: string;
  source: string;
}

export const DELAY_SIGNS: readonly DelaySign[] = [
  {
    pattern:
      /\bthis is a warning message only\b|\bwarning: could not send message for past\b|\bwill keep trying until message is\b|\bfollowing addresses had transient non-fatal errors\b/,
    example: '**      THIS IS A WARNING MESSAGE ONLY      **',
    source:
      'https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/sendmail/savemail.c#L878',
  },
  {
    pattern:
      /\bthis is a warning only\b|\bdelayed mail \(still being retried\)|\bit will be retried until it is\b/,
    example: '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #',
    source: 'https://www.postfix.org/bounce.5.html',
  },
  {
    pattern:
      /\bhas not yet been delivered to one or more of its recipients\b|\bdelivery attempts will continue for some time\b/,
    example:
      'A message that you sent has not yet been delivered to one or more of its recipients after more than 24 hours on the queue on mx.example.com.',
    source:
      'https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/src/src/deliver.c#L6411',
  },
  {
    pattern:
      /\bdelays in delivering your message\b|\bdelivery of the following e-?mail message has been delayed\b/,
    example: 'The delivery of the following E-mail message has been delayed.',
    source:
      'https://github.com/svarshavchik/courier/blob/fe506ccc6d496692ea153e5b2cb0a4dc5bdb7b69/courier/courier/module.dsn/dsndelayed.txt#L6',
  },
  {
    pattern: /\bthis is only a temporary failure report\b/,
    example: 'Please note that this is only a temporary failure report.',
    source:
      'https://github.com/OpenSMTPD/OpenSMTPD/blob/3153385b02a0a155690061767491ca4009ccd4ee/usr.sbin/smtpd/bounce.c#L354',
  },
  {
    pattern: /\bwarning: delay in message delivery\b/,
    example: 'Warning: Delay in message delivery',
    source:
      'https://github.com/stalwartlabs/stalwart/blob/d72608f3e2d530c6560aaf2c7c290afd72671b82/crates/smtp/src/queue/dsn.rs#L209',
  },
  {
    pattern:
      /\bmessage will be retried for \d+ more\b|\bgmail will retry for \d+ more\b|\byou['’]ll be notified if the delivery fails permanently\b/,
    example:
      'There was a temporary problem delivering your message to joe@example.com. Gmail will retry for 45 more hours.',
    source: 'https://pastebin.com/kAAtD00k',
  },
  {
    pattern:
      /\bdelivery is delayed to these recipients\b|\b(?:this|the) message hasn['’]?t been delivered yet\b|\bdelivery will continue to be attempted\b/,
    example: "This message hasn't been delivered yet. Delivery will continue to be attempted.",
    source:
      'http://www.cryer.co.uk/brian/windows/exchange/2010/help_delivery_is_delayed_to_these_recipients.htm',
  },
];

/** The signs stand at the top of a notice, above the recipients and the transcript. */
const HEAD_CHARS = 2000;

/** All signs in one pattern, any run of white space where a sign has a space. */
const ANY_SIGN = new RegExp(
  DELAY_SIGNS.map((sign) => sign.pattern.source.replace(/ /g, String.raw`\s+`)).join('|'),
  'i',
);

/** Whether the subject or the notice's opening says delivery is only delayed, still retried. */
export function isDelayNotice(subject: string, notice: string): boolean {
  return ANY_SIGN.test(subject) || ANY_SIGN.test(notice.slice(0, HEAD_CHARS));
}

/**
 * Marks the recipients of a delay warning as still being tried, those that no report's Action
 * speaks for. The recipients are the parse's own objects.
 */
export function markRetrying(
  recipients: { action?: string; retrying?: true }[],
  subject: string,
  notice: string,
): void {
  // A report's Action already says it (Action: delayed is read as still trying): only
  // recipients that the prose alone names are asked about.
  if (!recipients.some((r) => r.action === undefined) || !isDelayNotice(subject, notice)) return;
  for (const r of recipients) if (r.action === undefined) r.retrying = true;
}
