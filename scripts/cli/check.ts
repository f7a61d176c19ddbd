/**
 * `check (--zone ZONE.json | --doh URL) --from ADDR --ip IP [--helo NAME] [--selector S]...
 *  [--rcpt ADDR] [--timeout MS]`: run every DNS check for a sender, in parallel, through the
 * same resolver stack as the app (query log, cache with in-flight sharing, deadline per query),
 * and print one JSON document on stdout. The contract is in USAGE below.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  createDohResolver,
  createResolverStack,
  customEndpoint,
  zoneResolver,
  type Resolver,
  type Zone,
} from '../../src/engine/dns/index.ts';
import { DNS_CHECK_IDS } from '../../src/engine/checks/checks.ts';
import { runChecks } from '../../src/engine/checks/run-checks.ts';
import type { CheckResult, SenderDetails } from '../../src/engine/checks/types.ts';

export const USAGE = `usage: npm run -s cli -- check (--zone ZONE.json | --doh URL) --from ADDR --ip IP
                          [--helo NAME] [--selector S]... [--rcpt ADDR] [--timeout MS]

  --zone FILE   answer from a fixture zone (the format of src/engine/dns/zone.ts); no network
  --doh URL     ask a DNS-over-HTTPS endpoint (RFC 8484 wire format, JSON API as fallback)
  --from ADDR   the From address, or just its domain; also taken as the envelope sender (SPF)
  --ip IP       the IP the message left from (SPF, reverse DNS, blocklists)
  --helo NAME   the HELO/EHLO name the sender gave (SPF %{h}, reverse-DNS HELO check)
  --selector S  the DKIM selector (s=) of the From domain; repeat for several. Without it the
                DKIM check probes common selectors
  --rcpt ADDR   the failed recipient (address and TLS-policy checks). Without it those two
                checks still appear, as "unknown" with the reason "no recipient address"
  --timeout MS  deadline of one DNS question (default 10000)

Prints one JSON document, pretty-printed with two spaces:
  {"from", "ip", "resolver": {"kind": "zone", "file"} | {"kind": "doh", "url"},
   "checks": [CheckResult...]}
with the checks in the order address, spf, dkim, dmarc, reverse-dns, blocklists, tls-policy,
bulk-sender (CheckResult: src/engine/checks/types.ts). The MTA-STS policy file is not
downloaded: the TLS-policy check says so and gives its URL to open by hand.
Exit status: 0 when the checks ran, whatever their verdicts; 2 on a usage error.`;

class UsageError extends Error {}

interface CheckArgs {
  zone?: string;
  doh?: string;
  from: string;
  ip: string;
  helo?: string;
  selectors: string[];
  rcpt?: string;
  timeoutMs?: number;
}

function parse(args: string[]): CheckArgs | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        zone: { type: 'string' },
        doh: { type: 'string' },
        from: { type: 'string' },
        ip: { type: 'string' },
        helo: { type: 'string' },
        selector: { type: 'string', multiple: true },
        rcpt: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return 'help';
  if (!values.zone === !values.doh) throw new UsageError('give exactly one of --zone and --doh');
  if (!values.from?.trim()) throw new UsageError('--from is required');
  if (!values.ip?.trim()) throw new UsageError('--ip is required');
  if (values.doh !== undefined && !/^https?:\/\//i.test(values.doh)) {
    throw new UsageError(`--doh wants an http(s) URL, got "${values.doh}"`);
  }
  if (values.timeout !== undefined && !/^[1-9]\d*$/.test(values.timeout)) {
    throw new UsageError(`--timeout wants a whole number of milliseconds, got "${values.timeout}"`);
  }
  return {
    zone: values.zone,
    doh: values.doh,
    from: values.from.trim(),
    ip: values.ip.trim(),
    helo: values.helo?.trim() || undefined,
    selectors: (values.selector ?? []).map((s) => s.trim()).filter(Boolean),
    rcpt: values.rcpt?.trim() || undefined,
    timeoutMs: values.timeout === undefined ? undefined : Number(values.timeout),
  };
}

/** "Name <user@example.com>", "user@example.com" or "example.com" → the parts SPF/DMARC need. */
export function senderFrom(args: Omit<CheckArgs, 'zone' | 'doh' | 'timeoutMs'>): SenderDetails {
  const bare = args.from.replace(/^.*<([^>]*)>.*$/, '$1').trim();
  const at = bare.lastIndexOf('@');
  const domain = (at >= 0 ? bare.slice(at + 1) : bare).replace(/\.$/, '').toLowerCase();
  const address = at >= 0 ? bare : undefined;
  return {
    ...(address ? { fromAddress: address, envelopeAddress: address } : {}),
    fromDomain: domain,
    envelopeDomain: domain,
    sendingIp: args.ip,
    ...(args.helo ? { helo: args.helo } : {}),
    ...(args.selectors.length > 0
      ? { dkim: args.selectors.map((selector) => ({ domain, selector })) }
      : {}),
    ...(args.rcpt ? { recipient: args.rcpt } : {}),
  };
}

async function baseResolver(args: CheckArgs): Promise<{ resolver: Resolver; source: object }> {
  if (args.doh) {
    const resolver = createDohResolver({
      fetch: globalThis.fetch,
      endpoints: [customEndpoint(args.doh)],
    });
    return { resolver, source: { kind: 'doh', url: args.doh } };
  }
  const file = args.zone ?? '';
  let zone: unknown;
  try {
    zone = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof zone !== 'object' || zone === null || Array.isArray(zone)) {
    throw new UsageError(`${file}: the zone must be a JSON object of names`);
  }
  return { resolver: zoneResolver(zone as Zone), source: { kind: 'zone', file } };
}

export async function run(args: string[]): Promise<number> {
  let parsed: CheckArgs | 'help';
  let base: { resolver: Resolver; source: object };
  try {
    parsed = parse(args);
    if (parsed === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    base = await baseResolver(parsed);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`check: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  const stack = createResolverStack(base.resolver, { timeoutMs: parsed.timeoutMs });
  const sender = senderFrom(parsed);
  const checks: CheckResult[] = await runChecks(DNS_CHECK_IDS, {
    resolver: stack.resolver,
    sender,
  });
  const output = { from: parsed.from, ip: parsed.ip, resolver: base.source, checks };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return 0;
}
