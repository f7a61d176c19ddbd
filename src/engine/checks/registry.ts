/**
 * Every check, in the order the wizard lists them (docs/decisions/026): its id, the sender
 * details it reads (step 3 asks only for those) and why it matters when the tree's entry says
 * nothing sharper (report/why.ts). The ids derive from this array; how each check runs is in
 * checks.ts. This file imports nothing, so the contract (types.ts), the tree and the report name
 * checks without an import circle through the checks' code.
 */

/** The sender details the checks read, in the words of step 3's form (sender/fields.ts). */
export type SenderField =
  | 'recipient'
  | 'fromAddress'
  | 'envelopeDomain'
  | 'sendingIp'
  | 'dkimSelector'
  | 'esp'
  | 'original';

/** What a check is, short of its code. */
export interface CheckFacts<Id extends string = string> {
  id: Id;
  /** The sender details it reads: step 3 asks for these fields when the check is planned. */
  needs: readonly SenderField[];
  /** Why it matters, for the checklist, when the tree's entry has nothing sharper to say. */
  why: string;
}

export const CHECK_FACTS = [
  {
    id: 'address',
    needs: ['recipient'],
    why: 'If the address or its domain is wrong, nothing you fix on your side gets the message through.',
  },
  {
    id: 'spf',
    needs: ['fromAddress', 'envelopeDomain', 'sendingIp', 'esp'],
    why: 'SPF tells receivers which servers may send for your domain; mail from a server it does not list fails.',
  },
  {
    id: 'dkim',
    needs: ['fromAddress', 'dkimSelector', 'esp'],
    why: 'A DKIM signature proves the message came from your domain unchanged; without a valid key it fails.',
  },
  {
    id: 'dmarc',
    needs: ['fromAddress'],
    why: 'DMARC tells receivers what to do when SPF and DKIM do not align with your From domain.',
  },
  {
    id: 'reverse-dns',
    needs: ['sendingIp'],
    why: 'Receivers distrust servers whose IP has no host name pointing back to it.',
  },
  {
    id: 'blocklists',
    needs: ['sendingIp', 'fromAddress'],
    why: 'Receivers refuse mail from IPs and domains on the blocklists they use.',
  },
  {
    id: 'tls-policy',
    needs: ['recipient'],
    why: 'The recipient domain may require encrypted delivery; its policy says what your server must do.',
  },
  {
    id: 'bulk-sender',
    needs: ['fromAddress', 'sendingIp'],
    why: 'Big providers hold bulk senders to extra rules; missing one is reason enough to refuse.',
  },
  {
    id: 'content',
    needs: ['original'],
    why: 'Receivers refuse messages that are malformed, too big, or carry blocked files or links.',
  },
] as const satisfies readonly CheckFacts[];

export type CheckId = (typeof CHECK_FACTS)[number]['id'];

export const CHECK_IDS: readonly CheckId[] = CHECK_FACTS.map((entry) => entry.id);

export const isCheckId = (value: string): value is CheckId =>
  (CHECK_IDS as readonly string[]).includes(value);

/** The checks that run on DNS alone: the content check reads the message itself. */
export const DNS_CHECK_IDS: readonly CheckId[] = CHECK_FACTS.filter(
  (entry) => !(entry.needs as readonly SenderField[]).includes('original'),
).map((entry) => entry.id);

export function factsOf(id: CheckId): CheckFacts<CheckId> {
  const found = CHECK_FACTS.find((entry) => entry.id === id);
  if (!found) throw new Error(`no check named ${id}`);
  return found;
}
