/**
 * Every check, in the order the wizard lists them (docs/decisions/026): its id, the sender
 * details it reads (step 3 asks only for those), why it matters when the tree's entry says
 * nothing sharper (report/why.ts), and how to run it. The ids derive from this array; nothing
 * registers itself at run time.
 *
 * A check's code is loaded when it first runs (in the app, its own chunk), so that the pages
 * that only name checks (the diagnosis, the tree) do not carry them.
 */
import type { Check } from './types.ts';

/** Keeps each id's literal type, so that CheckId is the union of the ids below. */
const check = <const Id extends string, Details>(definition: Check<Id, Details>) => definition;

export const CHECKS = [
  check({
    id: 'address',
    needs: ['recipient'],
    why: 'If the address or its domain is wrong, nothing you fix on your side gets the message through.',
    run: async (ctx) => (await import('./address/run.ts')).run(ctx),
  }),
  check({
    id: 'spf',
    needs: ['fromAddress', 'envelopeDomain', 'sendingIp', 'esp'],
    why: 'SPF tells receivers which servers may send for your domain; mail from a server it does not list fails.',
    run: async (ctx) => (await import('./spf/index.ts')).run(ctx),
  }),
  check({
    id: 'dkim',
    needs: ['fromAddress', 'dkimSelector', 'esp'],
    why: 'A DKIM signature proves the message came from your domain unchanged; without a valid key it fails.',
    run: async (ctx) => (await import('./dkim/run.ts')).run(ctx),
  }),
  check({
    id: 'dmarc',
    needs: ['fromAddress'],
    why: 'DMARC tells receivers what to do when SPF and DKIM do not align with your From domain.',
    run: async (ctx) => (await import('./dmarc/run.ts')).run(ctx),
  }),
  check({
    id: 'reverse-dns',
    needs: ['sendingIp'],
    why: 'Receivers distrust servers whose IP has no host name pointing back to it.',
    run: async (ctx) => (await import('./reverse-dns/run.ts')).run(ctx),
  }),
  check({
    id: 'blocklists',
    needs: ['sendingIp', 'fromAddress'],
    why: 'Receivers refuse mail from IPs and domains on the blocklists they use.',
    run: async (ctx) => (await import('./blocklists/run.ts')).run(ctx),
  }),
  check({
    id: 'tls-policy',
    needs: ['recipient'],
    why: 'The recipient domain may require encrypted delivery; its policy says what your server must do.',
    run: async (ctx) => (await import('./tls-policy/run.ts')).run(ctx),
  }),
  check({
    id: 'bulk-sender',
    needs: ['fromAddress', 'sendingIp'],
    why: 'Big providers hold bulk senders to extra rules; missing one is reason enough to refuse.',
    run: async (ctx) => (await import('./bulk-sender/bulk-sender.ts')).run(ctx),
  }),
  check({
    id: 'content',
    needs: ['original'],
    why: 'Receivers refuse messages that are malformed, too big, or carry blocked files or links.',
    run: async (ctx) => (await import('./content/run.ts')).run(ctx),
  }),
] as const;

export type CheckId = (typeof CHECKS)[number]['id'];

export const CHECK_IDS: readonly CheckId[] = CHECKS.map((entry) => entry.id);

export const isCheckId = (value: string): value is CheckId =>
  (CHECK_IDS as readonly string[]).includes(value);

/** The checks that run on DNS alone: the content check reads the message itself. */
export const DNS_CHECK_IDS: readonly CheckId[] = CHECKS.filter(
  (entry) => !(entry.needs as readonly string[]).includes('original'),
).map((entry) => entry.id);

export function checkById(id: CheckId): Check {
  const found = CHECKS.find((entry) => entry.id === id);
  if (!found) throw new Error(`no check named ${id}`);
  return found;
}
