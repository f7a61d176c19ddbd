/** The path and the receiving system: TLS, security, rates, timeouts, DNS, errors. */
import type { PhraseRule } from './types.ts';

export const DELIVERY_PHRASES: PhraseRule[] = [
  {
    id: 'networkerror-dns',
    reason: 'networkerror',
    patterns: [
      /dns error|\bnxdomain\b|\bservfail\b|(?:malformed|unexpected) name server reply|host not found, try again|host name lookup failure|name server timeout|temporary dns failure/, // Gmail "DNS Error: ... responded with code NXDOMAIN", Postfix "Host not found, try again"
    ],
  },
  {
    reason: 'expired',
    patterns: [
      /connection timed out|timed out|timeout|failed to connect|unable to connect|could not connect|host not reachable|could not find a gateway|(?:was|has) not (?:been )?delivered (?:within|in|for) \d/, // Postfix "connect to x[192.0.2.1]:25: Connection timed out" after the queue lifetime
    ],
  },
  {
    reason: 'suppressed',
    patterns: [
      /suppression list|on (?:the |our |an? )?(?:account-level )?suppress(?:ion)?|suppressed (?:address|recipient)|address (?:is |has been )?suppressed|previously (?:bounced|unsubscribed|marked as spam)/, // SES "Amazon SES did not send the message to this address because it is on the suppression list"
    ],
  },
  {
    reason: 'failedstarttls',
    patterns: [
      /starttls|must issue a starttls|tls (?:is )?required|requires? (?:a )?(?:secure|encrypted|tls) connection|tls (?:negotiation|handshake) failed|encryption required|(?:secure|tls) connection (?:required|failed)|ssl (?:handshake|error)|certificate (?:verification|validation) failed|tls-required/, // "530 5.7.0 Must issue a STARTTLS command first"
    ],
  },
  {
    reason: 'securityerror',
    patterns: [
      /authentication (?:is )?required|smtp auth(?:entication)?|turn on smtp authentication|auth(?:entication)? (?:failed|credentials invalid)|authrequired|unauthenticated senders? not allowed|must (?:be )?authenticat|please authenticate|relay requires authentication/, // "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required"
      /not authorized to send|sender is not authorized|you are not allowed to send|(?:sending|submission) (?:is )?not (?:permitted|allowed)|(?:security|policy) (?:check|requirements?) (?:failed|not met)|insecure|security (?:error|policy)/,
      /failed to delivery|restricted|delivery (?:not|is not) authorized/, // Exchange "delivery to this address is restricted"
    ],
  },
  {
    reason: 'speeding',
    patterns: [
      /rate (?:limit|limited|control)|too (?:many|much) (?:mail|messages|email)(?! recipients)|receiving (?:mail|messages) at a rate|sent to too many recipients|(?:hourly|daily|sending) (?:limit|quota)|exceeded (?:the )?(?:sending|message|hourly|daily|rate) (?:limit|quota|rate)|too fast|throttl|slow down|temporarily deferred|unexpected volume/, // Gmail "receiving mail at a rate that prevents additional messages from being delivered"
    ],
  },
  {
    reason: 'toomanyconn',
    patterns: [
      /too many (?:connections|concurrent|simultaneous|sessions|recipients|rcpt|hops? from)|connection (?:frequency|rate) limit|connection limit|(?:max(?:imum)?|number of) (?:connections|recipients) (?:exceeded|reached)|too many (?:smtp )?sessions|frequency limited/, // "552 Too many recipients", QQ "550 Connection frequency limited"
    ],
  },
  {
    reason: 'notaccept',
    patterns: [
      /does(?:n'?t| not) (?:receive|accept) (?:e-?mail|mail)|not accepting (?:network )?(?:messages|mail)|accepts? no mail|null mx|no mx (?:record|found)|(?:could(?:n'?t| not) find|no) (?:a )?mail exchanger|does not accept mail|host\/domain does not accept mail/, // Gmail "The domain x doesn't receive email according to the administrator", qmail "couldn't find a mail exchanger or IP address"
    ],
  },
  {
    reason: 'networkerror',
    patterns: [
      /no route to host|network (?:is )?(?:unreachable|error)|host (?:is )?unreachable|(?:could not|couldn'?t|unable to|wasn'?t able to) (?:establish|open|make) (?:an? )?(?:smtp )?connection|broken pipe/, // qmail "Sorry, I wasn't able to establish an SMTP connection"
      /dns (?:failure|lookup|query)|name (?:service|server) (?:error|failure|lookup)|lookup (?:failure|failed)/, // "Name service error for domain example.com"
      /routing loop|mail loop|loop(?:s)? (?:back|detected)|too many hops|hop count exceeded|maximum hop/, // "554 5.4.6 Too many hops"
      /server did not respond|no answer from host/,
    ],
    weak: [/connection (?:reset|closed|lost|dropped)|lost connection/],
  },
  {
    reason: 'systemfull',
    patterns: [
      /insufficient (?:system |disk )?(?:storage|space|resources)(?: on)?|(?:disk|file ?system|spool|mail system) (?:is )?full|no (?:space|room) left|out of (?:disk )?(?:space|memory|resources)|system (?:storage|resources) (?:exhausted|unavailable)/, // "452 4.4.5 Insufficient disk space; try again later"
    ],
  },
  {
    reason: 'mailererror',
    patterns: [
      /mailer error|local delivery failed|delivery (?:program|agent) (?:failed|error)|pipe to |\|\s*\/|procmail|maildrop|mail\.local|deliver(?:y|mail) (?:command|agent) (?:exited|failed|returned)|command (?:died|failed|exited)|x-unix|exit (?:status|code) \d+|(?:^| )(?:sh|exec): /, // Exim "Child process of ... transport returned 69"
    ],
  },
  {
    reason: 'systemerror',
    patterns: [
      /(?:internal|system|server|local) (?:system )?error|error in processing|processing error|server (?:configuration|misconfiguration)|misconfigured|configuration error|transaction failed|(?:could not|cannot|unable to) (?:load|contact|connect to) (?:the )?(?:ldap|database|directory|drd)|mail system problem|recipient error/, // "550 5.3.5 Internal System Error", qmail "Unable to contact LDAP server"
      /insufficient permission|permission denied|quota (?:lookup|system) (?:failed|error)/,
    ],
    weak: [
      /temporary (?:local )?(?:failure|problem|error)|service (?:temporarily |currently )?unavailable|system (?:is )?(?:busy|unavailable|problem)|try again later|resources temporarily unavailable/, // "554 Service currently unavailable"
    ],
  },
  {
    reason: 'syntaxerror',
    patterns: [
      /syntax error|command (?:not )?(?:recognized|unrecognized|not implemented)|improper sequence|bad sequence of commands|(?:invalid|unrecognized) (?:command|parameter|argument)|malformed address|line too long for smtp|unknown command/, // "503 Improper sequence of commands"
    ],
  },
  {
    reason: 'filtered',
    patterns: [
      /(?:this|the) user doesn'?t have an? [^ ]+ account/, // "This user doesn't have a example.com account" (without Yahoo's "dd" code: a filter's answer)
      /message filtered|filtered (?:by|out)|rejected by (?:recipient|user)(?:'s)? (?:preferences|rules|filter)|recipient preferences|refused due to recipient|content filter|blocked by (?:the )?recipient|(?:user|recipient) (?:has )?(?:blocked|rejected) (?:you|the sender|this sender|your)|not accept mail from you|sender (?:is )?(?:blocked|blacklisted) by (?:the )?recipient/, // Facebook "Refused due to recipient preferences", SES "Message Filtered"
    ],
  },
];
