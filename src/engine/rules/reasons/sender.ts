/** The sender: its address, its authentication, its IP and reputation. */
import type { PhraseRule } from './types.ts';

export const SENDER_PHRASES: PhraseRule[] = [
  {
    reason: 'authfailure',
    patterns: [
      /\bdmarc\b(?! report)|\bspf\b(?! record lookup)|\bdkim\b|sender policy framework|domainkeys/, // "550 5.7.1 Email rejected per DMARC policy for example.org"
      /(?:is )?not (?:allowed|permitted|authorized|designated) to send (?:mail )?(?:from|on behalf of|as)/, // "192.0.2.222 is not allowed to send from <example.net> per it's SPF Record"
      /unauthenticated (?:email|mail|message)|sender is unauthenticated|does not have authentication information|fails? to pass authentication|authentication checks? (?:failed|did not pass)|not authenticated by/, // Gmail 5.7.26
      /sender id (?:check )?fail|sender-id/,
    ],
  },
  {
    reason: 'requireptr',
    patterns: [
      /reverse dns|rdns|ptr (?:record|resource record|lookup)|dns ptr|no ptr/, // "554 5.7.1 Reverse DNS lookup failed"
      /(?:ip|host) name lookup failed|cannot find your hostname|can'?t (?:find|resolve) your (?:host|ip)|no (?:reverse|rdns)|reverse lookup/, // "450 4.7.1 Access denied. IP name lookup failed"
      /client host .{0,80}(?:without|has no|lacks) (?:valid )?(?:ptr|reverse|hostname)|without a valid (?:sender domain|hostname|ptr)|requires? (?:valid |a )?(?:rdns|ptr|reverse)/, // "Connections not accepted from servers without a valid sender domain"
      /mismatches client ip|does not match (?:your |the )?(?:client )?ip|fcrdns|forward[- ]confirmed/, // Outlook "domain [x] mismatches client ip"
      /unverifi?y?able sending ips?|unresolvable (?:ip|host|address)|hostname (?:does not|doesn'?t) resolve|not resolve to your ip|ip address (?:has no|lacks) (?:a )?(?:ptr|hostname)/,
      /server access .{0,40}(?:forbidden|denied) by invalid rdns|invalid rdns/,
    ],
  },
  {
    reason: 'badreputation',
    patterns: [
      /ip reputation|sender reputation|(?:poor|bad|low) reputation|reputation (?:of|is too low)|domain reputation/, // "451 4.7.650 ... rate limited due to IP reputation"
    ],
  },
  {
    reason: 'blocked',
    patterns: [
      /blocked using|listed (?:on|in|at) (?:the )?(?:[a-z0-9.-]+ )?(?:dnsbl|rbl|blacklist|blocklist|block list|spamhaus|spamcop|sorbs|barracuda)|(?:dnsbl|rbl|blacklist|blocklist)(?:ed)?\b/, // "Client host [203.0.113.225] blocked using dnsbl.sorbs.net"
      /spamhaus|spamcop|\bsorbs\b|barracudacentral|uceprotect|\bcbl\b|\bpbl\b|\bxbl\b|mailspike|dnsbl-lookup|\bproofpoint\b.{0,40}(?:block|ip)|cloudmark/, // "554 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=..."
      /client host (?:\[?[0-9a-f.:]+\]? )?(?:rejected|blocked)|client (?:ip |host )?\[?[0-9a-f.:]+\]? (?:is )?blocked|(?:ip|host|address|network) (?:address )?(?:is )?(?:blocked|banned|blacklisted|denied|not allowed)|banned sending ip|adresse ip source bloquee/, // Microsoft "550 5.7.606 Access denied, banned sending IP"
      /(?:connection|access) (?:refused|denied|rejected)(?: by| from| for)? (?:(?:host|ip|your|the) )?(?:\[?[0-9a-f.:]+\]?)?|refused to talk to me|not accepting connections|service (?:not available|refused|unavailable)(?:,|;| -)? ?(?:closing|please|veuillez|try)/, // Postfix "server refused to talk to me: 421 Service not available, closing transmission channel"
      /messages from [0-9a-f.:]+ (?:weren'?t|were not) sent|sending ip|from (?:your|this) ip|(?:your|this) ip (?:address )?(?:is|has been)|open relay|dynamic (?:ip|address|pool)|dial-?up|residential|end[- ]user (?:ip|address)/, // Microsoft "messages from 111.86.156.22 weren't sent"
      /may not be (?:a )?mail exchanger|not (?:a )?(?:legitimate|valid) mail (?:server|exchanger)|invalid ip for sending|no access from mail server|(?:my name|helo|ehlo) (?:was |is )?(?:rejected|invalid)|invalid (?:domain name|helo)/, // Postfix "Client host rejected: may not be mail exchanger"
      /(?:^| )554 blocked|\bblock(?:ing|ed)? list|too many (?:invalid|bad) recipients/,
    ],
    weak: [
      /^5\d\d (?:[45]\.\d\.\d+ )?(?:rejected|access denied)|\bblocked\b(?! (?:due to|because) (?:spam|content|virus))/, // Exim "550 Rejected" at connection time
    ],
  },
  {
    reason: 'norelaying',
    patterns: [
      /relay(?:ing)? (?:access )?(?:denied|not (?:permitted|allowed|authorized))|not (?:configured|allowed|authorized|permitted) to relay|we do not relay|unable to relay|relay not permitted|no relaying|relaying (?:mail )?(?:to .{1,60} )?(?:is )?(?:denied|prohibited)|insecure mail relay|cannot relay|relay denied/, // "554 5.7.1 <a@b>: Relay access denied"
      /email address is not verified|identities failed the check/, // Amazon SES sandbox: "Email address is not verified"
    ],
  },
  {
    reason: 'rejected',
    patterns: [
      /sender (?:address )?(?:was )?(?:rejected|denied|refused|blocked|not (?:allowed|accepted|permitted))|(?:from|sender|envelope sender|mail from) address (?:is )?(?:rejected|invalid|not accepted|denied|blacklisted)/, // "501 5.1.8 Sender address rejected"
      /domain of sender (?:address )?.{0,120}does not (?:exist|resolve)|sender domain (?:does not exist|must exist|not found|invalid)|unroutable sender|sender verify failed|sender (?:address )?verification|could not verify sender|unverifiable sender|no such domain (?:for|of) (?:the )?sender|bad sender/, // "553 5.1.8 Domain of sender address x does not exist"
      /(?:you are|your address is) (?:sending|not allowed)|sending to\/from an address that has been (?:blacklisted|blocked)|address that has been blacklisted/, // Exim ACL "you are sending to/from an address that has been blacklisted"
      /not (?:a )?member of (?:this|the) (?:list|mailing list|group)|are not member|(?:group|list) (?:you tried to contact|may not exist)|not have permission to post|the group you tried to contact|send mail as/, // Google Groups, fml
      /mail from .{0,80}(?:rejected|refused)|\[tss0[0-9]\]|rejected (?:your|the) sender|sender .{0,60}is (?:on a )?(?:block|deny)list/, // Yahoo "[TSS04] Messages from ... temporarily deferred due to unexpected volume or user complaints"
    ],
  },
];
