/**
 * The mechanisms that compare the client IP with something (RFC 7208 s5.3-s5.7). include and
 * redirect recurse and live in evaluate.ts.
 */
import type { EvalState } from './context.ts';
import { macroValues } from './context.ts';
import { isSameOrSubdomain, queryName } from './domain-name.ts';
import { addressType, holds, inNetwork } from '../ip.ts';
import { SPF_LIMITS } from './limits.ts';
import { expandMacros, type MacroString } from './macro.ts';
import type { Mechanism } from './record.ts';
import { countLookup, countVoid, SpfStop, temperror } from './stop.ts';
import type { SpfTermTrace } from './types.ts';
import { firstPtrNames, ptrLookup, validatedName, validates } from './validated-names.ts';

/**
 * s4.8/s7: expand a domain-spec for the record of `domain`. `name` is undefined when the result
 * is not a name DNS can hold.
 */
export async function expandTarget(
  state: EvalState,
  spec: MacroString,
  domain: string,
): Promise<{ expanded: string; name: string | undefined }> {
  let p: string | undefined;
  if (spec.usesP) {
    const key = domain.toLowerCase();
    let pending = state.validatedNames.get(key);
    if (!pending) {
      pending = validatedName(state.dns, state.connection.ip, domain);
      state.validatedNames.set(key, pending);
    }
    p = await pending;
  }
  const expanded = expandMacros(spec, macroValues(state.connection, domain, p));
  return { expanded, name: queryName(expanded) };
}

async function target(
  state: EvalState,
  spec: MacroString | undefined,
  domain: string,
  term: SpfTermTrace,
): Promise<string | undefined> {
  if (!spec) {
    term.target = domain;
    return domain;
  }
  const { expanded, name } = await expandTarget(state, spec, domain);
  term.target = name ?? expanded;
  if (!name)
    term.detail = `"${expanded}" is not a name DNS can hold: treated as nonexistent (s4.8)`;
  return name;
}

/** s5.3 "a": any A (IPv4 client) or AAAA (IPv6 client) record of the target within the CIDR. */
async function addressesMatch(
  state: EvalState,
  name: string,
  cidr4: number,
  cidr6: number,
): Promise<{ matched: boolean; void: boolean; found: string[] }> {
  const { ip } = state.connection;
  const answer = await state.dns.lookup(name, addressType(ip));
  if (answer.kind === 'error') throw temperror(answer.error);
  if (answer.kind !== 'ok') return { matched: false, void: true, found: [] };
  const prefix = ip.version === 4 ? cidr4 : cidr6;
  return {
    matched: answer.records.some((address) => holds(address, ip, prefix)),
    void: false,
    found: answer.records,
  };
}

function listed(records: readonly string[]): string {
  const shown = records.slice(0, 5).join(', ');
  return records.length > 5 ? `${shown} and ${records.length - 5} more` : shown;
}

async function matchA(
  state: EvalState,
  m: Mechanism & { name: 'a' },
  domain: string,
  term: SpfTermTrace,
) {
  countLookup(state);
  const name = await target(state, m.domain, domain, term);
  if (!name) return false;
  const answer = await addressesMatch(state, name, m.cidr4, m.cidr6);
  const type = addressType(state.connection.ip);
  if (answer.void) {
    term.detail = `no ${type} records for ${name} (void lookup)`;
    countVoid(state);
    return false;
  }
  term.detail = `${type} ${name}: ${listed(answer.found)}`;
  return answer.matched;
}

/** s5.4 "mx": the addresses of each MX host; more than 10 MX names is a permerror (s4.6.4). */
async function matchMx(
  state: EvalState,
  m: Mechanism & { name: 'mx' },
  domain: string,
  term: SpfTermTrace,
) {
  countLookup(state);
  const name = await target(state, m.domain, domain, term);
  if (!name) return false;
  const answer = await state.dns.lookup(name, 'MX');
  if (answer.kind === 'error') throw temperror(answer.error);
  if (answer.kind !== 'ok') {
    term.detail = `no MX records for ${name} (void lookup; no fallback to A, s5.4)`;
    countVoid(state);
    return false;
  }
  if (answer.records.length > SPF_LIMITS.mxNames) {
    throw new SpfStop(
      'permerror',
      `mx: ${name} has ${answer.records.length} MX records; at most ${SPF_LIMITS.mxNames} are allowed (s4.6.4)`,
    );
  }
  const hosts = answer.records
    .map((mx) => mx.exchange.replace(/\.$/, ''))
    .filter((host) => host !== '');
  term.detail = hosts.length
    ? `MX ${name}: ${listed(hosts)}`
    : `MX ${name}: null MX only (RFC 7505)`;
  for (const host of hosts) {
    const addresses = await addressesMatch(state, host, m.cidr4, m.cidr6);
    if (addresses.matched) {
      term.detail = `MX ${name}: ${host} has ${listed(addresses.found)}`;
      return true;
    }
  }
  return false;
}

/**
 * s5.5 "ptr": a validated PTR name equal to or under the target. A DNS error on the PTR lookup
 * means no match, not temperror (s5.5).
 */
async function matchPtr(
  state: EvalState,
  m: Mechanism & { name: 'ptr' },
  domain: string,
  term: SpfTermTrace,
) {
  countLookup(state);
  const name = await target(state, m.domain, domain, term);
  if (!name) return false;
  const { ip } = state.connection;
  const answer = await ptrLookup(state.dns, ip);
  if (answer.kind === 'error') {
    term.detail = `PTR lookup failed (${answer.error.kind}): no match (s5.5)`;
    return false;
  }
  if (answer.kind !== 'ok') {
    term.detail = 'no PTR records for the IP (void lookup)';
    countVoid(state);
    return false;
  }
  const names = firstPtrNames(answer.records);
  term.detail = `PTR: ${listed(names)}`;
  for (const ptrName of names) {
    if (!isSameOrSubdomain(ptrName, name)) continue;
    if (await validates(state.dns, ip, ptrName)) {
      term.detail = `PTR ${ptrName} is validated and within ${name}`;
      return true;
    }
  }
  return false;
}

/** s5.7 "exists": any A record at the target, whatever the client's IP version. */
async function matchExists(
  state: EvalState,
  m: Mechanism & { name: 'exists' },
  domain: string,
  term: SpfTermTrace,
) {
  countLookup(state);
  const name = await target(state, m.domain, domain, term);
  if (!name) return false;
  const answer = await state.dns.lookup(name, 'A');
  if (answer.kind === 'error') throw temperror(answer.error);
  if (answer.kind !== 'ok') {
    term.detail = `no A record for ${name} (void lookup)`;
    countVoid(state);
    return false;
  }
  term.detail = `A ${name}: ${listed(answer.records)}`;
  return true;
}

/** s5.6 ip4/ip6: an IPv4 client never matches ip6 and an IPv6 client never matches ip4. */
function matchNetwork(state: EvalState, m: Mechanism & { name: 'ip4' | 'ip6' }): boolean {
  const { ip } = state.connection;
  return inNetwork(ip, m.network, m.prefix);
}

/** Does this (non-recursive) mechanism match? include is handled by the evaluator. */
export async function matchSimple(
  state: EvalState,
  m: Exclude<Mechanism, { name: 'include' }>,
  domain: string,
  term: SpfTermTrace,
): Promise<boolean> {
  switch (m.name) {
    case 'all':
      return true;
    case 'ip4':
    case 'ip6':
      return matchNetwork(state, m);
    case 'a':
      return matchA(state, m, domain, term);
    case 'mx':
      return matchMx(state, m, domain, term);
    case 'ptr':
      return matchPtr(state, m, domain, term);
    case 'exists':
      return matchExists(state, m, domain, term);
  }
}
