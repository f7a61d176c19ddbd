/**
 * The shape of the blocklist tables (one file per list family under lists/). Facts come from
 * /work/shared/knowledge/dnsbl.tsv and dnsbl-notes.md; each row cites its source.
 */

/** What a list is keyed by: IPv4 addresses, IPv6 addresses, or domain names. */
export type KeyType = 'ip4' | 'ip6' | 'domain';

/**
 * listing: the key is on the list; error: the list says the query was wrong (typo zone, IP on a
 * domain list, over quota); refusal: the list will not answer this resolver (never a listing);
 * good: a reputation answer that is not negative (Mailspike 15-20).
 */
export type CodeKind = 'listing' | 'error' | 'refusal' | 'good';

/** major: receivers reject on it; minor: reputation-ish or rarely used for rejection. */
export type Severity = 'major' | 'minor';

export type CodeMatch =
  /** One A record value. */
  | { ip: string }
  /** An inclusive range of A record values. */
  | { from: string; to: string }
  /** A bit of the last octet of 127.0.0.x (SURBL, URIBL multi): test with `&`, never `===`. */
  | { bit: number };

export interface Delist {
  text: string;
  url?: string;
}

export interface ReturnCode {
  match: CodeMatch;
  meaning: string;
  kind: CodeKind;
  /** Overrides the list's severity for this code. */
  severity?: Severity;
  /** Overrides the list's delisting advice for this code (PBL, XBL...). */
  delist?: Delist;
}

/**
 * Who may query. open: anyone (verify with the self-test); refuses-public: answers public and
 * cloud resolvers with an error code; registered: only DNS servers registered with the list
 * answer; key: needs a key in the query name.
 */
export type Access = 'open' | 'refuses-public' | 'registered' | 'key';

export interface Blocklist {
  /** Stable id ("spamhaus-zen"). */
  id: string;
  name: string;
  family: string;
  zone: string;
  keys: readonly KeyType[];
  /** bitmask: codes are bits of the last octet; exact: each value means one thing. */
  decode: 'exact' | 'bitmask';
  /** Ordered, specific before general: for exact lists the first match wins. */
  codes: readonly ReturnCode[];
  severity: Severity;
  access: Access;
  /** How the list treats public resolvers, in words, from the facts. */
  publicResolver: string;
  /** Spamhaus Data Query Service zone label: <key>.<dqs>.dq.spamhaus.net. */
  dqs?: string;
  /** Test names for domain lists when the list documents its own (RFC 5782 s5: "test"). */
  domainTest?: { listed: string; notListed: string };
  lookupUrl: string;
  delist: Delist;
  source: string;
  /** Queried unless the caller picks lists; off for zones that duplicate another's data. */
  defaultOn: boolean;
}
