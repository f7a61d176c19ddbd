/** The path and the receiving system: DNS and connections, loops, local delivery, errors, syntax. */
import { hint, rule } from './rule.ts';
import { SRC } from './sources.ts';

export const TRANSPORT_WORDINGS = [
  rule(
    'networkerror.dns',
    /\bdns (?:error|failure|timeout|query (?:error|has failed|failed)|lookup (?:error|failure|failed))|\bnxdomain\b|\bservfail\b|\b(?:malformed|unexpected) (?:name server|dns server) reply|\bhost name lookup failure|\bname (?:server|service) (?:timeout|error|failure)|\btemporary (?:dns|mx lookup|address resolution) (?:failure|error)|\bmx lookup (?:error|failed)|\btemporary failure in mx lookup|\bunable to look ?up (?:host|mx)|\bhost lookup did not complete|\btemp\. resolver error|\bcname (?:lookup failed|loop)|\bcould not complete sender verify|\bno answer from \S+ mx/,
    'Name service error for name=example.org type=MX: Malformed or unexpected name server reply',
    SRC.postfixDns,
  ),
  rule(
    'networkerror.auth-dns-failure',
    /\btemporary (?:dmarc|spf|dkim) dns lookup failure\b/,
    '450 4.4.0 jane@example.org Temporary DMARC DNS lookup failure',
    SRC.rfc7372,
    { outranks: ['authfailure.dmarc', 'authfailure.spf', 'authfailure.dkim'] },
  ),
  rule(
    'networkerror.dns-try-again',
    /\bhost not found, try again\b/,
    'Host or domain name not found. Name service error for name=example.org type=A: Host not found, try again',
    SRC.postfixDns,
    { outranks: ['hostunknown.domain-not-found'] },
  ),
  rule(
    'networkerror.connection',
    /\bconnection (?:reset|closed|dropped|died|lost|issue)\b|\bno route to (?:host|remote mx)|\bnetwork (?:is )?(?:unreachable|error)|\bhost (?:is )?(?:unreachable|down)\b|\b(?:could not|couldn'?t|unable to|wasn'?t able to|failed to) (?:establish|open|make) (?:an? )?(?:smtp )?connection|\b(?:could not|couldn'?t|unable to|failed to|cannot) connect\b|\bdid not accept our requests to connect|\bconnection to (?:recipients? )?server failed|\blost (?:connection|incoming connection|input channel)|\bremote host closed connection|\bconnection closed (?:unexpectedly|by remote host)|\bbroken pipe\b|\bmalformed smtp reply|\[internal\] (?:send [a-z/ ]{2,20} failed|no [a-z/ ]{2,20} response|no banner)|\btried all mxs|\bno usable mxs|\bno valid hosts\b|\bno valid route to\b|\bhost \S+ is down\b|\bno mxs for this domain could be reached|\bsocket error|\bhandle timeout\b|\berror while reading body|\binternal network error|\bnetwork protocols are disabled|\bcannot forward mail for \S+ at this time|\bfailover to alternate host|\ball mxs returned transient failures\b/,
    '4.4.2 lost connection with mx1.example.net[192.0.2.45] while sending RCPT TO',
    SRC.postfixSmtp,
  ),
  rule(
    'networkerror.timeout',
    /\b(?:connection |smtp |conversation |read |handle )?(?:timed out|timeout)\b|\bconnection timeout\b/,
    '4.4.2 conversation with mx1.example.net[192.0.2.45] timed out while sending message body',
    SRC.postfixSmtp,
    { attempt: true },
  ),
  rule(
    'blocked.connection-refused',
    /\bconnection (?:was )?refused\b/,
    'Deferred: Connection refused by mx1.example.net',
    SRC.sendmailSavemail,
  ),
  rule(
    'networkerror.loop',
    /\b(?:routing|mail|forwarding) loop\b|\bbounce between two servers\b|\bmx list for \S+ points back to\b|\bloops? (?:back|detected)\b|\bloop detected\b|\bis looping\b|\bappears to be looping|\btoo many hops\b|\bhop count (?:exceeded|limit)|\bmaximum hop|\btoo many "?received"? header/,
    '554 5.4.6 Too many hops',
    SRC.rfc5321,
  ),
  rule(
    'expired.gave-up',
    /\bretry timeout exceeded|\bhave been failing for a long time|\b(?:message|envelope|queue|delivery time) (?:has |is )?(?:administratively )?expired|\bqueue\.expired|\bmessage expired\b|\bcould not deliver the message in the time limit|\bmaximum time for delivering the message expired|\bhas stopped trying\b|\bconsidered too old\b|\bexceeded max (?:retries|time) without delivery|\bmultiple delivery attempts failed|\bcould not be delivered for \S+|\bcannot send message for \S+|\bgiving up\b|\bgave up\b|\bin the queue too long|\bnot going to try again\b|\bnot attempted \(message expired\)|\bdue to being unable to connect successfully to the destination mail server|\bwill be deleted from (?:the )?queue|\bcould not deliver for the last\b|\b(?:was aborted after|delivery (?:was )?aborted)\b|\bno more retries\b|\bdelivery attempts? (?:exhausted|expired)|\bdelivery failed \d+ attempts|\b(?:has|was) not (?:been )?delivered (?:for|in|within) \d|\bunable to deliver in \d+|再送信を試みましたが|配信を(?:あきらめ|中止)|\btoo many retries\b|\bbouncing after \d+ retries\b|\bfailed repeatedly and timed out\b/,
    '4.4.7 Message expired',
    SRC.eximRetry,
  ),
  rule(
    'systemfull.resources',
    /\b(?:mail )?system storage has been exceeded|\binsufficient (?:system )?(?:storage|disk space|resources)\b|\b(?:disk|file ?system|spool|mail system) (?:is )?full\b|\bno (?:space|room) left|\bout of (?:disk )?(?:space|memory)\b|\bspace shortage\b|\bmemory shortage\b|\btoo (?:much load|busy)\b|\bhigh load\b|\bserver load too high|\bresource limitations\b|\ballocated resources exceeded|\bsystem resources exceeded|\b(?:spool|queue) file (?:write )?error|\berror while writing spool file|\bout of disk space|\bqueue size too big\b/,
    '452 4.3.1 Insufficient system storage',
    SRC.rfc5321,
  ),
  rule(
    'mailererror.local-delivery',
    /\bmailer error\b|\bchild process of \S+ transport returned|\blocal delivery failed|\bcommand died with (?:status|signal)|\bcommand time limit exceeded|\bcommand line usage error|\binternal software error|\bpipe (?:transport|to)\b|\bgave exit status|\bexit (?:status|code) \d+|\bmda exited|\bmaildir delivery|\bchdir to maildir|\bcreation of maildir|\bprocmail\b|\bmaildrop\b|\bcan'?t create (?:user )?output(?: file)?|\bsyntax error in redirection data|\b(?:\.qmail file|home directory) is writable|storedrv\.deliver(?:\.exception)?:(?!quotaexceeded)|\bstoredrv\.deliver: missing|\bunable to forward message|\binvalid mailbox path|\bwrong ownership|\bcan(?:'?t|not) open mailbox\b|\bx-unix\b|\bmda delivery failed\b/,
    'Command died with status 1: "/usr/bin/procmail". Command output: procmail: error',
    SRC.postfixPipe,
  ),
  rule(
    'mailererror.sysexits',
    /^(?:\d{3} )?[45]\.\d\.\d (?:input\/output error|remote error in protocol|permission denied|internal software error|command line usage error|can'?t create user output file)\.?$|^(?:\d{3} )?5\.3\.0 service unavailable\.?$|^(?:\d{3} )?(?:\d\.\d\.\d )?remote protocol error\.?$|\bpermanent message delivery failure\b/,
    '5.3.0 input/output error',
    'https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/global/sys_exits.c',
  ),
  rule(
    'systemerror.internal',
    /\b(?:internal|system|server|local) (?:system |server |software |protocol )?(?:error|problem|failure)\b|\bsystem i\/o error|\bi\/o error\b|\boperating system error|\bmail system (?:error|problem)|\bserver (?:configuration|local data) (?:error|problem)|\b(?:local )?configuration (?:error|problem)|\bsystem incorrectly configured|\bmisconfigured\b|\b(?:user )?database (?:error|failure|down|returned invalid)|\b(?:could not|cannot|unable to) (?:load|contact|connect to) (?:the )?(?:ldap|database|directory|drd)\b|\btemporary (?:local )?(?:lookup|user lookup) (?:failure|error)|\b(?:temporary )?failure in user lookup|\b(?:error connecting to|unable to scan for) virus|\bvirus scanner timed out|\bscan timeout\b|\bunexpected clamd result|\bhad a problem processing this message\b|\bsystem resource problem\b|\bexpansion of a distribution list\b|\btemporary message delivery failure\b|\bunable to process connection\b|\brecipient name is ambiguous|\bmailbox address ambiguous|\b(?:distribution list|mailing list) expansion|\bwrong office 365 region|\bcan'?t open qmail-inject|\bfile has been locked|\bservice not active|\bfailed to be made redundant|\bproblem with the recipient'?s mailbox|\btechnical issue with the recipient|\binternal dkim error|\bresource unavailable\b|\bbadprimary\b|\binvalidexpiry\b|\baddress verification (?:problem|requests)|\bisn'?t in my control\/locals|\btemporary domain failure|\binvalid domain mode|\bmailbox is not on this server|\bcould not be saved|\bread the forwarding recipient|\binvalid pieces of information|\berror processing message\b|\bunexpected error\b|\bqueue unavailable\b/,
    '451 4.3.0 Temporary internal error',
    SRC.rfc3463,
  ),
  hint(
    'systemerror.try-later',
    /\btemporar(?:y|ily) (?:local )?(?:failure|problem|error|unavailable|rejected)\b|\bservice (?:temporarily |currently )?(?:unavailable|not available)\b|\bserver temporarily unavailable|\bsystem (?:is )?(?:busy|unavailable|problem)\b|\bresources temporarily unavailable|\bnot accepting network messages|\bbeing 421'd|\brequested action aborted\b|\bbusy\b/,
    '451 4.7.1 Error: service unavailable',
    SRC.rfc5321,
  ),
  // RFC 5321 s4.2.3 gives "Transaction failed" as the text of 554 itself. Said with nothing
  // after it, it is all the server says; a cause written after it ("554 Transaction failed: spam
  // message rejected") decides instead.
  rule(
    'systemerror.transaction-failed',
    /\btransaction failed\.?(?=\s*(?:$|\(in reply to|\[|-))/,
    '554 Transaction failed',
    SRC.rfc5321,
  ),
  rule(
    'syntaxerror.protocol',
    /\bsyntax(?:ically)? (?:error|invalid)\b|\bsyntax:|\bbad (?:\S+ )?(?:address )?syntax\b|\b(?:command|cmd) (?:not |un)?(?:recognized|recognised)\b|\bunrecognized (?:command|parameter|argument)|\bunknown command\b|\bcommand unknown\b|\bnot implemented\b|\bout of sequence\b|\b(?:improper|bad) sequence of commands|\bimproper use of smtp command pipelining|\bpipelining not (?:allowed|supported)|\bsynchronization error|\bprotocol synchronization|\b(?:send|say) (?:helo|hello)(?:\/ehlo)? first|\bneed (?:mail|lhlo|rcpt|helo) command|\b(?:rcpt to|data) without (?:mail from|rcpt to)|\bnested mail command|\bmail from already established|\btoo many (?:syntax or protocol )?errors|\btoo many (?:bad|unrecognized|nonmail) commands|\bnon-printable characters|\bmissing argument|\bunexpected argument|\bno recipients\b(?! specified)|\barguments too long|\bsyntax error in (?:parameters|mailbox address|sender|recipient|body|size)|\bunbalanced\b|\brequires domain address|\bmust contain a domain|\brestricted characters in address|\binvalid command(?!: must issue)|\bcould not parse\b|\bvrfy command is disabled|\bfully qualified domain name required|\baddress must include host name|\bcan'?t accept addresses like that|\buser address required|\bcolon illegal in host|\binvalid host name\b|\binvalid route address|\bmust not end with a dot|\bhostname required\b|\bcommand (?:line )?too long|\binvalid domain name\b|\binvalid (?:name|ip address)$|\bhelo host name invalid|\binvalid address format in helo|\bplain ip is invalid helo|\binvalid base64|\bsize exceeds rfc|\bmax\. command line length|\binvalid (?:mail from|rcpt to) address|\brfc ?2821 (?:helo\/ehlo needed|max)|\b(?:address|domain name) (?:"\S+" )?too long|\binvalid (?:e?helo)\b|\bdomain name required\b|\bnull recipient invalid|\bmalformed address\b|\bbad (?:sender |recipient )?address syntax\b|\bsyntax error in mailbox address\b|\binvalid (?:mail from|rcpt to) address\b|\bhelo should be a fqdn\b|\btoo many unknown commands\b|\baddress malformed\b|\bmalformed (?:destination|sender) address\b/,
    '503 5.5.1 Error: need MAIL command',
    SRC.postfixSmtpdProto,
    { outranks: ['rejected.sender-refused', 'userunknown.invalid'] },
  ),
];
