/** The recipient address itself: it does not exist, it is disabled, it has moved. */
import { hint, prefix, rule } from './rule.ts';
import { SRC } from './sources.ts';

/** What mail software calls the thing that does not exist. */
const WHO = String.raw`(?:user(?:name)?|recipient|addressee|mailbox|mail ?box|address|e-?mail(?: address| account)?|account|alias|local[- ]?part|destination(?: address| mailbox)?|rcpt|person|benutzer)`;

export const ADDRESS_WORDINGS = [
  rule(
    'userunknown.unknown',
    new RegExp(
      String.raw`\b${WHO}s?(?: <[^>\s]*>| [^\s@]+@[^\s]+)? (?:is )?(?:unknown|not known|invalid)\b|\bunknown (?:or illegal )?(?:local )?${WHO}s?\b|\bis not a known (?:user|recipient|mailbox)|\bnot listed in (?:the )?(?:domino directory|public name (?:&|and) address book)|\brecipient name is not recognized`,
    ),
    '550 5.1.1 <jane@example.org>: Recipient address rejected: User unknown in local recipient table',
    SRC.postfixSmtpd,
  ),
  rule(
    'userunknown.no-such',
    /\bno such (?:local )?(?:user|mailbox|recipient|address|account|person|e-?mail(?: address)?|alias)\b|\bno (?:mailbox|account|user|one) (?:here |found )?(?:by|with|named) (?:that|this) name/,
    'Sorry, no mailbox here by that name. (#5.1.1)',
    SRC.qmailLocal,
  ),
  rule(
    'userunknown.does-not-exist',
    new RegExp(
      String.raw`\b${WHO}(?: \(?<?[^\s@]+@[^\s)>]+>?\)?| \S+@\S+)? (?:does ?n[o']?t|dosn'?t|did not|do not|no longer) exists?|\b${WHO} (?:is )?(?:not exist(?:ing|s)?|non-?existent|inexistent)\b|\b(?:account|address|mailbox) (?:that |which )?you (?:tried to reach|are trying to reach|entered|specified|sent to|wrote to) (?:does not|doesn't|did not) exist`,
    ),
    '550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient’s email address for typos',
    SRC.gmail,
  ),
  rule(
    'userunknown.not-found',
    new RegExp(
      String.raw`\b${WHO}s? (?:was |were |is |are )?not found\b|\b${WHO}s? notfound|recip(?:ient)?notfound|\b(?:address|user|recipient|mailbox|account)(?: \S+)? (?:couldn'?t|could not|can'?t|cannot) be found|\b(?:wasn'?t|was not) found at\b|\bunable to (?:find|locate) (?:the )?(?:recipient|user|mailbox|address)\b(?!'s)|\bcould not find (?:the )?(?:recipient|user|mailbox)`,
    ),
    '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    SRC.exchangeNdr,
  ),
  rule(
    'userunknown.invalid',
    /\binvalid(?:\/inactive)? (?:recipient|mailbox|user|rcpt|destination|e-?mail address|(?:recipient|destination) address)s?\b|\b(?:recipient|mailbox|user|destination address|rcpt) (?:is |was )?(?:invalid|illegal)\b|\b(?:is )?not a valid (?:user|mailbox|recipient|e-?mail address|rfc[- ]?5321 address)|\bbad destination mailbox|\bbad recipient\b|\binvalid mailbox path|\bbanned recipient\b/,
    '550 Invalid recipient: <jane@example.org>',
    SRC.opensmtpd,
  ),
  hint(
    'userunknown.invalid-address',
    /\binvalid address\b|\baddress (?:is )?(?:invalid|not valid)\b/,
    '550 5.2.1 jane@example.org... blank mailhost - invalid address',
    SRC.sendmailProto,
  ),
  rule(
    'userunknown.undeliverable-address',
    /recipient address rejected: undeliverable address|\bunrouteable address\b|\b(?:callout|recipient) verification fail|\bnot in route list|^\d{3} not deliverable|\bnot a deliverable (?:address|mailbox)/,
    '550 5.1.1 <jane@example.org>: Recipient address rejected: undeliverable address: host mx1.example.net[192.0.2.45] said: 550 unknown user',
    SRC.postfixSmtpd,
  ),
  rule(
    'userunknown.recipient-access-denied',
    /\brecipient address rejected: access denied\b/,
    '554 5.7.1 <jane@example.org>: Recipient address rejected: Access denied',
    SRC.postfixSmtpd,
  ),
  rule(
    'userunknown.dbeb',
    /5\.4\.1 (?:all )?recipient address(?:es)? rejected ?: access denied/,
    '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)',
    SRC.exchangeDbeb,
  ),
  hint(
    'userunknown.mailbox-unavailable',
    /\bmailbox (?:is )?(?:currently )?(?:unavailable|not available)\b|\brequested action not taken: mailbox\b|\buser (?:is )?(?:unavailable|not available)\b/,
    '550 Requested action not taken: mailbox unavailable',
    SRC.rfc5321,
  ),
  prefix(
    'userunknown.recipient-rejected',
    /\brecipient (?:address )?rejected\b|\brejected recipient\b|(?<!sender |from )\baddress rejected\b/,
    '550 5.1.1 jane@example.org recipient rejected',
    SRC.postfixSmtpd,
  ),
  rule(
    'userunknown.not-local',
    /\b(?:user|mailbox|account|recipient) (?:is )?not (?:local|here)\b|\baccount (?:is not|isn'?t) a local account|\bnot our customer\b/,
    '550 5.1.1 User not local',
    SRC.rfc5321,
  ),
  rule(
    'userunknown.lookup-failed',
    /\bpermanent failure in user lookup\b/,
    'Permanent failure in user lookup',
    SRC.opensmtpd,
    { outranks: ['systemerror.internal'] },
  ),
  rule(
    'userunknown.no-longer-valid',
    /\bis no longer (?:valid|active)\b|\bthis address no longer accepts mail\b/,
    '554 delivery error: dd jane@example.org is no longer valid. [-20]',
    SRC.yahoo,
  ),
  rule(
    'userunknown.yahoo-no-account',
    /\bdelivery error: dd (?:this )?user does(?:n'?t| not) have an? \S+ account/,
    "554 delivery error: dd This user doesn't have a yahoo.com account (jane@yahoo.com) [0]",
    SRC.yahoo,
  ),
  rule(
    'hasmoved.moved',
    /\b551 not our customer\b|\buser not local; please try\b|\bhas (?:been )?moved to\b|\b(?:user|mailbox|recipient|address) has moved\b|\bno longer (?:on (?:this )?server|with us|works? here|at this (?:address|company)|employed)/,
    '550 5.1.6 <jane@example.org>: Recipient address rejected: User has moved to jane@example.net',
    SRC.rfc3463,
    // "User not local; please try <forward-path>" names where the user is now (RFC 5321 s3.4).
    { outranks: ['userunknown.not-local'] },
  ),
  rule(
    'suspend.disabled',
    /\b(?:account|mailbox|address|user|recipient|e-?mail account|distribution list|domain)(?: \S+@\S+)? (?:has been |is |was |is currently |currently )?(?:temporarily |permanently )?(?:disabled|deactivated|inactive|suspended|locked|frozen|not active|blocked by (?:the )?(?:owner|administrator))\b|\b(?:disabled|inactive|suspended|deactivated) (?:recipient|account|mailbox|user|address)\b|\b(?:delivery to (?:this )?mailbox|incoming(?: mail)?) (?:is )?(?:temporarily )?(?:disabled|suspended)\b|\b(?:account|address|mailbox) (?:that |which )?you tried to reach is (?:disabled|inactive|suspended)|\brecipient address rejected: (?:inactive|disabled|suspended|blocked)\b|\[suspend\]/,
    '550 5.2.1 The email account that you tried to reach is disabled.',
    SRC.gmail,
    { outranks: ['userunknown.invalid'] },
  ),
  rule(
    'suspend.not-allowed-to-receive',
    /\baccount (?:is not|isn'?t) allowed to receive\b|\bmailbox cannot be accessed\b|\buser hangup\b|\buser is terminated\b|\bdiscontinued\b|\bmailbox is disabled\b/,
    "542 This account isn't allowed to receive email",
    SRC.yahoo,
  ),
  rule(
    'hostunknown.domain-not-found',
    /(?<!helo command rejected: )\b(?:host|domain)(?: name)? (?:or domain name )?(?:is )?(?:unknown|not found|does ?n[o']?t exist|not exist|invalid|unresolvable)\b(?!, try again)|\bunknown (?:host|domain)\b|\bno such (?:domain|host)\b(?! (?:for|of) (?:the )?sender)|\bnon-?existent (?:domain|host)\b|\binvalid (?:recipient )?domain\b(?! name| mode)|\bno valid domain\b|\bdomain is not reachable\b|\bunrecogni[sz]ed host name|\bhost name unknown/,
    'Host or domain name not found. Name service error for name=example.org type=MX: Host not found',
    SRC.postfixDns,
  ),
  // "The domain name in the email address is incorrect": the part right of the @ is wrong, what
  // X.1.2 says (RFC 3463), however much the sentence also speaks of the address.
  rule(
    'hostunknown.domain-of-address',
    /\bdomain(?: name| part)? (?:in|of) (?:the |your |this )?(?:recipient'?s? )?(?:e-?mail )?address (?:is |was )?(?:incorrect|invalid|wrong|unknown|not valid)\b/,
    'Delayed Message: domain name of email address not valid',
    'https://senderscore.org/email-error/4-1-2/',
  ),
  rule(
    'hostunknown.no-mail-host',
    /\bno mx for\b|\b(?:illegal|invalid) mx record\b|\bno mail (?:host|servers? appear)|\bno mx or a for domain|\bdomain lookup failed|\bprivate\/loopback address|nowhere to deliver mail|all host address lookups failed permanently|mx records point to non-existent hosts|\bcould(?:n'?t| not) find any host named\b|\bunrouteable mail domain\b|\bno route to domain\b|\bcould not find mail server\b|\bfailed to lookup '[^']*'|\bno mx records were found for\b/,
    "Sorry, I couldn't find any host named example.org. (#5.1.2)",
    SRC.qmailRemote,
    { outranks: ['networkerror.connection'] },
  ),
  rule(
    'hostunknown.no-destination-server',
    /\bdestination server for this recipient could not be found in (?:the )?domain name service/,
    'The destination server for this recipient could not be found in Domain Name Service (DNS).',
    SRC.exchange2013Dsn,
    { outranks: ['userunknown.not-found'] },
  ),
  rule(
    'hostunknown.reserved-domain',
    /\b(?:recipient|address)\S* (?:address )?(?:reserved by|from) rfc ?2606|recipient <\S+> from (?:rfc ?2606 reserved domain|unknown tld)|\bsingle label domains? not accepted|\bmail domain \S+ is syntactically invalid|\binvalid x\.400 address|nonexistentdomain/,
    '550 5.7.1 recipient <jane@example.test> from RFC2606 reserved domain #140',
    SRC.smtpf,
  ),
  hint(
    'userunknown.check-address',
    /\bplease check (?:if|that) (?:the )?(?:recipient'?s? )?(?:e-?mail )?address is correct/,
    'Please check if address is correct.',
    'https://docs.trendmicro.com/all/ent/imss/v7.1/en-us/imss_7.1_olh/notifications.htm',
  ),
  rule(
    'notaccept.no-mail-exchanger',
    /\bcould(?:n'?t| not) find a mail exchanger\b|\bno mx (?:record )?found\b|\bhost\/domain does not accept mail/,
    "Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)",
    SRC.qmailRemote,
  ),
  rule(
    'notaccept.null-mx',
    /(?<!sender |from )\b(?:null ?mx|no smtp service)\b|\b(?<!sender )domain \S+ (?:does not|doesn'?t) (?:accept|receive) (?:e-?)?mail|\bsends and receives no e-?mail|\baccepts? no mail\b|\bdoes(?:n'?t| not) receive e-?mail according to/,
    '556 5.1.10 Domain does not accept email (null MX)',
    SRC.rfc7505,
    { outranks: ['networkerror.dns'] },
  ),
];
