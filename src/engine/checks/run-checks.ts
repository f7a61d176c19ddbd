/**
 * Runs the checks a diagnosis calls for, all at once: their DNS questions do not depend on each
 * other, so they go out in parallel and each result is reported as soon as it is ready. A check
 * that throws (a bug, not a DNS problem) still ends as `unknown` with the reason, so the others
 * finish and nothing claims a pass it did not earn.
 */
import { run as address } from './address/index.ts';
import { runBlocklists } from './blocklists/index.ts';
import { bulkSenderRequirements } from './bulk-sender/index.ts';
import { run as dkim } from './dkim/index.ts';
import { run as dmarc } from './dmarc/index.ts';
import { run as reverseDns } from './reverse-dns/index.ts';
import { run as spf } from './spf/index.ts';
import { runTlsPolicy, type FetchText } from './tls-policy/index.ts';
import { providerById, type ProviderId } from '../providers/index.ts';
import type { CheckContext, CheckId, CheckResult } from './types.ts';

export interface CheckOptions {
  /** Spamhaus Data Query Service key: query the DQS zones instead of the public mirrors. */
  dqsKey?: string;
  /** Reads a URL's text (the MTA-STS policy file); absent where nothing may be fetched. */
  fetchText?: FetchText;
  /** The provider that bounced the mail ("google", "microsoft"...), for provider-specific rules. */
  provider?: ProviderId;
  /** Whether the sender sends bulk mail (answered by the user), for the bulk-sender rules. */
  bulk?: boolean;
}

/** Only the bouncing provider's bulk-sender rules, when it has some; otherwise everyone's. */
function bulkProvider(provider: ProviderId | undefined): ProviderId | undefined {
  return provider && providerById(provider).bulkSender ? provider : undefined;
}

type Runner = (
  ctx: CheckContext,
  options: CheckOptions,
  results: Partial<Record<CheckId, Promise<CheckResult>>>,
) => Promise<CheckResult>;

const RUNNERS: Partial<Record<CheckId, Runner>> = {
  address: (ctx) => address(ctx),
  spf: (ctx) => spf(ctx),
  dkim: (ctx) => dkim(ctx),
  dmarc: (ctx) => dmarc(ctx),
  'reverse-dns': (ctx) => reverseDns(ctx),
  blocklists: (ctx, options) =>
    runBlocklists(ctx, { dqsKey: options.dqsKey, bouncingProvider: options.provider }),
  'tls-policy': (ctx, options) => runTlsPolicy(ctx, { fetchText: options.fetchText }),
  'bulk-sender': async (ctx, options, results) => {
    const need = (id: CheckId) => (results[id] ??= runOne(id, ctx, options, results));
    const [spfResult, dkimResult, dmarcResult, rdnsResult] = await Promise.all([
      need('spf'),
      need('dkim'),
      need('dmarc'),
      need('reverse-dns'),
    ]);
    return bulkSenderRequirements({
      spf: spfResult,
      dkim: dkimResult,
      dmarc: dmarcResult,
      reverseDns: rdnsResult,
      fromDomain: ctx.sender.fromDomain,
      provider: bulkProvider(options.provider),
      bulk: options.bulk,
    });
  },
};

/** Add a runner for a check that lives elsewhere (the content check takes the message). */
export function registerCheck(id: CheckId, runner: Runner): void {
  RUNNERS[id] = runner;
}

export function knownChecks(): CheckId[] {
  return Object.keys(RUNNERS) as CheckId[];
}

function crashed(id: CheckId, error: unknown): CheckResult {
  const why = error instanceof Error ? error.message : String(error);
  return {
    id,
    title: id,
    verdict: 'unknown',
    finding: 'This check could not finish.',
    unknownReason: `The check stopped with an internal error: ${why}`,
    manualCheck:
      'Run the check again; if it keeps failing, check the records by hand with dig or an online DNS tool.',
    fixes: [],
    queries: [],
  };
}

function runOne(
  id: CheckId,
  ctx: CheckContext,
  options: CheckOptions,
  results: Partial<Record<CheckId, Promise<CheckResult>>>,
): Promise<CheckResult> {
  const runner = RUNNERS[id];
  if (!runner) return Promise.resolve(crashed(id, new Error(`no check named ${id}`)));
  return runner(ctx, options, results).catch((error: unknown) => crashed(id, error));
}

export function runCheck(
  id: CheckId,
  ctx: CheckContext,
  options: CheckOptions = {},
): Promise<CheckResult> {
  return runOne(id, ctx, options, {});
}

/** Run several checks in parallel; `onResult` hears each one as it finishes. */
export async function runChecks(
  ids: CheckId[],
  ctx: CheckContext,
  options: CheckOptions = {},
  onResult?: (result: CheckResult) => void,
): Promise<CheckResult[]> {
  const results: Partial<Record<CheckId, Promise<CheckResult>>> = {};
  const wanted = ids.map((id) => {
    const promise = (results[id] ??= runOne(id, ctx, options, results));
    return promise.then((result) => {
      onResult?.(result);
      return result;
    });
  });
  return Promise.all(wanted);
}
