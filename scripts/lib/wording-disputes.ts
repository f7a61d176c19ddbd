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

const RFC3463 = 'https://www.rfc-editor.org/rfc/rfc3463#section-3.5';

/**
 * Mail loops: RFC 3463 files them under X.4 "network and routing status" (X.4.6 "Routing loop
 * detected"), and the corpus vocabulary reads networkerror as DNS or network trouble, loops
 * included. The catalogue calls them systemerror.
 */
const loop = (wording: string): WordingDispute => ({
  wording,
  theirs: 'systemerror',
  ours: 'networkerror',
  why: 'a mail loop is a routing status (RFC 3463 X.4.6)',
  source: RFC3463,
});

/** The development corpus's labels read these wordings differently, and we follow them. */
const corpus = (wording: string, theirs: string, ours: string, why: string): WordingDispute => ({
  wording,
  theirs,
  ours,
  why,
  source: 'https://github.com/sisimai/set-of-emails',
});

export const WORDING_DISPUTES: WordingDispute[] = [
  corpus(
    'Deferred: Connection refused by <host>',
    'networkerror',
    'blocked',
    'a receiving host that refuses the connection refuses the sender (the corpus labels it so)',
  ),
  corpus(
    'Connection refused [Message=Socket error code 10061]',
    'networkerror',
    'blocked',
    'a receiving host that refuses the connection refuses the sender (the corpus labels it so)',
  ),
  corpus(
    '<<addr>>: Recipient address rejected: Access denied',
    'filtered',
    'userunknown',
    'the corpus reads "Recipient address rejected: Access denied" as an unknown address, as Microsoft documents its own',
  ),
  corpus(
    'No MX found for domain',
    'hostunknown',
    'notaccept',
    'a domain without a mail exchanger accepts no mail (the corpus labels it so)',
  ),
  corpus(
    "Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)",
    'hostunknown',
    'notaccept',
    'qmail says so for a domain that exists but has no mail host (the corpus labels it so)',
  ),
  loop('554 5.4.14 Hop Count exceeded - possible mail loop ATTR34'),
  loop('554 5.4.14 Hop count exceeded - possible mail loop'),
  loop('554 5.4.6 Hop count exceeded - possible mail loop'),
  loop('554 5.4.6 mail loop detected'),
  loop('Error: too many hops'),
  loop('Hop count exceeded - possible mail loop'),
  loop('Loop detected'),
  loop('Loop detected: Email is sent and forwarded from/to improvmx.com. (#id-5.9.0)'),
  loop('Proxying appears to be looping (TTL=0)'),
  loop('Routing loop detected'),
  loop('Routing loop detected: Loop detected'),
  loop('This message is looping: it already has my Delivered-To line. (#5.4.6)'),
  loop('Too many Received header fields (<n>), possible forwarding loop'),
  loop('Too many "Received" headers - suspected mail loop'),
  loop('Too many hops <n> (<n> max): from <addr> via <host>, to <addr>'),
  loop('Too many hops'),
  loop('Too many received headers - possible mail loop'),
  loop('mail for <domain> loops back to myself'),
  loop('mail is looping'),
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
