/**
 * Every check with its code (docs/decisions/026): the facts of registry.ts, in its order, and
 * how each runs. A check's code is loaded when it first runs (in the app, its own chunk), so
 * that the pages that only name checks (the diagnosis, the tree) do not carry them; nothing
 * registers itself at run time.
 */
import { CHECK_FACTS, type CheckId } from './registry.ts';
import type { Check } from './types.ts';

const RUN: { readonly [Id in CheckId]: Check['run'] } = {
  address: async (ctx) => (await import('./address/run.ts')).run(ctx),
  spf: async (ctx) => (await import('./spf/index.ts')).run(ctx),
  dkim: async (ctx) => (await import('./dkim/run.ts')).run(ctx),
  dmarc: async (ctx) => (await import('./dmarc/run.ts')).run(ctx),
  'reverse-dns': async (ctx) => (await import('./reverse-dns/run.ts')).run(ctx),
  blocklists: async (ctx) => (await import('./blocklists/run.ts')).run(ctx),
  'tls-policy': async (ctx) => (await import('./tls-policy/run.ts')).run(ctx),
  'bulk-sender': async (ctx) => (await import('./bulk-sender/bulk-sender.ts')).run(ctx),
  content: async (ctx) => (await import('./content/run.ts')).run(ctx),
};

export const CHECKS: readonly Check[] = CHECK_FACTS.map((facts) => ({
  ...facts,
  run: RUN[facts.id],
}));

export { CHECK_IDS, DNS_CHECK_IDS, isCheckId, type CheckId } from './registry.ts';

export function checkById(id: CheckId): Check {
  const found = CHECKS.find((entry) => entry.id === id);
  if (!found) throw new Error(`no check named ${id}`);
  return found;
}
