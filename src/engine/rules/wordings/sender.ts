/** The envelope sender and relaying: the MAIL FROM address or its domain refused; relay denied. */
import { hint, prefix, rule } from './rule.ts';
import { SRC } from './sources.ts';

const SENDER = String.raw`(?:sender|mail ?from|envelope(?: sender| from)?|return-path|emetteur|originator)`;

export const SENDER_WORDINGS = [
  rule(
    'rejected.sender-refused',
    new RegExp(
      String.raw`\b${SENDER}(?: address| domain| \S+@\S+| <[^>]*>)? (?:was |is |has been )?(?:denied|refused|not (?:allowed|accepted|permitted)|blacklisted|invalide?|unknown)\b|\bsender address \[?\S+\]? blocked using\b|\benvelope blocked\b|\bsending to\/from an address that has been (?:blacklisted|blocked)|\b(?:rejected|refused|denied|bad|banned|invalid|unknown|fake|spoofed) (?:outbound )?${SENDER}(?: address| domain)?\b(?! ip\b)|\b${SENDER} (?:address|domain) (?:is )?(?:on a )?(?:block|deny|black) ?list`,
    ),
    '554 5.1.0 Sender Denied',
    SRC.postfixSmtpd,
  ),
  prefix(
    'rejected.sender-prefix',
    new RegExp(
      String.raw`\b${SENDER}(?: address| domain| \S+@\S+| <[^>]*>)? (?:was |is |has been )?rejected\b|\brejected mail from\b`,
    ),
    '550 5.1.0 jane@example.org sender rejected',
    SRC.postfixSmtpd,
  ),
  rule(
    'rejected.sender-access-denied',
    /\bsender address rejected: access denied\b/,
    '554 5.7.1 <jane@example.org>: Sender address rejected: Access denied',
    SRC.postfixSmtpd,
  ),
  rule(
    'rejected.sender-domain',
    /\bdomain of sender address \S+ (?:does not (?:exist|resolve)|not found)|\bsender domain (?:does not|doesn'?t|must) (?:exist|have|resolve)|\bsender domain (?:not found|invalid|has no)|\b(?:real )?domain name required for sender|\bdomain in mail from (?:does not have|has null)|\bno mx for your from address|\bfqdn required in the envelope sender|\bnull mx: \S+ does not send mail|\bfrom domains whose servers refuse bounces|\bnull sender is not allowed|\bsender <[^>]*> (?:from (?:rfc ?2606 reserved domain|unknown tld)|must be sent from)|\bmail from domain \S+ is not allowed\b|\binvalid dns mx or a\/aaaa resource record/,
    '553 5.1.8 Domain of sender address jane@example.invalid does not exist',
    SRC.sendmailProto,
  ),
  rule(
    'rejected.sender-verification',
    /\bsender (?:address )?verif(?:y|ication) (?:failed|failure)|\bcould not verify sender|\bunverifiable sender|\bpostmaster verification failed|\bverification failed for <|\bsender <\S+> verification failed/,
    '550 Sender verify failed',
    SRC.eximVerify,
  ),
  rule(
    'rejected.not-allowed-to-send',
    /\baccount (?:is not|isn'?t) allowed to send\b|\bnot authorized to send from that (?:e-?mail )?address|\b(?:from\/sender|sender) domain is not verified|\brestricted to sending domain|\bsending from this domain is paused|\bsending from unregistered domains?|\bsandbox subdomains are for test/,
    '530 From/Sender domain is not verified for this workspace.',
    SRC.sendgrid,
  ),
  rule(
    'rejected.blocked-sender',
    /\bblocked senders\b|\buser in blacklist\b|\bpolicy level block list\b|\bclient blocked from sending from unregistered|\bin the (?:admin|user) block list\b|\bhost denies the sender\b|\bsender is unvalidated\b|\bblack mail address\b|\bthe domain \S+ is banned\b/,
    'Rejected by header based Blocked Senders: jane@example.org',
    'https://community.mimecast.com/s/article/email-security-cloud-gateway-blocked-senders-policy',
    { outranks: ['blocked.host-refused', 'blocked.blocklist'] },
  ),
  rule(
    'rejected.courier-517',
    /^517 /,
    '517 Domain does not exist: jane@example.invalid.',
    'https://www.courier-mta.org/courierfilter.html',
    { outranks: ['hostunknown.domain-not-found', 'blocked.host-refused', 'userunknown.unknown'] },
  ),
  rule(
    'rejected.list-membership',
    /\bnot (?:a )?member of (?:this|the) (?:list|mailing list|group)|\bare not member|\b(?:group|list) (?:you tried to contact|may not exist)|\bforbidden from posting\b/,
    'You are forbidden from posting messages to this list.',
    SRC.mailman,
  ),
  rule(
    'norelaying.relay-denied',
    /\brelay(?:ing)? (?:access )?(?:is )?(?:denied|not (?:permitted|allowed|authorized)|disabled|prohibited)\b|\bnot (?:configured|allowed|authorized|permitted) to relay|\bwe do not relay|\b(?:unable|cannot|can ?not) (?:to )?relay\b|\bno relaying\b|\brelaying (?:mail )?(?:to \S+ )?(?:is )?(?:denied|prohibited)|\binsecure mail relay|\bopen relay not allowed|\bdecided if relaying is allowed|\brouted address relaying|\b(?:uucp|percent-hack) addressing denied|\brelaying denied\b|\bdenies relay\b/,
    '554 5.7.1 <jane@example.org>: Relay access denied',
    SRC.postfixSmtpd,
    // "Sender is not allowed to relay": what the sender may not do is relay.
    { outranks: ['expired.gave-up', 'rejected.sender-refused'] },
  ),
  rule(
    'norelaying.not-for-this-host',
    /\bi cannot deliver mail for\b|\blocal user only\b|\bdelivery is not allowed to this address|rcpthosts|\bnot (?:a )?gateway\b|tenantattribution|\bemail address is not verified\b|\bidentities failed the check/,
    "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
    SRC.qmailSmtpd,
  ),
  hint(
    'rejected.mail-refused',
    /\bmail refused\b|\brejected mail from\b|\bmail from \S+ (?:rejected|not allowed)/,
    '554 ERROR: Mail refused',
    SRC.rfc5321,
  ),
];
