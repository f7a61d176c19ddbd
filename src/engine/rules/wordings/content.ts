/** The message itself: spam, viruses, policy, malformed content, RFC compliance; filters. */
import { hint, rule } from './rule.ts';
import { SRC } from './sources.ts';

export const CONTENT_WORDINGS = [
  rule(
    'virusdetected.virus',
    /\b(?:contains?|contained|found|detected|infected with|carries|has) (?:an? |the )?(?:virus|malware|trojan|worm)\b|\bvirus(?:es)? (?:infected|found|detected)\b|\b(?:virus|malware)[- ]infected\b|\binfected (?:with|message|mail|attachment)\b|\bmalicious (?:content|attachment|payload|software|file)|\bviral traffic\b|\bmalware\b(?! scan)|\btrojan\b|\bis infected\b/,
    '550 This message contains a virus (Eicar-Test-Signature).',
    SRC.rspamd,
    // "Message content rejected: virus found": the virus is the cause of the refusal.
    { outranks: ['spamdetected.content-rejected'] },
  ),
  rule(
    'spamdetected.spam',
    /\bspam(?:my|med)?\b(?! ?(?:folder|complaint rate|reporter|reporting address|trap))|\bjunk (?:e-?)?mail\b|\bube\b|\bunsolicited (?:bulk |commercial )?(?:e-?mail|mail|message)|\bbulk (?:spam )?(?:e-?)?mail (?:filter|rejected)|spamassassin|\bphish(?:ing)?\b|\bsuspicious (?:due to the nature of the content|content|message|link|url)|\bmessage is suspicious due to the nature|\b(?:uribl|surbl)\b|\bspamhaus dbl\b|\bcontenu non sollicite/,
    '550 5.7.1 [192.0.2.45] Our system has detected that this message is likely unsolicited mail.',
    SRC.gmail,
  ),
  rule(
    'spamdetected.content-rejected',
    /\b(?:message |mail )?content (?:rejected|denied|blocked|filter(?:ed)? rejection)\b|\breject(?:ed)? by content (?:spam|filter)\b|\brejected (?:by|due to) (?:the )?content filter|\bcontent reject\b|\bcontent filter agent quarantined|\brejected uri ns\b|\brejected content\b|\bknown spam signature|\bcontains (?:a )?domain \S+ listed\b/,
    '550 5.7.1 message content rejected',
    SRC.postfixCleanup,
  ),
  rule(
    'policyviolation.security-issue',
    /\bcontent presents a (?:potential )?security issue|\bsecurity or policy settings\b|\bpolic(?:y|ies) (?:violation|rejection|issue)|\bviolat(?:es|ion of) (?:our|the|local|\S+) (?:[a-z]+ )?polic|\bnot accepted for policy reasons|\bfor policy reasons\b|\b(?:reject|rejected) due to (?:local )?policy|\bpolicy restrictions \((?:header|content) based\)|\breject due to policy restrictions\b(?! \((?:ip|domain) based\))|\bprohibited (?:attachment|file type|content)|\battachment (?:type )?(?:not allowed|blocked|prohibited)|\bnumber of attachments\b|\bblocked (?:attachment|file type|extension|content)\b|\bcontains blocked content|\bexecutable (?:attachment|file)|\b(?:rejected|denied|discarded) by (?:recipient |local |domain )?policy|\bnot allowed by (?:recipient|local) policy|\bsecurity policies\b|\banti-spoofing policy|\badministrative prohibition\b|\bdoes not accept e-?mail over ipv6|tenant allow block list|\bprotocol violation\b|\bhost network not allowed|\bfile extensions? (?:are|is) dangerous\b|\bbanned file\b|\blegitimate bounces are never sent to more than one recipient/,
    '552 5.7.0 This message was blocked because its content presents a potential security issue.',
    SRC.gmail,
    { outranks: ['systemerror.internal'] },
  ),
  // amavisd-new's replies name the content category it refused: "id=<id> - BANNED: <names>",
  // "id=<id> - BAD HEADER: <why>" (INFECTED and spam are read by the rules above).
  rule(
    'policyviolation.banned-content',
    /\bid=\S+ - banned\b|\bbanned contents alert\b/,
    '554 5.7.0 Reject, id=31536-15 - BANNED: .exe,invoice.bat',
    SRC.amavis,
  ),
  rule(
    'notcompliantrfc.bad-header',
    /\bid=\S+ - bad[- ]header\b/,
    '554 5.6.0 Reject, id=31536-15 - BAD HEADER: MIME error',
    SRC.amavis,
  ),
  rule(
    'policyviolation.list-rules',
    /\bbcc recipient detected|\bblind carbon copies\b|\bimplicit destination|\bnon-members? (?:are not allowed|to a members-only)|\bpost by non-member|\bthis list is restricted|\btrim the recipient list|\bmulti-recipient bounce|\b(?:do not accept|due to) null senders?|\bduplicate message rejected|\btoo many recipients to the message|\bhelo name is not fully qualified|\bneed fully-qualified hostname|\binvalid delivered-to header|\bmore than one sender\b/,
    'Non-members are not allowed to post messages to this list.',
    SRC.mailman,
  ),
  rule(
    'notcompliantrfc.rfc5322',
    /\bnot (?:rfc ?)?(?:5322|2822|822|5321) compliant|\brfc ?(?:5322|2822) (?:section|specification|requirement)|\bsee rfc ?(?:5322|2822)|\bnot rfc compliant\b|\b(?:multiple|duplicate|more than one) (?:subject|from|to|date|message-id|sender)(?: addresses| headers?)?\b|\bonly one \S+ header allowed|\bmissing (?:required )?(?:rfc ?2822 )?(?:headers?|date|from|message-id)|\brequired header \S+ missing|\brequired headers not found|\bheaders are missing|\binvalid header found|\bmessage contains invalid header|\bheader syntax\b|\bheader (?:is )?(?:malformed|not compliant)|\bwe require a valid \S+ header|\b(?:body|header|content) line too long|\bhas lines too long|\bmaximum allowed line length|\bbare (?:newlines\b|line-?feed\b|lf\b|<lf>|cr\b)|\bbarelf\b|\blone cr or lf|\bheader not (?:crlf|terminated by cr lf)|\bmissing cr lf \. cr lf|\bno header\/body separator|\bmissing of end-of-header|\bmessage headers must be us-ascii|\bdate header is too (?:far|old)|\bmissing a valid address in from|\bmultiple from addresses|\bsmtputf8 is required|\bmust declare smtputf8|\bmessage must be rfc 5322|\binvalid line ending\b|\bline delimiter must be crlf\b/,
    '550 5.7.1 Messages missing a valid address in From: header, or having no From: header, are not accepted.',
    SRC.gmail,
  ),
  rule(
    'contenterror.malformed',
    /\b(?:improper|illegal|invalid) (?:use of )?8-?bit|\b8-?bit (?:data|characters) (?:in|not)|\bcontains nul characters|\bnon-ascii characters in headers|\bheaders? (?:line )?(?:is )?too (?:large|long)|\btoo many (?:headers|mime parts)|\bridiculously long|\bmalformed (?:mime|message|header|content)|\binvalid (?:mime|message content|content|characters)|\bmime (?:error|violation|format)|\bcorrupt message content|\bmessage (?:is )?(?:corrupt|malformed)|\bdata format error|\bconversion (?:failed|required)|\bmedia (?:type )?not supported|\b(?:bad or empty|error in) template|\brequires smtputf8|\butf8 support required|\binternationali[sz]ed mailbox|\bpartial final lines|\binvalid smtpapi header|\bmessage body missing|\btoo many related errors|\bfailed to parse message\b|\bheader size (?:is )?too (?:large|long)\b|\bmulti-part mime messages are rejected|\bunicode e-?mail to a non-unicode\b/,
    '550 5.6.9 improper use of 8-bit data in message header',
    SRC.sendmailSrvrsmtp,
  ),
  rule(
    'filtered.recipient-filter',
    /\brecipient <[^>]*> (?:black ?listed|blacklisted)\b|\bmail to \S+ not accepted here\b|\berror: message content rejected\b|(?<!dd )\bthis user does(?:n'?t| not) have an? \S+ account\b|\bmessage filtered\b|\bfiltered (?:by|out)\b|\brejected by (?:recipient|user)(?:'s)? (?:preferences|rules|filter|email security filter)|\bfilter rule match|\brecipient preferences\b|\brefused due to recipient|\bblocked by (?:the )?recipient\b|\b(?:user|recipient) (?:has )?(?:blocked|rejected) (?:you|the sender|this sender|your)|\bby user'?s reject list|\bblackholed\b|\bquarantined message|\bby the moderator|\brejected by a moderator|\ballowed-senders list|\bisn'?t a group member|\bsender (?:was |is )?not authenticated\b|\bresolver\.rst\.authrequired|\bauthenticationrequiredforpublicfolder|\b(?:you )?(?:do(?:n'?t| not) have|does not have) permission to (?:post|send)|\bmail is denied, by spam filter|\bmail is rejected by recipients|\bauto-discard notification|\bbeing kept for evaluation|\breached the recipient'?s e-?mail system, but delivery was refused|\bdelivery denied\b|\bsuspicious header|\brecipient doesn'?t want your mail\b|\bblocked by this recipient\b/,
    'Refused due to recipient preferences',
    SRC.exchangeNdr,
    { outranks: ['spamdetected.content-rejected', 'blocked.blocklist'] },
  ),
  hint(
    'policyviolation.not-authorized',
    /\bnot authorized(?: sender)?\.?$/,
    '554 5.7.1 Not authorized',
    'https://github.com/iredmail/iRedAPD/blob/60b2eed4a577a5a09aacc64d64d29d3402143221/libs/__init__.py',
  ),
  rule(
    'filtered.recipient-blocked-using',
    /\brecipient address \[\S+\] blocked using\b/,
    '554 5.7.1 Service unavailable; Recipient address [jane@example.org] blocked using rhsbl.example.net',
    SRC.postfixSmtpd,
  ),
  hint(
    'filtered.refused',
    /\bmessage (?:was )?(?:refused|rejected|denied)\b|\buser rejected\b|\brcpt is rejected\b|\bdelivery not authorized\b|(?<!helo |ehlo |data )\bcommand rejected\b|\bpermanent failure for one or more recipients|\bblocked for unspecified reasons|\bdid not originate here|\bin response to an old message/,
    '550 5.7.1 Message rejected',
    SRC.smtpf,
  ),
];
