/** The sending host: blocklisted, refused, of low reputation, without reverse DNS. */
import { hint, prefix, rule } from './rule.ts';
import { SRC } from './sources.ts';

const IP = String.raw`\[?[0-9a-f][0-9a-f.:]{6,}\]?`;
const HOST = String.raw`(?:client|host|ip|server|sending ip|sender ip|connecting host|client host|your ip|your host|source ip|address ip source|adresse ip source|network)`;

export const REPUTATION_WORDINGS = [
  rule(
    'requireptr.reverse-dns',
    /\breverse (?:dns|lookup|hostname|name)\b|\brdns\b|\bptr (?:record|resource record|lookup)|\bdns ptr\b|\bno ptr\b|\bmissing ptr\b|fcrdns|forward[- ]confirmed|\bcannot find your (?:reverse )?hostname|\bcan'?t (?:find|resolve) your (?:host|ip)|\bip name (?:lookup failed|possibly forged)|\bpossibly forged hostname|\bclient ip address \S+ does not resolve|\bfailure in dns look-?up|\bservers? without a valid (?:sender domain|hostname|ptr)|requires valid sender domain|\bmismatches client ip|\bdoes not meet ipv6 sending guidelines regarding ptr|\bunverifi?y?able sending ips?\b/,
    '550 5.7.25 [192.0.2.45] The IP address sending this message does not have a PTR record setup',
    SRC.gmail,
    { outranks: ['norelaying.relay-denied', 'blocked.host-refused'] },
  ),
  rule(
    'badreputation.reputation',
    /\b(?:ip|sender|domain|sending|poor|bad|low|insufficient) reputation\b|\breputation (?:of|is too low)\b|\bpoor reputation\b|\bvery bad karma\b|\bsiq score \S+ too low|\byou were naughty\b|\bspam rate exceeded|\bsuspected spam sender|\bspam abuse detected|\bbehaviou?r spam\b|\bdeferred due to (?:unexpected volume or )?user complaints|\bunusual rate of unsolicited mail|\bbounce limit exceeded|\bexcessive unknown recipients|\bemail reputation database\b|\bzombie matches\b|\bsending excessive rejected recipients\b/,
    '421 4.7.0 [TSS04] Messages from 192.0.2.45 temporarily deferred due to unexpected volume or user complaints',
    SRC.yahoo,
  ),
  rule(
    'badreputation.too-many-invalid',
    /\bblocked (?:for the day|temporarily)?,? for attempting to (?:mail too many invalid recipients|send too many messages containing content judged)|\bhas been (?:temporarily )?blocked for attempting to/,
    '554 192.0.2.45 has been blocked for the day, for attempting to mail too many invalid recipients.',
    SRC.sendgrid,
  ),
  rule(
    'blocked.blocklist',
    /\b(?:blocked|rejected|denied|listed) (?:using|by|at|in|on) (?:the )?(?:[a-z0-9.-]+ )?(?:dnsbl|rbl|dnsbls|blacklists?|blocklists?|block lists?|black lists?|spamhaus|spamcop|sorbs|barracuda|uceprotect|mailspike|cloudmark)|\bblocked using\b|\b(?:is )?(?:black|block) ?listed\b(?! (?:url|uri|link|domain))|\b(?:dnsbl|rbl|blacklist|blocklist)(?:ed)?\b(?! (?:url|uri|link|domain))|\bspamhaus\b(?! dbl)|\bspamcop\b|\bsorbs\b|barracudacentral|\bbarracuda reputation|uceprotect|\b(?:cbl|pbl|xbl|sbl)\b|\bmailspike\b|dnsbl-lookup|\bin a black list\b|\bon (?:our|a) block list\b|\bblock(?:ing)? list\b|(?<!not )\blisted (?:at|on|in) \S+/,
    '550 5.7.1 Rejected: 192.0.2.45 listed at zen.spamhaus.org',
    SRC.postfixSmtpd,
  ),
  rule(
    'blocked.host-refused',
    new RegExp(
      String.raw`\b${HOST}(?: address)?(?: ?\(${IP}\)| ${IP}| \[?[a-z0-9.-]+\.[a-z]{2,}\]?(?: ${IP})?)?(?: address)?:? (?:is |has been |was )?(?:blocked|banned|blacklisted|denied|rejected|not allowed|not authorized|filtered|bloquee|refused)\b(?!:)|\b${IP}>? (?:is |has been )?(?:blocked|banned|rejected|denied|not allowed)\b(?!,? for (?:the day|attempting))|\bbanned sending ip\b|\bmay not be (?:a )?mail exchanger\b|\bno access from mail server\b|\bwhich is an open relay\b|\bbad sender ip\b|\binvalid ip\b(?! address)|\bip is (?:hangup|rejected)|\bmail from ${IP} not allowed|\bunauthorized interface\b|\bip not in whitelist|\bnot authorized to send email directly to our servers|\byour mail is not welcome\b|\bgo away\b|\btraffic not accepted from this ip|\bclient blocked\b|\bthe sender ${IP} is banned\b|\bdictionary attack detected\b|\bblock (?:permanently|temporarily) \(sender filtering|\bblack ip\b`,
    ),
    '550 5.7.606-649 Access denied, banned sending IP [192.0.2.45]',
    SRC.exchangeNdr,
  ),
  rule(
    'blocked.helo',
    /\b(?:helo|ehlo)(?:\/ehlo)?(?: command)? (?:\[\S+\] )?(?:rejected|denied|blocked)\b(?!:)|\b(?:helo|ehlo)(?: host| hostname| name| ip literal| host name)?(?: \S+)? (?:is dynamic|does not match|did not resolve|does not exist|has no forward dns|not allowed|host_mismatch|argument must be|from rfc ?2606)|\bbad helo\b|\bbogus helo\b|\brejected helo\b|\bhost name specified in helo does not match|\bmy name was rejected|\bnot who you say you are|\byou are not localhost|\bforged ips not accepted|\bclaims to be us\b|\bis schizophrenic\b|\bthat helo not allowed|\bbig company w\/o rdns|\binvalid e?helo domain\b/,
    '550 5.7.1 bogus HELO name used: mx1.example.net',
    SRC.harakaHelo,
  ),
  rule(
    'blocked.proofpoint',
    /support\.proofpoint\.com\/dnsbl-lookup|\bproofpoint\b.{0,40}\b(?:block|ip)\b/,
    '550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.45',
    SRC.proofpoint,
  ),
  rule(
    'blocked.greeting',
    /\bbut greeting failed\b|\brefused to talk to me\b|\bstarted transmitting before smtp greeting|\bnot accepting connections\b|\bafter initial connection\b|\bdial-?up\b|\bdynamic (?:ip|address|pool)\b|\bresidential\b|\bend[- ]user (?:ip|address)\b/,
    'host mx1.example.net[192.0.2.45] refused to talk to me: 554 Service unavailable',
    SRC.postfixSmtp,
  ),
  prefix(
    'blocked.client-rejected',
    /\b(?:unverified )?client host rejected\b|\bhelo command rejected\b|\brejected client\b/,
    '554 5.7.1 <unknown[192.0.2.45]>: Client host rejected: Your IP is on a local list',
    SRC.postfixSmtpd,
  ),
  hint(
    'blocked.access-denied',
    /\baccess denied\b|\bblocked\b|\bsmtp service (?:is )?(?:not available|unavailable)\b|\bcome back later\b|\bpolicy restrictions \(ip based\)/,
    '550 5.7.1 Access denied',
    SRC.postfixSmtpd,
  ),
];
