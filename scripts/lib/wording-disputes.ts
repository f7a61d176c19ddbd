/**
 * Rows of the wordings catalogue whose reason we read differently, with our reason and why.
 * They still count as misses in the catalogue score; eval:corpus lists them apart. Keyed by the
 * row's wording exactly as the file writes it.
 */
export interface WordingDispute {
  wording: string;
  /** The catalogue's reason. */
  theirs: string;
  ours: string;
  why: string;
  source: string;
}

export const WORDING_DISPUTES: WordingDispute[] = [
  {
    wording:
      '[<ip>] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. Please visit https://support.google.com/mail/?p=UnsolicitedRateLimitError to review our Bulk Email Senders Guidelines. - gsmtp',
    theirs: 'badreputation',
    ours: 'speeding',
    why: 'Gmail’s 4.7.28 is a temporary rate limit: it lets mail through again once the rate drops, which is what the sender must do',
    source: 'https://support.google.com/a/answer/3726730',
  },
  {
    wording: 'Connection frequency limited',
    theirs: 'speeding',
    ours: 'toomanyconn',
    why: 'QQ limits how often the IP connects (other QQ texts limit the domain or sender); the fix is fewer connections',
    source: 'http://qiao.yimirj.com/article/detail/2261',
  },
  {
    wording: 'sender rejected. AUP#In-1310',
    theirs: 'rejected',
    ours: 'toomanyconn',
    why: 'AUP#In-1310/1320/1330 are Cloudmark’s rate-limit blocks of 5 minutes, an hour and a day, whatever the text before them says',
    source:
      'https://www.suped.com/knowledge/email-deliverability/technical/how-to-interpret-aupi-1300-cloudmark-email-bounce-codes-from-charter',
  },
  {
    wording:
      '#5.7.1 smtp;550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]',
    theirs: 'filtered',
    ours: 'securityerror',
    why: 'the recipient requires the sender to be authenticated (an internal sender); the other RESOLVER.RST codes that restrict senders are filtered',
    source:
      'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-7-1-in-exchange-online',
  },
];
