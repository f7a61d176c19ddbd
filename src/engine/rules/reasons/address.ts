/** The recipient address or its domain: unknown, moved, disabled. */
import type { PhraseRule } from './types.ts';

export const ADDRESS_PHRASES: PhraseRule[] = [
  {
    reason: 'hasmoved',
    patterns: [
      /has been moved to|address has (?:been )?changed|has moved|no longer (?:on (?:this )?server|with us|available at this address|valid|in use)/, // "550 5.1.6 recipient no longer on server"
      /\bnot our customer\b/, // "551 not our customer"
      /user not local; please try/, // RFC 5321 551
    ],
  },
  {
    reason: 'suspend',
    patterns: [
      /(?:account|mailbox|address|user) (?:has been |is |was )?(?:disabled|deactivated|inactive|suspended|locked|frozen|expired|blocked by (?:the )?(?:owner|administrator))/, // "This account has been disabled or discontinued"
      /(?:disabled|inactive|suspended|deactivated) (?:recipient|account|mailbox|user|address)/, // "525 5.7.13 Disabled recipient address"
      /email account that you tried to reach is (?:disabled|inactive)/, // Gmail 5.2.1
      /account is (?:locked|disabled|deactivated|inactive|unavailable)/, // "vdelivermail: account is locked"
      /temporar(?:il)?y locked/, // "User ... temporary locked. Please try again later!"
      /mailbox (?:is )?(?:currently )?(?:suspended|disabled|unavailable due to inactivity)/,
      /recipient (?:mailbox|account) is (?:suspended|disabled|inactive)/,
      /\bdiscontinued\b/,
    ],
  },
  {
    reason: 'hostunknown',
    patterns: [
      /host (?:or domain name )?(?:unknown|not found)(?!, try again)|unknown host|domain (?:name )?not found|no such domain(?! (?:for|of) (?:the )?sender)/, // "Host or domain name not found. Name service error for name=... type=A: Host not found"
      /domain (?:does not exist|doesn't exist|is not reachable|unreachable)|domain (?:name )?(?:is )?invalid|invalid domain(?! name)/, // Outlook "the domain is not reachable"
      /unrouteable (?:mail )?domain|unrouteable address|no route to domain/, // Exim
      /recipient (?:address|domain) (?:has )?(?:no|invalid) (?:dns|mx)|name service error for name=[^ ]+ type=a(?:aaa)?: host not found/,
      /bad destination system address/,
      /ドメインが(?:存在しません|見つかりません)/, // Japanese: the domain does not exist
    ],
  },
  {
    reason: 'userunknown',
    patterns: [
      /user(?:name)? (?:is )?(?:unknown|not (?:found|known|exist|listed|valid)|doesn'?t exist|does not exist)|unknown (?:local[- ]?part|user|recipient|address|mailbox)/, // "User unknown in local recipient table"
      /no such (?:user|mailbox|recipient|address|account|local user)|no mailbox (?:here|by that name|found)/, // qmail "no mailbox here by that name"
      /(?:mailbox|recipient|address|account|e-?mail address|user account) (?:does not|doesn'?t|did not) exist|(?:mailbox|recipient|address|account) (?:not found|unknown|invalid)|recipient not found/, // "550 5.1.1 Mailbox does not exist"
      /invalid (?:recipient|mailbox|address|user)|bad (?:recipient|destination mailbox)|(?:destinataire|adresse) (?:d au moins un destinataire )?invalide/, // Orange "Adresse d au moins un destinataire invalide. Invalid recipient."
      /recipient (?:address )?rejected(?:: (?:user|mailbox|address|account|unknown|not found|invalid|access denied)|\.? *$|\.? \()/, // Postfix "Recipient address rejected: User unknown"
      /(?<!sender |recipient )address (?:rejected|unknown)(?! by|:)|addressee unknown|recipient unknown|not a valid (?:recipient|mailbox|user|address)/,
      /recipnotfound|recipientnotfound|exrecipnotfound|resolver\.adr\./, // Exchange "RESOLVER.ADR.RecipNotFound"
      /email (?:account|address) (?:that )?you (?:tried to reach|entered) (?:does not exist|couldn'?t be found|could not be found)|address couldn'?t be found|wasn'?t found at/, // Gmail, Microsoft 365
      /please check (?:if|that) (?:the )?(?:recipient'?s? )?(?:e-?mail )?address is correct/, // InterScan "Please check if address is correct."
      /recipient name is not recognized|not listed in (?:domino directory|public name & address book)/, // Exchange 2003, Notes
      /mailbox unavailable|mailbox not available|requested action not taken: mailbox/, // "550 Requested action not taken: mailbox unavailable"
      /unknown or illegal alias|alias unknown|is not a known user|not a known user|no valid recipients?|inactive (?:email )?address/,
      /(?:mailbox|user|account) (?:is )?not (?:here|local)|no account by that name|user (?:account )?(?:is )?unavailable/,
      /destination (?:address|mailbox) (?:invalid|unknown)|rejected recipient|(?:is not|isn't) a valid (?:user|mailbox|recipient)/,
      /unknown recipient/,
      /宛先(?:が)?(?:不明|見つかりません)|存在しない(?:メール)?アドレス|ユーザー?が(?:存在しません|見つかりません)|アカウントが存在しません/, // Japanese: the address does not exist
    ],
  },
];
